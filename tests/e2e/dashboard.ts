/**
 * What the browser tests ask of the dashboard: how many marks each chart drew, how many rows its
 * table has, and when a change has been answered and drawn. "Answered" is read from the marks
 * the app sets for the benchmark (`atlas:timeline`… once per answer applied), so a wait after a
 * filter change cannot be satisfied by the view from before it.
 */
import type { Page } from 'playwright-core';

export type ChartId = 'timeline' | 'heatmap' | 'network';
export const CHARTS: readonly ChartId[] = ['timeline', 'heatmap', 'network'];

/** One selector per chart for every mark it draws (one table row each, once the table is shown). */
export const MARKS: Record<ChartId, string> = {
	timeline: 'circle.event, circle.series-point',
	heatmap: 'rect.cell',
	network: 'circle.node, line.edge'
};

export type Counts = Record<ChartId, { marks: number; rows: number }>;
export type Answers = Record<ChartId, number>;

export const NO_ANSWERS: Answers = { timeline: 0, heatmap: 0, network: 0 };

export function chartCounts(page: Page): Promise<Counts> {
	return page.evaluate(
		({ charts, marks }) =>
			Object.fromEntries(
				charts.map((id) => {
					const figure = document.querySelector(`figure[data-chart="${id}"]`);
					return [
						id,
						{
							marks: figure?.querySelectorAll(marks[id]).length ?? 0,
							rows: figure?.querySelectorAll('.table-wrap tbody tr').length ?? 0
						}
					];
				})
			) as Counts,
		{ charts: CHARTS, marks: MARKS }
	);
}

export function answers(page: Page): Promise<Answers> {
	return page.evaluate(
		(charts) =>
			Object.fromEntries(
				charts.map((id) => [id, performance.getEntriesByName(`atlas:${id}`).length])
			) as Answers,
		CHARTS
	);
}

/**
 * Every chart has an answer newer than `after`, has drawn it (or says it is empty) and nothing is
 * busy, the network's force layout included.
 */
export async function waitForCharts(page: Page, after: Answers = NO_ANSWERS): Promise<void> {
	try {
		await page.waitForFunction(
			({ charts, after }) =>
				charts.every((id) => {
					const figure = document.querySelector(`figure[data-chart="${id}"]`);
					return (
						performance.getEntriesByName(`atlas:${id}`).length > after[id] &&
						figure?.getAttribute('aria-busy') === 'false' &&
						!figure.querySelector('[aria-busy="true"]') &&
						!figure.querySelector('.state[role="status"]')
					);
				}),
			{ charts: CHARTS, after },
			// Interval polling: requestAnimationFrame (the default) can stall in a headless page
			// that is not producing frames, and the wait then never looks again.
			{ timeout: 30_000, polling: 50 }
		);
	} catch (error) {
		throw new Error(`the charts did not settle: ${await describeCharts(page)}`, { cause: error });
	}
}

/** What each chart was doing, for a failed wait's message. */
function describeCharts(page: Page): Promise<string> {
	return page
		.evaluate((charts) => {
			const busy = (el: Element | null) =>
				[...(el?.querySelectorAll('[aria-busy="true"]') ?? [])].map((e) => e.className).join();
			const parts = charts.map((id) => {
				const figure = document.querySelector(`figure[data-chart="${id}"]`);
				const answers = performance.getEntriesByName(`atlas:${id}`).length;
				const state = figure?.querySelector('.state, [role="alert"]')?.textContent?.trim();
				return `${id}: ${answers} answers, aria-busy=${figure?.getAttribute('aria-busy')}, busy inside: [${busy(figure)}]${state ? `, says "${state}"` : ''}`;
			});
			const alert = document.querySelector('[role="alert"]')?.textContent?.trim();
			const text = document.body?.innerText.slice(0, 300).replace(/\s+/g, ' ');
			return `${location.href} (${document.readyState}) — ${parts.join('; ')}${alert ? `; alert: ${alert}` : ''}; page text: ${text}`;
		}, CHARTS)
		.catch((e: unknown) => `(page not readable: ${String(e)})`);
}

/**
 * Runs `action` (a click, a Back) and waits until all three charts have redrawn for it and the
 * URL says so (the page writes it once idle, after the redraw).
 */
export async function redrawAfter(page: Page, action: () => Promise<unknown>): Promise<Counts> {
	const before = await answers(page);
	const url = page.url();
	await action();
	await waitForCharts(page, before);
	await page.waitForFunction((url) => location.href !== url, url, { polling: 50 });
	return settledCounts(page);
}

/**
 * The charts' counts once they hold still: no chart or table busy, and the same counts 100 ms
 * apart. A table fills in slices after its chart (120 rows a task), and one read just after the
 * charts settled once caught the network's table refilling (120 of 235 rows).
 */
export async function settledCounts(page: Page): Promise<Counts> {
	let last = '';
	for (let tries = 0; tries < 100; tries++) {
		await waitForCharts(page);
		const counts = await chartCounts(page);
		const now = JSON.stringify(counts);
		if (now === last) return counts;
		last = now;
		await page.waitForTimeout(100);
	}
	throw new Error(`the charts' counts did not settle: ${last}`);
}

/**
 * Presses "Table" on every chart whose table is not shown (tables are built on demand) and waits
 * until every table is complete. A shown table stays shown through later redraws.
 */
export async function showTables(page: Page): Promise<void> {
	for (const id of CHARTS) {
		const toggle = page.locator(`figure[data-chart="${id}"] .toolbar button[aria-pressed]`);
		if ((await toggle.getAttribute('aria-pressed')) !== 'true') await toggle.click();
	}
	await waitForCharts(page);
}

/** Opens a dashboard URL, waits for the three charts and shows their tables. */
export async function openDashboard(page: Page, url: string): Promise<Counts> {
	await page.goto(url);
	await waitForCharts(page);
	await showTables(page);
	return settledCounts(page);
}

/** Column `key` of a chart's table, one value per row. */
export function tableColumn(page: Page, chart: ChartId, header: string): Promise<string[]> {
	return page.evaluate(
		({ chart, header }) => {
			const table = document.querySelector(`figure[data-chart="${chart}"] .table-wrap table`);
			const headers = [...(table?.querySelectorAll('thead th') ?? [])].map((th) =>
				th.textContent?.trim()
			);
			const i = headers.indexOf(header);
			if (i < 0) throw new Error(`no column "${header}" in the ${chart} table: ${headers}`);
			return [...(table?.querySelectorAll('tbody tr') ?? [])].map(
				(tr) => tr.children[i]?.textContent?.trim() ?? ''
			);
		},
		{ chart, header }
	);
}

export function searchParams(page: Page): URLSearchParams {
	return new URL(page.url()).searchParams;
}
