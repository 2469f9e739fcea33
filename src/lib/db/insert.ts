/**
 * Bulk inserts for the writer. sql.js pays a fixed JavaScript ↔ WebAssembly cost per statement
 * run (reset, bind, step), so rows go in batches of many `(?, …)` tuples per statement: about
 * twice as fast as one row per run on a large corpus.
 *
 * During a build (`directBinding`), values are bound through SQLite's own C functions, which
 * sql.js's module exports, instead of `Statement.bind`: sql.js converts, allocates and frees every
 * bound string and byte array anew, through a generic call wrapper per value. Here each distinct
 * string is written into WebAssembly memory once per build, a byte array's whole buffer once, and
 * all are bound in place (SQLITE_STATIC). The values stored are the same either way (a test
 * compares the files); where the module lacks a function, `Statement.run` binds as before.
 */
import type { Database, SqlJsStatic, SqlValue, Statement } from 'sql.js';

const BATCH = 64;
const SQLITE_DONE = 101;
/** The destructor argument that tells SQLite the bound memory outlives the statement's use. */
const STATIC = 0;

/** The C functions of sql.js's module used here (exported by sql.js, untyped in its types). */
interface SqliteExports {
	_sqlite3_bind_int(stmt: number, index: number, value: number): number;
	_sqlite3_bind_double(stmt: number, index: number, value: number): number;
	_sqlite3_bind_text(stmt: number, index: number, ptr: number, bytes: number, d: number): number;
	_sqlite3_bind_blob(stmt: number, index: number, ptr: number, bytes: number, d: number): number;
	_sqlite3_step(stmt: number): number;
	_sqlite3_reset(stmt: number): number;
	_sqlite3_sql(stmt: number): number;
	_sqlite3_errmsg(db: number): number;
	_malloc(bytes: number): number;
	_free(ptr: number): void;
	UTF8ToString(ptr: number): string;
	lengthBytesUTF8(s: string): number;
	stringToNewUTF8(s: string): number;
	writeArrayToMemory(bytes: Uint8Array, ptr: number): void;
}

const NEEDED: (keyof SqliteExports)[] = [
	'_sqlite3_bind_int',
	'_sqlite3_bind_double',
	'_sqlite3_bind_text',
	'_sqlite3_bind_blob',
	'_sqlite3_step',
	'_sqlite3_reset',
	'_sqlite3_sql',
	'_sqlite3_errmsg',
	'_malloc',
	'_free',
	'UTF8ToString',
	'lengthBytesUTF8',
	'stringToNewUTF8',
	'writeArrayToMemory'
];

/** Binds values in place; everything it wrote into WebAssembly memory is freed by `free`. */
class DirectBinder {
	private readonly strings = new Map<string, { ptr: number; bytes: number }>();
	private readonly buffers = new Map<ArrayBufferLike, number>();

	constructor(
		private readonly c: SqliteExports,
		private readonly db: Database
	) {}

	/**
	 * The C pointer of `statement` (sql.js keeps it in a renamed field): the numeric field whose
	 * statement text is `sql`. Null if there is none, and sql.js binds instead.
	 */
	pointerOf(statement: Statement, sql: string): number | null {
		for (const value of Object.values(statement)) {
			if (typeof value !== 'number' || value < 65536) continue;
			try {
				if (this.c.UTF8ToString(this.c._sqlite3_sql(value)) === sql) return value;
			} catch {
				// Not a pointer into the module's memory.
			}
		}
		return null;
	}

	private bind(stmt: number, index: number, value: SqlValue): number {
		const c = this.c;
		if (typeof value === 'number') {
			return value === (value | 0)
				? c._sqlite3_bind_int(stmt, index, value)
				: c._sqlite3_bind_double(stmt, index, value);
		}
		if (typeof value === 'string') {
			let text = this.strings.get(value);
			if (!text) {
				text = { ptr: c.stringToNewUTF8(value), bytes: c.lengthBytesUTF8(value) };
				this.strings.set(value, text);
			}
			return c._sqlite3_bind_text(stmt, index, text.ptr, text.bytes, STATIC);
		}
		if (value === null) return c._sqlite3_bind_blob(stmt, index, 0, 0, STATIC);
		// A byte array: its whole buffer is copied once, and each view bound where it lies.
		let base = this.buffers.get(value.buffer);
		if (base === undefined) {
			base = c._malloc(Math.max(1, value.buffer.byteLength));
			c.writeArrayToMemory(new Uint8Array(value.buffer), base);
			this.buffers.set(value.buffer, base);
		}
		return c._sqlite3_bind_blob(stmt, index, base + value.byteOffset, value.length, STATIC);
	}

	/** Binds `values` to the statement at `stmt` and runs it once; throws SQLite's message. */
	run(stmt: number, values: readonly SqlValue[]): void {
		const c = this.c;
		let failed = 0;
		for (let i = 0; i < values.length; i++) failed |= this.bind(stmt, i + 1, values[i]!);
		const rc = failed ? failed : c._sqlite3_step(stmt);
		c._sqlite3_reset(stmt);
		if (rc !== SQLITE_DONE) {
			const handle = (this.db as unknown as { db?: unknown }).db;
			const message = typeof handle === 'number' ? c.UTF8ToString(c._sqlite3_errmsg(handle)) : '';
			throw new Error(message || `SQLite error ${rc}`);
		}
	}

	free(): void {
		for (const { ptr } of this.strings.values()) this.c._free(ptr);
		for (const ptr of this.buffers.values()) this.c._free(ptr);
		this.strings.clear();
		this.buffers.clear();
	}
}

const binders = new WeakMap<Database, DirectBinder>();

/**
 * Binds the values of every `insertRows` into `db` directly until the returned function is
 * called, which frees what the binding wrote. Statements that bound in place must be finalised
 * or rebound before then (`insertRows` finalises its own). A byte array's whole buffer is copied
 * when a view of it is first bound, and later views of it are read from that copy: a buffer must
 * not change once bound.
 */
export function directBinding(SQL: SqlJsStatic, db: Database): () => void {
	const exports = SQL as unknown as Partial<SqliteExports>;
	if (!NEEDED.every((name) => typeof exports[name] === 'function')) return () => {};
	const binder = new DirectBinder(exports as SqliteExports, db);
	binders.set(db, binder);
	return () => {
		binders.delete(db);
		binder.free();
	};
}

/** A prepared statement that runs with `values`, bound directly where it can be. */
function prepared(db: Database, sql: string): { run(values: SqlValue[]): void; free(): void } {
	const statement = db.prepare(sql);
	const binder = binders.get(db);
	const pointer = binder?.pointerOf(statement, sql) ?? null;
	return {
		run:
			binder && pointer !== null
				? (values) => binder.run(pointer, values)
				: (values) => void statement.run(values),
		free: () => void statement.free()
	};
}

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
		prepared(db, head + Array.from({ length: rows }, () => tuple).join(','));
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
