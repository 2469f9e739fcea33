/**
 * The query planner's statistics (sqlite_stat1), which the dashboard's query plans depend on.
 * ANALYZE reads every entry of every index, a tenth of the build on a large corpus; for the
 * largest tables the writer already holds the rows in index order, so it counts their distinct
 * key prefixes itself and writes the same numbers ANALYZE would (a test holds the two equal).
 * The other tables are analyzed by SQLite.
 */
import type { Database } from 'sql.js';
import { insertRows } from './insert';
import { query } from './sql';

/** One sqlite_stat1 row: table, index (a WITHOUT ROWID table's key: the table), stat. */
export type StatRow = [table: string, index: string, stat: string];

/**
 * ANALYZE's stat for an index of `rows` entries whose column prefixes (first column, first
 * two…) have `distinct[k]` distinct values (NULLs counting as one): the rows, then the average
 * entries per value of each prefix, rounded up, an average of 2 within 10% of 1 written as 1.
 */
export function indexStat(rows: number, distinct: readonly number[]): string {
	const averages = distinct.map((d) => {
		const average = Math.floor((rows + d - 1) / d);
		return average === 2 && rows * 10 <= d * 11 ? 1 : average;
	});
	return [rows, ...averages].join(' ');
}

/**
 * Distinct values of each prefix of `keys` over `count` rows sorted by them: a row starts a new
 * value of prefix k when it differs from the previous row in one of its first k + 1 keys.
 */
export function sortedPrefixes(
	count: number,
	keys: readonly ((row: number) => unknown)[]
): number[] {
	const distinct = keys.map(() => (count > 0 ? 1 : 0));
	for (let i = 1; i < count; i++) {
		const first = keys.findIndex((key) => key(i) !== key(i - 1));
		if (first < 0) continue;
		for (let k = first; k < keys.length; k++) distinct[k]!++;
	}
	return distinct;
}

/** Collects the stats the writer computes; tables without rows get none, as with ANALYZE. */
export class Stats {
	readonly rows: StatRow[] = [];

	add(table: string, index: string, rows: number, distinct: readonly number[]): void {
		if (rows > 0) this.rows.push([table, index, indexStat(rows, distinct)]);
	}

	/**
	 * Analyzes every table the writer gave no stats for and writes the writer's. After the
	 * commit: ANALYZE must see the tables' final rows.
	 */
	write(db: Database): void {
		const known = new Set(this.rows.map(([table]) => table));
		const tables = query<{ name: string }>(
			db,
			"SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' " +
				"AND sql NOT LIKE 'CREATE VIRTUAL%' ORDER BY name"
		).filter(({ name }) => !known.has(name));
		// ANALYZE of one table creates sqlite_stat1 if need be; `ANALYZE sqlite_schema` always does.
		db.exec(['sqlite_schema', ...tables.map((t) => t.name)].map((n) => `ANALYZE "${n}";`).join(''));
		const rows = this.rows;
		insertRows(db, 'sqlite_stat1', '(?,?,?)', rows.length, (i, out, at) => {
			out[at] = rows[i]![0];
			out[at + 1] = rows[i]![1];
			out[at + 2] = rows[i]![2];
		});
	}
}
