/** One corpus, served: cold loads, a filter-change session, Lighthouse. */
import type { Browser } from 'playwright-core';
import { waitForCharts } from '../../tests/e2e/dashboard';
import type { LongTask } from './instrument';
import { runLighthouse, type LighthouseResult } from './lighthouse';
import { instrumentedPage, measureLoad, type LoadRun } from './load';
import { measureRedraws, type Redraw } from './redraw';
import { median, percentile } from './stats';

export interface CorpusFigures {
	corpus: string;
	databaseBytes: number;
	databaseGzip: number;
	loads: LoadRun[];
	load: {
		firstChart: number;
		allCharts: number;
		fcp: number;
		lcp: number;
		lcpElement: string;
		/** The database downloaded (atlas:downloaded), then opened (atlas:ready). */
		dbDownloaded: number;
		dbReady: number;
		/** Long tasks after the load event, over all runs. */
		longTasksAfterLoad: { count: number; max: number; perRun: number[] };
	};
	redraws: Redraw[];
	redraw: Record<
		'data' | 'updated' | 'painted' | 'tables',
		{ p50: number; p95: number; max: number }
	>;
	/** Per chart: when it showed the change (p50/p95), to see which one holds the others up. */
	redrawPerChart: Record<string, { p50: number; p95: number }>;
	redrawLongTasks: { count: number; max: number; tasks: LongTask[] };
	lighthouse: LighthouseResult[];
	errors: string[];
}

export interface MeasureOptions {
	runs: number;
	lighthouse: ('mobile' | 'desktop')[];
	/** Lighthouse runs per form factor (the median is kept). */
	lighthouseRuns: number;
	log: (line: string) => void;
}

const maxOf = (tasks: LongTask[]) => Math.max(0, ...tasks.map((t) => t.duration));

export async function measureCorpus(
	browser: Browser,
	url: string,
	corpus: string,
	db: { bytes: number; gzip: number },
	options: MeasureOptions
): Promise<CorpusFigures> {
	const loads: LoadRun[] = [];
	for (let i = 0; i < options.runs; i++) {
		const run = await measureLoad(browser, `${url}/`);
		options.log(
			`  load ${i + 1}/${options.runs}: first chart ${Math.round(run.firstChartPaint)} ms, all ${Math.round(run.allChartsPaint)} ms, ${run.longTasksAfterLoad.length} long tasks after load`
		);
		loads.push(run);
	}

	const { context, page, problems } = await instrumentedPage(browser);
	await page.goto(`${url}/`);
	await waitForCharts(page);
	await page.waitForFunction(
		() => performance.getEntriesByName('atlas:passages').length > 0,
		null,
		{
			polling: 50,
			timeout: 60_000
		}
	);
	const session = await measureRedraws(page);
	options.log(`  ${session.changes.length} filter changes timed`);
	await context.close();

	// One Lighthouse run's blocking time swings by a factor of two on this machine: the median
	// of several runs (by performance score) is reported, as Lighthouse's docs advise.
	const lighthouse: LighthouseResult[] = [];
	for (const formFactor of options.lighthouse) {
		const results: LighthouseResult[] = [];
		for (let i = 0; i < options.lighthouseRuns; i++)
			results.push(await runLighthouse(`${url}/`, formFactor));
		const scores = results.map((r) => r.performance ?? 0);
		const result = [...results].sort((a, b) => (a.performance ?? 0) - (b.performance ?? 0))[
			Math.floor(results.length / 2)
		]!;
		options.log(
			`  Lighthouse ${formFactor}: performance ${result.performance} (median of ${scores.join(', ')}), accessibility ${result.accessibility}`
		);
		lighthouse.push(result);
	}

	const stat = (key: 'data' | 'updated' | 'painted' | 'tables') => {
		const values = session.changes.map((c) => c[key]);
		return { p50: percentile(values, 50), p95: percentile(values, 95), max: Math.max(...values) };
	};
	const after = loads.map((l) => l.longTasksAfterLoad);
	const changes = session.changes;
	const perChart = Object.fromEntries(
		['timeline', 'heatmap', 'network'].map((id) => {
			const v = changes.map((c) => c.perChart[id] ?? NaN);
			return [id, { p50: percentile(v, 50), p95: percentile(v, 95) }];
		})
	);
	return {
		corpus,
		databaseBytes: db.bytes,
		databaseGzip: db.gzip,
		loads,
		load: {
			firstChart: median(loads.map((l) => l.firstChartPaint)),
			allCharts: median(loads.map((l) => l.allChartsPaint)),
			fcp: median(loads.map((l) => l.fcp ?? NaN)),
			lcp: median(loads.map((l) => l.lcp ?? NaN)),
			lcpElement: loads[0]?.lcpElement ?? '',
			dbDownloaded: median(loads.map((l) => l.marks['atlas:downloaded'] ?? NaN)),
			dbReady: median(loads.map((l) => l.marks['atlas:ready'] ?? NaN)),
			longTasksAfterLoad: {
				count: after.flat().length,
				max: maxOf(after.flat()),
				perRun: after.map((t) => t.length)
			}
		},
		redraws: session.changes,
		redraw: {
			data: stat('data'),
			updated: stat('updated'),
			painted: stat('painted'),
			tables: stat('tables')
		},
		redrawPerChart: perChart,
		redrawLongTasks: {
			count: session.longTasks.length,
			max: maxOf(session.longTasks),
			tasks: session.longTasks
		},
		lighthouse,
		errors: [...loads.flatMap((l) => l.errors), ...problems.errors]
	};
}
