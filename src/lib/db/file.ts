/**
 * The database file the writer builds in, and its bytes at the end, without copying the file
 * in either direction. sql.js keeps a database in a file of Emscripten's in-memory file system
 * (MEMFS): opening it with bytes copies them in, and export() copies every page out again
 * (a backup into a second file). For a 90 MB database those two copies of fresh memory were
 * ~0.2–0.35 s of a ~2.6 s build (5,000-document synthetic corpus).
 */
import type { Database, SqlJsStatic } from 'sql.js';

/**
 * Bytes that MEMFS adopts instead of copying: sql.js stores a new database's bytes with
 * `slice(0, length)`, and for this array that slice is a plain view of the same buffer. Every
 * other slice copies, as Uint8Array's does.
 */
class AdoptedBytes extends Uint8Array {
	override slice(start?: number, end?: number): Uint8Array<ArrayBuffer> {
		if ((start ?? 0) === 0 && (end ?? this.length) === this.length) {
			return new Uint8Array(this.buffer, this.byteOffset, this.length);
		}
		return super.slice(start, end);
	}
}

/**
 * `bytes` for sql.js to open without copying them (a downloaded database of 90 MB is not
 * copied once more into the file system): the database owns them from then on.
 */
export function adopted(bytes: Uint8Array): Uint8Array {
	return new AdoptedBytes(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.length);
}

export interface SizedDatabase {
	db: Database;
	/** The database file itself while MEMFS writes in place (see fileBytes). */
	file: Uint8Array;
}

/**
 * An empty database whose file is already `bytes` long. MEMFS grows a file by an eighth at a
 * time, copying the whole file each time: for a 100 MB database that was most of the commit.
 * A one-page database padded with zeros is still a valid empty database (its header gives its
 * size in pages), SQLite writes every page in place, and the padding never reaches the bytes
 * returned (only the pages in use are). `reserved`, a fresh (zeroed) buffer at least that long,
 * is used instead of a new one.
 */
export function openSized(SQL: SqlJsStatic, bytes: number, reserved?: Uint8Array): SizedDatabase {
	const seed = new SQL.Database();
	let page: Uint8Array;
	try {
		seed.exec('PRAGMA user_version = 0'); // writes page 1
		page = seed.export();
	} finally {
		seed.close();
	}
	const size = Math.max(bytes, page.length);
	const file =
		reserved && reserved.length >= size && reserved.byteOffset === 0
			? new AdoptedBytes(reserved.buffer as ArrayBuffer, 0, reserved.length)
			: new AdoptedBytes(size);
	file.set(page);
	return { db: new SQL.Database(file), file };
}

/**
 * Grows sql.js's memory to hold at least `bytes` more now, by taking one block of that size and
 * giving it back (WebAssembly memory never shrinks; the block is free for SQLite's pages). A
 * module without `_malloc`/`_free`, or a block it cannot give, changes nothing.
 */
export function reserveMemory(SQL: SqlJsStatic, bytes: number): void {
	const c = SQL as unknown as { _malloc?: (n: number) => number; _free?: (at: number) => void };
	if (typeof c._malloc !== 'function' || typeof c._free !== 'function') return;
	const at = c._malloc(Math.floor(bytes));
	if (at) c._free(at);
}

const readU32 = (b: Uint8Array, at: number) =>
	((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;

function writeU32(b: Uint8Array, at: number, value: number): void {
	b[at] = value >>> 24;
	b[at + 1] = value >>> 16;
	b[at + 2] = value >>> 8;
	b[at + 3] = value;
}

/**
 * The finished database's bytes, the same as `db.export()` gives, once everything is committed.
 * They are read from `file` in place when it still is the database file: its page 1 is the one
 * SQLite committed last (page count and schema cookie match) and the file never outgrew the
 * array (MEMFS would then have moved it to a new one). Otherwise (an sql.js that copies the
 * bytes it is opened with, a database larger than its estimate) db.export() copies them out as
 * before. The bytes are a view of the file's buffer, padding included.
 */
export function fileBytes({ db, file }: SizedDatabase): Uint8Array {
	const pragma = (name: string) => Number(db.exec(`PRAGMA ${name}`)[0]!.values[0]![0]);
	const pages = pragma('page_count');
	const size = pragma('page_size') * pages;
	// The seed's page 1 says 1 page and schema cookie 0: a file MEMFS stopped using fails here.
	const current = readU32(file, 28) === pages && readU32(file, 40) === pragma('schema_version');
	if (file.length < size || !current) return db.export();
	// export() is a backup into a new, empty file, whose header then says: one change (file
	// change counter and version-valid-for), schema cookie 1, rollback journal (read and write
	// version 1). The same header here, so the bytes are export()'s exactly. Nothing writes to
	// the file after the last commit; closing the database only releases it.
	// A plain Uint8Array (file's own subarray would be an AdoptedBytes, whose slice() shares).
	const bytes = new Uint8Array(file.buffer, file.byteOffset, size);
	writeU32(bytes, 24, 1);
	writeU32(bytes, 40, 1);
	writeU32(bytes, 92, 1);
	bytes[18] = bytes[19] = 1;
	return bytes;
}
