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

interface PointRow {
	project_id: string;
	event_id: string;
	value: number;
}

interface Labelled extends PointRow {
	name: string;
	date: string;
}

/** The per-(project, event) mention counts as a subquery, from aggregates or passages. */
function countsSql(f: Filters, raw: boolean): Clause {
	if (raw) {
		const units = matchedUnits(f, { themes: true, projects: false });
		return {
			sql: `SELECT m.project_id, x.event_id, COUNT(*) AS value
			FROM (${units.sql}) x JOIN mentions m ON m.passage_id = x.id
			GROUP BY m.project_id, x.event_id`,
			params: units.params
		};
	}
	const byTheme = f.themes.length > 0;
	const where = and(eventScope(f, 'a.event_id'), byTheme ? inList('a.theme_id', f.themes) : TRUE);
	return {
		sql: `SELECT a.project_id, a.event_id, SUM(a.mentions) AS value
		FROM ${byTheme ? 'event_projects_by_theme' : 'event_projects'} a WHERE ${where.sql}
		GROUP BY a.project_id, a.event_id`,
		params: where.params
	};
}

export function timelineSeries(
	ctx: QueryContext,
	f: Filters,
	limit = 5,
	mode: QueryMode = 'auto'
): SeriesPoint[] {
	const counts = countsSql(f, mode === 'raw' || needsRaw(f));
	const chosen: Clause =
		f.projects.length > 0
			? inList('c.project_id', f.projects)
			: {
					sql: `c.project_id IN (SELECT project_id FROM counts GROUP BY project_id
						ORDER BY SUM(value) DESC, project_id LIMIT ?)`,
					params: [limit]
				};
	const rows = query<Labelled>(
		ctx.db,
		`WITH counts AS (${counts.sql})
		SELECT c.project_id, c.event_id, c.value, pr.name,
			COALESCE(e.start_date, e.year || '-01-01') AS date,
			SUM(c.value) OVER (PARTITION BY c.project_id) AS total
		FROM counts c JOIN projects pr ON pr.id = c.project_id JOIN events e ON e.id = c.event_id
		WHERE c.value > 0 AND ${chosen.sql}
		ORDER BY total DESC, c.project_id, date, c.event_id`,
		[...counts.params, ...chosen.params]
	);
	return rows.map((r) => ({
		key: r.project_id,
		kind: 'project',
		label: r.name,
		eventId: r.event_id,
		date: r.date,
		value: r.value
	}));
}
