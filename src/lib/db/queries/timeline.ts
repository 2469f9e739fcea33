/**
 * The timeline's lower panel: mentions per event of the chosen projects (exactly
 * `filters.projects`), or of the `limit` most mentioned projects under the other filters.
 * With several themes chosen, each adds the mentions in its own passages.
 */
import type { Filters, SeriesPoint } from '../types';
import { query } from '../sql';
import type { QueryMode } from './events';
import {
	and,
	eventScope,
	inList,
	matchedUnits,
	needsRaw,
	TRUE,
	type Clause,
	type QueryContext
} from './scope';
import { matches, searchMentions, topOf } from './search';

interface PointRow {
	project_id: string;
	event_id: string;
	value: number;
	name: string;
	date: string;
}

/**
 * Mentions per (project, event) as a subquery, of the `keys` projects (all when null). The
 * event scope is written `+a.event_id` so that SQLite scans the small per-project index in
 * project order instead of sorting per-event rows.
 */
function countsSql(f: Filters, raw: boolean, keys: string[] | null): Clause {
	if (raw) {
		const units = matchedUnits(f, { themes: true, projects: false });
		const where = keys ? inList('+m.project_id', keys) : TRUE;
		return {
			sql: `SELECT m.project_id, x.event_id, COUNT(*) AS value
			FROM (${units.sql}) x CROSS JOIN mentions m ON m.passage_id = x.id
			WHERE ${where.sql} GROUP BY m.project_id, x.event_id`,
			params: [...units.params, ...where.params]
		};
	}
	const byTheme = f.themes.length > 0;
	const where = and(
		eventScope(f, '+a.event_id'),
		byTheme ? inList('a.theme_id', f.themes) : TRUE,
		keys ? inList('a.project_id', keys) : TRUE
	);
	return {
		sql: `SELECT a.project_id, a.event_id, SUM(a.mentions) AS value
		FROM ${byTheme ? 'event_projects_by_theme' : 'event_projects'} a WHERE ${where.sql}
		GROUP BY a.project_id, a.event_id`,
		params: where.params
	};
}

/** The `limit` most mentioned projects under the filters, most mentioned first. */
export function topProjects(ctx: QueryContext, f: Filters, limit: number, raw: boolean): string[] {
	if (raw) {
		const counts = countsSql(f, true, null);
		return query<{ project_id: string }>(
			ctx.db,
			`SELECT project_id FROM (${counts.sql}) GROUP BY project_id
			ORDER BY SUM(value) DESC, project_id LIMIT ?`,
			[...counts.params, limit]
		).map((r) => r.project_id);
	}
	const sums = mentionSumsSql(f);
	return query<{ project_id: string }>(
		ctx.db,
		`${sums.sql} ORDER BY mentions DESC, a.project_id LIMIT ?`,
		[...sums.params, limit]
	).map((r) => r.project_id);
}

/**
 * Each project's mentions under the filters, from the aggregates: rows of (project_id, mentions)
 * for the projects mentioned at all. One GROUP BY over an index in project order: no sort of
 * per-event rows.
 */
export function mentionSumsSql(f: Filters): Clause {
	const byTheme = f.themes.length > 0;
	const where = and(eventScope(f, '+a.event_id'), byTheme ? inList('a.theme_id', f.themes) : TRUE);
	return {
		sql: `SELECT a.project_id, SUM(a.mentions) AS mentions
		FROM ${byTheme ? 'event_projects_by_theme' : 'event_projects'} a WHERE ${where.sql}
		GROUP BY a.project_id HAVING SUM(a.mentions) > 0`,
		params: where.params
	};
}

function pointsFromSql(ctx: QueryContext, f: Filters, limit: number, raw: boolean): PointRow[] {
	const keys = f.projects.length > 0 ? f.projects : topProjects(ctx, f, limit, raw);
	if (keys.length === 0) return [];
	const counts = countsSql(f, raw, keys);
	return query<PointRow>(
		ctx.db,
		`SELECT c.project_id, c.event_id, c.value, pr.name, COALESCE(e.start_date, e.year || '-01-01') AS date
		FROM (${counts.sql}) c JOIN projects pr ON pr.id = c.project_id JOIN events e ON e.id = c.event_id
		WHERE c.value > 0`,
		counts.params
	);
}

function pointsFromSearch(ctx: QueryContext, f: Filters, limit: number): PointRow[] {
	const counts = searchMentions(matches(ctx, f));
	const keys = f.projects.length > 0 ? f.projects : topOf(counts, limit);
	if (keys.length === 0) return [];
	const names = new Map(
		query<{ id: string; name: string }>(
			ctx.db,
			`SELECT id, name FROM projects WHERE ${inList('id', keys).sql}`,
			keys
		).map((r) => [r.id, r.name])
	);
	const dates = new Map(
		query<{ id: string; date: string }>(
			ctx.db,
			"SELECT id, COALESCE(start_date, year || '-01-01') AS date FROM events"
		).map((r) => [r.id, r.date])
	);
	return keys.flatMap((key) =>
		names.has(key)
			? [...(counts.get(key) ?? [])]
					.filter(([, value]) => value > 0)
					.map(([event, value]) => ({
						project_id: key,
						event_id: event,
						value,
						name: names.get(key)!,
						date: dates.get(event)!
					}))
			: []
	);
}

export function timelineSeries(
	ctx: QueryContext,
	f: Filters,
	limit = 5,
	mode: QueryMode = 'auto'
): SeriesPoint[] {
	const rows =
		mode === 'auto' && needsRaw(f)
			? pointsFromSearch(ctx, f, limit)
			: pointsFromSql(ctx, f, limit, mode === 'raw' || needsRaw(f));
	const totals = new Map<string, number>();
	for (const r of rows) totals.set(r.project_id, (totals.get(r.project_id) ?? 0) + r.value);
	const order = (a: PointRow, b: PointRow) =>
		totals.get(b.project_id)! - totals.get(a.project_id)! ||
		compare(a.project_id, b.project_id) ||
		compare(a.date, b.date) ||
		compare(a.event_id, b.event_id);
	return rows.sort(order).map((r) => ({
		key: r.project_id,
		kind: 'project',
		label: r.name,
		eventId: r.event_id,
		date: r.date,
		value: r.value
	}));
}

function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}
