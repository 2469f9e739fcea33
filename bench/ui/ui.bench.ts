/**
 * npm run bench:ui [-- --site build --runs 3 --only sample|synth --no-lighthouse --mobile-only
 *   --lighthouse-runs 3]
 * The dashboard in real Chromium (Debian's, through playwright-core) against the built site
 * served locally, on the sample database and on the 5,000-document synthetic one swapped into a
 * copy of the site: first chart drawn, LCP, redraw after a filter change (p50/p95 over 36
 * changes), main-thread long tasks, JavaScript and wasm bytes, Lighthouse performance and
 * accessibility. Prints a table against the targets of issue 3 and writes bench/out/ui.json.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser, serveCopy, serveSite, type Site } from '../../tests/e2e/harness';
import { measureCorpus, type CorpusFigures } from './measure';
import { report } from './report';
import { databaseFiles, siteSizes, sizeOf, useDatabase } from './sizes';
import { ensureSynthDatabase } from './synth';

const { values } = parseArgs({
	options: {
		site: { type: 'string', default: 'build' },
		runs: { type: 'string', default: '3' },
		only: { type: 'string' },
		'no-lighthouse': { type: 'boolean', default: false },
		'mobile-only': { type: 'boolean', default: false },
		'lighthouse-runs': { type: 'string', default: '3' },
		out: { type: 'string', default: 'bench/out/ui.json' }
	}
});

// Measured on a snapshot of the site: a rebuild of build/ during the run changes nothing.
const site = mkdtempSync(join(tmpdir(), 'atlas-bench-site-'));
cpSync(values.site, site, { recursive: true });
process.on('exit', () => rmSync(site, { recursive: true, force: true }));
const loadBefore = loadavg();
const [sampleDb] = databaseFiles(site);
const sizes = siteSizes(site);
const corpora = [
	{ name: 'sample', db: sampleDb! },
	{ name: 'synth-5000', db: '' }
].filter((c) => !values.only || c.name.startsWith(values.only));
const synth = corpora.find((c) => c.name === 'synth-5000');
if (synth) synth.db = await ensureSynthDatabase(sampleDb!);

async function serve(corpus: { name: string; db: string }): Promise<Site> {
	if (corpus.name === 'sample') return serveSite(site);
	// A copy of the site whose database files point at the other database.
	return serveCopy((root) => useDatabase(root, corpus.db), site);
}

const browser = await launchBrowser();
const figures: CorpusFigures[] = [];
try {
	for (const corpus of corpora) {
		console.log(`${corpus.name}: ${corpus.db}`);
		const server = await serve(corpus);
		try {
			const { raw: bytes, gzip } = sizeOf(corpus.db, 6);
			const db = { bytes, gzip };
			figures.push(
				await measureCorpus(browser, server.url, corpus.name, db, {
					runs: Number(values.runs),
					lighthouse: values['no-lighthouse']
						? []
						: values['mobile-only']
							? ['mobile']
							: ['mobile', 'desktop'],
					lighthouseRuns: Math.max(1, Number(values['lighthouse-runs'])),
					log: (line) => console.log(line)
				})
			);
		} finally {
			await server.stop();
		}
	}
} finally {
	await browser.close();
}

const load = { before: loadBefore, after: loadavg() };
const fmt = (l: number[]) => l.map((n) => n.toFixed(1)).join(' ');
console.log(`\n${report(figures, sizes)}`);
console.log(
	`\nMachine load (1/5/15 min) before: ${fmt(load.before)}, after: ${fmt(load.after)} on ${
		cpus().length
	} cores — wall-clock figures scale with it.`
);
mkdirSync('bench/out', { recursive: true });
writeFileSync(
	values.out,
	JSON.stringify(
		{ measuredAt: new Date().toISOString(), site: values.site, load, sizes, corpora: figures },
		null,
		1
	)
);
console.log(`\nAll figures → ${values.out}`);
