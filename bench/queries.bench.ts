/**
 * npm run bench:queries [-- --db FILE]
 * Times every dashboard query under a sequence of filter changes (the same questions the
 * dashboard asks on each change), on the sample database or a generated one
 * (bench/out/atlas-synth.sqlite, from `npm run ingest:synth`). Prints p50 / p95 per query and
 * for all charts together, in ms, on one thread — the worker's budget before drawing.
 */
import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import initSqlJs from 'sql.js';
import { openAtlas } from '../src/lib/db/open';
import { createQueries } from '../src/lib/db/queries';
import { EMPTY_FILTERS, type Filters } from '../src/lib/db/types';

const { values } = parseArgs({
	options: { db: { type: 'string', default: 'static/data/atlas.sqlite' } }
});
const SQL = await initSqlJs();
const q = createQueries(openAtlas(SQL, new Uint8Array(await readFile(values.db))));

const events = q.events(EMPTY_FILTERS);
const busiest = [...events].sort((a, b) => b.passages - a.passages).map((e) => e.id);
const themes = q.themes().map((t) => t.id);
const top = [...new Set(q.timelineSeries(EMPTY_FILTERS, 6).map((p) => p.key))];
const years = events.map((e) => e.year);
const [minYear, maxYear] = [Math.min(...years), Math.max(...years)];

/** A user's session: brushing years, clicking themes, events and projects, searching. */
const changes: Filters[] = [
	EMPTY_FILTERS,
	{ ...EMPTY_FILTERS, from: minYear + 2, to: maxYear - 1 },
	{ ...EMPTY_FILTERS, from: maxYear - 2, to: maxYear },
	{ ...EMPTY_FILTERS, themes: [themes[4]!] },
	{ ...EMPTY_FILTERS, themes: [themes[4]!], events: [busiest[0]!] },
	{ ...EMPTY_FILTERS, themes: [themes[1]!, themes[9]!] },
	{ ...EMPTY_FILTERS, projects: [top[0]!] },
	{ ...EMPTY_FILTERS, projects: [top[1]!, top[2]!], from: minYear + 3 },
	{ ...EMPTY_FILTERS, projects: [top[3]!], themes: [themes[6]!] },
	{ ...EMPTY_FILTERS, events: busiest.slice(0, 3) },
	{ ...EMPTY_FILTERS, q: 'service mesh' },
	{ ...EMPTY_FILTERS, q: 'kubernetes', themes: [themes[3]!] },
	{ ...EMPTY_FILTERS, q: '"hallway track" -docker' }
];

const timings = new Map<string, number[]>();
function time<T>(name: string, fn: () => T): T {
	const t = performance.now();
	const value = fn();
	const list = timings.get(name) ?? [];
	list.push(performance.now() - t);
	timings.set(name, list);
	return value;
}

for (let round = 0; round < 3; round++) {
	for (const f of changes) {
		const t = performance.now();
		time('events', () => q.events(f));
		time('timelineSeries', () => q.timelineSeries(f, 5));
		time('heatmap', () => q.heatmap(f, 'event'));
		time('network', () => q.network(f, 1, 150));
		time('passages', () => q.passages({ filters: f, limit: 50 }));
		time('summary', () => q.summary(f));
		const list = timings.get('all charts') ?? [];
		list.push(performance.now() - t);
		timings.set('all charts', list);
	}
}

const pct = (xs: number[], p: number) =>
	[...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
console.log(
	`${values.db}: ${q.meta().counts.passages} passages, ${changes.length} filter changes × 3`
);
console.log('query'.padEnd(16), 'p50 ms'.padStart(8), 'p95 ms'.padStart(8), 'max ms'.padStart(8));
for (const [name, xs] of timings) {
	console.log(
		name.padEnd(16),
		pct(xs, 0.5).toFixed(1).padStart(8),
		pct(xs, 0.95).toFixed(1).padStart(8),
		Math.max(...xs)
			.toFixed(1)
			.padStart(8)
	);
}
