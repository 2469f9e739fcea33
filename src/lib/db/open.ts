/**
 * Opening database bytes: SQLite at all, then a schema this code reads. Each failure is a typed
 * error whose message says what was found, so the error panel can tell a damaged download from
 * a database built by another version of the atlas.
 */
import type { Database, SqlJsStatic } from 'sql.js';
import { adopted } from './file';
import { REQUIRED_TABLES, SCHEMA_VERSION } from './schema';
import { query, queryRow } from './sql';

const SQLITE_HEADER = 'SQLite format 3\0';

export class CorruptDatabaseError extends Error {
	override name = 'CorruptDatabaseError';
}

export class SchemaVersionError extends Error {
	override name = 'SchemaVersionError';
	constructor(
		readonly found: number | null,
		readonly expected: number
	) {
		super(
			found === null
				? `The database has no schema_version (expected ${expected}): it was not written by the atlas ingest.`
				: `The database has schema version ${found}, but this site reads version ${expected}. ` +
						(found > expected
							? 'The site is older than the database: reload to get the latest site.'
							: 'Rebuild the database with `npm run ingest`.')
		);
	}
}

function hasSqliteHeader(bytes: Uint8Array): boolean {
	if (bytes.length < 100) return false;
	for (let i = 0; i < SQLITE_HEADER.length; i++) {
		if (bytes[i] !== SQLITE_HEADER.charCodeAt(i)) return false;
	}
	return true;
}

function readVersion(db: Database): number | null {
	const hasMeta = queryRow(
		db,
		"SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
	);
	if (!hasMeta) return null;
	const row = queryRow<{ value: string }>(
		db,
		"SELECT value FROM meta WHERE key = 'schema_version'"
	);
	if (!row || !/^\d+$/.test(row.value)) return null;
	return Number(row.value);
}

function checkTables(db: Database): void {
	const present = new Set(
		query<{ name: string }>(db, "SELECT name FROM sqlite_master WHERE type = 'table'").map(
			(r) => r.name
		)
	);
	const missing = REQUIRED_TABLES.filter((t) => !present.has(t));
	if (missing.length > 0) {
		throw new CorruptDatabaseError(
			`The database is incomplete: tables missing: ${missing.join(', ')}.`
		);
	}
}

/**
 * Opens `bytes` as an atlas database, which owns them from then on (they are not copied).
 * Throws CorruptDatabaseError when the bytes are not a readable SQLite file or lack tables,
 * SchemaVersionError when the version is not ours.
 */
export function openAtlas(SQL: SqlJsStatic, bytes: Uint8Array): Database {
	if (!hasSqliteHeader(bytes)) {
		throw new CorruptDatabaseError(
			bytes.length === 0
				? 'The database file is empty.'
				: `The file is not an SQLite database (${bytes.length} bytes without the SQLite header).`
		);
	}
	const pageSize = ((bytes[16]! << 8) | bytes[17]!) === 1 ? 65536 : (bytes[16]! << 8) | bytes[17]!;
	const pages = ((bytes[28]! << 24) | (bytes[29]! << 16) | (bytes[30]! << 8) | bytes[31]!) >>> 0;
	if (pages > 0 && pageSize > 0 && bytes.length < pages * pageSize) {
		throw new CorruptDatabaseError(
			`The database file is truncated: ${bytes.length} bytes of ${pages * pageSize}. The download may have been cut short.`
		);
	}
	let db: Database;
	try {
		// The database takes the bytes over instead of copying them (file.ts).
		db = new SQL.Database(adopted(bytes));
	} catch (error) {
		throw new CorruptDatabaseError(`The database cannot be opened: ${message(error)}`);
	}
	try {
		const version = readVersion(db);
		if (version !== SCHEMA_VERSION) throw new SchemaVersionError(version, SCHEMA_VERSION);
		checkTables(db);
		// One connection owns the file: it keeps its lock between statements instead of taking it
		// again for each, which each time looked for a journal file (an exception thrown and caught
		// in sql.js's file system) and checked its cache. The sample's queries for a filter change
		// take 30% less time in Node (bench/queries.bench.ts's questions, 120 changes).
		db.exec('PRAGMA locking_mode = EXCLUSIVE');
		return db;
	} catch (error) {
		db.close();
		if (error instanceof SchemaVersionError || error instanceof CorruptDatabaseError) throw error;
		throw new CorruptDatabaseError(`The database is damaged: ${message(error)}`);
	}
}

function message(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}
