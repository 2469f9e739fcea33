/**
 * Events with their volume under the filters (the timeline's marks, the events list).
 * passages / words / mentions follow every filter; sources and talks are the event's totals.
 */
import type { EventSummary, Filters } from '../types';
import { query } from '../sql';
import {
	and,
	eventScope,
	eventsWhere,
	inList,
	matchedPassages,
	needsRaw,
	themeMask,
	themeRows,
	type Clause,
	type QueryContext
} from './scope';

export type QueryMode = 'auto' | 'raw';

interface Volume {
	event_id: string;
	passages: number;
	words: number;
	mentions: number;
}

interface EventRowOut {
	id: string;
	name: string;
	series: EventSummary['series'];
	region: string | null;
	year: number;
	start_date: string | null;
	end_date: string | null;
	city: string | null;
	country: string | null;
	format: string | null;
	in_catalog: number;
	sources: number;
	talks: number;
	passages: number;
	words: number;
	mentions: number;
}

function toSummary(r: EventRowOut, v: Volume | undefined): EventSummary {
	return {
		id: r.id,
		name: r.name,
		series: r.series,
		region: r.region,
		year: r.year,
		startDate: r.start_date,
		endDate: r.end_date,
		city: r.city,
		country: r.country,
		format: r.format,
		inCatalog: r.in_catalog === 1,
		passages: v ? v.passages : r.passages,
		words: v ? v.words : r.words,
		sources: r.sources,
		talks: r.talks,
		mentions: v ? v.mentions : r.mentions
	};
}

function grouped(ctx: QueryContext, table: string, where: Clause, columns: string): Volume[] {
	return query<Volume>(
		ctx.db,
		`SELECT a.event_id, ${columns} FROM ${table} a WHERE ${where.sql} GROUP BY a.event_id`,
		where.params
	);
}

const SUMS = 'SUM(a.passages) AS passages, SUM(a.words) AS words, SUM(a.mentions) AS mentions';

/** Volume per event from the aggregates (no full-text search). */
function volumesFromAggregates(ctx: QueryContext, f: Filters): Volume[] {
	const scope = eventScope(f, 'a.event_id');
	const byTheme = f.themes.length > 0;
	if (f.projects.length === 0 && !byTheme) {
		return grouped(ctx, 'event_stats', scope, SUMS);
	}
	if (f.projects.length === 0) {
		return grouped(ctx, 'event_stats_by_theme', and(scope, themeRows(ctx, f.themes, 'a')), SUMS);
	}
	const projects = inList('a.project_id', f.projects);
	const table = byTheme ? 'event_projects_by_theme' : 'event_projects';
	const perProject = and(
		scope,
		projects,
		byTheme ? themeRows(ctx, f.themes, 'a') : { sql: '1', params: [] }
	);
	const volumes = grouped(ctx, table, perProject, SUMS);
	if (f.projects.length === 1) return volumes;
	// Several projects: passages mentioning more than one must count once (project sets).
	const members = inList('project_id', f.projects);
	const sets = and(
		scope,
		{
			sql: `a.id IN (SELECT set_id FROM project_set_members WHERE ${members.sql})`,
			params: members.params
		},
		byTheme
			? { sql: '(a.theme_mask & ?) != 0', params: [themeMask(ctx, f.themes)] }
			: { sql: '1', params: [] }
	);
	const exact = new Map(
		grouped(
			ctx,
			'project_sets',
			sets,
			'SUM(a.passages) AS passages, SUM(a.words) AS words, 0 AS mentions'
		).map((v) => [v.event_id, v])
	);
	return volumes.map((v) => ({
		...v,
		passages: exact.get(v.event_id)?.passages ?? 0,
		words: exact.get(v.event_id)?.words ?? 0
	}));
}

function volumesFromPassages(ctx: QueryContext, f: Filters): Volume[] {
	const matched = matchedPassages(f);
	const mentionFilter =
		f.projects.length > 0 ? inList('m.project_id', f.projects) : { sql: '1', params: [] };
	return query<Volume>(
		ctx.db,
		`WITH matched AS (${matched.sql})
		SELECT x.event_id, COUNT(*) AS passages, SUM(x.words) AS words,
			COALESCE(SUM((SELECT COUNT(*) FROM mentions m WHERE m.passage_id = x.id AND ${mentionFilter.sql})), 0) AS mentions
		FROM matched x GROUP BY x.event_id`,
		[...matched.params, ...mentionFilter.params]
	);
}

/** Events in scope, in date order. Unfiltered by theme, project and search, events without passages are kept. */
export function events(ctx: QueryContext, f: Filters, mode: QueryMode = 'auto'): EventSummary[] {
	const where = eventsWhere(f, 'e.');
	const rows = query<EventRowOut>(
		ctx.db,
		`SELECT e.*, s.sources, s.talks, s.passages, s.words, s.mentions
		FROM events e JOIN event_stats s ON s.event_id = e.id
		WHERE ${where.sql}
		ORDER BY COALESCE(e.start_date, e.year || '-12-31'), e.id`,
		where.params
	);
	const narrowed = f.themes.length > 0 || f.projects.length > 0 || needsRaw(f);
	if (!narrowed && mode === 'auto') return rows.map((r) => toSummary(r, undefined));
	const volumes = new Map(
		(mode === 'raw' || needsRaw(f)
			? volumesFromPassages(ctx, f)
			: volumesFromAggregates(ctx, f)
		).map((v) => [v.event_id, v])
	);
	return rows
		.filter((r) => (narrowed ? (volumes.get(r.id)?.passages ?? 0) > 0 : true))
		.map((r) =>
			toSummary(r, volumes.get(r.id) ?? { event_id: r.id, passages: 0, words: 0, mentions: 0 })
		);
}
