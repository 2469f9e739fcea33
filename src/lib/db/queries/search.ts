/**
 * The charts under a full-text search, from the passage facts (facts.ts): the search gives a
 * set of passages no aggregate can answer, so its matches' facts are summed here, by the same
 * rules as the SQL over the raw tables (scope.ts `matchedUnits`; the tests hold the two equal):
 * a passage counts once per chosen theme it scores on and once per chosen project it names.
 */
import { addUnit, decodeSum, type PairSums } from '../comentions';
import { readFacts, type PassageFacts } from '../facts';
import { queryValues } from '../sql';
import type { Filters } from '../types';
import { ftsQuery } from './fts';
import type { QueryContext } from './scope';

export interface Search {
	facts: PassageFacts;
	/** Passage id → index into the facts. */
	index: Map<number, number>;
	eventIds: string[];
	eventYears: Int32Array;
	projectIds: string[];
	projectIndex: Map<string, number>;
	themeIds: string[];
	themeIndex: Map<string, number>;
}

export function search(ctx: QueryContext): Search {
	let s = ctx.cache.get('search') as Search | undefined;
	if (!s) {
		const facts = readFacts(ctx.db);
		const events = queryValues(ctx.db, 'SELECT id, year FROM events ORDER BY id');
		const projectIds = queryValues(ctx.db, 'SELECT id FROM projects ORDER BY ordinal').map(
			([id]) => id as string
		);
		s = {
			facts,
			index: new Map(Array.from(facts.ids, (id, i) => [id, i])),
			eventIds: events.map(([id]) => id as string),
			eventYears: Int32Array.from(events, ([, year]) => year as number),
			projectIds,
			projectIndex: new Map(projectIds.map((id, i) => [id, i])),
			themeIds: ctx.themeIds,
			themeIndex: new Map(ctx.themeIds.map((id, i) => [id, i]))
		};
		ctx.cache.set('search', s);
	}
	return s;
}

/** What a query needs: the matching passages and the chosen themes and projects as masks. */
export interface Matches {
	s: Search;
	/** Fact indexes of the attributed passages in scope matching the search. */
	passages: number[];
	themes: Uint8Array | null;
	projects: Uint8Array | null;
}

function mask(ids: readonly string[], index: Map<string, number>, size: number): Uint8Array | null {
	if (ids.length === 0) return null;
	const out = new Uint8Array(size);
	for (const id of ids) {
		const i = index.get(id);
		if (i !== undefined) out[i] = 1;
	}
	return out;
}

/** The matches of `f`; the charts of one filter change share them (the last one is kept). */
export function matches(ctx: QueryContext, f: Filters): Matches {
	const key = JSON.stringify(f);
	const last = ctx.cache.get('search:last') as { key: string; value: Matches } | undefined;
	if (last?.key === key) return last.value;
	const value = findMatches(ctx, f);
	ctx.cache.set('search:last', { key, value });
	return value;
}

/** Per event (as `s.eventIds`): in the years and events chosen. */
export function eventsInScope(s: Search, f: Filters): boolean[] {
	return s.eventIds.map(
		(id, i) =>
			(f.from === null || s.eventYears[i]! >= f.from) &&
			(f.to === null || s.eventYears[i]! <= f.to) &&
			(f.events.length === 0 || f.events.includes(id))
	);
}

function findMatches(ctx: QueryContext, f: Filters): Matches {
	const s = search(ctx);
	const inScope = eventsInScope(s, f);
	const passages: number[] = [];
	const match = ftsQuery(f.q);
	if (match !== null) {
		for (const [docid] of queryValues(
			ctx.db,
			'SELECT docid FROM passages_fts WHERE passages_fts MATCH ?',
			[match]
		)) {
			const i = s.index.get(docid as number);
			if (i !== undefined && inScope[s.facts.event[i]!]) passages.push(i);
		}
		passages.sort((a, b) => a - b);
	}
	return {
		s,
		passages,
		themes: mask(f.themes, s.themeIndex, s.themeIndex.size),
		projects: mask(f.projects, s.projectIndex, s.projectIds.length)
	};
}

/** How many times passage i counts: once per chosen theme it scores on (1 without themes). */
function themeUnits(m: Matches, i: number): number {
	if (!m.themes) return 1;
	const { themeStart, themeIndex } = m.s.facts;
	let n = 0;
	for (let k = themeStart[i]!; k < themeStart[i + 1]!; k++) n += m.themes[themeIndex[k]!]!;
	return n;
}

/** Units of passage i over the chosen projects (1 without projects), and their mentions. */
function projectUnits(m: Matches, i: number): { units: number; mentions: number } {
	const { mentionStart, mentionProject, mentionCount } = m.s.facts;
	let units = 0;
	let mentions = 0;
	for (let k = mentionStart[i]!; k < mentionStart[i + 1]!; k++) {
		if (!m.projects || m.projects[mentionProject[k]!]) {
			units++;
			mentions += mentionCount[k]!;
		}
	}
	return m.projects ? { units, mentions } : { units: 1, mentions };
}

export interface SearchVolume {
	event_id: string;
	passages: number;
	words: number;
	mentions: number;
}

export function searchVolumes(m: Matches): SearchVolume[] {
	const out = new Map<number, SearchVolume>();
	for (const i of m.passages) {
		const t = themeUnits(m, i);
		const p = projectUnits(m, i);
		if (t === 0 || p.units === 0) continue;
		const e = m.s.facts.event[i]!;
		const v = out.get(e) ?? { event_id: m.s.eventIds[e]!, passages: 0, words: 0, mentions: 0 };
		v.passages += t * p.units;
		v.words += t * p.units * m.s.facts.words[i]!;
		v.mentions += t * p.mentions;
		out.set(e, v);
	}
	return [...out.values()];
}

/** Mentions per (project id, event id), each passage weighted by its theme units. */
export function searchMentions(m: Matches): Map<string, Map<string, number>> {
	const out = new Map<string, Map<string, number>>();
	const { mentionStart, mentionProject, mentionCount, event } = m.s.facts;
	for (const i of m.passages) {
		const t = themeUnits(m, i);
		if (t === 0) continue;
		const eventId = m.s.eventIds[event[i]!]!;
		for (let k = mentionStart[i]!; k < mentionStart[i + 1]!; k++) {
			const project = m.s.projectIds[mentionProject[k]!]!;
			const byEvent = out.get(project) ?? new Map<string, number>();
			byEvent.set(eventId, (byEvent.get(eventId) ?? 0) + t * mentionCount[k]!);
			out.set(project, byEvent);
		}
	}
	return out;
}

/** The `limit` projects with the most mentions in `counts`, most first (ties by id). */
export function topOf(counts: Map<string, Map<string, number>>, limit: number): string[] {
	const totals = [...counts].map(([id, byEvent]) => {
		let total = 0;
		for (const value of byEvent.values()) total += value;
		return { id, total };
	});
	return totals
		.filter((t) => t.total > 0)
		.sort((a, b) => b.total - a.total || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
		.slice(0, limit)
		.map((t) => t.id);
}

/** Heatmap counts: per event, the passages (× chosen projects) and per theme their scores. */
export function searchThemeCounts(m: Matches, rows: readonly string[]) {
	const totals = new Map<string, number>();
	const themes: { event_id: string; theme_id: string; passages: number; score: number }[] = [];
	const cells = new Map<string, (typeof themes)[number]>();
	const shown = new Set(rows);
	const { themeStart, themeIndex, themeScore, event } = m.s.facts;
	for (const i of m.passages) {
		const p = projectUnits(m, i).units;
		if (p === 0) continue;
		const eventId = m.s.eventIds[event[i]!]!;
		totals.set(eventId, (totals.get(eventId) ?? 0) + p);
		for (let k = themeStart[i]!; k < themeStart[i + 1]!; k++) {
			const themeId = m.s.themeIds[themeIndex[k]!]!;
			if (!shown.has(themeId)) continue;
			const key = `${eventId}\u0000${themeId}`;
			let cell = cells.get(key);
			if (!cell) {
				cell = { event_id: eventId, theme_id: themeId, passages: 0, score: 0 };
				cells.set(key, cell);
				themes.push(cell);
			}
			cell.passages += p;
			cell.score += p * themeScore[k]!;
		}
	}
	return { totals: [...totals].map(([event_id, total]) => ({ event_id, total })), themes };
}

/** Co-mention edges among the matches, units split by chosen theme as in the packs. */
export function searchEdges(
	m: Matches
): { source: string; target: string; weight: number; passages: number }[] {
	const { themeStart, themeIndex, mentionStart, mentionProject, event, section } = m.s.facts;
	const units = new Map<string, number[][]>();
	for (const i of m.passages) {
		if (mentionStart[i + 1]! - mentionStart[i]! === 0) continue;
		const projects = Array.from(mentionProject.subarray(mentionStart[i]!, mentionStart[i + 1]!));
		const keys: number[] = [];
		if (!m.themes) keys.push(-1);
		else
			for (let k = themeStart[i]!; k < themeStart[i + 1]!; k++)
				if (m.themes[themeIndex[k]!]) keys.push(themeIndex[k]!);
		for (const theme of keys) {
			const key = `${theme}\u0000${event[i]}\u0000${section[i]}`;
			const list = units.get(key) ?? [];
			list.push(projects);
			units.set(key, list);
		}
	}
	const n = m.s.projectIds.length;
	const sums: PairSums = new Map();
	for (const passages of units.values()) addUnit(sums, '', passages, n);
	return [...(sums.get('')?.entries() ?? [])].map(([pair, sum]) => ({
		source: m.s.projectIds[Math.floor(pair / n)]!,
		target: m.s.projectIds[pair % n]!,
		...decodeSum(sum)
	}));
}

/** The narrowing a clicked mark adds to the passage list. */
export interface Narrowing {
	withProjects?: string[];
	themeId?: string;
	eventId?: string;
	year?: number;
}

/**
 * Ids of the matching passages for the passage list, ascending: each passage once, on any
 * chosen theme and naming any chosen project, then narrowed by the clicked mark.
 */
export function searchPassageIds(m: Matches, narrowing: Narrowing): number[] {
	const { facts, themeIndex, projectIndex, eventIds, eventYears } = m.s;
	const has = (
		start: Uint32Array,
		values: Uint32Array,
		i: number,
		test: (v: number) => boolean
	) => {
		for (let k = start[i]!; k < start[i + 1]!; k++) if (test(values[k]!)) return true;
		return false;
	};
	const theme =
		narrowing.themeId === undefined ? undefined : (themeIndex.get(narrowing.themeId) ?? -1);
	const required = (narrowing.withProjects ?? []).map((id) => projectIndex.get(id) ?? -1);
	const out: number[] = [];
	for (const i of m.passages) {
		const event = facts.event[i]!;
		if (narrowing.eventId !== undefined && eventIds[event] !== narrowing.eventId) continue;
		if (narrowing.year !== undefined && eventYears[event] !== narrowing.year) continue;
		if (m.themes && !has(facts.themeStart, facts.themeIndex, i, (t) => m.themes![t] === 1))
			continue;
		if (
			m.projects &&
			!has(facts.mentionStart, facts.mentionProject, i, (p) => m.projects![p] === 1)
		)
			continue;
		if (theme !== undefined && !has(facts.themeStart, facts.themeIndex, i, (t) => t === theme))
			continue;
		if (!required.every((p) => has(facts.mentionStart, facts.mentionProject, i, (q) => q === p)))
			continue;
		out.push(facts.ids[i]!);
	}
	return out;
}
