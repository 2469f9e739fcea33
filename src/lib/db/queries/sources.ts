/** The documents of the corpus with the events their passages cover (in date order). */
import type { SourceInfo } from '../types';
import { query } from '../sql';
import type { QueryContext } from './scope';

interface SourceRow {
	id: number;
	path: string;
	title: string | null;
	author: string | null;
	publisher: string | null;
	url: string | null;
	published: string | null;
	format: string;
	words: number;
	events: string | null;
}

export function sources(ctx: QueryContext): SourceInfo[] {
	return query<SourceRow>(
		ctx.db,
		`SELECT s.id, s.path, s.title, s.author, s.publisher, s.url, s.published, s.format, s.words,
			(SELECT json_group_array(se.event_id) FROM (
				SELECT x.event_id FROM source_events x JOIN events e ON e.id = x.event_id
				WHERE x.source_id = s.id ORDER BY COALESCE(e.start_date, e.year || '-12-31'), e.id) se) AS events
		FROM sources s ORDER BY s.path`
	).map((r) => ({
		id: r.id,
		path: r.path,
		title: r.title,
		author: r.author,
		publisher: r.publisher,
		url: r.url,
		published: r.published,
		format: r.format,
		words: r.words,
		events: r.events ? (JSON.parse(r.events) as string[]) : []
	}));
}
