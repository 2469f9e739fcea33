/** Facts about the real sample corpus (data/corpus + data/taxonomy) after a full ingest. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/lib/ingest/pipeline';
import { parseSourcesManifest } from '../../../src/lib/ingest/taxonomy';
import type { IngestResult } from '../../../src/lib/ingest/types';
import { projectTaxonomy as taxonomy, readProjectFile as read, root } from './projectTaxonomy';
const corpus = join(root, 'data/corpus');
const inputs = readdirSync(corpus)
	.filter((f) => f !== 'sources.yaml')
	.map((f) => ({ path: f, bytes: new Uint8Array(readFileSync(join(corpus, f))) }));
const manifest = parseSourcesManifest(read('data/corpus/sources.yaml')).documents;

const withManifest = ingest(inputs, taxonomy, { manifest });
const textOnly = ingest(inputs, taxonomy);

function passagesOf(r: IngestResult, eventId: string) {
	return r.passages.filter((p) => p.event_id === eventId);
}
function projectsOf(r: IngestResult, eventId: string) {
	const ids = new Set(passagesOf(r, eventId).map((p) => p.id));
	return new Set(r.mentions.filter((m) => ids.has(m.passage_id)).map((m) => m.project_id));
}

describe.each([
	['with sources.yaml', withManifest],
	['from the text alone', textOnly]
])('the sample corpus (%s)', (_, r) => {
	it.each([
		['dockercon-eu-2014', 2014, 'Amsterdam'],
		['devops-chicago-meetup-2015-03', 2015, 'Chicago'],
		['kubecon-eu-2018', 2018, 'Copenhagen'],
		['kubecon-na-2019', 2019, 'San Diego'],
		['kubecon-na-2020', 2020, null],
		['kubecon-na-2021', 2021, 'Los Angeles']
	])('%s exists (%i, %s) and holds passages', (id, year, city) => {
		const event = r.events.find((e) => e.id === id);
		expect(event).toMatchObject({ year, city });
		expect(passagesOf(r, id).length).toBeGreaterThan(0);
	});

	it('the virtual and hybrid editions say so', () => {
		expect(r.events.find((e) => e.id === 'kubecon-na-2020')?.format).toBe('virtual');
		expect(r.events.find((e) => e.id === 'kubecon-na-2021')?.format).toBe('hybrid');
	});

	it('every passage has an event', () => {
		expect(r.passages.filter((p) => p.event_id === null)).toEqual([]);
	});

	it('each document lands on its own event(s)', () => {
		const bySource = new Map<string, Set<string | null>>();
		for (const p of r.passages) {
			const path = r.sources[p.source_id - 1]!.path;
			bySource.set(path, (bySource.get(path) ?? new Set()).add(p.event_id));
		}
		expect(Object.fromEntries([...bySource].map(([k, v]) => [k, [...v].sort()]))).toEqual({
			'000_69954d7bdab4379b.txt': ['kubecon-na-2020'],
			'001_0a10030ab7818b39.txt': [
				'devops-chicago-meetup-2015-03',
				'dockercon-eu-2014',
				'kubecon-na-2019'
			],
			'002_b9ef247de2ee7a41.txt': ['kubecon-na-2021'],
			'003_80732edc8b2f7a07.txt': ['kubecon-eu-2018'],
			'004_7fe01dbfe31ce9b6.txt': ['kubecon-na-2019']
		});
	});

	it('the multi-event post: Adrian’s keynote on DockerCon Europe 2014, Bridget’s talk on the meetup', () => {
		const on = (needle: string) => r.passages.find((p) => p.text.includes(needle))?.event_id;
		expect(on('the DockerCon Europe 2014 keynote, by Adrian Cockcroft')).toBe('dockercon-eu-2014');
		expect(on('Adrian’s Microservices talk')).toBe('dockercon-eu-2014');
		expect(on('Microservice Definition: Loosely coupled')).toBe('dockercon-eu-2014');
		expect(on('Bridget’s talk about how DramaFever')).toBe('devops-chicago-meetup-2015-03');
		expect(on('Development more consistent')).toBe('devops-chicago-meetup-2015-03');
		expect(on('Containerize all the things')).toBe('devops-chicago-meetup-2015-03');
		expect(on('Spinnaker Summit, now in its third year')).toBe('kubecon-na-2019');
		expect(on('Next kubecons will occur in Valencia')).toBe('kubecon-na-2021');
		expect(r.events.some((e) => /spinnaker|valencia|detroit/i.test(e.id))).toBe(false);
	});

	it.each([
		['kubecon-na-2019', ['cilium', 'calico', 'linkerd', 'openfaas', 'kubernetes']],
		['dockercon-eu-2014', ['docker']],
		['devops-chicago-meetup-2015-03', ['docker', 'jenkins', 'chef']],
		['kubecon-eu-2018', ['gvisor', 'istio', 'linkerd', 'prometheus']],
		['kubecon-na-2020', ['opentelemetry', 'kubernetes']],
		['kubecon-na-2021', ['flux', 'cilium', 'opentelemetry', 'linkerd']]
	])('%s discusses its own projects', (id, projects) => {
		const found = projectsOf(r, id);
		for (const p of projects) expect(found, p).toContain(p);
	});

	it('reads the byline of 000 as its author and publisher, not as a passage', () => {
		const source = r.sources.find((s) => s.path === '000_69954d7bdab4379b.txt')!;
		expect([source.author, source.publisher]).toEqual(['Daniel Bryant', 'Ambassador Labs']);
		const texts = r.passages.filter((p) => p.source_id === source.id).map((p) => p.text);
		expect(texts).not.toContain('Daniel Bryant Ambassador Labs');
		expect(texts.slice(0, 2)).toEqual([
			'Highlights and interesting stories from the CNCF flagship event',
			expect.stringMatching(/^The Ambassador Labs team and I have settled/)
		]);
	});

	it('talks land on their events', () => {
		const talk = (title: string) => r.talks.find((t) => t.title.startsWith(title));
		expect(talk('State of the Art in Microservices')).toMatchObject({
			event_id: 'dockercon-eu-2014',
			speakers: ['Adrian Cockcroft']
		});
		expect(talk('Docker in Production')).toMatchObject({
			event_id: 'devops-chicago-meetup-2015-03',
			speakers: ['Bridget Kromhout']
		});
		expect(talk('OpenFaaS Cloud + Linkerd')).toMatchObject({
			event_id: 'kubecon-na-2019',
			speakers: ['Charles Pretzer', 'Alex Ellis']
		});
	});
});

it('the manifest changes metadata, not attribution', () => {
	expect(withManifest.passages).toEqual(textOnly.passages);
	expect(withManifest.talks).toEqual(textOnly.talks);
});
