/**
 * What the benchmark installs in the page before any of the site's scripts run: observers for
 * paints, the largest contentful paint and main-thread long tasks, and a MutationObserver that
 * timestamps the first mark each chart puts in the DOM (and the paint after it). Kept as a
 * string so it runs verbatim, whatever the bundler does to functions.
 */

export interface Timed {
	/** performance.now() when the mark was inserted (ms since navigation start). */
	dom: number;
	/** The next paint after it: a task posted from the following animation frame. */
	paint?: number;
}

export interface LongTask {
	start: number;
	duration: number;
}

export interface PageRecord {
	fcp: number | null;
	lcp: { t: number; size: number; element: string }[];
	longtasks: LongTask[];
	firstMark: Partial<Record<'timeline' | 'heatmap' | 'network', Timed>>;
	loadEvent: number | null;
}

export const INSTRUMENT = `(() => {
	const b = (globalThis.__bench = { fcp: null, lcp: [], longtasks: [], firstMark: {}, loadEvent: null });
	const observe = (type, fn) => {
		try { new PerformanceObserver((list) => list.getEntries().forEach(fn)).observe({ type, buffered: true }); }
		catch (e) { console.debug('bench: no observer for ' + type); }
	};
	observe('paint', (e) => { if (e.name === 'first-contentful-paint') b.fcp = e.startTime; });
	observe('largest-contentful-paint', (e) => b.lcp.push({
		t: e.startTime, size: e.size,
		element: e.element ? e.element.tagName.toLowerCase() + (e.element.id ? '#' + e.element.id : '') + (e.element.className && typeof e.element.className === 'string' ? '.' + e.element.className.split(' ')[0] : '') : ''
	}));
	observe('longtask', (e) => b.longtasks.push({ start: e.startTime, duration: e.duration }));
	const MARKS = { timeline: 'circle.event', heatmap: 'rect.cell', network: 'circle.node' };
	const afterPaint = (fn) => requestAnimationFrame(() => {
		const channel = new MessageChannel();
		channel.port1.onmessage = fn;
		channel.port2.postMessage(0);
	});
	const mo = new MutationObserver(() => {
		for (const id in MARKS) {
			if (b.firstMark[id]) continue;
			if (document.querySelector('figure[data-chart="' + id + '"] svg[data-chart-svg] ' + MARKS[id])) {
				const record = (b.firstMark[id] = { dom: performance.now() });
				afterPaint(() => (record.paint = performance.now()));
			}
		}
		if (Object.keys(b.firstMark).length === 3) mo.disconnect();
	});
	mo.observe(document, { childList: true, subtree: true });
	addEventListener('load', () => (b.loadEvent = performance.now()));
})();`;
