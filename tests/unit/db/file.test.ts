import initSqlJs, { type Database, type SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { fileBytes, openSized } from '../../../src/lib/db/file';

let SQL: SqlJsStatic;
beforeAll(async () => {
	SQL = await initSqlJs();
});

/** Tables, rows and an index in one transaction, then a second commit, as the writer does. */
function fill(db: Database): void {
	db.exec('PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;');
	db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, s TEXT); CREATE TABLE u (k TEXT PRIMARY KEY)');
	db.exec('BEGIN');
	const insert = db.prepare('INSERT INTO t VALUES (?, ?)');
	for (let i = 0; i < 5000; i++) insert.run([i, `row ${i} ${'x'.repeat(i % 300)}`]);
	insert.free();
	db.exec('CREATE INDEX t_s ON t (s)');
	db.exec('COMMIT');
	db.exec("INSERT INTO u VALUES ('last')");
}

describe('fileBytes', () => {
	it('gives the bytes db.export() gives, read in place from the adopted file', () => {
		const sized = openSized(SQL, 4 << 20);
		try {
			fill(sized.db);
			const exported = sized.db.export().slice();
			const bytes = fileBytes(sized);
			expect(bytes.buffer === sized.file.buffer).toBe(true); // in place: no copy was made
			expect(bytes.length).toBeLessThan(sized.file.length);
			expect(Buffer.from(bytes).equals(Buffer.from(exported))).toBe(true);
			expect(bytes.slice().buffer === bytes.buffer).toBe(false); // an ordinary array: slice() copies
		} finally {
			sized.db.close();
		}
	});

	it('falls back to db.export() when the database outgrew its file', () => {
		const sized = openSized(SQL, 64 << 10);
		try {
			fill(sized.db);
			const bytes = fileBytes(sized);
			expect(bytes.buffer === sized.file.buffer).toBe(false);
			expect(bytes.length).toBeGreaterThan(sized.file.length);
			const db = new SQL.Database(bytes);
			expect(db.exec('SELECT count(*) FROM t')[0]!.values[0]![0]).toBe(5000);
			db.close();
		} finally {
			sized.db.close();
		}
	});

	it('falls back to db.export() when the file is not the one sql.js writes', () => {
		const sized = openSized(SQL, 4 << 20);
		try {
			fill(sized.db);
			const exported = sized.db.export().slice();
			// A copy of the seed, as an sql.js that copies the bytes it opens would leave behind.
			const stale = { db: sized.db, file: new Uint8Array(sized.file.length) };
			stale.file.set(exported.subarray(0, 4096));
			stale.file[28] = stale.file[29] = stale.file[30] = 0;
			stale.file[31] = 1;
			const bytes = fileBytes(stale);
			expect(bytes.buffer === stale.file.buffer).toBe(false);
			expect(Buffer.from(bytes).equals(Buffer.from(exported))).toBe(true);
		} finally {
			sized.db.close();
		}
	});
});

describe('openSized with a reserved buffer', () => {
	it('builds the file in the reserved buffer when it is long enough, with the same bytes', () => {
		const plain = openSized(SQL, 1 << 20);
		const reserved = new Uint8Array(2 << 20);
		const inReserved = openSized(SQL, 1 << 20, reserved);
		try {
			fill(plain.db);
			fill(inReserved.db);
			const bytes = fileBytes(inReserved);
			expect(bytes.buffer === reserved.buffer).toBe(true);
			expect(Buffer.from(bytes).equals(Buffer.from(fileBytes(plain)))).toBe(true);
		} finally {
			plain.db.close();
			inReserved.db.close();
		}
	});

	it('ignores a reserved buffer shorter than the file needs', () => {
		const reserved = new Uint8Array(64 << 10);
		const sized = openSized(SQL, 1 << 20, reserved);
		try {
			expect(sized.file.buffer === reserved.buffer).toBe(false);
			expect(sized.file.length).toBe(1 << 20);
		} finally {
			sized.db.close();
		}
	});
});
