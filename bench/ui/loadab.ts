/**
 * npx tsx bench/ui/loadab.ts N [--db FILE] [--cpu] SITE_A SITE_B …
 * First visits of two or more builds, alternated (N loads of each, in turns, in one browser):
 * per load, the first chart's paint and the long tasks after the load event, each placed after
 * the app's last `atlas:` mark before it (`start` when none yet: hydration); then per site the
 * long tasks after load by place, and the median first chart. A site is a `build/` folder (see
 * docs/performance.md, "Measuring"). `--cpu` traces each load and gives each long task its
 * main-thread CPU time too ("57 ms (cpu 21)"): on a busy machine most of a long task's time can
 * be time spent waiting for a core, which no change to the page's code shortens.
 */
import { launchBrowser, serveCopy } from '../../tests/e2e/harness';
import { measureLoad } from './load';
import { useDatabase } from './sizes';
import { cpuOfTasks, type TraceEvent } from './trace';

const args = process.argv.slice(2);
const runs = Number(args.shift());
let db: string | undefined;
if (args[0] === '--db') {
	args.shift();
	db = args.shift();
}
const cpu = args[0] === '--cpu';
if (cpu) args.shift();
if (!(runs > 0) || args.length === 0) {
	console.error('usage: npx tsx bench/ui/loadab.ts N [--db FILE] [--cpu] SITE_A SITE_B …');
	process.exit(2);
}

const servers = await Promise.all(
	args.map((site) => serveCopy((root) => (db ? useDatabase(root, db) : undefined), site))
);
const browser = await launchBrowser();
const tally = args.map(() => ({ firstChart: [] as number[], places: new Map<string, number>() }));
try {
	for (let i = 0; i < runs; i++) {
		for (const [s, site] of args.entries()) {
			if (cpu)
				await browser.startTracing(undefined, {
					categories: [
						'toplevel',
						'devtools.timeline',
						'disabled-by-default-devtools.timeline',
						'blink.user_timing'
					]
				});
			const run = await measureLoad(browser, `${servers[s]!.url}/`);
			const cpus = cpu
				? cpuOfTasks(
						(JSON.parse((await browser.stopTracing()).toString()) as { traceEvents: TraceEvent[] })
							.traceEvents,
						run.longTasksAfterLoad
					)
				: [];
			const marks = Object.entries(run.marks).sort((a, b) => a[1] - b[1]);
			const place = (t: number) => {
				const before = marks.filter(([, at]) => at <= t).at(-1);
				return before ? before[0].replace('atlas:', '') : 'start';
			};
			const tasks = run.longTasksAfterLoad.map((t, k) => {
				tally[s]!.places.set(place(t.start), (tally[s]!.places.get(place(t.start)) ?? 0) + 1);
				const c = cpus[k];
				const using = c != null ? ` (cpu ${Math.round(c)})` : '';
				return `${Math.round(t.duration)} ms${using} after ${place(t.start)}`;
			});
			tally[s]!.firstChart.push(run.firstChartPaint);
			console.log(
				`${site} #${i + 1}: first chart ${Math.round(run.firstChartPaint)} ms; long tasks after load: ${tasks.join(', ') || 'none'}`
			);
		}
	}
} finally {
	await browser.close();
	for (const server of servers) await server.stop();
}
for (const [s, site] of args.entries()) {
	const { firstChart, places } = tally[s]!;
	const sorted = [...firstChart].sort((a, b) => a - b);
	const count = [...places.values()].reduce((n, c) => n + c, 0);
	const where = [...places].map(([p, c]) => `${p} ${c}`).join(', ');
	console.log(
		`${site}: ${count} long tasks after load in ${runs} loads${where ? ` (${where})` : ''}; first chart median ${Math.round(sorted[sorted.length >> 1]!)} ms`
	);
}
