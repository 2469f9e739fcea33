/**
 * The three ways the db layer talks to sql.js. Every statement is freed in a `finally`, because
 * sql.js leaks wasm memory for each statement left open; every value is a bound parameter.
 */
import type { BindParams, Database, SqlValue } from 'sql.js';

export type Row = Record<string, SqlValue>;

/** All rows of `sql`, as objects keyed by column name. */
export function query<T = Row>(db: Database, sql: string, params: BindParams = null): T[] {
	const statement = db.prepare(sql);
	try {
		if (params) statement.bind(params);
		const rows: T[] = [];
		while (statement.step()) rows.push(statement.getAsObject() as T);
		return rows;
	} finally {
		statement.free();
	}
}

/** All rows of `sql` as arrays in column order: faster than objects for large reads. */
export function queryValues(db: Database, sql: string, params: BindParams = null): SqlValue[][] {
	const statement = db.prepare(sql);
	try {
		if (params) statement.bind(params);
		const rows: SqlValue[][] = [];
		while (statement.step()) rows.push(statement.get());
		return rows;
	} finally {
		statement.free();
	}
}

/** The first row of `sql`, or undefined. */
export function queryRow<T = Row>(
	db: Database,
	sql: string,
	params: BindParams = null
): T | undefined {
	const statement = db.prepare(sql);
	try {
		if (params) statement.bind(params);
		return statement.step() ? (statement.getAsObject() as T) : undefined;
	} finally {
		statement.free();
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
