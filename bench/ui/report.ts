/** The benchmark's printed report: one table, targets beside the figures, what costs points. */
import type { CorpusFigures } from './measure';
import type { SiteSizes } from './sizes';
import { kb, mb, ms, table } from './stats';

const TARGETS = {
	firstChart: 1000,
	redrawP95: { sample: 50, 'synth-5000': 100 } as Record<string, number>,
	longTask: 50,
	jsGzip: 100 * 1024,
	lhPerformance: 95,
	lhAccessibility: 100
};

const mark = (ok: boolean) => (ok ? 'ok' : 'FAIL');

function lh(f: CorpusFigures, form: 'mobile' | 'desktop', key: 'performance' | 'accessibility') {
	const r = f.lighthouse.find((l) => l.formFactor === form);
	return r?.[key] ?? null;
}

export function report(figures: CorpusFigures[], sizes: SiteSizes): string {
	const names = figures.map((f) => f.corpus);
	const rows: string[][] = [['', ...names, 'target', 'status']];
	const row = (label: string, cell: (f: CorpusFigures) => string, target = '', ok?: boolean[]) =>
		rows.push([
			label,
			...figures.map(cell),
			target,
			ok === undefined
				? ''
				: ok.every(Boolean)
					? 'ok'
					: `FAIL (${names.filter((_, i) => !ok[i]).join(', ')})`
		]);
	const runs = figures[0]?.loads.length ?? 0;

	row(
		`first chart drawn (median of ${runs} cold loads)`,
		(f) => ms(f.load.firstChart),
		'≤ 1000 ms',
		figures.map((f) => f.load.firstChart <= TARGETS.firstChart)
	);
	row('all three charts drawn', (f) => ms(f.load.allCharts));
	row('database downloaded', (f) => ms(f.load.dbDownloaded));
	row('database open (atlas:ready)', (f) => ms(f.load.dbReady));
	row('first contentful paint', (f) => ms(f.load.fcp));
	row('largest contentful paint', (f) => `${ms(f.load.lcp)} ${f.load.lcpElement}`);
	row(
		`long tasks > 50 ms after load (${runs} loads)`,
		(f) => `${f.load.longTasksAfterLoad.count} (max ${ms(f.load.longTasksAfterLoad.max)})`,
		'none',
		figures.map((f) => f.load.longTasksAfterLoad.count === 0)
	);
	row('filter change → all charts painted p50', (f) => ms(f.redraw.painted.p50));
	row(
		'filter change → all charts painted p95',
		(f) => ms(f.redraw.painted.p95),
		'≤ 50 ms sample, ≤ 100 ms 5k',
		figures.map((f) => f.redraw.painted.p95 <= (TARGETS.redrawP95[f.corpus] ?? 50))
	);
	row(
		'  … DOM updated p95 (max)',
		(f) => `${ms(f.redraw.updated.p95)} (${ms(f.redraw.updated.max)})`
	);
	row('  … last answer from the worker p95', (f) => ms(f.redraw.data.p95));
	row('  … data tables complete too p95', (f) => ms(f.redraw.tables.p95));
	for (const id of ['timeline', 'heatmap', 'network'])
		row(
			`  … ${id} drawn p50 / p95`,
			(f) => `${ms(f.redrawPerChart[id]?.p50)} / ${ms(f.redrawPerChart[id]?.p95)}`
		);
	row(
		`long tasks > 50 ms during ${figures[0]?.redraws.length ?? 0} changes`,
		(f) => `${f.redrawLongTasks.count} (max ${ms(f.redrawLongTasks.max)})`,
		'none',
		figures.map((f) => f.redrawLongTasks.count === 0)
	);
	for (const form of ['mobile', 'desktop'] as const) {
		if (!figures.some((f) => f.lighthouse.some((l) => l.formFactor === form))) continue;
		row(
			`Lighthouse performance (${form})`,
			(f) => String(lh(f, form, 'performance') ?? '—'),
			'≥ 95',
			figures.map((f) => (lh(f, form, 'performance') ?? 0) >= TARGETS.lhPerformance)
		);
		row(
			`Lighthouse accessibility (${form})`,
			(f) => String(lh(f, form, 'accessibility') ?? '—'),
			'100',
			figures.map((f) => (lh(f, form, 'accessibility') ?? 0) >= TARGETS.lhAccessibility)
		);
	}
	row('database (raw / gzip)', (f) => `${mb(f.databaseBytes)} / ${mb(f.databaseGzip)}`);

	const first = sizes.firstLoadJs;
	const workers = sizes.workersJs;
	const bytes: string[][] = [
		['JavaScript (gzip -9)', 'size', 'target', 'status'],
		[`all of _app/**/*.js (${sizes.allJs.files} files, every page)`, kb(sizes.allJs.gzip), '', '']
	];
	if (first && workers) {
		bytes.push(
			['  dashboard first load', kb(first.gzip), '', ''],
			['  + its workers (db, force)', kb(workers.gzip), '', ''],
			['  − sql.js glue in the db worker', kb(sizes.sqlJsGlueGzip), 'aside', ''],
			[
				'  = the dashboard’s own JS',
				kb(sizes.ownJsGzip),
				'< 100 KB',
				sizes.ownJsGzip === undefined ? '' : mark(sizes.ownJsGzip < TARGETS.jsGzip)
			],
			['  loaded on demand (export…)', kb(sizes.lazyJs?.gzip), '', ''],
			['  other pages only (with the add worker)', kb(sizes.otherPagesJs?.gzip), '', '']
		);
	}
	bytes.push([
		`sql.js wasm (raw / gzip)`,
		`${kb(sizes.wasm.raw)} / ${kb(sizes.wasm.gzip)}`,
		'aside',
		''
	]);

	const costs = figures.flatMap((f) =>
		f.lighthouse.flatMap((l) =>
			l.failing.map(
				(a) =>
					`  ${f.corpus} ${l.formFactor}: ${a.id} (${a.score})${a.displayValue ? ` — ${a.displayValue}` : ''}`
			)
		)
	);
	const lhMetrics = figures.flatMap((f) =>
		f.lighthouse.map(
			(l) =>
				`  ${f.corpus} ${l.formFactor}: FCP ${ms(l.metrics['first-contentful-paint'])}, LCP ${ms(l.metrics['largest-contentful-paint'])}, TBT ${ms(l.metrics['total-blocking-time'])}, CLS ${l.metrics['cumulative-layout-shift']?.toFixed(3) ?? '—'}, SI ${ms(l.metrics['speed-index'])}`
		)
	);
	const errors = figures.flatMap((f) => f.errors.map((e) => `  ${f.corpus}: ${e}`));
	return [
		table(rows),
		'',
		table(bytes),
		'',
		...(lhMetrics.length ? ['', 'Lighthouse metrics (simulated):', ...lhMetrics] : []),
		...(costs.length ? ['', 'Lighthouse audits below 0.9:', ...costs] : []),
		...(errors.length ? ['', 'Console errors/warnings during the runs:', ...errors] : [])
	].join('\n');
}
