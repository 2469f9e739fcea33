/**
 * Events with their volume under the filters (the timeline's marks, the events list).
 * passages / words / mentions follow every filter (several themes or projects: their counts
 * add up); sources and talks are the event's totals.
 */
import type { EventSummary, Filters } from '../types';
import { query } from '../sql';
import {
	and,
	eventScope,
	eventsWhere,
	inList,
	matchedUnits,
	needsRaw,
	TRUE,
	type QueryContext
} from './scope';
import { matches, searchVolumes } from './search';

/** 'raw': answer from SQL over the raw tables (slow; the tests' reference answer). */
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

const SUMS = 'SUM(a.passages) AS passages, SUM(a.words) AS words, SUM(a.mentions) AS mentions';

/** Volume per event from the aggregates (no full-text search). */
export function volumesFromAggregates(ctx: QueryContext, f: Filters): Volume[] {
	const byTheme = f.themes.length > 0;
	const byProject = f.projects.length > 0;
	const table = byTheme
		? byProject
			? 'event_projects_by_theme'
			: 'event_themes'
		: byProject
			? 'event_projects'
			: 'event_stats';
	const where = and(
		eventScope(f, 'a.event_id'),
		byTheme ? inList('a.theme_id', f.themes) : TRUE,
		byProject ? inList('a.project_id', f.projects) : TRUE
	);
	return query<Volume>(
		ctx.db,
		`SELECT a.event_id, ${SUMS} FROM ${table} a WHERE ${where.sql} GROUP BY a.event_id`,
		where.params
	);
}

function volumesFromPassages(ctx: QueryContext, f: Filters): Volume[] {
	const units = matchedUnits(f, { themes: true, projects: true, mentions: true });
	const mentions = f.projects.length > 0 ? 'x.n' : 'x.mentions';
	return query<Volume>(
		ctx.db,
		`SELECT x.event_id, COUNT(*) AS passages, SUM(x.words) AS words, SUM(${mentions}) AS mentions
		FROM (${units.sql}) x GROUP BY x.event_id`,
		units.params
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
		(mode === 'raw'
			? volumesFromPassages(ctx, f)
			: needsRaw(f)
				? searchVolumes(matches(ctx, f))
				: volumesFromAggregates(ctx, f)
		).map((v) => [v.event_id, v])
	);
	return rows
		.filter((r) => (narrowed ? (volumes.get(r.id)?.passages ?? 0) > 0 : true))
		.map((r) =>
			toSummary(r, volumes.get(r.id) ?? { event_id: r.id, passages: 0, words: 0, mentions: 0 })
		);
}
