import { describe, expect, it } from 'vitest';
import { attributeEvents } from '../../../src/lib/ingest/events';
import { compileEventIndex } from '../../../src/lib/ingest/eventRefs';
import { ingest } from '../../../src/lib/ingest/pipeline';
import { CATALOG, encode, makeDoc } from './extractionFixtures';
import { projectTaxonomy } from './projectTaxonomy';

const index = compileEventIndex(CATALOG);

describe('a post with one heading per edition', () => {
	const spec = {
		title: 'My 2019 conference year',
		published: '2019-12-30',
		sections: [
			{ passages: ['I went to three conferences this year. A short note on each.'] },
			{
				heading: 'KubeCon EU 2019 Barcelona',
				level: 2,
				passages: ['The Fira Gran Via was enormous.']
			},
			{ heading: 'Favourite talk', level: 3, passages: ['The Linkerd and Istio debate.'] },
			{
				heading: 'KubeCon NA 2019',
				level: 2,
				passages: [
					'San Diego was sunny. The Contributor Summit was packed and Helm 3 was released.'
				]
			},
			{
				heading: 'Cloud Native Rejekts 2019',
				level: 2,
				passages: ['Great talks that did not make the main program.']
			}
		]
	};
	const doc = makeDoc(spec);

	it('gives the introduction no edition: what a section under a heading names is that section’s', () => {
		const { passageEvents } = attributeEvents(doc, index);
		// Before, "The Contributor Summit was packed" (under KubeCon NA 2019) won the document's
		// default, and the introduction and that passage went to the summit.
		expect(passageEvents.map((s) => s.map((p) => p.eventId))).toEqual([
			[null],
			['kubecon-eu-2019'],
			['kubecon-eu-2019'],
			['kubecon-na-2019'],
			['cloud-native-rejekts-2019']
		]);
		expect(passageEvents[0]![0]!.reason).toBe(
			'the document covers several editions, one per heading, and this passage is under none'
		);
	});

	it('an introduction that names an edition itself still gets it', () => {
		const named = makeDoc({
			...spec,
			sections: [
				{ passages: ['Back from KubeCon EU 2019 in Barcelona.'] },
				...spec.sections.slice(1)
			]
		});
		expect(attributeEvents(named, index).passageEvents[0]![0]!.eventId).toBe('kubecon-eu-2019');
	});
});

describe('a review whose paragraphs open with the edition they are about', () => {
	it('"KubeCon NA (San Diego, November): …" is a label: the paragraph is on that edition', () => {
		const doc = makeDoc({
			title: 'My 2019 in conferences',
			published: '2019-12-28',
			sections: [
				{
					passages: [
						'KubeCon EU (Barcelona, May): I gave a talk on Helm charts.',
						'KubeCon China (Shanghai, June): My first trip to China.',
						'KubeCon NA (San Diego, November): 12,000 people! Helm 3 was released.'
					]
				}
			]
		});
		expect(attributeEvents(doc, index).passageEvents[0]!.map((p) => p.eventId)).toEqual([
			'kubecon-eu-2019',
			'kubecon-cn-2019',
			'kubecon-na-2019'
		]);
	});

	it('not a name that merely opens a sentence', () => {
		const doc = makeDoc({
			title: 'KubeCon EU 2019 recap',
			sections: [
				{ passages: ['Barcelona was great.', 'KubeCon China is smaller, they say, but growing.'] }
			]
		});
		expect(attributeEvents(doc, index).passageEvents[0]!.map((p) => p.eventId)).toEqual([
			'kubecon-eu-2019',
			'kubecon-eu-2019'
		]);
	});
});

describe('the folder a document sits in', () => {
	it('names its edition ("kubecon-europe-2019/day-1.md") when the text does not', () => {
		const doc = makeDoc({
			path: 'notes/kubecon-europe-2019/day-1.md',
			title: 'Day 1',
			sections: [{ passages: ['Great keynotes today. Lots of Istio.'] }]
		});
		expect(attributeEvents(doc, index).passageEvents[0]![0]!.eventId).toBe('kubecon-eu-2019');
	});

	it('but the text wins over it', () => {
		const doc = makeDoc({
			path: 'kubecon-eu-2019/other.md',
			title: 'KubeCon NA 2019 recap',
			sections: [{ passages: ['San Diego was sunny.'] }]
		});
		expect(attributeEvents(doc, index).passageEvents[0]![0]!.eventId).toBe('kubecon-na-2019');
	});
});

describe('an edition named across front-matter tags', () => {
	it.each([
		[['KubeCon', 'EU', '2019']],
		[['kubecon', 'Barcelona']],
		[['kubecon', 'europe', '2019']]
	])('tags %j', (tags) => {
		const doc = makeDoc({
			title: 'My notes',
			frontMatter: { tags },
			sections: [{ passages: ['Great week, lots of service mesh talk.'] }]
		});
		expect(attributeEvents(doc, index).passageEvents[0]![0]!.eventId).toBe('kubecon-eu-2019');
	});
});

describe('slugs with region codes in lower case', () => {
	it.each([
		['kubecon-eu-19-notes.md', []],
		['notes.md', ['kubecon', 'eu', '2019']],
		['notes.md', ['kubecon-eu-2019']]
	])('path %s, tags %j', (path, tags) => {
		const doc = makeDoc({
			path,
			title: 'My notes',
			frontMatter: { tags },
			sections: [{ passages: ['Great week, lots of service mesh talk.'] }]
		});
		expect(attributeEvents(doc, index).passageEvents[0]![0]!.eventId).toBe('kubecon-eu-2019');
	});
});

describe('a heading that names a city edition held in several years', () => {
	it('"DockerCon SF (April 29 – May 2)" in a look back on 2019 heads DockerCon 2019', () => {
		// Before, the heading fitted four editions (2014, 2015, 2018, 2019) and its section, in a
		// post on several editions without a default one, went to none.
		const text = [
			'---',
			'title: My 2019 conference season',
			'date: 2019-12-20',
			'---',
			'',
			'This year: KubeCon EU in Barcelona, DockerCon SF and KubeCon NA in San Diego.',
			'',
			'## DockerCon SF (April 29 – May 2)',
			'',
			'The conference was back at Moscone. Docker Enterprise 3.0 was announced.',
			'',
			'## KubeCon EU in Barcelona',
			'',
			'Huge. OpenTelemetry was announced.',
			''
		].join('\n');
		const r = ingest([{ path: 'season.md', bytes: encode(text) }], projectTaxonomy);
		expect(r.passages.slice(1).map((p) => p.event_id)).toEqual([
			'dockercon-2019',
			'kubecon-eu-2019'
		]);
	});
});
