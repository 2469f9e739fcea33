import { describe, expect, it } from 'vitest';
import { addDocuments, ingest } from '../../../src/lib/ingest/pipeline';
import type { SourceInput } from '../../../src/lib/ingest/types';
import { TAXONOMY, encode } from './extractionFixtures';

const kubecon = `---
title: KubeCon EU 2018 recap
date: 2018-05-08
tags: [kubecon, kubernetes]
---

# KubeCon EU 2018 recap

Three days in Copenhagen. The service mesh was everywhere: Istio and Linkerd talks, tracing with Jaeger.

## Evolving Systems Design – Oliver Gould, Buoyant

The speaker showed Linkerd with mTLS and a sidecar per pod.
`;

const docker = `DockerCon 2015 notes

The general session at DockerCon 2015 in San Francisco introduced runC and Docker Compose.

Golub introduced this roadmap last year at DockerCon 2014.
`;

const inputs = (): SourceInput[] => [
	{ path: 'b/dockercon.txt', bytes: encode(docker) },
	{ path: 'a/kubecon.md', bytes: encode(kubecon) }
];

describe('ingest', () => {
	it('sorts inputs by path and numbers rows in that order', () => {
		const r = ingest(inputs(), TAXONOMY);
		expect(r.sources.map((s) => [s.id, s.path])).toEqual([
			[1, 'a/kubecon.md'],
			[2, 'b/dockercon.txt']
		]);
		expect(r.sections.map((s) => s.id)).toEqual(r.sections.map((_, i) => i + 1));
		expect(r.passages.map((p) => p.id)).toEqual(r.passages.map((_, i) => i + 1));
		expect(r.talks.map((t) => t.id)).toEqual(r.talks.map((_, i) => i + 1));
		expect(new Set(r.passages.filter((p) => p.source_id === 1).map((p) => p.event_id))).toEqual(
			new Set(['kubecon-eu-2018'])
		);
		expect(new Set(r.passages.filter((p) => p.source_id === 2).map((p) => p.event_id))).toEqual(
			new Set(['dockercon-2015'])
		);
	});

	it('a gathering one document names alone gets the city another gives it', () => {
		const docs = (): SourceInput[] => [
			{ path: 'a.md', bytes: encode('# Back from Devoxx Belgium 2019\n\nGreat talks.\n') },
			{ path: 'b.md', bytes: encode('I attended Devoxx Belgium 2019 in Antwerp.\n') }
		];
		const r = ingest(docs(), TAXONOMY);
		expect(r.events.filter((e) => e.in_catalog === 0)).toMatchObject([
			{ id: 'devoxx-belgium-2019', city: 'Antwerp', country: 'Belgium' }
		]);
		expect(ingest(docs().reverse(), TAXONOMY).events).toEqual(r.events);
	});

	it('a meetup one document dates by its month gets the day another gives it', () => {
		const docs = (): SourceInput[] => [
			{
				path: 'a.md',
				bytes: encode('# The Cloud Native Meetup Munich (March 2016)\n\nFull room.\n')
			},
			{ path: 'b.md', bytes: encode('The Cloud Native Meetup Munich, 16 March 2016, was fun.\n') }
		];
		const r = ingest(docs(), TAXONOMY);
		expect(r.events.filter((e) => e.in_catalog === 0)).toMatchObject([
			{ id: 'cloud-native-meetup-munich-2016-03', start_date: '2016-03-16', end_date: '2016-03-16' }
		]);
	});

	it('is deterministic: same inputs (in any order) → identical rows', () => {
		const a = ingest(inputs(), TAXONOMY);
		const b = ingest(inputs().reverse(), TAXONOMY);
		expect(b).toEqual(a);
	});

	it('records mentions with offsets into the passage, themes and talks', () => {
		const r = ingest(inputs(), TAXONOMY);
		for (const m of r.mentions) {
			const p = r.passages.find((x) => x.id === m.passage_id)!;
			expect(p.text.slice(m.start, m.end)).toBe(m.surface);
		}
		const kubeconProjects = new Set(
			r.mentions
				.filter((m) => r.passages[m.passage_id - 1]!.source_id === 1)
				.map((m) => m.project_id)
		);
		expect(kubeconProjects).toEqual(new Set(['istio', 'linkerd', 'jaeger']));
		expect(r.passageThemes.some((t) => t.theme_id === 'service-mesh' && t.score > 0.5)).toBe(true);
		expect(r.talks).toEqual([
			expect.objectContaining({
				title: 'Evolving Systems Design',
				speakers: ['Oliver Gould'],
				organizations: ['Buoyant'],
				event_id: 'kubecon-eu-2018',
				source_id: 1
			})
		]);
	});

	it('keeps the whole catalog among the events', () => {
		const r = ingest([], TAXONOMY);
		expect(r.events.map((e) => e.id)).toEqual(TAXONOMY.events.map((e) => e.id));
		expect(r.events.every((e) => e.in_catalog === 1)).toBe(true);
	});

	it('one broken document is reported by name; the others still load', () => {
		const r = ingest(
			[
				...inputs(),
				{ path: 'c/binary.bin', bytes: new Uint8Array([0, 1, 2, 0, 255, 254, 0, 0, 7]) },
				{ path: 'c/empty.md', bytes: new Uint8Array() }
			],
			TAXONOMY
		);
		expect(r.sources.map((s) => s.path)).toEqual(['a/kubecon.md', 'b/dockercon.txt']);
		expect(r.warnings.map((w) => w.file)).toEqual(
			expect.arrayContaining(['c/binary.bin', 'c/empty.md'])
		);
	});

	it('an exception inside one document becomes an error naming it', () => {
		const failing = {
			path: 'c/unreadable.md',
			get bytes(): Uint8Array {
				throw new Error('read failed');
			}
		};
		const r = ingest([...inputs(), failing], TAXONOMY);
		expect(r.sources).toHaveLength(2);
		expect(r.warnings).toContainEqual({
			file: 'c/unreadable.md',
			severity: 'error',
			message: 'could not be ingested: read failed'
		});
	});

	it('warns about front matter naming an unknown event, and about documents with no event', () => {
		const r = ingest(
			[
				{
					path: 'mars.md',
					bytes: encode(
						'---\nevent: kubecon-mars-2030\ntags: [KubeCon Mars 2030]\n---\n\nWe had fun.\n'
					)
				},
				{ path: 'yaml.md', bytes: encode('# Thoughts on YAML\n\nYAML is hard.\n') }
			],
			TAXONOMY
		);
		const messages = r.warnings.map((w) => `${w.file}: ${w.message}`);
		expect(messages).toEqual(
			expect.arrayContaining([
				expect.stringMatching(/^mars\.md: front matter event "kubecon-mars-2030"/),
				expect.stringMatching(/^mars\.md: front matter tag "KubeCon Mars 2030"/),
				expect.stringMatching(/^yaml\.md: no recognisable event/)
			])
		);
		expect(r.passages.every((p) => p.event_id === null && p.unattributed_reason)).toBe(true);
	});

	it('fills source fields from the manifest where the document is silent', () => {
		const manifest = new Map([
			[
				'b/dockercon.txt',
				{
					title: 'ignored: the document has a title',
					author: 'Jane Doe',
					publisher: 'Blog',
					url: null,
					published: '2015-06-23',
					format: null,
					events: ['dockercon-2015']
				}
			]
		]);
		const r = ingest(inputs(), TAXONOMY, { manifest });
		const s = r.sources.find((x) => x.path === 'b/dockercon.txt')!;
		expect([s.title, s.author, s.published]).toEqual([
			'DockerCon 2015 notes',
			'Jane Doe',
			'2015-06-23'
		]);
	});

	it('takes the author from a byline before the manifest, which fills the rest', () => {
		const byline = { path: 'c/byline.txt', bytes: encode(`Notes\n\nBy Jane Doe\n\n${docker}`) };
		const manifest = new Map([
			[
				'c/byline.txt',
				{
					title: null,
					author: 'Someone Else',
					publisher: 'Blog',
					url: null,
					published: null,
					format: null,
					events: []
				}
			]
		]);
		const r = ingest([byline], TAXONOMY, { manifest });
		expect(r.sources.map((s) => [s.author, s.publisher])).toEqual([['Jane Doe', 'Blog']]);
		expect(r.passages.some((p) => p.text.includes('Jane Doe'))).toBe(false);
	});
});

describe('ambiguous names across a document', () => {
	const envoyDoc = `# EnvoyCon 2019 notes

Envoy wants help from the community with reviews.

Lyft runs Envoy next to Istio on every node.

We walked along the harbor; everyone was in flux.

Vault came up again and again.
`;
	const mentionsOf = (text: string, path = 'envoy.md') => {
		const r = ingest([{ path, bytes: encode(text) }], TAXONOMY);
		return r.passages.map((p) =>
			r.mentions.filter((m) => m.passage_id === p.id).map((m) => m.surface)
		);
	};

	it('a capitalised name counts once the document names the project with evidence, before or after', () => {
		expect(mentionsOf(envoyDoc)).toEqual([['Envoy'], ['Envoy', 'Istio'], [], []]);
	});

	it('not without that evidence elsewhere', () => {
		expect(mentionsOf('# Notes\n\nEnvoy wants help from the community.\n')).toEqual([[]]);
	});

	it('themes follow the mentions that were added', () => {
		const r = ingest([{ path: 'envoy.md', bytes: encode(envoyDoc) }], TAXONOMY);
		const first = r.passages[0]!.id;
		expect(r.passageThemes.filter((t) => t.passage_id === first).length).toBeGreaterThan(0);
		expect(r.mentions.map((m) => m.passage_id)).toEqual(
			[...r.mentions.map((m) => m.passage_id)].sort((a, b) => a - b)
		);
	});
});

describe('addDocuments', () => {
	it('adds a recap on top of an existing result, continuing the ids', () => {
		const base = ingest(inputs(), TAXONOMY);
		const extra = `# KubeCon NA 2019 in San Diego\n\nCilium was everywhere, and Istio too.\n`;
		const r = addDocuments(base, [{ path: 'mine.md', bytes: encode(extra) }]);
		expect(r.sources.at(-1)).toMatchObject({ id: 3, path: 'mine.md' });
		expect(r.passages.at(-1)).toMatchObject({
			id: base.passages.length + 1,
			event_id: 'kubecon-na-2019'
		});
		expect(base.sources).toHaveLength(2);
		const again = addDocuments(r, [{ path: 'mine.md', bytes: encode(extra) }]);
		expect(again.sources).toHaveLength(3);
		expect(again.warnings.at(-1)).toMatchObject({
			file: 'mine.md',
			message: expect.stringMatching(/already/)
		});
	});
});
