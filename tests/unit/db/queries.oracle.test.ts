/**
 * The aggregate tables must give the answers the raw passages give. For many seeded random
 * corpora and filter combinations, every chart query runs both ways and must agree exactly.
 */
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDatabase } from '../../../src/lib/db/build';
import { createQueries } from '../../../src/lib/db/queries';
import { rawEdges, sumPacks } from '../../../src/lib/db/queries/networkEdges';
import { createContext, normalize } from '../../../src/lib/db/queries/scope';
import { referenceEdges } from '../../fixtures/db/referenceEdges';
import type { Filters } from '../../../src/lib/db/types';
import {
	EVENT_IDS,
	mulberry32,
	PROJECTS,
	randomResult,
	THEMES
} from '../../fixtures/db/randomResult';

let SQL: SqlJsStatic;
beforeAll(async () => {
	SQL = await initSqlJs();
});

/** Searches over the random corpus's words and project names (with operators). */
const SEARCHES = [
	'cluster',
	'metrics OR policy',
	'"talk keynote"',
	'kubernetes',
	'scale -mesh',
	'operator*'
];

function randomFilters(rnd: () => number): Filters {
	const subset = (xs: string[], p: number) => xs.filter(() => rnd() < p);
	const from = rnd() < 0.3 ? 2014 + Math.floor(rnd() * 4) : null;
	return {
		from,
		to: rnd() < 0.3 ? 2016 + Math.floor(rnd() * 5) : null,
		themes: rnd() < 0.5 ? subset([...THEMES, 'no-such-theme'], 0.35) : [],
		events: rnd() < 0.25 ? subset(EVENT_IDS, 0.4) : [],
		projects:
			rnd() < 0.5 ? subset([...PROJECTS, 'no-such-project'], rnd() < 0.5 ? 0.15 : 0.35) : [],
		q: rnd() < 0.35 ? SEARCHES[Math.floor(rnd() * SEARCHES.length)]! : ''
	};
}

/** Floating sums may differ in the last bits with summation order. */
function rounded<T>(value: T): T {
	return JSON.parse(
		JSON.stringify(value, (_k, v) => (typeof v === 'number' ? Math.round(v * 1e9) / 1e9 : v))
	);
}

describe('aggregate answers equal raw answers', () => {
	for (const seed of [1, 2, 3, 4]) {
		it(`on random corpus ${seed}, for 60 filter combinations`, () => {
			const db = new SQL.Database(buildDatabase(SQL, randomResult(seed), { builtAt: 'x' }));
			const fast = createQueries(db);
			const slow = createQueries(db, 'raw');
			const ctx = createContext(db);
			const rnd = mulberry32(seed * 7919);
			let nonEmpty = 0;
			for (let i = 0; i < 60; i++) {
				const f = randomFilters(rnd);
				const label = JSON.stringify(f);
				expect(rounded(fast.events(f)), label).toEqual(rounded(slow.events(f)));
				expect(fast.timelineSeries(f, 3), label).toEqual(slow.timelineSeries(f, 3));
				expect(fast.summary(f), label).toEqual(slow.summary(f));
				for (const columns of ['event', 'year'] as const) {
					expect(rounded(fast.heatmap(f, columns)), label).toEqual(
						rounded(slow.heatmap(f, columns))
					);
				}
				for (const themeId of [undefined, THEMES[1]!]) {
					const pair = [PROJECTS[Math.floor(rnd() * 4)]!, PROJECTS[4 + Math.floor(rnd() * 4)]!];
					const query = {
						filters: f,
						themeId,
						eventId: rnd() < 0.3 ? EVENT_IDS[2]! : undefined,
						withProjects: rnd() < 0.5 ? pair.slice(0, 1 + Math.floor(rnd() * 2)) : undefined
					};
					expect(fast.passages(query), label).toEqual(slow.passages(query));
				}
				// Both edge paths against plain SQL over the raw tables.
				const all = { ids: new Set(PROJECTS), both: true };
				const reference = referenceEdges(db, normalize(f));
				const sorted = (edges: typeof reference) =>
					[...edges].sort((a, b) => (a.source + a.target < b.source + b.target ? -1 : 1));
				if (f.q === '') {
					expect(sorted(sumPacks(ctx, normalize(f), all)), label).toEqual(sorted(reference));
				}
				expect(sorted(rawEdges(ctx, normalize(f))), label).toEqual(sorted(reference));
				const net = fast.network(f, 1, 6);
				expect(net, label).toEqual(slow.network(f, 1, 6));
				expect(fast.network(f, 3, 50), label).toEqual(slow.network(f, 3, 50));
				if (net.edges.length > 0) nonEmpty++;
			}
			// The comparison means something only if the answers are not all empty.
			expect(nonEmpty).toBeGreaterThan(20);
			db.close();
		});
	}
});
