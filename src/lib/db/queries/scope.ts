/**
 * SQL fragments for the filters, shared by every query: which events are in scope (years,
 * event ids), how the `*_by_theme` aggregates answer "any of these themes" without counting a
 * passage twice, and the raw passage set used when a full-text search is active.
 */
import type { Database, SqlValue } from 'sql.js';
import type { Filters } from '../types';
import { placeholders, query } from '../sql';
import { ftsQuery } from './fts';

export interface Clause {
	sql: string;
	params: SqlValue[];
}

/** What every query needs besides the filters: the database and the theme bits. */
export interface QueryContext {
	db: Database;
	themeBits: Map<string, number>;
}

export function createContext(db: Database): QueryContext {
	const rows = query<{ id: string; mask_bit: number }>(db, 'SELECT id, mask_bit FROM themes');
	return { db, themeBits: new Map(rows.map((r) => [r.id, r.mask_bit])) };
}

export const TRUE: Clause = { sql: '1', params: [] };

export function and(...clauses: Clause[]): Clause {
	const parts = clauses.filter((c) => c.sql !== '1');
	if (parts.length === 0) return TRUE;
	return {
		sql: parts.map((c) => `(${c.sql})`).join(' AND '),
		params: parts.flatMap((c) => c.params)
	};
}

export function inList(column: string, values: readonly SqlValue[]): Clause {
	return { sql: `${column} IN (${placeholders(values.length)})`, params: [...values] };
}

export function hasEventScope(f: Filters): boolean {
	return f.from !== null || f.to !== null || f.events.length > 0;
}

/** SQL over the `events` table (`prefix` is its alias and a dot, or '') for years and event ids. */
export function eventsWhere(f: Filters, prefix = ''): Clause {
	const parts: Clause[] = [];
	if (f.from !== null) parts.push({ sql: `${prefix}year >= ?`, params: [f.from] });
	if (f.to !== null) parts.push({ sql: `${prefix}year <= ?`, params: [f.to] });
	if (f.events.length > 0) parts.push(inList(`${prefix}id`, f.events));
	return and(...parts);
}

/** `column` (an event id) is in scope. */
export function eventScope(f: Filters, column: string): Clause {
	if (!hasEventScope(f)) return TRUE;
	const where = eventsWhere(f);
	return { sql: `${column} IN (SELECT id FROM events WHERE ${where.sql})`, params: where.params };
}

/** The mask of the chosen themes that exist (unknown ids add nothing, so match nothing). */
export function themeMask(ctx: QueryContext, themes: readonly string[]): number {
	let mask = 0;
	for (const id of new Set(themes)) mask += ctx.themeBits.get(id) ?? 0;
	return mask;
}

/**
 * Rows of a `*_by_theme` table (alias `a`) whose passages score on any chosen theme, each group
 * once: a group appears under every theme of its mask, and only the row of the lowest chosen
 * theme in that mask is kept.
 */
export function themeRows(ctx: QueryContext, themes: readonly string[], a: string): Clause {
	const mask = themeMask(ctx, themes);
	return {
		sql: `${a}.theme_id IN (${placeholders(themes.length)}) AND (${a}.theme_mask & ? & (${a}.theme_bit - 1)) = 0`,
		params: [...themes, mask]
	};
}

/** Dedupes and drops empty values, so `['a', 'a']` and `['a']` ask the same question. */
export function normalize(f: Filters): Filters {
	const clean = (xs: readonly string[]) => [...new Set(xs.filter((x) => x !== ''))].sort();
	return {
		from: f.from,
		to: f.to,
		themes: clean(f.themes),
		events: clean(f.events),
		projects: clean(f.projects),
		q: f.q.trim()
	};
}

export interface MatchOptions {
	/** Apply the theme filter (the heatmap leaves it out of its denominators). */
	themes?: boolean;
	/** Apply the project filter (the network and series treat projects differently). */
	projects?: boolean;
	/** Keep passages without an event (only the passage list does, without event filters). */
	unattributed?: boolean;
}

/** Conditions on `passages p` for the filters (projects and themes through their indexes). */
export function matchedWhere(f: Filters, options: MatchOptions = {}): Clause {
	const parts: Clause[] = [];
	if (!options.unattributed || hasEventScope(f))
		parts.push({ sql: 'p.event_id IS NOT NULL', params: [] });
	parts.push(eventScope(f, 'p.event_id'));
	if (options.themes !== false && f.themes.length > 0) {
		const list = inList('theme_id', f.themes);
		parts.push({
			sql: `p.id IN (SELECT passage_id FROM passage_themes WHERE ${list.sql} AND score > 0)`,
			params: list.params
		});
	}
	if (options.projects !== false && f.projects.length > 0) {
		const list = inList('project_id', f.projects);
		parts.push({
			sql: `p.id IN (SELECT passage_id FROM mentions WHERE ${list.sql})`,
			params: list.params
		});
	}
	const match = ftsQuery(f.q);
	if (match !== null) {
		parts.push({
			sql: 'p.id IN (SELECT docid FROM passages_fts WHERE passages_fts MATCH ?)',
			params: [match]
		});
	}
	return and(...parts);
}

/**
 * The raw passage set under the filters, as a subquery of (id, event_id, section_id,
 * source_id, words). Used for the full-text path only, and by the tests as the reference
 * answer for the aggregate paths.
 */
export function matchedPassages(f: Filters, options: MatchOptions = {}): Clause {
	const where = matchedWhere(f, options);
	return {
		sql: `SELECT p.id, p.event_id, p.section_id, p.source_id, p.words FROM passages p WHERE ${where.sql}`,
		params: where.params
	};
}

/** True when the filters need the raw passages (a full-text search is active). */
export function needsRaw(f: Filters): boolean {
	return ftsQuery(f.q) !== null;
}
