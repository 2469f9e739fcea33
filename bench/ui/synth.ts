/**
 * The 5,000-document database: the seeded synthetic corpus (scripts/synth-corpus.ts) through the
 * real ingest (scripts/ingest.ts). Written again when missing, or when its schema (version and
 * tables) differs from the site's own database, so the site can read it; the same seed gives
 * the same file.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import initSqlJs from 'sql.js';
import { firstViewFile } from '../../scripts/lib/ingestRun';

export const SYNTH_DIR = 'bench/out/ui';
export const SYNTH_DB = `${SYNTH_DIR}/atlas-synth-5000.sqlite`;

async function schemaOf(file: string): Promise<string> {
	const SQL = await initSqlJs();
	const db = new SQL.Database(readFileSync(file));
	try {
		const version = db.exec(`SELECT value FROM meta WHERE key = 'schema_version'`)[0]?.values[0];
		const tables = db.exec(`SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name`);
		return JSON.stringify([version, tables[0]?.values.flat()]);
	} finally {
		db.close();
	}
}

export async function ensureSynthDatabase(
	siteDatabase: string,
	docs = 5000,
	seed = 1
): Promise<string> {
	if (
		existsSync(SYNTH_DB) &&
		existsSync(firstViewFile(SYNTH_DB)) &&
		(await schemaOf(SYNTH_DB)) === (await schemaOf(siteDatabase))
	)
		return SYNTH_DB;
	const corpus = `${SYNTH_DIR}/synth-corpus`;
	const run = (script: string, args: string[]) =>
		execFileSync(process.execPath, ['--import', 'tsx', script, ...args], { stdio: 'inherit' });
	console.log(`Writing the ${docs}-document database (seed ${seed}) → ${SYNTH_DB}`);
	run('scripts/synth-corpus.ts', ['--out', corpus, '--docs', String(docs), '--seed', String(seed)]);
	run('scripts/ingest.ts', ['--corpus', corpus, '--out', SYNTH_DB]);
	return SYNTH_DB;
}
