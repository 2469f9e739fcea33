/**
 * npm run bench:ingest [-- --docs 5000 --seed 1]
 * Ingest and build throughput, on the sample corpus and on a seeded synthetic corpus. Node runs
 * the whole path on one thread (one core); ingest (parse → rows) and build (rows → SQLite) are
 * timed separately. The sample is tiny, so its figures are the median of five runs. CPU time
 * (this process) is printed beside wall time: on a busy machine it is the truer figure.
 */
import { parseArgs } from 'node:util';
import initSqlJs from 'sql.js';
import { readCorpus } from '../scripts/lib/corpus';
import { loadTaxonomy } from '../scripts/lib/ingestRun';
import { buildDatabase } from '../src/lib/db/build';
import { ingest } from '../src/lib/ingest/pipeline';
import { parseSourcesManifest } from '../src/lib/ingest/taxonomy';
import type { IngestResult, SourceInput, Taxonomy } from '../src/lib/ingest/types';
import { generateCorpus } from '../src/lib/synth/generate';

const { values } = parseArgs({
	options: { docs: { type: 'string', default: '5000' }, seed: { type: 'string', default: '1' } }
});

const SQL = await initSqlJs();
const { taxonomy } = await loadTaxonomy('data/taxonomy');

interface Figures {
	name: string;
	docs: number;
	bytes: number;
	passages: number;
	ingest: number;
	build: number;
	cpu: number;
	dbBytes: number;
	steps: Map<string, number>;
}

function cpuSeconds(since: NodeJS.CpuUsage): number {
	const used = process.cpuUsage(since);
	return (used.user + used.system) / 1e6;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function measure(
	name: string,
	inputs: SourceInput[],
	tax: Taxonomy,
	runs: number,
	manifest?: Parameters<typeof ingest>[2]
): Figures {
	const ingestTimes: number[] = [];
	const buildTimes: number[] = [];
	const cpuTimes: number[] = [];
	const steps = new Map<string, number>();
	let result: IngestResult | undefined;
	let db: Uint8Array = new Uint8Array();
	for (let i = 0; i < runs; i++) {
		const cpu = process.cpuUsage();
		let t = performance.now();
		result = ingest(inputs, tax, manifest);
		ingestTimes.push((performance.now() - t) / 1000);
		t = performance.now();
		db = buildDatabase(SQL, result, {
			builtAt: 'bench',
			onStep: (step, ms) => steps.set(step, ms / 1000)
		});
		buildTimes.push((performance.now() - t) / 1000);
		cpuTimes.push(cpuSeconds(cpu));
	}
	return {
		name,
		docs: inputs.length,
		bytes: inputs.reduce((n, i) => n + i.bytes.length, 0),
		passages: result!.passages.length,
		ingest: median(ingestTimes),
		build: median(buildTimes),
		cpu: median(cpuTimes),
		dbBytes: db.length,
		steps
	};
}

function report(f: Figures): string {
	const mb = f.bytes / 1e6;
	const total = f.ingest + f.build;
	const cells = [
		f.name.padEnd(10),
		String(f.docs).padStart(6),
		mb.toFixed(2).padStart(7),
		String(f.passages).padStart(8),
		f.ingest.toFixed(2).padStart(8),
		f.build.toFixed(2).padStart(7),
		total.toFixed(2).padStart(7),
		(f.docs / total).toFixed(0).padStart(7),
		(mb / f.ingest).toFixed(2).padStart(9),
		(mb / total).toFixed(2).padStart(8),
		(mb / f.cpu).toFixed(2).padStart(8),
		(f.dbBytes / 1e6).toFixed(1).padStart(7)
	];
	return cells.join('  ');
}

console.log(
	[
		'corpus    ',
		'  docs',
		'     MB',
		'passages',
		'ingest s',
		'build s',
		'total s',
		' docs/s',
		'MB/s ingest',
		'MB/s all',
		'MB/s cpu',
		'  db MB'
	].join('  ')
);
const sample = await readCorpus('data/corpus');
const manifest = sample.manifest
	? { manifest: parseSourcesManifest(sample.manifest).documents }
	: {};
measure('warm-up', sample.inputs, taxonomy, 1, manifest);
console.log(report(measure('sample', sample.inputs, taxonomy, 5, manifest)));

const encoder = new TextEncoder();
const synthetic = generateCorpus(taxonomy, Number(values.docs), Number(values.seed)).map((f) => ({
	path: f.path,
	bytes: encoder.encode(f.text)
}));
const figures = measure(`synth-${values.seed}`, synthetic, taxonomy, 1);
console.log(report(figures));
console.log(
	`build phases (s): ${[...figures.steps].map(([step, s]) => `${step} ${s.toFixed(2)}`).join(', ')}`
);
