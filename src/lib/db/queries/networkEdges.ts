/**
 * Co-mention edges summed over the events (and themes) in scope: from the co-mention packs
 * (typed arrays added in a reused dense buffer), or from the raw passages when searching.
 * Both follow the writer's rule (comentions.ts).
 */
import { addUnit, decodeSum, type PairSums } from '../comentions';
import { decodePack, PACK_FIELDS } from '../packs';
import type { Filters } from '../types';
import { query, queryValues } from '../sql';
import type { Statement } from 'sql.js';
import { and, eventScope, inList, matchedUnits, type Clause, type QueryContext } from './scope';

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

/** At most this many bytes of decoded packs are kept per database (see `packs`). */
const PACK_CACHE_BYTES = 64 * 1024 * 1024;

/**
 * The packs `where` selects, decoded, each read from the database once and then kept: on the
 * 5,000-document corpus a network question under a year filter reads ~1.5 MB of packs, and
 * copying the blobs out of sql.js was a third of the question's time. The keys are read first
 * (they lead the WITHOUT ROWID record, so no blob is touched), then the blobs not yet kept.
 */
function packs(ctx: QueryContext, where: Clause): Uint32Array[] {
	let kept = ctx.cache.get('network:packs') as { bytes: number; map: Map<string, Uint32Array> };
	if (!kept) ctx.cache.set('network:packs', (kept = { bytes: 0, map: new Map() }));
	const keys = queryValues(
		ctx.db,
		`SELECT theme_id, event_id FROM comention_packs WHERE ${where.sql}`,
		where.params
	);
	let read: Statement | null = null;
	try {
		return keys.map(([theme, event]) => {
			const key = `${theme as string}\u0000${event as string}`;
			let pack = kept.map.get(key);
			if (!pack) {
				read ??= ctx.db.prepare(
					'SELECT data FROM comention_packs WHERE theme_id = ? AND event_id = ?'
				);
				read.bind([theme!, event!]);
				read.step();
				pack = decodePack(read.get()[0] as Uint8Array);
				read.reset();
				if (kept.bytes + pack.byteLength <= PACK_CACHE_BYTES) {
					kept.map.set(key, pack);
					kept.bytes += pack.byteLength;
				}
			}
			return pack;
		});
	} finally {
		(read as Statement | null)?.free();
	}
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
	for (const pack of packs(ctx, where)) {
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

/**
 * The same edges from the raw passages (full-text search, and the tests' reference): the
 * matching units' (passage, project) rows, summed by the writer's own unit rule.
 */
export function rawEdges(ctx: QueryContext, f: Filters): Edge[] {
	const acc = accumulator(ctx);
	const units = matchedUnits(f, { themes: true, projects: false });
	const rows = queryValues(
		ctx.db,
		`SELECT x.theme_id, x.event_id, x.section_id, x.id, pr.ordinal
		FROM (${units.sql}) x CROSS JOIN mentions m ON m.passage_id = x.id CROSS JOIN projects pr ON pr.id = m.project_id`,
		units.params
	);
	const byUnit = new Map<string, Map<number, Set<number>>>();
	for (const [theme, event, section, passage, project] of rows) {
		const key = `${theme}\u0000${event}\u0000${section}`;
		let passages = byUnit.get(key);
		if (!passages) byUnit.set(key, (passages = new Map()));
		let projects = passages.get(passage as number);
		if (!projects) passages.set(passage as number, (projects = new Set()));
		projects.add(project as number);
	}
	const sums: PairSums = new Map();
	const n = acc.ids.length;
	for (const passages of byUnit.values()) {
		const lists = [...passages.values()].map((set) => [...set].sort((a, b) => a - b));
		addUnit(sums, '', lists, n);
	}
	return [...(sums.get('')?.entries() ?? [])].map(([pair, sum]) => ({
		source: acc.ids[Math.floor(pair / n)]!,
		target: acc.ids[pair % n]!,
		...decodeSum(sum)
	}));
}
