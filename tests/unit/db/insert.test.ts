import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { flatCopy, FlatStrings } from '../../../src/lib/db/flat';
import { insertRows } from '../../../src/lib/db/insert';
import { queryValues } from '../../../src/lib/db/sql';

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

describe('insertRows on a constraint violation', () => {
	it('fails, naming the table and the constraint', () => {
		const db = new SQL.Database();
		db.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL)');
		const ids = Array.from({ length: 100 }, (_, i) => (i === 70 ? 3 : i));
		expect(() =>
			insertRows(db, 't', '(?,?)', ids.length, (i, out, at) => {
				out[at] = ids[i]!;
				out[at + 1] = 'x';
			})
		).toThrow(/Cannot write t: UNIQUE constraint failed: t\.id/);
		db.close();
	});
});

describe('flat copies', () => {
	it('keep every code unit, lone surrogates included, and are stored as the originals', () => {
		const document = 'Zürich – café ' + 'x'.repeat(40) + ' K8s \ud800 end';
		const slices = [document.slice(0, 13), document.slice(15, 60), document.slice(-9), ''];
		const flat = new FlatStrings();
		const db = new SQL.Database();
		for (const s of slices) {
			expect(flatCopy(s)).toBe(s);
			expect(flat.get(s)).toBe(s);
			const [[a, b]] = queryValues(db, 'SELECT hex(?), hex(?)', [s, flat.get(s)]) as [
				[string, string]
			];
			expect(b).toBe(a);
		}
		expect(flat.get(null)).toBeNull();
		expect(flatCopy(null)).toBeNull();
		db.close();
	});
});
