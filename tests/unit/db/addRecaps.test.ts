import { readFileSync } from 'node:fs';
import initSqlJs, { type Database, type SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTaxonomy } from '../../../scripts/lib/ingestRun';
import { addRecaps, NothingAddedError } from '../../../src/lib/db/addRecaps';
import { buildDatabase } from '../../../src/lib/db/build';
import { readIngestResult } from '../../../src/lib/db/readResult';
import { queryValues } from '../../../src/lib/db/sql';
import { ingest } from '../../../src/lib/ingest/pipeline';
import type { SourceInput, Taxonomy } from '../../../src/lib/ingest/types';

let SQL: SqlJsStatic;
let taxonomy: Taxonomy;
beforeAll(async () => {
	SQL = await initSqlJs();
	// As the browser gets it: the JSON that the ingest writes beside the database.
	taxonomy = JSON.parse(JSON.stringify((await loadTaxonomy('data/taxonomy')).taxonomy));
});

const doc = (name: string): SourceInput => ({
	path: name,
	bytes: new Uint8Array(readFileSync(`tests/fixtures/docs/${name}`))
});
const BASE = ['hugo-yaml.md', 'plain-recap.txt'];
const build = (inputs: SourceInput[]) =>
	new SQL.Database(buildDatabase(SQL, ingest(inputs, taxonomy), { builtAt: 'test' }));

/** Rows of `sql` as sorted strings: equal databases give equal lists whatever their ids. */
const rows = (db: Database, sql: string) =>
	queryValues(db, sql)
		.map((r) => JSON.stringify(r))
		.sort();

/** What a reader sees, without row ids (documents are numbered in the order they came). */
const CONTENT = [
	'SELECT path, title, author, format, sha256, words FROM sources',
	`SELECT s.path, p.ordinal, p.text, p.event_id, p.unattributed_reason
	 FROM passages p JOIN sources s ON s.id = p.source_id`,
	`SELECT s.path, p.ordinal, m.project_id, m.start, m."end" FROM mentions m
	 JOIN passages p ON p.id = m.passage_id JOIN sources s ON s.id = p.source_id`,
	`SELECT s.path, t.title, t.speakers, t.event_id FROM talks t JOIN sources s ON s.id = t.source_id`,
	'SELECT * FROM events',
	'SELECT * FROM event_stats',
	'SELECT event_id, theme_id, passages, mentions FROM event_themes',
	'SELECT * FROM event_projects',
	'SELECT event_id, source, target, weight, passages FROM comentions',
	'SELECT file, severity, message FROM warnings'
];

describe('readIngestResult', () => {
	it('reads back the rows the ingest wrote', () => {
		const result = ingest(BASE.map(doc), taxonomy);
		const db = new SQL.Database(buildDatabase(SQL, result, { builtAt: 'test' }));
		const back = readIngestResult(db, taxonomy);
		for (const key of ['events', 'sources', 'sections', 'passages', 'talks', 'warnings'] as const)
			expect(back[key], key).toEqual(result[key]);
		const sorted = <T>(xs: T[]) => xs.map((x) => JSON.stringify(x)).sort();
		expect(sorted(back.mentions)).toEqual(sorted(result.mentions));
		expect(sorted(back.passageThemes)).toEqual(sorted(result.passageThemes));
	});
});

describe('addRecaps', () => {
	it('gives the database that ingesting everything at once gives', () => {
		const base = build(BASE.map(doc));
		const { bytes, report } = addRecaps(
			SQL,
			base,
			taxonomy,
			[doc('multi-event.md'), doc('binary.bin')],
			'test'
		);
		const added = new SQL.Database(bytes);
		const together = build([...BASE, 'multi-event.md', 'binary.bin'].map(doc));
		for (const sql of CONTENT) expect(rows(added, sql), sql).toEqual(rows(together, sql));

		expect(report.documents.map((d) => d.path)).toEqual(['multi-event.md']);
		expect(report.documents[0]!.events.length).toBeGreaterThan(1);
		expect(report.passages).toBe(report.documents[0]!.passages);
		expect(report.warnings.map((w) => w.file)).toContain('binary.bin');
	});

	it('refuses when no file can be read, naming each, and leaves the open database as it was', () => {
		const base = build(BASE.map(doc));
		const before = rows(base, 'SELECT path FROM sources');
		expect(() =>
			addRecaps(SQL, base, taxonomy, [doc('binary.bin'), doc('empty.txt')], 'test')
		).toThrow(NothingAddedError);
		expect(() => addRecaps(SQL, base, taxonomy, [doc('binary.bin')], 'test')).toThrow(
			/binary\.bin: .*atlas is unchanged/
		);
		expect(rows(base, 'SELECT path FROM sources')).toEqual(before);
	});

	it('skips a document the atlas already holds', () => {
		const base = build(BASE.map(doc));
		const { report } = addRecaps(
			SQL,
			base,
			taxonomy,
			[doc('plain-recap.txt'), doc('toml-front.md')],
			'test'
		);
		expect(report.documents.map((d) => d.path)).toEqual(['toml-front.md']);
		expect(report.warnings).toContainEqual(
			expect.objectContaining({ file: 'plain-recap.txt', message: 'already ingested; skipped' })
		);
	});
});
