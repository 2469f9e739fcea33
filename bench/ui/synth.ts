/**
 * The 5,000-document database: the seeded synthetic corpus (scripts/synth-corpus.ts) through the
 * real ingest (scripts/ingest.ts). Written again when missing or older than the site's own
 * database (a rebuilt site may read a changed schema); the same seed gives the same file.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

export const SYNTH_DIR = 'bench/out/ui';
export const SYNTH_DB = `${SYNTH_DIR}/atlas-synth-5000.sqlite`;

export function ensureSynthDatabase(siteDatabase: string, docs = 5000, seed = 1): string {
	const fresh =
		existsSync(SYNTH_DB) &&
		(!existsSync(siteDatabase) || statSync(SYNTH_DB).mtimeMs >= statSync(siteDatabase).mtimeMs);
	if (fresh) return SYNTH_DB;
	const corpus = `${SYNTH_DIR}/synth-corpus`;
	const run = (script: string, args: string[]) =>
		execFileSync(process.execPath, ['--import', 'tsx', script, ...args], { stdio: 'inherit' });
	console.log(`Writing the ${docs}-document database (seed ${seed}) → ${SYNTH_DB}`);
	run('scripts/synth-corpus.ts', ['--out', corpus, '--docs', String(docs), '--seed', String(seed)]);
	run('scripts/ingest.ts', ['--corpus', corpus, '--out', SYNTH_DB]);
	return SYNTH_DB;
}
