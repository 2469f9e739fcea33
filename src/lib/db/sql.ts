/**
 * The ways the db layer talks to sql.js; every value is a bound parameter. Statements that read
 * are prepared once per text and kept (`prepared`), reset after each use; writes are freed in a
 * `finally`, because sql.js leaks wasm memory for each statement left open.
 */
import type { BindParams, Database, SqlValue, Statement } from 'sql.js';

export type Row = Record<string, SqlValue>;

/** Prepared statements kept per database, by their text (most recently used last). */
const statements = new WeakMap<Database, Map<string, Statement>>();
/** More texts than the dashboard's questions make (about forty for the sample's filter changes). */
const KEEP = 128;

/**
 * `sql` prepared, from the database's kept statements when it was prepared before: parsing and
 * planning a question took a quarter of the time of the sample's questions for a filter change.
 * The caller resets it after use. Closing the database frees them all (sql.js does).
 */
function prepared(db: Database, sql: string): Statement {
	let kept = statements.get(db);
	if (!kept) statements.set(db, (kept = new Map()));
	let statement = kept.get(sql);
	if (statement) {
		kept.delete(sql); // Moved to the end: the most recently used.
	} else {
		statement = db.prepare(sql);
		if (kept.size >= KEEP) {
			const [oldest, old] = kept.entries().next().value!;
			kept.delete(oldest);
			old.free();
		}
	}
	kept.set(sql, statement);
	return statement;
}

/** All rows of `sql`, as objects keyed by column name. */
export function query<T = Row>(db: Database, sql: string, params: BindParams = null): T[] {
	const statement = prepared(db, sql);
	try {
		if (params) statement.bind(params);
		const rows: T[] = [];
		while (statement.step()) rows.push(statement.getAsObject() as T);
		return rows;
	} finally {
		statement.reset();
	}
}

/** All rows of `sql` as arrays in column order: faster than objects for large reads. */
export function queryValues(db: Database, sql: string, params: BindParams = null): SqlValue[][] {
	const statement = prepared(db, sql);
	try {
		if (params) statement.bind(params);
		const rows: SqlValue[][] = [];
		while (statement.step()) rows.push(statement.get());
		return rows;
	} finally {
		statement.reset();
	}
}

/** The first row of `sql`, or undefined. */
export function queryRow<T = Row>(
	db: Database,
	sql: string,
	params: BindParams = null
): T | undefined {
	const statement = prepared(db, sql);
	try {
		if (params) statement.bind(params);
		return statement.step() ? (statement.getAsObject() as T) : undefined;
	} finally {
		statement.reset();
	}
}

/** Runs one statement that returns no rows. */
export function run(db: Database, sql: string, params: BindParams = null): void {
	const statement = db.prepare(sql);
	try {
		statement.run(params ?? undefined);
	} finally {
		statement.free();
	}
}

/** `?, ?, ?` for an IN list of `n` bound values (n ≥ 1; callers handle empty lists). */
export function placeholders(n: number): string {
	return Array.from({ length: n }, () => '?').join(', ');
}
