/**
 * The atlas database schema: a public interface (people query the file with sqlite3 and
 * Datasette), documented column by column in docs/schema.md — a test keeps the two in step.
 * Raise SCHEMA_VERSION on any change that breaks a reader; the site refuses other versions.
 */

export const SCHEMA_VERSION = 1;

/** Tables filled from the ingest result, in insertion order (parents before children). */
export const RAW_DDL = `
CREATE TABLE meta (
	key TEXT PRIMARY KEY,
	value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE events (
	id TEXT PRIMARY KEY,
	name TEXT NOT NULL,
	series TEXT NOT NULL,
	region TEXT,
	year INTEGER NOT NULL,
	start_date TEXT,
	end_date TEXT,
	city TEXT,
	country TEXT,
	format TEXT,
	in_catalog INTEGER NOT NULL
);

CREATE TABLE sources (
	id INTEGER PRIMARY KEY,
	path TEXT NOT NULL UNIQUE,
	title TEXT,
	author TEXT,
	publisher TEXT,
	url TEXT,
	published TEXT,
	format TEXT NOT NULL,
	sha256 TEXT NOT NULL,
	words INTEGER NOT NULL
);

CREATE TABLE sections (
	id INTEGER PRIMARY KEY,
	source_id INTEGER NOT NULL REFERENCES sources (id),
	event_id TEXT REFERENCES events (id),
	ordinal INTEGER NOT NULL,
	heading TEXT,
	kind TEXT NOT NULL
);

CREATE TABLE passages (
	id INTEGER PRIMARY KEY,
	source_id INTEGER NOT NULL REFERENCES sources (id),
	section_id INTEGER NOT NULL REFERENCES sections (id),
	event_id TEXT REFERENCES events (id),
	ordinal INTEGER NOT NULL,
	text TEXT NOT NULL,
	words INTEGER NOT NULL,
	unattributed_reason TEXT
);

CREATE VIRTUAL TABLE passages_fts USING fts4 (text, content="passages", tokenize=unicode61 "remove_diacritics=2");

CREATE TABLE talks (
	id INTEGER PRIMARY KEY,
	event_id TEXT REFERENCES events (id),
	source_id INTEGER NOT NULL REFERENCES sources (id),
	section_id INTEGER NOT NULL REFERENCES sections (id),
	title TEXT NOT NULL,
	speakers TEXT NOT NULL,
	organizations TEXT NOT NULL
);

CREATE TABLE projects (
	id TEXT PRIMARY KEY,
	ordinal INTEGER NOT NULL UNIQUE,
	name TEXT NOT NULL,
	category TEXT NOT NULL,
	subcategory TEXT NOT NULL,
	cncf_status TEXT,
	accepted TEXT,
	incubating TEXT,
	graduated TEXT,
	homepage TEXT
);

CREATE TABLE project_aliases (
	project_id TEXT NOT NULL REFERENCES projects (id),
	alias TEXT NOT NULL,
	PRIMARY KEY (project_id, alias)
) WITHOUT ROWID;

CREATE TABLE mentions (
	passage_id INTEGER NOT NULL REFERENCES passages (id),
	project_id TEXT NOT NULL REFERENCES projects (id),
	start INTEGER NOT NULL,
	"end" INTEGER NOT NULL,
	surface TEXT NOT NULL,
	PRIMARY KEY (passage_id, start, project_id, "end")
) WITHOUT ROWID;

CREATE TABLE themes (
	id TEXT PRIMARY KEY,
	name TEXT NOT NULL,
	description TEXT NOT NULL,
	ordinal INTEGER NOT NULL UNIQUE,
	lexicon TEXT NOT NULL
);

CREATE TABLE passage_themes (
	passage_id INTEGER NOT NULL REFERENCES passages (id),
	theme_id TEXT NOT NULL REFERENCES themes (id),
	score REAL NOT NULL,
	PRIMARY KEY (passage_id, theme_id)
) WITHOUT ROWID;

CREATE TABLE warnings (
	id INTEGER PRIMARY KEY,
	file TEXT NOT NULL,
	severity TEXT NOT NULL,
	message TEXT NOT NULL
);
`;

/**
 * Aggregates, so that no chart scans passages. Tables without a theme split count every
 * attributed passage; the `*_by_theme` tables count, for each theme, only the passages that
 * score on it. Several chosen themes (or projects) add up their own counts (docs/schema.md,
 * "Filters and aggregates").
 */
export const AGGREGATE_DDL = `
CREATE TABLE event_stats (
	event_id TEXT PRIMARY KEY REFERENCES events (id),
	passages INTEGER NOT NULL,
	words INTEGER NOT NULL,
	sources INTEGER NOT NULL,
	talks INTEGER NOT NULL,
	mentions INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE event_themes (
	event_id TEXT NOT NULL REFERENCES events (id),
	theme_id TEXT NOT NULL REFERENCES themes (id),
	passages INTEGER NOT NULL,
	words INTEGER NOT NULL,
	mentions INTEGER NOT NULL,
	score REAL NOT NULL,
	share REAL NOT NULL,
	score_norm REAL NOT NULL,
	PRIMARY KEY (event_id, theme_id)
) WITHOUT ROWID;

CREATE TABLE event_projects (
	event_id TEXT NOT NULL REFERENCES events (id),
	project_id TEXT NOT NULL REFERENCES projects (id),
	mentions INTEGER NOT NULL,
	passages INTEGER NOT NULL,
	words INTEGER NOT NULL,
	PRIMARY KEY (event_id, project_id)
) WITHOUT ROWID;

CREATE TABLE event_projects_by_theme (
	theme_id TEXT NOT NULL REFERENCES themes (id),
	event_id TEXT NOT NULL REFERENCES events (id),
	project_id TEXT NOT NULL REFERENCES projects (id),
	mentions INTEGER NOT NULL,
	passages INTEGER NOT NULL,
	words INTEGER NOT NULL,
	score REAL NOT NULL,
	PRIMARY KEY (theme_id, project_id, event_id)
) WITHOUT ROWID;

CREATE TABLE comentions (
	event_id TEXT NOT NULL REFERENCES events (id),
	source TEXT NOT NULL REFERENCES projects (id),
	target TEXT NOT NULL REFERENCES projects (id),
	weight INTEGER NOT NULL,
	passages INTEGER NOT NULL,
	PRIMARY KEY (event_id, source, target),
	CHECK (source < target)
) WITHOUT ROWID;

CREATE TABLE comention_packs (
	theme_id TEXT NOT NULL,
	event_id TEXT NOT NULL REFERENCES events (id),
	pairs INTEGER NOT NULL,
	data BLOB NOT NULL,
	PRIMARY KEY (theme_id, event_id)
) WITHOUT ROWID;

CREATE TABLE passage_facts (
	name TEXT PRIMARY KEY,
	data BLOB NOT NULL
) WITHOUT ROWID;

CREATE TABLE source_events (
	source_id INTEGER NOT NULL REFERENCES sources (id),
	event_id TEXT NOT NULL REFERENCES events (id),
	passages INTEGER NOT NULL,
	PRIMARY KEY (source_id, event_id)
) WITHOUT ROWID;
`;

/**
 * Indexes for the query patterns in src/lib/db/queries. These two are created before the bulk
 * insert and filled as the rows go in: the rows come in passage order, so each index only grows
 * at the end of each project's (or theme's) run of keys, which costs less than sorting their
 * 170,000 and 220,000 keys afterwards (about 0.1 s less on the 5,000-document synthetic corpus,
 * for a file 1% larger).
 */
export const EARLY_INDEX_DDL = `
CREATE INDEX mentions_project ON mentions (project_id, passage_id);
CREATE INDEX passage_themes_theme ON passage_themes (theme_id, passage_id);
`;

/** The other indexes, created after the bulk insert. */
export const INDEX_DDL = `
CREATE INDEX events_year ON events (year, start_date);
CREATE INDEX sections_source ON sections (source_id, ordinal);
CREATE INDEX passages_event ON passages (event_id, id);
CREATE INDEX talks_event ON talks (event_id, id);
CREATE INDEX event_projects_project ON event_projects (project_id, event_id, mentions, passages, words);
`;

/** Tables a reader of this version can rely on (checked by open.ts and the tests). */
export const REQUIRED_TABLES = [
	'meta',
	'events',
	'sources',
	'sections',
	'passages',
	'passages_fts',
	'talks',
	'projects',
	'project_aliases',
	'mentions',
	'themes',
	'passage_themes',
	'warnings',
	'event_stats',
	'event_themes',
	'event_projects',
	'event_projects_by_theme',
	'comentions',
	'comention_packs',
	'passage_facts',
	'source_events'
] as const;
