/**
 * Filter changes, timed in the page: each change is made the way a person makes it (a theme
 * checkbox, a year picker, a heatmap cell, a network node) from a script in the page, and timed
 * from that moment (the state changes inside the event handler) to the moment all three charts
 * show the new answer, the network's force layout included: `updated` at the first frame whose
 * DOM says so, `painted` once that frame is painted. `data` is when the last chart had its answer
 * (the app's `atlas:<chart>` marks), before Svelte touched the DOM; `tables` when the data tables
 * behind the charts (filled in slices after the chart) are complete as well.
 *
 * The page is looked at once a frame (requestAnimationFrame), not on every DOM change: a
 * MutationObserver over the page made a record for each of the thousands of attributes a change
 * sets on the 5,000-document corpus, and those records were a fifth of each change measured
 * (alternated sessions in one browser: p50 107 → 83 ms), a cost no visitor's page has.
 */
import type { Page } from 'playwright-core';
import { CHARTS } from '../../tests/e2e/dashboard';
import { readRecord } from './load';
import type { LongTask } from './instrument';

export interface Action {
	label: string;
	/** Element to act on: the `index`th match of `selector`. */
	selector: string;
	index?: number;
	/** For a <select>: the value to choose; otherwise the element is clicked. */
	value?: string;
}

export interface Redraw {
	label: string;
	/** The last chart's answer arrived (its `atlas:<chart>` mark). */
	data: number;
	/** All three charts show it in the DOM, the network's layout included. */
	updated: number;
	/** The paint after that. */
	painted: number;
	/** The data tables behind the charts are complete too. */
	tables: number;
	/** When each chart showed the change (ms after it), to see which one holds the others up. */
	perChart: Record<string, number>;
}

function timeChange(page: Page, action: Action): Promise<Redraw> {
	return page.evaluate(
		({ action, charts }) =>
			new Promise<Redraw>((resolve, reject) => {
				const count = (id: string) => performance.getEntriesByName(`atlas:${id}`).length;
				const before = Object.fromEntries(charts.map((id) => [id, count(id)]));
				const figures = charts.map((id) => ({
					id,
					figure: document.querySelector(`figure[data-chart="${id}"]`)
				}));
				// The charts: a new answer, drawn, the network's layout done. The data tables
				// behind them (built in slices after the chart) may still be filling.
				const chartDrawn = (id: string, figure: Element | null) =>
					count(id) > before[id]! &&
					figure?.getAttribute('aria-busy') === 'false' &&
					!figure.querySelector('.chart [aria-busy="true"], .state[role="status"]');
				const perChart: Record<string, number> = {};
				const drawn = () => {
					for (const { id, figure } of figures)
						if (perChart[id] === undefined && chartDrawn(id, figure))
							perChart[id] = performance.now() - t0;
					return figures.every(({ id }) => perChart[id] !== undefined);
				};
				const complete = () =>
					figures.every(({ figure }) => !figure?.querySelector('[aria-busy="true"]'));
				const target = document.querySelectorAll(action.selector)[action.index ?? 0];
				if (!target) return reject(new Error(`${action.label}: no ${action.selector}`));
				let t0 = 0;
				let result: Pick<Redraw, 'label' | 'data' | 'updated'> | null = null;
				let painted: number | null = null;
				let tables: number | null = null;
				const finish = () => {
					if (result && painted !== null && tables !== null) {
						clearTimeout(timer);
						resolve({ ...result, painted, tables, perChart });
					}
				};
				const timer = setTimeout(() => {
					tables = -1;
					reject(new Error(`${action.label}: the charts did not redraw within 20 s`));
				}, 20_000);
				// At the start of each frame, before its style, layout and paint.
				const look = () => {
					if (!result && drawn()) {
						const data =
							Math.max(
								...charts.map((id) => performance.getEntriesByName(`atlas:${id}`).at(-1)!.startTime)
							) - t0;
						result = { label: action.label, data, updated: performance.now() - t0 };
						// Posted now, the message is handled once this frame has been painted.
						const channel = new MessageChannel();
						channel.port1.onmessage = () => {
							painted = performance.now() - t0;
							performance.mark('bench:painted');
							finish();
						};
						channel.port2.postMessage(0);
					}
					if (result && tables === null && complete()) {
						tables = performance.now() - t0;
						finish();
					}
					if (tables === null) requestAnimationFrame(look);
				};
				requestAnimationFrame(look);
				// Marks for traces (bench/ui/profile.ts): where each change starts and is painted.
				performance.mark('bench:change');
				t0 = performance.now();
				if (action.value !== undefined && target instanceof HTMLSelectElement) {
					target.value = action.value;
					target.dispatchEvent(new Event('change', { bubbles: true }));
				} else {
					target.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true }));
				}
			}),
		{ action, charts: CHARTS }
	);
}

/** A person's session on the loaded dashboard: ≥ 30 changes that each touch every chart. */
async function session(page: Page): Promise<Action[]> {
	const view = await page.evaluate(() => {
		const cells = [...document.querySelectorAll('figure[data-chart="heatmap"] rect.cell')];
		const passages = cells.map((c) =>
			Number(/\((\d+) of/.exec(c.getAttribute('aria-label') ?? '')?.[1] ?? 0)
		);
		const busiest = cells
			.map((c, i) => ({
				theme: c.getAttribute('data-theme-id'),
				column: c.getAttribute('data-column'),
				n: passages[i]!
			}))
			.sort((a, b) => b.n - a.n)
			.slice(0, 3);
		return {
			themes: document.querySelectorAll('form[role="search"] .themes input[type="checkbox"]')
				.length,
			years: [
				...document.querySelectorAll<HTMLOptionElement>('form[role="search"] .years select option')
			]
				.map((o) => o.value)
				.filter(Boolean),
			cells: busiest,
			// Keyboard order is most mentioned first.
			nodes: [...document.querySelectorAll('figure[data-chart="network"] circle.node')]
				.slice(0, 3)
				.map((n) => n.getAttribute('data-id'))
		};
	});
	const years = [...new Set(view.years)].sort();
	const THEME = 'form[role="search"] .themes input[type="checkbox"]';
	const YEAR = 'form[role="search"] .years select';
	const actions: Action[] = [];
	for (let r = 0; r < 6; r++) {
		const theme = (r * 2) % Math.max(1, view.themes);
		const year = years[1 + (r % Math.max(1, years.length - 2))] ?? years[0]!;
		actions.push(
			{ label: `theme #${theme} on`, selector: THEME, index: theme },
			{ label: `from ${year}`, selector: YEAR, index: 0, value: year },
			{ label: `theme #${theme} off`, selector: THEME, index: theme },
			{ label: 'all years', selector: YEAR, index: 0, value: '' }
		);
	}
	for (const c of view.cells) {
		const cell = `figure[data-chart="heatmap"] rect.cell[data-theme-id="${c.theme}"][data-column="${c.column}"]`;
		actions.push(
			{ label: `cell ${c.theme}×${c.column}`, selector: cell },
			{ label: 'cell again', selector: cell }
		);
	}
	for (const id of view.nodes) {
		const node = `figure[data-chart="network"] circle.node[data-id="${id}"]`;
		actions.push({ label: `node ${id}`, selector: node }, { label: 'node again', selector: node });
	}
	return actions;
}

export interface RedrawResult {
	changes: Redraw[];
	/** Main-thread tasks over 50 ms while the changes ran. */
	longTasks: LongTask[];
}

/**
 * Waits, as a person's next click would, until the page has been idle for a moment: the work a
 * change leaves for idle time (the URL written, data tables filled in slices) is done, and the
 * next change is timed from a quiet page instead of overlapping that work.
 */
function settled(page: Page): Promise<void> {
	return page.evaluate(
		() =>
			new Promise<void>((resolve) => {
				const quiet = (left: number) =>
					requestIdleCallback((deadline) => {
						// A whole idle period with time to spare: nothing was waiting.
						if (deadline.timeRemaining() > 40 || left === 0) resolve();
						else quiet(left - 1);
					});
				setTimeout(() => quiet(20), 150);
			})
	);
}

/**
 * A person looks at the first view for a moment before the first click. The charts are drawn
 * from the build's first view before the database is open; the session starts once it is
 * (`atlas:ready`) and a second has passed, the time the database worker takes to warm up its
 * queries when idle. Without this, the first changes measured the download and opening of the
 * database on a slow machine, not a redraw.
 */
const FIRST_CLICK_AFTER_READY_MS = 1000;

/** Runs the session on a dashboard that is already loaded and settled. */
export async function measureRedraws(page: Page): Promise<RedrawResult> {
	await page.waitForFunction(() => performance.getEntriesByName('atlas:ready').length > 0, null, {
		polling: 50,
		timeout: 60_000
	});
	await page.waitForTimeout(FIRST_CLICK_AFTER_READY_MS);
	const actions = await session(page);
	const start = await page.evaluate(() => performance.now());
	const changes: Redraw[] = [];
	for (const action of actions) {
		await settled(page);
		changes.push(await timeChange(page, action));
	}
	const record = await readRecord(page);
	return { changes, longTasks: record.longtasks.filter((t) => t.start >= start) };
}
