import initSqlJs, { type Database, type SqlJsStatic, type SqlValue } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDatabase } from '../../../src/lib/db/build';
import { directBinding, insertRows } from '../../../src/lib/db/insert';
import { queryValues } from '../../../src/lib/db/sql';
import { handmadeResult } from '../../fixtures/db/handmade';

let SQL: SqlJsStatic;
beforeAll(async () => {
	SQL = await initSqlJs();
});

describe('insertRows', () => {
	it('stores in batches what one insert per row stores', () => {
		const document = 'Zürich – café ' + 'x'.repeat(40) + ' K8s \ud800 end';
		const strings = [
			document.slice(0, 13),
			document.slice(15, 60),
			document.slice(-9),
			'plain',
			document.slice(0, 13) // the same value again
		];
		const db = new SQL.Database();
		db.exec('CREATE TABLE batched (i INTEGER, s TEXT); CREATE TABLE direct (i INTEGER, s TEXT)');
		// More rows than one batch, so both the full and the last statement run.
		const rows = Array.from({ length: 150 }, (_, i) => strings[i % strings.length]!);
		insertRows(db, 'batched', '(?,?)', rows.length, (i, out, at) => {
			out[at] = i;
			out[at + 1] = rows[i]!;
		});
		rows.forEach((s, i) => db.run('INSERT INTO direct VALUES (?, ?)', [i, s]));
		const dump = (table: string) =>
			queryValues(db, `SELECT i, hex(s), typeof(s) FROM ${table} ORDER BY i`);
		expect(dump('batched')).toEqual(dump('direct'));
		expect(dump('batched')).toHaveLength(150);
		db.close();
	});
});

/** Inserts 100 rows into a new table `t` of `db`, the 71st repeating the 4th one's id. */
function insertDuplicate(db: Database): () => void {
	db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL)');
	const ids = Array.from({ length: 100 }, (_, i) => (i === 70 ? 3 : i));
	return () =>
		insertRows(db, 't', '(?,?)', ids.length, (i, out, at) => {
			out[at] = ids[i]!;
			out[at + 1] = 'x';
		});
}

describe('insertRows on a constraint violation', () => {
	it('fails, naming the table and the constraint', () => {
		const db = new SQL.Database();
		expect(insertDuplicate(db)).toThrow(/Cannot write t: UNIQUE constraint failed: t\.id/);
		db.close();
	});
});

/** sql.js's module without one of the C functions `directBinding` needs: binding falls back. */
function withoutExports(): SqlJsStatic {
	return Object.assign(Object.create(SQL) as SqlJsStatic, { _sqlite3_bind_int: undefined });
}

describe('direct binding', () => {
	const text = 'Zürich – café ' + 'x'.repeat(40) + ' K8s \ud800 end 東京';
	const bytes = new TextEncoder().encode('padding ' + text);
	const rows: SqlValue[][] = [
		[text.slice(0, 13), 1, null],
		[text.slice(15, 60), -7, 2 ** 40],
		[text.slice(-12), 1.5, -0.25],
		['', 2 ** 31 - 1, -(2 ** 31)],
		[text.slice(0, 13), 0, 3], // a string bound before
		[bytes.subarray(8), 4, bytes.subarray(8, 12)], // views into one buffer, not at its start
		[bytes.subarray(0, 0), 5, bytes.subarray(9, 10)]
	];
	const many = Array.from({ length: 150 }, (_, i) => rows[i % rows.length]!);

	function write(sql: SqlJsStatic): unknown[][] {
		const db = new sql.Database();
		const unbind = directBinding(sql, db);
		try {
			db.exec('CREATE TABLE t (a, b, c)');
			insertRows(db, 't', '(?,?,?)', many.length, (i, out, at) => {
				out[at] = many[i]![0]!;
				out[at + 1] = many[i]![1]!;
				out[at + 2] = many[i]![2]!;
			});
			return queryValues(
				db,
				'SELECT typeof(a), hex(a), typeof(b), quote(b), typeof(c), quote(c) FROM t ORDER BY rowid'
			);
		} finally {
			db.close();
			unbind();
		}
	}

	it('stores exactly what sql.js binding stores: text, integers, reals, null, byte views', () => {
		const direct = write(SQL);
		expect(direct).toHaveLength(150);
		expect(direct).toEqual(write(withoutExports()));
		expect(direct[0]).toEqual(['text', expect.any(String), 'integer', '1', 'null', 'NULL']);
		expect(direct[1]!.slice(4)).toEqual(['real', '1099511627776.0']);
		expect(direct[5]![0]).toBe('blob');
	});

	it('builds the same database file as binding through sql.js', () => {
		const result = handmadeResult();
		const build = (sql: SqlJsStatic) => buildDatabase(sql, result, { builtAt: 'test' });
		expect(build(SQL)).toEqual(build(withoutExports()));
	});

	it('fails with the message SQLite gives, naming the table and the constraint', () => {
		const db = new SQL.Database();
		const unbind = directBinding(SQL, db);
		expect(insertDuplicate(db)).toThrow(/Cannot write t: UNIQUE constraint failed: t\.id/);
		db.close();
		unbind();
	});
});
