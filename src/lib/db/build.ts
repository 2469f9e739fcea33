/**
 * Rows → SQLite bytes, with sql.js: the same engine the browser runs, so nothing in the file is
 * unreadable there. Pure (no node:): the browser re-runs it to add a user's recap. The same
 * IngestResult and builtAt always give the same bytes.
 */
import type { Database, SqlJsStatic } from 'sql.js';
import { sha256Hex } from '../ingest/sha256';
import type { IngestResult } from '../ingest/types';
import { aggregateTables } from './aggregates';
import { computeComentions } from './comentions';
import { writeFacts } from './facts';
import { fileBytes, openSized, reserveMemory } from './file';
import { directBinding, insertRows } from './insert';
import { writeComentions } from './packs';
import { indexPassages } from './passageIndex';
import { insertRaw } from './rawRows';
import { checkReferences } from './references';
import { AGGREGATE_DDL, EARLY_INDEX_DDL, INDEX_DDL, RAW_DDL, SCHEMA_VERSION } from './schema';
import { run } from './sql';
import { Stats } from './stats';
import { encodeTexts } from './texts';

export { countWords } from './texts';

export interface BuildOptions {
	/** ISO timestamp stored in meta.built_at (the only value that differs between equal builds). */
	builtAt: string;
	/** Called after each phase with its duration in ms (the bench prints them). */
	onStep?: (name: string, ms: number) => void;
	/** A fresh buffer from `reserveBuild`, to build the file in. */
	reserved?: Uint8Array;
}

/** sha256 over the sorted `path\tsha256\n` lines: changes exactly when a document does. */
export function corpusDigest(sources: readonly { path: string; sha256: string }[]): string {
	const lines = sources
		.map((s) => `${s.path}\t${s.sha256}\n`)
		.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
		.join('');
	return sha256Hex(new TextEncoder().encode(lines));
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

/** Roughly the size of the finished file for `chars` of passage text (about a quarter of it). */
const estimateBytes = (chars: number) => (1 << 20) + chars * 5;

/**
 * Memory to build the database of documents of `inputBytes` bytes in all (their text has no more
 * characters than bytes), taken before the ingest: the file's buffer, returned for `reserved`, and
 * room in sql.js's memory for SQLite's pages. Each time memory outside the JavaScript heap grows
 * by tens of megabytes (sql.js grows its own by a fifth at a time), V8 collects the whole heap:
 * before the ingest that heap is nearly empty, after it holds every row. Taken afterwards, the
 * 5,000 synthetic documents' build paid for four to five such collections (0.3–0.6 s).
 */
export function reserveBuild(SQL: SqlJsStatic, inputBytes: number): Uint8Array {
	const file = estimateBytes(inputBytes);
	reserveMemory(SQL, Math.min(file * 1.5, 1 << 30));
	return new Uint8Array(file);
}

/**
 * Writes the whole database in one transaction and returns the file's bytes: a view of the
 * larger buffer the file was built in (its unused padding after them, file.ts), so callers
 * read `bytes`, never `bytes.buffer` alone (transferring the buffer with the view is fine).
 */
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
	const sized = step('open', () => {
		let chars = 0;
		for (const p of result.passages) chars += p.text.length;
		return openSized(SQL, estimateBytes(chars), opts.reserved);
	});
	const { db } = sized;
	const unbind = directBinding(SQL, db);
	try {
		// The whole file is built in memory and exported at the end: no journal, no syncs, and a
		// page cache big enough that no page is written twice before the commit.
		db.exec(
			'PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA foreign_keys = OFF;' +
				'PRAGMA temp_store = MEMORY; PRAGMA cache_size = -1048576;'
		);
		db.exec(RAW_DDL + AGGREGATE_DDL + EARLY_INDEX_DDL);
		step('foreign keys', () => checkReferences(result));
		const texts = step('words', () => encodeTexts(result.passages));
		const stats = new Stats();
		db.exec('BEGIN');
		step('rows', () => insertRaw(db, result, texts, stats));
		step('indexes', () => db.exec(INDEX_DDL));
		// No 'optimize' after the rebuild: merging the dozen segments it writes (one per megabyte
		// of pending terms) into one cost a fifth of this phase, and a search over the dashboard's
		// charts takes the same time either way (5,000-doc synthetic corpus).
		step('full-text index', () =>
			run(db, "INSERT INTO passages_fts (passages_fts) VALUES ('rebuild')")
		);
		const index = step('passage index', () => indexPassages(result, texts.words));
		step('aggregates', () => {
			for (const t of aggregateTables(index, result)) {
				insertRows(db, t.table, t.tuple, t.count, t.fill);
				if (t.distinct) stats.add(t.table, t.table, t.count, t.distinct);
			}
		});
		step('co-mentions', () =>
			writeComentions(db, computeComentions(index), index.projectIds, stats)
		);
		step('passage facts', () => writeFacts(db, index.facts));
		writeMeta(db, result, opts.builtAt);
		step('commit', () => db.exec('COMMIT'));
		step('analyze', () => stats.write(db));
		return step('export', () => fileBytes(sized));
	} finally {
		db.close();
		unbind();
	}
}
