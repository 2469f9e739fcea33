import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDatabase } from '../../../src/lib/db/build';
import { CorruptDatabaseError, openAtlas, SchemaVersionError } from '../../../src/lib/db/open';
import { SCHEMA_VERSION } from '../../../src/lib/db/schema';
import { mulberry32 } from '../../fixtures/db/randomResult';
import { handmadeResult } from '../../fixtures/db/handmade';

let SQL: SqlJsStatic;
let good: Uint8Array;
beforeAll(async () => {
	SQL = await initSqlJs();
	good = buildDatabase(SQL, handmadeResult(), { builtAt: 'x' });
});

function withMeta(sql: string): Uint8Array {
	const db = new SQL.Database(good);
	db.run(sql);
	const bytes = db.export();
	db.close();
	return bytes;
}

describe('openAtlas', () => {
	it('opens a database the writer built', () => {
		const db = openAtlas(SQL, good);
		expect(db.exec('SELECT COUNT(*) FROM passages')[0]!.values[0]![0]).toBe(9);
		db.close();
	});

	it('rejects empty and random bytes as not SQLite', () => {
		expect(() => openAtlas(SQL, new Uint8Array())).toThrow(CorruptDatabaseError);
		const rnd = mulberry32(5);
		const noise = Uint8Array.from({ length: 8192 }, () => Math.floor(rnd() * 256));
		expect(() => openAtlas(SQL, noise)).toThrow(/not an SQLite database/);
		const html = new TextEncoder().encode('<!doctype html><title>404</title>'.padEnd(200));
		expect(() => openAtlas(SQL, html)).toThrow(CorruptDatabaseError);
	});

	it('rejects a truncated file, saying so', () => {
		expect(() => openAtlas(SQL, good.slice(0, Math.floor(good.length / 2)))).toThrow(/truncated/);
	});

	it('rejects damaged pages as corrupt', () => {
		const damaged = good.slice();
		for (let i = 4096; i < damaged.length; i += 7) damaged[i] = 0xff;
		expect(() => openAtlas(SQL, damaged)).toThrow(CorruptDatabaseError);
	});

	it('names the found and expected schema versions', () => {
		const newer = withMeta(
			`UPDATE meta SET value = '${SCHEMA_VERSION + 1}' WHERE key = 'schema_version'`
		);
		const error = (() => {
			try {
				openAtlas(SQL, newer);
			} catch (e) {
				return e;
			}
		})();
		expect(error).toBeInstanceOf(SchemaVersionError);
		expect(error).toMatchObject({ found: SCHEMA_VERSION + 1, expected: SCHEMA_VERSION });
		expect((error as Error).message).toContain(
			`schema version ${SCHEMA_VERSION + 1}, but this site reads version ${SCHEMA_VERSION}`
		);
	});

	it('treats a database without schema_version (another SQLite file) as the wrong version', () => {
		const other = new SQL.Database();
		other.run('CREATE TABLE t (x); INSERT INTO t VALUES (1);');
		const bytes = other.export();
		other.close();
		expect(() => openAtlas(SQL, bytes)).toThrow(SchemaVersionError);
		expect(() => openAtlas(SQL, withMeta("DELETE FROM meta WHERE key = 'schema_version'"))).toThrow(
			/no schema_version/
		);
	});

	it('rejects a database missing a table as incomplete', () => {
		expect(() => openAtlas(SQL, withMeta('DROP TABLE comention_packs'))).toThrow(
			/tables missing: comention_packs/
		);
	});
});
