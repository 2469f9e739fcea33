/** The schema is a public interface: every table and column of a built database is documented. */
import { readFileSync } from 'node:fs';
import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { buildDatabase } from '../../../src/lib/db/build';
import { query } from '../../../src/lib/db/sql';
import { handmadeResult } from '../../fixtures/db/handmade';

const doc = readFileSync(new URL('../../../docs/schema.md', import.meta.url), 'utf8');

/** The text of the `### \`table\`` section. */
function section(table: string): string | undefined {
	const start = doc.indexOf(`### \`${table}\``);
	if (start < 0) return undefined;
	const next = doc.indexOf('\n#', start + 1);
	return doc.slice(start, next < 0 ? undefined : next);
}

describe('docs/schema.md', () => {
	it('describes every table and column of the live schema', async () => {
		const SQL = await initSqlJs();
		const db = new SQL.Database(buildDatabase(SQL, handmadeResult(), { builtAt: 'x' }));
		const tables = query<{ name: string }>(
			db,
			"SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'passages_fts_%' ORDER BY name"
		).map((r) => r.name);
		expect(tables.length).toBeGreaterThan(15);
		const missing: string[] = [];
		for (const table of tables) {
			const text = section(table);
			if (!text) {
				missing.push(table);
				continue;
			}
			for (const { name } of query<{ name: string }>(
				db,
				`SELECT name FROM pragma_table_info('${table}')`
			)) {
				if (!text.includes(`\`${name}\``)) missing.push(`${table}.${name}`);
			}
		}
		expect(missing).toEqual([]);
		db.close();
	});
});
