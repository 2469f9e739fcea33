/**
 * A corpus folder's INDEX.md / README.md that lists the documents beside it is skipped with a
 * warning naming it; a post that only shares such a name (Hugo's `post/index.md`, a notes
 * folder's README recap that links its day notes) is still read.
 */
import { describe, expect, it } from 'vitest';
import { corpusListings } from '../../../src/lib/ingest/corpusListing';
import { ingest } from '../../../src/lib/ingest/pipeline';
import type { SourceInput } from '../../../src/lib/ingest/types';
import { TAXONOMY, encode } from './extractionFixtures';

const RECAP = (city: string, year: number) =>
	`# KubeCon ${year}\n\nKubeCon Europe ${year} in ${city} was busy: Prometheus and Istio everywhere.\n`;

const INDEX = `# Recaps collected for testing

Write-ups gathered from blogs, kept as they were. Each row names the file and what it shows.

| # | File | Event | Format | Notes |
|---|---|---|---|---|
| 1 | \`copenhagen-notes.md\` | KubeCon EU 2018 | Markdown + YAML | Talk list with speakers |
| 2 | \`barcelona-recap.txt\` | KubeCon EU 2019 | plain text | Prometheus, Istio, Envoy |
| 3 | \`berlin/day-one.md\` | KubeCon EU 2017 | Markdown | keynote live-blog, DockerCon 2016 mentioned |
`;

const doc = (path: string, text: string): SourceInput => ({ path, bytes: encode(text) });

const corpus = (): SourceInput[] => [
	doc('INDEX.md', INDEX),
	doc('copenhagen-notes.md', RECAP('Copenhagen', 2018)),
	doc('barcelona-recap.txt', RECAP('Barcelona', 2019)),
	doc('berlin/day-one.md', RECAP('Berlin', 2017))
];

describe('a corpus listing', () => {
	it('is skipped with a warning that names it and says why', () => {
		const r = ingest(corpus(), TAXONOMY);
		expect(r.sources.map((s) => s.path)).toEqual([
			'barcelona-recap.txt',
			'berlin/day-one.md',
			'copenhagen-notes.md'
		]);
		expect(r.warnings).toContainEqual({
			file: 'INDEX.md',
			severity: 'warning',
			message:
				"is the folder's list of its documents (it names 3 of them: copenhagen-notes.md, barcelona-recap.txt and 1 more), not a recap; skipped"
		});
	});

	it('is found by its links as well: a README of day notes, targets with or without extension', () => {
		const readme = `# KubeCon NA 2019 notes\n\n- [Day 1](./day-1.md)\n- [Day 2](day-2)\n- [Day 3](<day-3/>)\n`;
		const found = corpusListings([
			doc('na-2019/README.md', readme),
			doc('na-2019/day-1.md', RECAP('San Diego', 2019)),
			doc('na-2019/day-2.md', RECAP('San Diego', 2019)),
			doc('na-2019/day-3/index.md', RECAP('San Diego', 2019))
		]);
		expect([...found.keys()]).toEqual(['na-2019/README.md']);
	});

	it('is not a recap that links two notes beside it among paragraphs of its own', () => {
		const readme = `# KubeCon NA 2019

The first day opened with keynotes on the Kubernetes release cycle and a long demo of Prometheus.
We spent the afternoon in the service mesh track, where Linkerd and Istio maintainers compared notes.

The second day was quieter; the hallway track was the best part of it.
Slides are linked from my [day 1](day-1.md) and [day 2](day-2.md) notes.
`;
		const found = corpusListings([
			doc('na-2019/README.md', readme),
			doc('na-2019/day-1.md', RECAP('San Diego', 2019)),
			doc('na-2019/day-2.md', RECAP('San Diego', 2019))
		]);
		expect(found.size).toBe(0);
	});

	it("is not Hugo's page bundle index.md, nor an index naming files of another folder", () => {
		const bundle = `---\ntitle: My KubeCon\n---\n\n![Keynote](keynote.jpg)\n\nKubeCon was great.\n`;
		const other = `| File |\n|---|\n| \`a.md\` |\n| \`b.md\` |\n`;
		const found = corpusListings([
			doc('posts/kubecon-2019/index.md', bundle),
			doc('posts/kubecon-2019/keynote.jpg', 'x'),
			doc('posts/kubecon-2019/notes.md', RECAP('San Diego', 2019)),
			doc('other/INDEX.md', other),
			doc('a.md', RECAP('Berlin', 2017)),
			doc('b.md', RECAP('Berlin', 2017))
		]);
		expect(found.size).toBe(0);
	});
});
