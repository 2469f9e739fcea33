/**
 * The ingest command: reads a corpus folder (recursively, skipping the manifest, the README at
 * the top and dotfiles), writes the database atomically, reports warnings, and keeps the previous database
 * when the build fails, when --strict meets a warning, or when the corpus is missing.
 */
import { mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import initSqlJs from 'sql.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { writeFileAtomic } from '../../../scripts/lib/atomicWrite';
import { readCorpus } from '../../../scripts/lib/corpus';
import { firstViewFile, runIngest, taxonomyFile } from '../../../scripts/lib/ingestRun';
import {
	MAX_NODES,
	PASSAGE_PAGE,
	TOP_SERIES,
	type FirstView
} from '../../../src/lib/app/dashboard/firstView';
import { EMPTY_FILTERS } from '../../../src/lib/db/types';
import { openAtlas } from '../../../src/lib/db/open';
import { createQueries } from '../../../src/lib/db/queries';

let dir: string;
let corpus: string;
let out: string;
let lines: string[];

const RECAP = `---
title: KubeCon Europe 2018 notes
author: Ada
---

# Copenhagen

KubeCon + CloudNativeCon Europe 2018 in Copenhagen was all about Prometheus and Kubernetes.
`;

beforeEach(async () => {
	dir = await mkdtemp(join(tmpdir(), 'atlas-ingest-'));
	corpus = join(dir, 'corpus');
	out = join(dir, 'out', 'atlas.sqlite');
	lines = [];
	await mkdir(join(corpus, 'nested'), { recursive: true });
	await writeFile(join(corpus, 'nested', 'eu-2018.md'), RECAP);
	await writeFile(join(corpus, 'README.md'), '# not a recap');
	await writeFile(join(corpus, '.DS_Store'), 'junk');
});
afterEach(() => rm(dir, { recursive: true, force: true }));

const run = (extra: Partial<Parameters<typeof runIngest>[0]> = {}) =>
	runIngest({
		corpus,
		taxonomy: 'data/taxonomy',
		out,
		strict: false,
		log: (l) => lines.push(l),
		error: (l) => lines.push(l),
		...extra
	});

describe('readCorpus', () => {
	it('reads documents recursively with corpus-relative paths, skipping README, dotfiles and sources.yaml', async () => {
		await writeFile(join(corpus, 'sources.yaml'), 'documents: {}\n');
		const read = await readCorpus(corpus);
		expect(read.inputs.map((i) => i.path)).toEqual(['nested/eu-2018.md']);
		expect(read.manifest).toBe('documents: {}\n');
	});

	it('reads a README inside a folder: one recap per folder, as notes repositories keep them', async () => {
		await writeFile(join(corpus, 'nested', 'README.md'), RECAP);
		const read = await readCorpus(corpus);
		expect(read.inputs.map((i) => i.path)).toEqual(['nested/README.md', 'nested/eu-2018.md']);
	});
});

describe('writeFileAtomic', () => {
	it('replaces a file whole, and on failure leaves the target as it was and no temporary file', async () => {
		const target = join(dir, 'db.sqlite');
		await writeFileAtomic(target, new Uint8Array([1, 2, 3]));
		await writeFileAtomic(target, new Uint8Array([4, 5]));
		expect([...(await readFile(target))]).toEqual([4, 5]);
		// A directory where the file should go: the rename fails after the data was written.
		const blocked = join(dir, 'blocked');
		await mkdir(join(blocked, 'child'), { recursive: true });
		await expect(writeFileAtomic(blocked, new Uint8Array([6]))).rejects.toThrow();
		expect((await readdir(dir)).filter((name) => name.includes('.tmp-'))).toEqual([]);
		expect(await readdir(blocked)).toEqual(['child']);
	});
});

describe('runIngest', () => {
	it('writes a database the site can open, and prints a summary', async () => {
		expect(await run()).toBe(0);
		const SQL = await initSqlJs();
		const q = createQueries(openAtlas(SQL, new Uint8Array(await readFile(out))));
		expect(q.sources().map((s) => s.path)).toEqual(['nested/eu-2018.md']);
		expect(
			q
				.events({ from: null, to: null, themes: [], events: [], projects: [], q: '' })
				.some((e) => e.id === 'kubecon-eu-2018' && e.passages > 0)
		).toBe(true);
		expect(lines.at(-1)).toMatch(
			/^1 documents, \d+ passages, \d+ events, \d+ talks, \d+ mentions, 0 warnings → .*atlas\.sqlite \([\d.]+ kB\) in [\d.]+ s$/
		);
		expect(lines).toContain(
			"note: README.md: the corpus folder's own README (it describes the corpus); not read as a recap"
		);
	});

	it('writes the taxonomy beside the database, for adding recaps in the browser', async () => {
		expect(await run()).toBe(0);
		const written = JSON.parse(await readFile(taxonomyFile(out), 'utf8'));
		expect(taxonomyFile(out)).toMatch(/atlas\.taxonomy\.json$/);
		expect(written.events.map((e: { id: string }) => e.id)).toContain('kubecon-eu-2018');
		expect(written.projects.length).toBeGreaterThan(250);
		expect(written.themes).toHaveLength(15);
	});

	it('keeps the previous database byte for byte when the build fails, and leaves no temporary file', async () => {
		expect(await run()).toBe(0);
		const before = await readFile(out);
		await writeFile(join(corpus, 'another.md'), RECAP.replace('Ada', 'Ben'));
		const code = await run({
			build: () => {
				throw new Error('disk on fire');
			}
		});
		expect(code).toBe(2);
		expect(lines.at(-1)).toMatch(/ingest failed, .* left unchanged: disk on fire/);
		expect((await readFile(out)).equals(before)).toBe(true);
		expect((await readdir(join(dir, 'out'))).sort()).toEqual([
			'atlas.first.json',
			'atlas.sqlite',
			'atlas.taxonomy.json'
		]);
	});

	it("writes the dashboard's first view beside the database: the answers the database gives", async () => {
		expect(await run()).toBe(0);
		const view = JSON.parse(await readFile(firstViewFile(out), 'utf8')) as FirstView;
		const SQL = await initSqlJs();
		const q = createQueries(openAtlas(SQL, new Uint8Array(await readFile(out))));
		expect(view.builtAt).toBe(q.meta().builtAt);
		expect(view.catalog).toEqual(q.events(EMPTY_FILTERS));
		expect(view.series).toEqual(q.timelineSeries(EMPTY_FILTERS, TOP_SERIES));
		expect(view.heatmap).toEqual(q.heatmap(EMPTY_FILTERS, 'event', 'share'));
		expect(view.network).toEqual(q.network(EMPTY_FILTERS, 1, MAX_NODES));
		expect(view.summary).toEqual(q.summary(EMPTY_FILTERS));
		expect(view.passages).toEqual(q.passages({ filters: EMPTY_FILTERS, limit: PASSAGE_PAGE }));
		expect(view.network.nodes.map((n) => n.id)).toContain('prometheus');
		expect(view.themes.map((t) => t.id)).toContain('observability');
	});

	it('prints each warning as "severity: file: message"; --strict fails and keeps the previous database', async () => {
		expect(await run()).toBe(0);
		const before = await readFile(out);
		await writeFile(join(corpus, 'empty.md'), '');
		expect(await run({ strict: true })).toBe(1);
		expect(lines.some((l) => /^(warning|error): empty\.md: /.test(l))).toBe(true);
		expect(lines.at(-1)).toMatch(/--strict: \d+ warning\(s\); .* was not written/);
		expect((await readFile(out)).equals(before)).toBe(true);
		// Without --strict the same corpus loads, the bad file reported.
		expect(await run()).toBe(0);
		expect(lines.at(-1)).toMatch(/1 warnings/);
	});

	it('fails with a clear message for a missing corpus folder', async () => {
		expect(await run({ corpus: join(dir, 'nope') })).toBe(2);
		expect(lines).toEqual([`error: corpus folder not found: ${join(dir, 'nope')}`]);
	});
});
