/**
 * Bulk inserts for the writer. sql.js pays a fixed JavaScript ↔ WebAssembly cost per statement
 * run (reset, bind, step), so rows go in batches of many `(?, …)` tuples per statement: about
 * twice as fast as one row per run on a large corpus.
 */
import type { Database, SqlValue } from 'sql.js';

const BATCH = 64;

/**
 * Inserts `count` rows into `table`. `tuple` is one row's placeholders, e.g. `(?, ?, ?)`;
 * `fill(i, out, at)` writes row i's values into `out[at]`, `out[at + 1]`, …
 */
export function insertRows(
	db: Database,
	table: string,
	tuple: string,
	count: number,
	fill: (i: number, out: SqlValue[], at: number) => void
): void {
	const width = tuple.split('?').length - 1;
	// OR FAIL: a failing row still fails the statement (and the build), but SQLite need not keep
	// a statement journal to undo the rows before it, which an ABORT would (5% of the inserts).
	const head = `INSERT OR FAIL INTO ${table} VALUES `;
	const statementFor = (rows: number) =>
		db.prepare(head + Array.from({ length: rows }, () => tuple).join(','));
	const full = count >= BATCH ? statementFor(BATCH) : null;
	const values: SqlValue[] = new Array(BATCH * width);
	let i = 0;
	try {
		for (; full && i + BATCH <= count; i += BATCH) {
			for (let j = 0; j < BATCH; j++) fill(i + j, values, j * width);
			full.run(values);
		}
		const rest = count - i;
		if (rest > 0) {
			const last = statementFor(rest);
			try {
				const tail: SqlValue[] = new Array(rest * width);
				for (let j = 0; j < rest; j++) fill(i + j, tail, j * width);
				last.run(tail);
			} finally {
				last.free();
			}
		}
	} catch (error) {
		throw new Error(`Cannot write ${table}: ${error instanceof Error ? error.message : error}`, {
			cause: error
		});
	} finally {
		full?.free();
	}
}
