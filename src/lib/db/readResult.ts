/**
 * A database read back into the rows the ingest made (the inverse of rawRows.ts), so that the
 * browser can add a user's recaps to the atlas it has open: `addDocuments` on these rows, then
 * `buildDatabase`, gives the same database as ingesting the old and the new documents together.
 */
import type { Database } from 'sql.js';
import type {
	EventRow,
	IngestResult,
	MentionRow,
	PassageRow,
	PassageThemeRow,
	SectionRow,
	SourceRow,
	Taxonomy,
	TalkRow
} from '../ingest/types';
import { query } from './sql';

export function readIngestResult(db: Database, taxonomy: Taxonomy): IngestResult {
	const talks = query<Omit<TalkRow, 'speakers' | 'organizations'> & Record<string, string>>(
		db,
		'SELECT id, event_id, source_id, section_id, title, speakers, organizations FROM talks ORDER BY id'
	).map((t) => ({
		...t,
		speakers: JSON.parse(t.speakers!) as string[],
		organizations: JSON.parse(t.organizations!) as string[]
	}));
	return {
		taxonomy,
		events: query<EventRow>(
			db,
			`SELECT id, name, series, region, year, start_date, end_date, city, country, format,
			in_catalog FROM events ORDER BY rowid`
		),
		sources: query<SourceRow>(
			db,
			`SELECT id, path, title, author, publisher, url, published, format, sha256, words
			FROM sources ORDER BY id`
		),
		sections: query<SectionRow>(
			db,
			'SELECT id, source_id, event_id, ordinal, heading, kind FROM sections ORDER BY id'
		),
		passages: query<PassageRow>(
			db,
			`SELECT id, source_id, section_id, event_id, ordinal, text, unattributed_reason
			FROM passages ORDER BY id`
		),
		talks,
		mentions: query<MentionRow>(
			db,
			// The ingest's order: by passage, then by offset.
			'SELECT passage_id, project_id, start, "end", surface FROM mentions ORDER BY passage_id, start, "end", project_id'
		),
		passageThemes: query<PassageThemeRow>(
			db,
			`SELECT pt.passage_id, pt.theme_id, pt.score FROM passage_themes pt
			JOIN themes t ON t.id = pt.theme_id ORDER BY pt.passage_id, t.ordinal`
		),
		warnings: query(db, 'SELECT file, severity, message FROM warnings ORDER BY id')
	} as IngestResult;
}
