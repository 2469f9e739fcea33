/**
 * npx tsx bench/ui/ab.ts SITE_A SITE_B [--rounds 3] [--db FILE]
 * Two built sites side by side: the redraw session of `npm run bench:ui` (36 filter changes) on
 * each, alternated A, B, A, B… in one browser, so that both see the same machine. On this shared
 * machine a change's figures move with the hour more than with the code; compare code this way,
 * never against figures from another run. With --db, both sites serve that database and its first
 * view (e.g. bench/out/atlas-synth.sqlite). A site is a `build/` folder: to measure a commit, put
 * its tree somewhere (`git archive REV | tar -x -C DIR`), link node_modules, copy static/data and
 * run `npx vite build` there.
 */
import { parseArgs } from 'node:util';
import { launchBrowser, serveCopy } from '../../tests/e2e/harness';
import { waitForCharts } from '../../tests/e2e/dashboard';
import { instrumentedPage } from './load';
import { measureRedraws } from './redraw';
import { useDatabase } from './sizes';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: { rounds: { type: 'string', default: '3' }, db: { type: 'string' } }
});
if (positionals.length !== 2) throw new Error('usage: bench/ui/ab.ts SITE_A SITE_B [--rounds N]');
const db = values.db;

const servers = await Promise.all(
	positionals.map((site) =>
		serveCopy((root) => {
			if (db) useDatabase(root, db);
		}, site)
	)
);
const browser = await launchBrowser();
const figures = positionals.map(() => ({
	painted: [] as number[],
	data: [] as number[],
	/** The first three changes of each session (the coldest code). */
	first: [] as number[]
}));
try {
	for (let round = 0; round < Number(values.rounds); round++) {
		for (const [k, server] of servers.entries()) {
			const { page } = await instrumentedPage(browser, 1280, 900);
			await page.goto(`${server.url}/`);
			await waitForCharts(page);
			const { changes } = await measureRedraws(page);
			for (const [i, c] of changes.entries()) {
				if (i < 3) figures[k]!.first.push(c.painted);
				figures[k]!.painted.push(c.painted);
				figures[k]!.data.push(c.data);
			}
			await page.close();
		}
	}
} finally {
	await browser.close();
	for (const server of servers) await server.stop();
}

const pct = (xs: number[], p: number) =>
	[...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!.toFixed(0);
for (const [k, site] of positionals.entries()) {
	const { painted, data, first } = figures[k]!;
	const mean = first.reduce((a, b) => a + b, 0) / first.length;
	console.log(
		`${site}: all charts painted p50 / p95 ${pct(painted, 0.5)} / ${pct(painted, 0.95)} ms,`,
		`last answer p50 / p95 ${pct(data, 0.5)} / ${pct(data, 0.95)} ms (${painted.length} changes);`,
		`first three changes of a session: mean ${mean.toFixed(0)} ms`
	);
}
