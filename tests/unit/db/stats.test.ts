import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDatabase } from '../../../src/lib/db/build';
import { indexStat, sortedPrefixes } from '../../../src/lib/db/stats';
import { queryValues } from '../../../src/lib/db/sql';
import { handmadeResult } from '../../fixtures/db/handmade';
import { randomResult } from '../../fixtures/db/randomResult';

let SQL: SqlJsStatic;
beforeAll(async () => {
	SQL = await initSqlJs();
});

const statRows = (db: InstanceType<SqlJsStatic['Database']>) =>
	queryValues(db, 'SELECT tbl, idx, stat FROM sqlite_stat1 ORDER BY tbl, idx');

describe('planner statistics', () => {
	it('are what ANALYZE writes, for the tables the writer counts itself too', () => {
		for (const result of [handmadeResult(), randomResult(1), randomResult(2), randomResult(3)]) {
			const db = new SQL.Database(buildDatabase(SQL, result, { builtAt: 'x' }));
			const written = statRows(db);
			expect(written.map(([tbl]) => tbl)).toEqual(
				expect.arrayContaining(['mentions', 'passage_themes', 'comentions', 'passages'])
			);
			db.exec('DELETE FROM sqlite_stat1; ANALYZE');
			expect(written).toEqual(statRows(db));
			db.close();
		}
	});

	it('round averages as ANALYZE does', () => {
		expect(indexStat(173432, [601, 159102])).toBe('173432 289 1');
		expect(indexStat(6, [3, 6])).toBe('6 2 1');
		expect(indexStat(10, [4, 5])).toBe('10 3 2');
	});

	it('count the distinct prefixes of sorted rows', () => {
		const rows = [
			[1, 'a'],
			[1, 'b'],
			[2, 'b'],
			[2, 'b']
		];
		expect(sortedPrefixes(rows.length, [(i) => rows[i]![0], (i) => rows[i]![1]])).toEqual([2, 3]);
		expect(sortedPrefixes(0, [(i) => i])).toEqual([0]);
	});
});
