/**
 * Rows → SQLite bytes, with sql.js: the same engine the browser runs, so nothing in the file is
 * unreadable there. Pure (no node:): the browser re-runs it to add a user's recap. The same
 * IngestResult and builtAt always give the same bytes.
 */
import type { Database, SqlJsStatic, SqlValue } from 'sql.js';
import { sha256Hex } from '../ingest/sha256';
import type { IngestResult } from '../ingest/types';
import { aggregateTables } from './aggregates';
import { computeComentions } from './comentions';
import { writeFacts } from './facts';
import { insertRows } from './insert';
import { writeComentions } from './packs';
import { indexPassages } from './passageIndex';
import { checkReferences } from './references';
import { AGGREGATE_DDL, INDEX_DDL, RAW_DDL, SCHEMA_VERSION } from './schema';
import { run } from './sql';

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

/** Word counts of `result.passages`, by position. */
function passageWords(result: IngestResult): Uint32Array {
	return Uint32Array.from(result.passages, (p) => countWords(p.text));
}

function insertRaw(db: Database, result: IngestResult, words: Uint32Array): void {
	const { taxonomy } = result;
	const rows = <T>(
		table: string,
		tuple: string,
		list: readonly T[],
		values: (row: T) => SqlValue[]
	) =>
		insertRows(db, table, tuple, list.length, (i, out, at) => {
			const v = values(list[i]!);
			for (let k = 0; k < v.length; k++) out[at + k] = v[k]!;
		});
	rows('events', '(?,?,?,?,?,?,?,?,?,?,?)', result.events, (e) => [
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
	]);
	rows('sources', '(?,?,?,?,?,?,?,?,?,?)', result.sources, (s) => [
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
	]);
	insertRows(db, 'sections', '(?,?,?,?,?,?)', result.sections.length, (i, out, at) => {
		const s = result.sections[i]!;
		out[at] = s.id;
		out[at + 1] = s.source_id;
		out[at + 2] = s.event_id;
		out[at + 3] = s.ordinal;
		out[at + 4] = s.heading;
		out[at + 5] = s.kind;
	});
	insertRows(
		db,
		'passages',
		// Text bound as UTF-8 bytes: sql.js converts strings character by character in
		// JavaScript, TextEncoder natively (three times faster on a large corpus).
		'(?,?,?,?,?,CAST(? AS TEXT),?,?)',
		result.passages.length,
		(i, out, at) => {
			const p = result.passages[i]!;
			out[at] = p.id;
			out[at + 1] = p.source_id;
			out[at + 2] = p.section_id;
			out[at + 3] = p.event_id;
			out[at + 4] = p.ordinal;
			out[at + 5] = utf8.encode(p.text);
			out[at + 6] = words[i]!;
			out[at + 7] = p.event_id === null ? (p.unattributed_reason ?? 'no event found') : null;
		}
	);
	rows('talks', '(?,?,?,?,?,?,?)', result.talks, (t) => [
		t.id,
		t.event_id,
		t.source_id,
		t.section_id,
		t.title,
		JSON.stringify(t.speakers),
		JSON.stringify(t.organizations)
	]);
	const projects = [...taxonomy.projects].sort((a, b) => compareIds(a.id, b.id));
	insertRows(db, 'projects', '(?,?,?,?,?,?,?,?,?,?)', projects.length, (i, out, at) => {
		const p = projects[i]!;
		out[at] = p.id;
		out[at + 1] = i;
		out[at + 2] = p.name;
		out[at + 3] = p.category;
		out[at + 4] = p.subcategory;
		out[at + 5] = p.cncf_status;
		out[at + 6] = p.accepted;
		out[at + 7] = p.incubating;
		out[at + 8] = p.graduated;
		out[at + 9] = p.homepage;
	});
	const aliases = taxonomy.projects.flatMap((p) =>
		[...new Set(p.aliases)].sort().map((alias) => [p.id, alias])
	);
	rows('project_aliases', '(?,?)', aliases, (a) => a);
	insertRows(db, 'mentions', '(?,?,?,?,?)', result.mentions.length, (i, out, at) => {
		const m = result.mentions[i]!;
		out[at] = m.passage_id;
		out[at + 1] = m.project_id;
		out[at + 2] = m.start;
		out[at + 3] = m.end;
		out[at + 4] = m.surface;
	});
	rows(
		'themes',
		'(?,?,?,?,?)',
		taxonomy.themes.map((t, i) => ({ t, i })),
		({ t, i }) => [t.id, t.name, t.description, i, JSON.stringify(t.lexicon)]
	);
	// "On a theme" means a row here: a score of 0 is no score.
	const scored = result.passageThemes.filter((pt) => pt.score > 0);
	insertRows(db, 'passage_themes', '(?,?,?)', scored.length, (i, out, at) => {
		const pt = scored[i]!;
		out[at] = pt.passage_id;
		out[at + 1] = pt.theme_id;
		out[at + 2] = pt.score;
	});
	insertRows(
		db,
		'warnings (file, severity, message)',
		'(?,?,?)',
		result.warnings.length,
		(i, out, at) => {
			const w = result.warnings[i]!;
			out[at] = w.file;
			out[at + 1] = w.severity;
			out[at + 2] = w.message;
		}
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
	insertRows(db, 'meta', '(?,?)', entries.length, (i, out, at) => {
		out[at] = entries[i]![0];
		out[at + 1] = entries[i]![1];
	});
}

/** Roughly the size of the finished file (passage text is about a quarter of it). */
function estimateBytes(result: IngestResult): number {
	let chars = 0;
	for (const p of result.passages) chars += p.text.length;
	return (1 << 20) + chars * 5;
}

/**
 * An empty database whose file is already `bytes` long. sql.js keeps the file in an array that
 * grows by an eighth at a time, copying the whole file each time: for a 100 MB database that
 * was most of the commit. A one-page database padded with zeros is still a valid empty
 * database (its header gives its size in pages), SQLite writes every page in place, and the
 * padding never reaches the exported bytes (export copies only the pages in use).
 */
function openSized(SQL: SqlJsStatic, bytes: number): Database {
	const seed = new SQL.Database();
	let page: Uint8Array;
	try {
		seed.exec('PRAGMA user_version = 0'); // writes page 1
		page = seed.export();
	} finally {
		seed.close();
	}
	const file = new Uint8Array(Math.max(bytes, page.length));
	file.set(page);
	return new SQL.Database(file);
}

/** Writes the whole database in one transaction and returns the file's bytes. */
export function buildDatabase(
	SQL: SqlJsStatic,
	result: IngestResult,
	opts: BuildOptions
): Uint8Array {
	const step = <T>(name: string, fn: () => T): T => {
		const start = performance.now();
		const value = fn();
		opts.onStep?.(name, performance.now() - start);
		return value;
	};
	const db = step('open', () => openSized(SQL, estimateBytes(result)));
	try {
		// The whole file is built in memory and exported at the end: no journal, no syncs, and a
		// page cache big enough that no page is written twice before the commit.
		db.exec(
			'PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF;' +
				'PRAGMA temp_store = MEMORY; PRAGMA cache_size = -1048576;'
		);
		db.exec(RAW_DDL + AGGREGATE_DDL);
		step('foreign keys', () => checkReferences(result));
		const words = step('words', () => passageWords(result));
		db.exec('BEGIN');
		step('rows', () => insertRaw(db, result, words));
		step('indexes', () => db.exec(INDEX_DDL));
		step('full-text index', () => {
			run(db, "INSERT INTO passages_fts (passages_fts) VALUES ('rebuild')");
			run(db, "INSERT INTO passages_fts (passages_fts) VALUES ('optimize')");
		});
		const index = step('passage index', () => indexPassages(result, words));
		step('aggregates', () => {
			for (const t of aggregateTables(index, result))
				insertRows(db, t.table, t.tuple, t.count, t.fill);
		});
		step('co-mentions', () => writeComentions(db, computeComentions(index), index.projectIds));
		step('passage facts', () => writeFacts(db, index.facts));
		writeMeta(db, result, opts.builtAt);
		step('commit', () => db.exec('COMMIT'));
		step('analyze', () => db.exec('ANALYZE'));
		return step('export', () => db.export());
	} finally {
		db.close();
	}
}
