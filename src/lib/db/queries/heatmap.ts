/**
 * Theme × event (or × year) heatmap. A cell counts the column's passages scoring on the theme;
 * `share` divides by all the column's passages under the other filters (years, events,
 * projects, search) — the theme filter only chooses which theme rows are shown. With several
 * projects chosen, each adds its own passages to both counts.
 */
import type { Filters, HeatmapCell } from '../types';
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
import { matches, searchThemeCounts } from './search';

interface Total {
	event_id: string;
	year: number;
	total: number;
}

interface ThemeCount {
	event_id: string;
	theme_id: string;
	passages: number;
	score: number;
}

/** Subqueries giving (event_id, total) and (event_id, theme_id, passages, score). */
function countsSql(f: Filters, rows: string[], raw: boolean): { totals: Clause; themes: Clause } {
	if (raw) {
		const units = matchedUnits(f, { themes: false, projects: true });
		const themeIn = inList('t.theme_id', rows);
		return {
			totals: {
				sql: `SELECT x.event_id, COUNT(*) AS total FROM (${units.sql}) x GROUP BY x.event_id`,
				params: units.params
			},
			themes: {
				sql: `SELECT x.event_id, t.theme_id, COUNT(*) AS passages, SUM(t.score) AS score
				FROM (${units.sql}) x CROSS JOIN passage_themes t ON t.passage_id = x.id
				WHERE ${themeIn.sql} GROUP BY x.event_id, t.theme_id`,
				params: [...units.params, ...themeIn.params]
			}
		};
	}
	const byProject = f.projects.length > 0;
	const scope = and(
		eventScope(f, 'a.event_id'),
		byProject ? inList('a.project_id', f.projects) : TRUE
	);
	const themed = and(scope, inList('a.theme_id', rows));
	return {
		totals: {
			sql: `SELECT a.event_id, SUM(a.passages) AS total
			FROM ${byProject ? 'event_projects' : 'event_stats'} a WHERE ${scope.sql} GROUP BY a.event_id`,
			params: scope.params
		},
		themes: {
			sql: `SELECT a.event_id, a.theme_id, SUM(a.passages) AS passages, SUM(a.score) AS score
			FROM ${byProject ? 'event_projects_by_theme' : 'event_themes'} a WHERE ${themed.sql}
			GROUP BY a.event_id, a.theme_id`,
			params: themed.params
		}
	};
}

interface Counts {
	totals: Total[];
	themeCounts: ThemeCount[];
}

function countsFromSql(
	ctx: QueryContext,
	f: Filters,
	rows: string[],
	columns: 'event' | 'year',
	raw: boolean
): Counts {
	const counts = countsSql(f, rows, raw);
	const totals = query<Total>(
		ctx.db,
		`SELECT c.event_id, e.year, c.total FROM (${counts.totals.sql}) c JOIN events e ON e.id = c.event_id
		WHERE c.total > 0 ORDER BY ${columns === 'year' ? 'e.year, ' : ''}COALESCE(e.start_date, e.year || '-12-31'), e.id`,
		counts.totals.params
	);
	return {
		totals,
		themeCounts: query<ThemeCount>(ctx.db, counts.themes.sql, counts.themes.params)
	};
}

function countsFromSearch(
	ctx: QueryContext,
	f: Filters,
	rows: string[],
	columns: 'event' | 'year'
): Counts {
	const counts = searchThemeCounts(matches(ctx, f), rows);
	const events = new Map(
		query<{ id: string; year: number; start: string }>(
			ctx.db,
			"SELECT id, year, COALESCE(start_date, year || '-12-31') AS start FROM events"
		).map((e) => [e.id, e])
	);
	const totals = counts.totals
		.filter((t) => t.total > 0)
		.map((t) => ({ ...t, year: events.get(t.event_id)!.year }))
		.sort((a, b) => {
			const x = events.get(a.event_id)!;
			const y = events.get(b.event_id)!;
			return (
				(columns === 'year' ? x.year - y.year : 0) ||
				(x.start < y.start ? -1 : x.start > y.start ? 1 : 0) ||
				(x.id < y.id ? -1 : x.id > y.id ? 1 : 0)
			);
		});
	return { totals, themeCounts: counts.themes };
}

export function heatmap(
	ctx: QueryContext,
	f: Filters,
	columns: 'event' | 'year',
	_measure: 'share' | 'raw' = 'share',
	mode: QueryMode = 'auto'
): HeatmapCell[] {
	const rows =
		f.themes.length > 0 ? ctx.themeIds.filter((id) => f.themes.includes(id)) : ctx.themeIds;
	if (rows.length === 0) return [];
	const { totals, themeCounts } =
		mode === 'auto' && needsRaw(f)
			? countsFromSearch(ctx, f, rows, columns)
			: countsFromSql(ctx, f, rows, columns, mode === 'raw' || needsRaw(f));
	const columnOf = new Map(
		totals.map((t) => [t.event_id, columns === 'event' ? t.event_id : String(t.year)])
	);
	const columnTotals = new Map<string, number>();
	for (const t of totals) {
		const column = columnOf.get(t.event_id)!;
		columnTotals.set(column, (columnTotals.get(column) ?? 0) + t.total);
	}
	const sums = new Map<string, { passages: number; score: number }>();
	for (const c of themeCounts) {
		const column = columnOf.get(c.event_id);
		if (column === undefined) continue;
		const key = `${c.theme_id}\u0000${column}`;
		const sum = sums.get(key) ?? { passages: 0, score: 0 };
		sum.passages += c.passages;
		sum.score += c.score;
		sums.set(key, sum);
	}
	return rows.flatMap((themeId) =>
		[...columnTotals].map(([column, total]) => {
			const sum = sums.get(`${themeId}\u0000${column}`) ?? { passages: 0, score: 0 };
			return {
				themeId,
				column,
				passages: sum.passages,
				score: sum.score,
				share: sum.passages / total,
				total
			};
		})
	);
}
