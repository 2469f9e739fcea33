/**
 * A first visit, measured: a fresh browser context (empty cache, no service worker), navigation
 * to the dashboard, then the page is watched until every chart is drawn and the passage list is
 * in, plus a quiet second for stragglers. All times are ms since navigation start.
 */
import type { Browser, Page } from 'playwright-core';
import { openPage } from '../../tests/e2e/harness';
import { waitForCharts } from '../../tests/e2e/dashboard';
import { INSTRUMENT, type LongTask, type PageRecord } from './instrument';

export interface LoadRun {
	/** First chart mark in the DOM, and the paint after it. */
	firstChartDom: number;
	firstChartPaint: number;
	/** The last of the three charts painted. */
	allChartsPaint: number;
	perChartPaint: Record<string, number>;
	fcp: number | null;
	lcp: number | null;
	lcpElement: string;
	loadEvent: number | null;
	/** The app's own marks (atlas:load-start, atlas:ready, first answer per chart). */
	marks: Record<string, number>;
	/** Main-thread tasks over 50 ms after the load event. */
	longTasksAfterLoad: LongTask[];
	longTasksBeforeLoad: LongTask[];
	errors: string[];
}

/** Opens a fresh instrumented page (the caller closes its context). */
export async function instrumentedPage(browser: Browser, width = 1280, height = 900) {
	const opened = await openPage(browser, { width, height });
	await opened.context.addInitScript(INSTRUMENT);
	return opened;
}

export function readRecord(page: Page): Promise<PageRecord> {
	return page.evaluate(() => (globalThis as unknown as { __bench: PageRecord }).__bench);
}

export async function measureLoad(browser: Browser, url: string): Promise<LoadRun> {
	const { context, page, problems } = await instrumentedPage(browser);
	try {
		await page.goto(url);
		await waitForCharts(page);
		await page.waitForFunction(
			() => performance.getEntriesByName('atlas:passages').length > 0,
			null,
			{
				timeout: 60_000,
				polling: 50
			}
		);
		// Long tasks that follow the last answer (rendering the passage list, idle callbacks).
		await page.waitForTimeout(1000);
		const record = await readRecord(page);
		const marks = await page.evaluate(() =>
			Object.fromEntries(
				performance
					.getEntriesByType('mark')
					.filter((m) => m.name.startsWith('atlas:'))
					.reverse()
					.map((m) => [m.name, m.startTime])
			)
		);
		const paints = Object.fromEntries(
			Object.entries(record.firstMark).map(([id, t]) => [id, t?.paint ?? t?.dom ?? NaN])
		);
		const doms = Object.values(record.firstMark).map((t) => t?.dom ?? NaN);
		const loadAt = record.loadEvent ?? 0;
		const lcp = record.lcp.at(-1);
		return {
			firstChartDom: Math.min(...doms),
			firstChartPaint: Math.min(...Object.values(paints)),
			allChartsPaint: Math.max(...Object.values(paints)),
			perChartPaint: paints,
			fcp: record.fcp,
			lcp: lcp?.t ?? null,
			lcpElement: lcp?.element ?? '',
			loadEvent: record.loadEvent,
			marks,
			longTasksAfterLoad: record.longtasks.filter((t) => t.start >= loadAt),
			longTasksBeforeLoad: record.longtasks.filter((t) => t.start < loadAt),
			errors: problems.errors
		};
	} finally {
		await context.close();
	}
}
