/**
 * Rows → SQLite bytes, with sql.js: the same engine the browser runs, so nothing in the file is
 * unreadable there. Pure (no node:): the browser re-runs it to add a user's recap. The same
 * IngestResult and builtAt always give the same bytes.
 */
import type { Database, SqlJsStatic, SqlValue } from 'sql.js';
import { sha256Hex } from '../ingest/sha256';
import type { IngestResult } from '../ingest/types';
import { aggregateStatements, cleanupStatements } from './aggregates';
import { computeComentions } from './comentions';
import { writeComentions } from './packs';
import { projectThemeRows } from './projectThemes';
import { computeFacts, writeFacts } from './facts';
import { AGGREGATE_DDL, INDEX_DDL, RAW_DDL, SCHEMA_VERSION } from './schema';
import { query, run } from './sql';

export interface BuildOptions {
	/** ISO timestamp stored in meta.built_at (the only value that differs between equal builds). */
	builtAt: string;
	/** Called after each phase with its duration in ms (the bench prints them). */
	onStep?: (name: string, ms: number) => void;
}

const utf8 = new TextEncoder();

function compareIds(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Words as runs of non-space characters, the same rule as the ingest's `words`. */
export function countWords(text: string): number {
	let words = 0;
	let inWord = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		const space = c === 32 || (c >= 9 && c <= 13) || c === 160;
		if (!space && !inWord) words++;
		inWord = !space;
	}
	return words;
}

/** sha256 over the sorted `path\tsha256\n` lines: changes exactly when a document does. */
export function corpusDigest(sources: readonly { path: string; sha256: string }[]): string {
	const lines = sources
		.map((s) => `${s.path}\t${s.sha256}\n`)
		.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
		.join('');
	return sha256Hex(new TextEncoder().encode(lines));
}

function insertAll<T>(
	db: Database,
	table: string,
	sql: string,
	rows: readonly T[],
	values: (row: T, index: number) => SqlValue[]
): void {
	const statement = db.prepare(sql);
	try {
		for (let i = 0; i < rows.length; i++) statement.run(values(rows[i]!, i));
	} catch (error) {
		throw new Error(`Cannot write ${table}: ${error instanceof Error ? error.message : error}`, {
			cause: error
		});
	} finally {
		statement.free();
	}
}

function insertRaw(db: Database, result: IngestResult): void {
	const { taxonomy } = result;
	insertAll(
		db,
		'events',
		'INSERT INTO events VALUES (?,?,?,?,?,?,?,?,?,?,?)',
		result.events,
		(e) => [
			e.id,
			e.name,
			e.series,
			e.region,
			e.year,
			e.start_date,
			e.end_date,
			e.city,
			e.country,
			e.format,
			e.in_catalog
		]
	);
	insertAll(
		db,
		'sources',
		'INSERT INTO sources VALUES (?,?,?,?,?,?,?,?,?,?)',
		result.sources,
		(s) => [
			s.id,
			s.path,
			s.title,
			s.author,
			s.publisher,
			s.url,
			s.published,
			s.format,
			s.sha256,
			s.words
		]
	);
	insertAll(db, 'sections', 'INSERT INTO sections VALUES (?,?,?,?,?,?)', result.sections, (s) => [
		s.id,
		s.source_id,
		s.event_id,
		s.ordinal,
		s.heading,
		s.kind
	]);
	insertAll(
		db,
		'passages',
		// Text bound as UTF-8 bytes: sql.js converts strings character by character in
		// JavaScript, TextEncoder natively (three times faster on a large corpus).
		'INSERT INTO passages VALUES (?,?,?,?,?,CAST(? AS TEXT),?,?)',
		result.passages,
		(p) => [
			p.id,
			p.source_id,
			p.section_id,
			p.event_id,
			p.ordinal,
			utf8.encode(p.text),
			countWords(p.text),
			p.event_id === null ? (p.unattributed_reason ?? 'no event found') : null
		]
	);
	insertAll(db, 'talks', 'INSERT INTO talks VALUES (?,?,?,?,?,?,?)', result.talks, (t) => [
		t.id,
		t.event_id,
		t.source_id,
		t.section_id,
		t.title,
		JSON.stringify(t.speakers),
		JSON.stringify(t.organizations)
	]);
	insertAll(
		db,
		'projects',
		'INSERT INTO projects VALUES (?,?,?,?,?,?,?,?,?,?)',
		[...taxonomy.projects].sort((a, b) => compareIds(a.id, b.id)),
		(p, i) => [
			p.id,
			i,
			p.name,
			p.category,
			p.subcategory,
			p.cncf_status,
			p.accepted,
			p.incubating,
			p.graduated,
			p.homepage
		]
	);
	const aliases = taxonomy.projects.flatMap((p) =>
		[...new Set(p.aliases)].sort().map((alias) => ({ id: p.id, alias }))
	);
	insertAll(db, 'project_aliases', 'INSERT INTO project_aliases VALUES (?,?)', aliases, (a) => [
		a.id,
		a.alias
	]);
	insertAll(db, 'mentions', 'INSERT INTO mentions VALUES (?,?,?,?,?)', result.mentions, (m) => [
		m.passage_id,
		m.project_id,
		m.start,
		m.end,
		m.surface
	]);
	insertAll(
		db,
		'themes',
		'INSERT INTO themes VALUES (?,?,?,?,?)',
		taxonomy.themes.map((t, i) => ({ t, i })),
		({ t, i }) => [t.id, t.name, t.description, i, JSON.stringify(t.lexicon)]
	);
	insertAll(
		db,
		'passage_themes',
		'INSERT INTO passage_themes VALUES (?,?,?)',
		// "On a theme" means a row here: a score of 0 is no score.
		result.passageThemes.filter((pt) => pt.score > 0),
		(pt) => [pt.passage_id, pt.theme_id, pt.score]
	);
	insertAll(
		db,
		'warnings',
		'INSERT INTO warnings (file, severity, message) VALUES (?,?,?)',
		result.warnings,
		(w) => [w.file, w.severity, w.message]
	);
}

function checkForeignKeys(db: Database): void {
	const problems = query<{ table: string; rowid: number; parent: string }>(
		db,
		'PRAGMA foreign_key_check'
	);
	if (problems.length === 0) return;
	const sample = problems
		.slice(0, 5)
		.map((p) => `${p.table} row ${p.rowid} → missing ${p.parent}`)
		.join('; ');
	throw new Error(
		`The ingest result refers to rows that do not exist (${problems.length}): ${sample}`
	);
}

function writeMeta(db: Database, result: IngestResult, builtAt: string): void {
	const counts: Record<string, number> = {
		documents: result.sources.length,
		passages: result.passages.length,
		unattributed: result.passages.filter((p) => p.event_id === null).length,
		events: result.events.length,
		talks: result.talks.length,
		mentions: result.mentions.length,
		projects: result.taxonomy.projects.length,
		themes: result.taxonomy.themes.length,
		warnings: result.warnings.length
	};
	const entries: [string, string][] = [
		['schema_version', String(SCHEMA_VERSION)],
		['built_at', builtAt],
		['corpus_digest', corpusDigest(result.sources)],
		...Object.entries(counts).map(([k, v]): [string, string] => [`counts.${k}`, String(v)])
	];
	insertAll(db, 'meta', 'INSERT INTO meta VALUES (?, ?)', entries, (e) => e);
}

/** Writes the whole database in one transaction and returns the file's bytes. */
export function buildDatabase(
	SQL: SqlJsStatic,
	result: IngestResult,
	opts: BuildOptions
): Uint8Array {
	const db = new SQL.Database();
	const step = <T>(name: string, fn: () => T): T => {
		const start = performance.now();
		const value = fn();
		opts.onStep?.(name, performance.now() - start);
		return value;
	};
	try {
		db.exec('PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF;');
		db.exec(RAW_DDL + AGGREGATE_DDL);
		db.exec('BEGIN');
		step('rows', () => insertRaw(db, result));
		step('foreign keys', () => checkForeignKeys(db));
		step('indexes', () => db.exec(INDEX_DDL));
		step('full-text index', () => {
			run(db, 'INSERT INTO passages_fts (docid, text) SELECT id, text FROM passages ORDER BY id');
			run(db, "INSERT INTO passages_fts (passages_fts) VALUES ('optimize')");
		});
		step('aggregates', () => {
			for (const statement of aggregateStatements()) db.exec(statement);
		});
		step('aggregates by theme', () => {
			insertAll(
				db,
				'event_projects_by_theme',
				'INSERT INTO event_projects_by_theme VALUES (?,?,?,?,?,?,?)',
				projectThemeRows(result, countWords),
				(r) => [r.theme_id, r.event_id, r.project_id, r.mentions, r.passages, r.words, r.score]
			);
		});
		step('co-mentions', () => {
			const ids = result.taxonomy.projects.map((p) => p.id).sort(compareIds);
			writeComentions(db, computeComentions(result, new Map(ids.map((id, i) => [id, i]))), ids);
		});
		step('passage facts', () => writeFacts(db, computeFacts(result, countWords)));
		for (const statement of cleanupStatements()) db.exec(statement);
		writeMeta(db, result, opts.builtAt);
		step('commit', () => {
			db.exec('COMMIT');
			db.exec('ANALYZE');
		});
		return step('export', () => db.export());
	} finally {
		db.close();
	}
}
