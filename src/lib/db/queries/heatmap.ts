/**
 * Theme × event (or × year) heatmap. A cell counts the column's passages scoring on the theme;
 * `share` divides by all the column's passages under the other filters (years, events,
 * projects, search) — the theme filter only chooses which theme rows are shown.
 */
import type { Filters, HeatmapCell } from '../types';
import { query } from '../sql';
import type { QueryMode } from './events';
import {
	and,
	eventScope,
	inList,
	matchedPassages,
	needsRaw,
	type Clause,
	type QueryContext
} from './scope';

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

interface Counts {
	totals: Clause;
	themes: Clause;
}

/** Subqueries giving (event_id, total) and (event_id, theme_id, passages, score). */
function countsSql(ctx: QueryContext, f: Filters, rows: string[], raw: boolean): Counts {
	const scope = eventScope(f, 'a.event_id');
	const themeIn = inList('t.theme_id', rows);
	if (raw) {
		const matched = matchedPassages(f, { themes: false });
		return {
			totals: {
				sql: `SELECT x.event_id, COUNT(*) AS total FROM (${matched.sql}) x GROUP BY x.event_id`,
				params: matched.params
			},
			themes: {
				sql: `SELECT x.event_id, t.theme_id, COUNT(*) AS passages, SUM(t.score) AS score
				FROM (${matched.sql}) x JOIN passage_themes t ON t.passage_id = x.id AND t.score > 0
				WHERE ${themeIn.sql} GROUP BY x.event_id, t.theme_id`,
				params: [...matched.params, ...themeIn.params]
			}
		};
	}
	if (f.projects.length === 0) {
		return {
			totals: {
				sql: `SELECT a.event_id, a.passages AS total FROM event_stats a WHERE ${scope.sql}`,
				params: scope.params
			},
			themes: {
				sql: `SELECT a.event_id, t.theme_id, t.passages, t.score FROM event_themes t
				JOIN event_stats a ON a.event_id = t.event_id WHERE ${and(scope, themeIn).sql}`,
				params: and(scope, themeIn).params
			}
		};
	}
	if (f.projects.length === 1) {
		const where = and(scope, { sql: 'a.project_id = ?', params: [f.projects[0]!] });
		const themed = and(where, inList('a.theme_id', rows));
		return {
			totals: {
				sql: `SELECT a.event_id, a.passages AS total FROM event_projects a WHERE ${where.sql}`,
				params: where.params
			},
			themes: {
				sql: `SELECT a.event_id, a.theme_id, SUM(a.passages) AS passages, SUM(a.score) AS score
				FROM event_projects_by_theme a WHERE ${themed.sql}
				GROUP BY a.event_id, a.theme_id`,
				params: themed.params
			}
		};
	}
	// Several projects: project sets count a passage that mentions two of them once.
	const members = inList('project_id', f.projects);
	const where = and(scope, {
		sql: `a.id IN (SELECT set_id FROM project_set_members WHERE ${members.sql})`,
		params: members.params
	});
	const themed = and(where, themeIn);
	return {
		totals: {
			sql: `SELECT a.event_id, SUM(a.passages) AS total FROM project_sets a WHERE ${where.sql} GROUP BY a.event_id`,
			params: where.params
		},
		themes: {
			sql: `SELECT a.event_id, t.theme_id, SUM(a.passages) AS passages, SUM(t.score) AS score
			FROM project_sets a JOIN project_set_themes t ON t.set_id = a.id
			WHERE ${themed.sql} GROUP BY a.event_id, t.theme_id`,
			params: themed.params
		}
	};
}

function themeRowsShown(ctx: QueryContext, f: Filters): string[] {
	const all = [...ctx.themeBits.entries()].sort((a, b) => a[1] - b[1]).map(([id]) => id);
	return f.themes.length > 0 ? all.filter((id) => f.themes.includes(id)) : all;
}

export function heatmap(
	ctx: QueryContext,
	f: Filters,
	columns: 'event' | 'year',
	_measure: 'share' | 'raw' = 'share',
	mode: QueryMode = 'auto'
): HeatmapCell[] {
	const rows = themeRowsShown(ctx, f);
	if (rows.length === 0) return [];
	const counts = countsSql(ctx, f, rows, mode === 'raw' || needsRaw(f));
	const totals = query<Total>(
		ctx.db,
		`SELECT c.event_id, e.year, c.total FROM (${counts.totals.sql}) c JOIN events e ON e.id = c.event_id
		WHERE c.total > 0 ORDER BY COALESCE(e.start_date, e.year || '-12-31'), e.id`,
		counts.totals.params
	);
	const themeCounts = query<ThemeCount>(ctx.db, counts.themes.sql, counts.themes.params);
	const columnOf = (t: Total) => (columns === 'event' ? t.event_id : String(t.year));
	const columnTotals = new Map<string, number>();
	const eventColumn = new Map<string, string>();
	for (const t of columns === 'year' ? [...totals].sort((a, b) => a.year - b.year) : totals) {
		const column = columnOf(t);
		eventColumn.set(t.event_id, column);
		columnTotals.set(column, (columnTotals.get(column) ?? 0) + t.total);
	}
	const sums = new Map<string, { passages: number; score: number }>();
	for (const c of themeCounts) {
		const column = eventColumn.get(c.event_id);
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
