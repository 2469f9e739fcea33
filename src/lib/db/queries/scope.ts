/**
 * SQL fragments for the filters, shared by every query: which events are in scope (years,
 * event ids), the raw passage set used when a full-text search is active, and its "units".
 *
 * Several chosen themes or projects add up their own counts: a passage on two chosen themes
 * counts once per theme (exactly what the per-theme aggregate rows hold). The raw path
 * reproduces this by joining each passage to each of its chosen themes and projects — a unit.
 */
import type { Database, SqlValue } from 'sql.js';
import type { Filters } from '../types';
import { placeholders, query } from '../sql';
import { ftsQuery } from './fts';

export interface Clause {
	sql: string;
	params: SqlValue[];
}

/** What every query needs besides the filters; `cache` lets a query keep what it loaded. */
export interface QueryContext {
	db: Database;
	/** Theme ids in taxonomy order. */
	themeIds: string[];
	cache: Map<string, unknown>;
}

export function createContext(db: Database): QueryContext {
	const rows = query<{ id: string }>(db, 'SELECT id FROM themes ORDER BY ordinal');
	return { db, themeIds: rows.map((r) => r.id), cache: new Map() };
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

/** Dedupes, sorts and drops empty values, so equal questions are asked the same way. */
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
	/** Apply the theme filter. */
	themes?: boolean;
	/** Apply the project filter. */
	projects?: boolean;
	/**
	 * Test each passage (EXISTS) instead of collecting the matching ids first (IN): faster for
	 * the first page of a filter most passages match, slower for a rare one.
	 */
	exists?: boolean;
}

/** Passages `p` having a row in `table` with `column` among `values`. */
export function hasRow(
	table: string,
	column: string,
	values: readonly SqlValue[],
	exists = false
): Clause {
	const list = inList(column, values);
	return exists
		? {
				sql: `EXISTS (SELECT 1 FROM ${table} x WHERE x.passage_id = p.id AND x.${list.sql})`,
				params: list.params
			}
		: { sql: `p.id IN (SELECT passage_id FROM ${table} WHERE ${list.sql})`, params: list.params };
}

/** Conditions on `passages p` (attributed ones) for the filters: each passage once. */
export function matchedWhere(f: Filters, options: MatchOptions = {}): Clause {
	const parts: Clause[] = [
		{ sql: 'p.event_id IS NOT NULL', params: [] },
		eventScope(f, 'p.event_id')
	];
	if (options.themes !== false && f.themes.length > 0) {
		parts.push(hasRow('passage_themes', 'theme_id', f.themes, options.exists));
	}
	if (options.projects !== false && f.projects.length > 0) {
		parts.push(hasRow('mentions', 'project_id', f.projects, options.exists));
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
 * Units under the filters, as a subquery of (id, event_id, section_id, words, mentions,
 * theme_id, project_id, n): each attributed passage in scope matching the search, once per
 * chosen theme it scores on (theme_id '' without a theme filter) and once per chosen project it
 * names (project_id NULL without a project filter; n = that project's mentions). The raw path
 * for full-text search, and the tests' reference answer for the aggregates.
 */
export function matchedUnits(
	f: Filters,
	options: { themes: boolean; projects: boolean; mentions?: boolean }
): Clause {
	const where = matchedWhere(f, { themes: false, projects: false });
	const byTheme = options.themes && f.themes.length > 0;
	const byProject = options.projects && f.projects.length > 0;
	const themes = byTheme ? inList('pt.theme_id', f.themes) : TRUE;
	const projects = byProject ? inList('project_id', f.projects) : TRUE;
	return {
		sql: `SELECT p.id, p.event_id, p.section_id, p.words,
			${options.mentions ? '(SELECT COUNT(*) FROM mentions m WHERE m.passage_id = p.id)' : 'NULL'} AS mentions,
			${byTheme ? 'pt.theme_id' : "''"} AS theme_id,
			${byProject ? 'pp.project_id' : 'NULL'} AS project_id, ${byProject ? 'pp.n' : 'NULL'} AS n
		FROM passages p
		${byTheme ? `JOIN passage_themes pt ON pt.passage_id = p.id AND ${themes.sql}` : ''}
		${byProject ? `JOIN (SELECT passage_id, project_id, COUNT(*) AS n FROM mentions WHERE ${projects.sql} GROUP BY passage_id, project_id) pp ON pp.passage_id = p.id` : ''}
		WHERE ${where.sql}`,
		params: [...themes.params, ...projects.params, ...where.params]
	};
}

/** True when the filters need the raw passages (a full-text search is active). */
export function needsRaw(f: Filters): boolean {
	return ftsQuery(f.q) !== null;
}
