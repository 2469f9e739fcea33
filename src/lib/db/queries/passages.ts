/**
 * The passage list: the passages behind the current view, narrowed by a clicked mark, in
 * corpus order (by passage id: sources in path order, passages in document order), with
 * their mention spans. Without event or year filters it includes passages with no event.
 */
import type { MentionSpan, PassageHit, PassageQuery } from '../types';
import { placeholders, query, queryRow } from '../sql';
import { and, matchedWhere, normalize, type Clause, type QueryContext } from './scope';

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

function narrowing(q: PassageQuery): Clause {
	const parts: Clause[] = [];
	for (const project of new Set(q.withProjects ?? [])) {
		parts.push({
			sql: 'p.id IN (SELECT passage_id FROM mentions WHERE project_id = ?)',
			params: [project]
		});
	}
	if (q.themeId !== undefined) {
		parts.push({
			sql: 'p.id IN (SELECT passage_id FROM passage_themes WHERE theme_id = ? AND score > 0)',
			params: [q.themeId]
		});
	}
	if (q.eventId !== undefined) parts.push({ sql: 'p.event_id = ?', params: [q.eventId] });
	if (q.year !== undefined) {
		parts.push({ sql: 'p.event_id IN (SELECT id FROM events WHERE year = ?)', params: [q.year] });
	}
	return and(...parts);
}

export function passages(
	ctx: QueryContext,
	q: PassageQuery
): { total: number; rows: PassageHit[] } {
	const f = normalize(q.filters);
	const where = and(matchedWhere(f, { unattributed: true }), narrowing(q));
	const total =
		queryRow<{ n: number }>(
			ctx.db,
			`SELECT COUNT(*) AS n FROM passages p WHERE ${where.sql}`,
			where.params
		)?.n ?? 0;
	const limit = Math.max(0, Math.min(q.limit ?? 50, 500));
	const offset = Math.max(0, q.offset ?? 0);
	const hits = query<HitRow>(
		ctx.db,
		`SELECT p.id, p.text, p.event_id, e.name AS event_name, p.source_id, s.title AS source_title,
			s.author AS source_author, s.url AS source_url, sec.heading AS section_heading
		FROM passages p JOIN sources s ON s.id = p.source_id JOIN sections sec ON sec.id = p.section_id
		LEFT JOIN events e ON e.id = p.event_id
		WHERE ${where.sql} ORDER BY p.id LIMIT ? OFFSET ?`,
		[...where.params, limit, offset]
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
