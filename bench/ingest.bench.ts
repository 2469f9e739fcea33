/**
 * npm run bench:ingest [-- --docs 5000 --seed 1 --runs 3]
 * Ingest and build throughput on the sample corpus and on a seeded synthetic corpus: documents
 * → rows (ingest) → SQLite bytes (build), timed separately and together ("overall" is the
 * whole run, documents to database file). One core: everything runs on this one thread (no
 * workers), and the npm script starts Node with --single-threaded so that V8 compiles and
 * collects garbage on it too. Both corpora are warmed up first (the JIT), then measured:
 * the sample's figures are the median of five runs, the synthetic corpus's the median and the
 * best of --runs; the synthetic warm-up run is printed too ("cold": compiling included). CPU
 * seconds (this process) are printed beside wall time: on a machine others are loading, CPU time
 * is the truer figure.
 */
import { parseArgs } from 'node:util';
import initSqlJs from 'sql.js';
import { readCorpus } from '../scripts/lib/corpus';
import { loadTaxonomy } from '../scripts/lib/ingestRun';
import { nodeSha256Hex } from '../scripts/lib/nodeHash';
import { buildDatabase, reserveBuild } from '../src/lib/db/build';
import { ingest, type IngestOptions } from '../src/lib/ingest/pipeline';
import { parseSourcesManifest } from '../src/lib/ingest/taxonomy';
import type { SourceInput, Taxonomy } from '../src/lib/ingest/types';
import { generateCorpus } from '../src/lib/synth/generate';

const { values } = parseArgs({
	options: {
		docs: { type: 'string', default: '5000' },
		seed: { type: 'string', default: '1' },
		runs: { type: 'string', default: '3' }
	}
});

const SQL = await initSqlJs();
const { taxonomy } = await loadTaxonomy('data/taxonomy');

interface Run {
	ingest: number;
	build: number;
	cpu: number;
	passages: number;
	dbBytes: number;
	steps: [string, number][];
}

function run(inputs: SourceInput[], tax: Taxonomy, options: IngestOptions = {}): Run {
	const steps: [string, number][] = [];
	const cpu = process.cpuUsage();
	let t = performance.now();
	// As `npm run ingest` does (scripts/lib/ingestRun.ts): the build's memory reserved first, the
	// native digest.
	const reserved = reserveBuild(
		SQL,
		inputs.reduce((n, i) => n + i.bytes.length, 0)
	);
	const result = ingest(inputs, tax, { ...options, sha256Hex: nodeSha256Hex });
	const ingestSeconds = (performance.now() - t) / 1000;
	t = performance.now();
	const db = buildDatabase(SQL, result, {
		builtAt: 'bench',
		reserved,
		onStep: (step, ms) => steps.push([step, ms / 1000])
	});
	const used = process.cpuUsage(cpu);
	return {
		ingest: ingestSeconds,
		build: (performance.now() - t) / 1000,
		cpu: (used.user + used.system) / 1e6,
		passages: result.passages.length,
		dbBytes: db.length,
		steps
	};
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const total = (r: Run) => r.ingest + r.build;

/** One table row: wall-clock figures of `r` for `inputs`. */
function row(label: string, inputs: SourceInput[], r: Run): string {
	const mb = inputs.reduce((n, i) => n + i.bytes.length, 0) / 1e6;
	const cells = [
		label.padEnd(16),
		String(inputs.length).padStart(6),
		mb.toFixed(2).padStart(6),
		String(r.passages).padStart(8),
		r.ingest.toFixed(2).padStart(8),
		r.build.toFixed(2).padStart(7),
		total(r).toFixed(2).padStart(7),
		(inputs.length / total(r)).toFixed(0).padStart(6),
		(mb / r.ingest).toFixed(2).padStart(6),
		(mb / r.build).toFixed(2).padStart(6),
		(mb / total(r)).toFixed(2).padStart(7),
		(mb / r.cpu).toFixed(2).padStart(7),
		(r.dbBytes / 1e6).toFixed(1).padStart(6)
	];
	return cells.join('  ');
}

/** The run whose overall time is the median (or the best) of `runs`. */
function pick(runs: Run[], which: 'median' | 'best'): Run {
	const sorted = [...runs].sort((a, b) => total(a) - total(b));
	return which === 'best' ? sorted[0]! : sorted[Math.floor(sorted.length / 2)]!;
}

console.log('One core: one thread, no workers (Node --single-threaded). Times in seconds.');
console.log(
	'                                              wall-clock s           docs/   —— MB/s of text ——'
);
console.log(
	[
		'corpus          ',
		'  docs',
		'    MB',
		'passages',
		'  ingest',
		'  build',
		'overall',
		'     s',
		'ingest',
		' build',
		'overall',
		'    cpu',
		' db MB'
	].join('  ')
);

const sample = await readCorpus('data/corpus');
const manifest = sample.manifest
	? { manifest: parseSourcesManifest(sample.manifest).documents }
	: {};
run(sample.inputs, taxonomy, manifest); // warm-up
const sampleRuns = Array.from({ length: 5 }, () => run(sample.inputs, taxonomy, manifest));
const sampleMedian: Run = {
	...sampleRuns[0]!,
	ingest: median(sampleRuns.map((r) => r.ingest)),
	build: median(sampleRuns.map((r) => r.build)),
	cpu: median(sampleRuns.map((r) => r.cpu))
};
console.log(row('sample (median)', sample.inputs, sampleMedian));

const encoder = new TextEncoder();
const synthetic = generateCorpus(taxonomy, Number(values.docs), Number(values.seed)).map((f) => ({
	path: f.path,
	bytes: encoder.encode(f.text)
}));
// Warm-up: one whole run, printed but not counted. With --single-threaded, V8 compiles on this
// thread, and the first run over 5,000 documents spends about a second of its ~6 s compiling
// (a warm-up on a twentieth of the corpus left most of that to the first measured run).
const name = `synth-${values.seed}`;
console.log(row(`${name} (cold)`, synthetic, run(synthetic, taxonomy)));
const runs = Array.from({ length: Math.max(1, Number(values.runs)) }, () =>
	run(synthetic, taxonomy)
);
console.log(row(`${name} (median)`, synthetic, pick(runs, 'median')));
if (runs.length > 1) console.log(row(`${name} (best)`, synthetic, pick(runs, 'best')));
const phases = pick(runs, 'median').steps;
console.log(
	`build phases of the median run (s): ${phases.map(([step, s]) => `${step} ${s.toFixed(2)}`).join(', ')}`
);
