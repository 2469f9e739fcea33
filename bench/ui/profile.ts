/**
 * npx tsx bench/ui/profile.ts [-- --site build --db FILE --load --trace OUT.json]
 * Where the time goes: records a Chrome trace (with CPU samples, main thread and workers) while
 * the dashboard takes a series of filter changes (or, with --load, while it loads), then prints
 * per thread the busy time, the tasks over 50 ms and the functions with the most self time —
 * each with a snippet of the built code at its position, since the bundle's names are minified.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser, serveCopy } from '../../tests/e2e/harness';
import { waitForCharts } from '../../tests/e2e/dashboard';
import { instrumentedPage } from './load';
import { measureRedraws } from './redraw';
import { useDatabase } from './sizes';
import { summariseTrace, type TraceEvent } from './trace';

const { values } = parseArgs({
	options: {
		site: { type: 'string', default: 'build' },
		db: { type: 'string' },
		load: { type: 'boolean', default: false },
		top: { type: 'string', default: '15' },
		/** Also writes the raw trace here (open it in Chrome's Performance panel). */
		trace: { type: 'string' }
	}
});

const site = values.site;
const server = values.db
	? await serveCopy((root) => useDatabase(root, values.db!), site)
	: await serveCopy(() => undefined, site);
const browser = await launchBrowser();
const CATEGORIES = [
	'devtools.timeline',
	'disabled-by-default-devtools.timeline',
	'disabled-by-default-v8.cpu_profiler',
	'v8.execute',
	'toplevel',
	'blink.user_timing'
];
try {
	const { page } = await instrumentedPage(browser);
	if (values.load) {
		await browser.startTracing(page, { categories: CATEGORIES });
		await page.goto(`${server.url}/`);
		await waitForCharts(page);
	} else {
		await page.goto(`${server.url}/`);
		await waitForCharts(page);
		await browser.startTracing(page, { categories: CATEGORIES });
		const { changes } = await measureRedraws(page);
		console.log(
			`${changes.length} changes, painted: ${changes.map((c) => Math.round(c.painted)).join(' ')} ms`
		);
	}
	const raw = await browser.stopTracing();
	if (values.trace) writeFileSync(values.trace, raw);
	const trace = JSON.parse(raw.toString()) as { traceEvents: TraceEvent[] };
	const source = (url: string) => {
		const path = new URL(url, server.url).pathname;
		try {
			return readFileSync(join(site, path), 'utf8');
		} catch {
			return '';
		}
	};
	console.log(summariseTrace(trace.traceEvents, Number(values.top), source));
} finally {
	await browser.close();
	await server.stop();
}
