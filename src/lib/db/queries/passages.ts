/**
 * The passage list: the passages behind the current view — attributed to an event, matching
 * every filter, each listed once — narrowed by a clicked mark, in corpus order (by passage id:
 * sources in path order, passages in document order), with their mention spans.
 */
import type { Filters, MentionSpan, PassageHit, PassageQuery } from '../types';
import { placeholders, query, queryRow } from '../sql';
import { volumesFromAggregates, type QueryMode } from './events';
import { sumPacks } from './networkEdges';
import {
	and,
	eventScope,
	hasRow,
	matchedWhere,
	needsRaw,
	inList,
	normalize,
	type Clause,
	type QueryContext
} from './scope';
import { matches, searchPassageIds } from './search';

interface HitRow {
	id: number;
	text: string;
	event_id: string | null;
	event_name: string | null;
	source_id: number;
	source_title: string | null;
	source_author: string | null;
	source_url: string | null;
	section_heading: string | null;
}

interface SpanRow {
	passage_id: number;
	start: number;
	end: number;
	project_id: string;
}

function narrowing(q: PassageQuery, exists: boolean): Clause {
	const parts: Clause[] = [];
	for (const project of new Set(q.withProjects ?? []))
		parts.push(hasRow('mentions', 'project_id', [project], exists));
	if (q.themeId !== undefined)
		parts.push(hasRow('passage_themes', 'theme_id', [q.themeId], exists));
	if (q.eventId !== undefined) parts.push({ sql: 'p.event_id = ?', params: [q.eventId] });
	if (q.year !== undefined) {
		parts.push({ sql: 'p.event_id IN (SELECT id FROM events WHERE year = ?)', params: [q.year] });
	}
	return and(...parts);
}

/**
 * The number of passages from the aggregates, when the question is one they answer exactly:
 * no search, at most one theme, and projects that reduce to one (per-project rows) or to one
 * clicked pair (the co-mention packs count the passages naming both); else null.
 */
function totalFromAggregates(ctx: QueryContext, f: Filters, q: PassageQuery): number | null {
	if (needsRaw(f)) return null;
	let themes = f.themes;
	if (q.themeId !== undefined) {
		if (themes.length > 0 && !themes.includes(q.themeId)) return null;
		themes = [q.themeId];
	}
	const required = [...new Set(q.withProjects ?? [])];
	// Passages must name every required project and any filter project: with the filter a
	// subset of the required ones, the required ones decide.
	const projects =
		required.length > 0 && f.projects.every((p) => required.includes(p)) ? required : f.projects;
	if (required.length > 0 && projects !== required) return null;
	if (themes.length > 1 || projects.length > 2 || (projects.length === 2 && required.length !== 2))
		return null;
	let { from, to, events } = f;
	if (q.eventId !== undefined) {
		if (events.length > 0 && !events.includes(q.eventId)) return 0;
		events = [q.eventId];
	}
	if (q.year !== undefined) {
		from = Math.max(from ?? q.year, q.year);
		to = Math.min(to ?? q.year, q.year);
		if (from > to) return 0;
	}
	const narrowed = { ...f, themes, projects, events, from, to };
	if (projects.length === 2) {
		const [a, b] = [...projects].sort();
		const edge = sumPacks(ctx, narrowed, { ids: new Set(projects), both: true });
		return edge.find((e) => e.source === a && e.target === b)?.passages ?? 0;
	}
	return volumesFromAggregates(ctx, narrowed).reduce((n, v) => n + v.passages, 0);
}

/** Attributed passages in the events in scope (from `event_stats`). */
function scopeSize(ctx: QueryContext, f: Filters): number {
	const scope = eventScope(f, 'event_id');
	return (
		queryRow<{ n: number }>(
			ctx.db,
			`SELECT COALESCE(SUM(passages), 0) AS n FROM event_stats WHERE ${scope.sql}`,
			scope.params
		)?.n ?? 0
	);
}

export function passages(
	ctx: QueryContext,
	q: PassageQuery,
	mode: QueryMode = 'auto'
): { total: number; rows: PassageHit[] } {
	const f = normalize(q.filters);
	const limit = Math.max(0, Math.min(q.limit ?? 50, 500));
	const offset = Math.max(0, q.offset ?? 0);
	let total: number;
	let page: Clause;
	if (mode === 'auto' && needsRaw(f)) {
		// A search: the matching ids come from the passage facts; SQL reads only the page.
		const ids = searchPassageIds(matches(ctx, f), q);
		total = ids.length;
		const shown = ids.slice(offset, offset + limit);
		page = shown.length > 0 ? inList('p.id', shown) : { sql: '0', params: [] };
	} else {
		const where = and(matchedWhere(f), narrowing(q, false));
		total =
			(mode === 'auto' ? totalFromAggregates(ctx, f, q) : null) ??
			queryRow<{ n: number }>(
				ctx.db,
				`SELECT COUNT(*) AS n FROM passages p WHERE ${where.sql}`,
				where.params
			)?.n ??
			0;
		// When most passages match, testing passages in id order finds a page sooner than
		// collecting every matching id first (see MatchOptions.exists).
		const dense = total * 20 >= scopeSize(ctx, f);
		page = dense ? and(matchedWhere(f, { exists: true }), narrowing(q, true)) : where;
	}
	const skip = mode === 'auto' && needsRaw(f) ? 0 : offset;
	const hits = query<HitRow>(
		ctx.db,
		`SELECT p.id, p.text, p.event_id, e.name AS event_name, p.source_id, s.title AS source_title,
			s.author AS source_author, s.url AS source_url, sec.heading AS section_heading
		FROM passages p JOIN sources s ON s.id = p.source_id JOIN sections sec ON sec.id = p.section_id
		LEFT JOIN events e ON e.id = p.event_id
		WHERE ${page.sql} ORDER BY p.id LIMIT ? OFFSET ?`,
		[...page.params, limit, skip]
	);
	const spans = new Map<number, MentionSpan[]>();
	if (hits.length > 0) {
		const rows = query<SpanRow>(
			ctx.db,
			`SELECT passage_id, start, "end", project_id FROM mentions
			WHERE passage_id IN (${placeholders(hits.length)}) ORDER BY passage_id, start, project_id`,
			hits.map((h) => h.id)
		);
		for (const r of rows) {
			const list = spans.get(r.passage_id) ?? [];
			list.push({ start: r.start, end: r.end, projectId: r.project_id });
			spans.set(r.passage_id, list);
		}
	}
	return {
		total,
		rows: hits.map((h) => ({
			id: h.id,
			text: h.text,
			eventId: h.event_id,
			eventName: h.event_name,
			sourceId: h.source_id,
			sourceTitle: h.source_title,
			sourceAuthor: h.source_author,
			sourceUrl: h.source_url,
			sectionHeading: h.section_heading,
			mentions: spans.get(h.id) ?? []
		}))
	};
}
