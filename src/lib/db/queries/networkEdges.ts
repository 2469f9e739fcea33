/**
 * Co-mention edges summed over the events (and themes) in scope: from the co-mention packs
 * (typed arrays added in a reused dense buffer), or from the raw passages when searching.
 */
import { decodePack, PACK_FIELDS } from '../packs';
import type { Filters } from '../types';
import { query, queryValues } from '../sql';
import { and, eventScope, inList, matchedUnits, type QueryContext } from './scope';

export interface Edge {
	source: string;
	target: string;
	weight: number;
	passages: number;
}

/** Which edges to keep: both ends among `ids`, or at least one. */
export interface EdgeScope {
	ids: Set<string>;
	both: boolean;
}

interface Accumulator {
	ids: string[];
	ordinal: Map<string, number>;
	weight: Int32Array;
	passages: Int32Array;
}

/** Project ordinals and an n × n buffer, loaded once per database. */
function accumulator(ctx: QueryContext): Accumulator {
	let acc = ctx.cache.get('network:accumulator') as Accumulator | undefined;
	if (!acc) {
		const ids = query<{ id: string }>(ctx.db, 'SELECT id FROM projects ORDER BY ordinal').map(
			(r) => r.id
		);
		const n = ids.length;
		acc = {
			ids,
			ordinal: new Map(ids.map((id, i) => [id, i])),
			weight: new Int32Array(n * n),
			passages: new Int32Array(n * n)
		};
		ctx.cache.set('network:accumulator', acc);
	}
	return acc;
}

export function sumPacks(ctx: QueryContext, f: Filters, scope: EdgeScope): Edge[] {
	const acc = accumulator(ctx);
	const n = acc.ids.length;
	const marked = new Uint8Array(n);
	for (const id of scope.ids) {
		const i = acc.ordinal.get(id);
		if (i !== undefined) marked[i] = 1;
	}
	const where = and(
		inList('theme_id', f.themes.length > 0 ? f.themes : ['']),
		eventScope(f, 'event_id')
	);
	const touched: number[] = [];
	for (const [blob] of queryValues(
		ctx.db,
		`SELECT data FROM comention_packs WHERE ${where.sql}`,
		where.params
	)) {
		const pack = decodePack(blob as Uint8Array);
		for (let i = 0; i < pack.length; i += PACK_FIELDS) {
			const s = pack[i]! & 0xffff;
			const t = pack[i]! >>> 16;
			if (scope.both ? !(marked[s] && marked[t]) : !(marked[s] || marked[t])) continue;
			const k = s * n + t;
			if (acc.weight[k] === 0) touched.push(k);
			acc.weight[k]! += pack[i + 1]!;
			acc.passages[k]! += pack[i + 2]!;
		}
	}
	const edges = touched.map((k) => ({
		source: acc.ids[Math.floor(k / n)]!,
		target: acc.ids[k % n]!,
		weight: acc.weight[k]!,
		passages: acc.passages[k]!
	}));
	// The buffer is reused by the next call: clear what this one wrote.
	for (const k of touched) acc.weight[k] = acc.passages[k] = 0;
	return edges;
}

/** The same edges from the raw passages (full-text search, and the tests' reference). */
export function rawEdges(ctx: QueryContext, f: Filters): Edge[] {
	const units = matchedUnits(f, { themes: true, projects: false });
	return query<Edge>(
		ctx.db,
		`WITH units AS (${units.sql}),
		pp AS (SELECT DISTINCT x.id AS passage_id, x.section_id, x.event_id, x.theme_id, m.project_id
			FROM units x JOIN mentions m ON m.passage_id = x.id),
		ppairs AS (SELECT a.theme_id, a.section_id, a.event_id, a.project_id AS source,
			b.project_id AS target, COUNT(*) AS n
			FROM pp a JOIN pp b ON b.passage_id = a.passage_id AND b.theme_id = a.theme_id
				AND b.project_id > a.project_id
			GROUP BY 1, 2, 3, 4, 5),
		sp AS (SELECT DISTINCT theme_id, section_id, event_id, project_id FROM pp)
		SELECT source, target, SUM(w) AS weight, SUM(n) AS passages FROM (
			SELECT source, target, 2 * n AS w, n FROM ppairs
			UNION ALL
			SELECT a.project_id, b.project_id, 1, 0 FROM sp a
			JOIN sp b ON b.theme_id = a.theme_id AND b.section_id = a.section_id
				AND b.event_id = a.event_id AND b.project_id > a.project_id
			WHERE NOT EXISTS (SELECT 1 FROM ppairs p WHERE p.theme_id = a.theme_id
				AND p.section_id = a.section_id AND p.event_id = a.event_id
				AND p.source = a.project_id AND p.target = b.project_id))
		GROUP BY source, target`,
		units.params
	);
}
