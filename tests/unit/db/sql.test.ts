import initSqlJs, { type Database } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { query, queryRow, queryValues, run } from '../../../src/lib/db/sql';

let db: Database;
beforeAll(async () => {
	const SQL = await initSqlJs();
	db = new SQL.Database();
	db.run('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)');
	db.run('CREATE VIRTUAL TABLE f USING fts4 (text)');
	for (let i = 1; i <= 5; i++) run(db, 'INSERT INTO t VALUES (?, ?)', [i, `n${i}`]);
	run(db, "INSERT INTO f (text) VALUES ('service mesh'), ('observability')");
});

// The read helpers keep each question's prepared statement and use it again (sql.ts).
describe('the db layer’s questions', () => {
	it('answers a question asked again with other values with the new values', () => {
		const sql = 'SELECT name FROM t WHERE id <= ? ORDER BY id';
		expect(query<{ name: string }>(db, sql, [2]).map((r) => r.name)).toEqual(['n1', 'n2']);
		expect(query<{ name: string }>(db, sql, [4]).map((r) => r.name)).toEqual([
			'n1',
			'n2',
			'n3',
			'n4'
		]);
		expect(queryValues(db, sql, [1])).toEqual([['n1']]);
		expect(queryRow(db, 'SELECT name FROM t WHERE id = ?', [3])).toEqual({ name: 'n3' });
		expect(queryRow(db, 'SELECT name FROM t WHERE id = ?', [9])).toBeUndefined();
	});

	it('reads from the start again after a question stopped at its first row', () => {
		const sql = 'SELECT id FROM t ORDER BY id';
		expect(queryRow(db, sql)).toEqual({ id: 1 });
		expect(queryRow(db, sql)).toEqual({ id: 1 });
		expect(query(db, sql)).toHaveLength(5);
	});

	it('sees rows written since it was last asked', () => {
		const sql = 'SELECT COUNT(*) AS n FROM t';
		expect(queryRow(db, sql)).toEqual({ n: 5 });
		run(db, 'INSERT INTO t VALUES (6, ?)', ['n6']);
		expect(queryRow(db, sql)).toEqual({ n: 6 });
		run(db, 'DELETE FROM t WHERE id = 6');
	});

	it('answers again after the same question failed (a malformed search)', () => {
		const sql = 'SELECT text FROM f WHERE f MATCH ?';
		expect(() => query(db, sql, ['"unclosed'])).toThrow();
		expect(query(db, sql, ['mesh'])).toEqual([{ text: 'service mesh' }]);
	});

	it('answers every question when more are asked than are kept', () => {
		for (let round = 0; round < 2; round++)
			for (let k = 0; k < 300; k++)
				expect(queryValues(db, `SELECT ${k} + id FROM t WHERE id = ?`, [1])).toEqual([[k + 1]]);
	});
});
