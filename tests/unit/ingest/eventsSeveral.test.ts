import { describe, expect, it } from 'vitest';
import { attributeEvents } from '../../../src/lib/ingest/events';
import { compileEventIndex } from '../../../src/lib/ingest/eventRefs';
import { ingest } from '../../../src/lib/ingest/pipeline';
import { CATALOG, TAXONOMY, encode, makeDoc, type SectionSpec } from './extractionFixtures';

const index = compileEventIndex(CATALOG);

const THREE = 'KubeCon EU 2019, KubeCon China 2019 and KubeCon NA 2019';
const SEVERAL =
	'the document covers several editions alike (kubecon-eu-2019, kubecon-cn-2019, kubecon-na-2019); nothing ties this passage to one of them';

function attribute(spec: Parameters<typeof makeDoc>[0]) {
	const got = attributeEvents(makeDoc(spec), index);
	return {
		ids: got.passageEvents.map((s) => s.map((p) => p.eventId)),
		reasons: got.passageEvents.flat().map((p) => p.reason),
		sections: got.sectionEvents
	};
}

/** A recap of three editions: a lead, one passage on one of them, notes, a heading of another. */
const sections = (lead: string[]): SectionSpec[] => [
	{
		passages: [
			...lead,
			'I took notes at every keynote I could get into.',
			'At KubeCon China 2019 the keynotes were translated live.',
			'The hallway track was as good as ever.'
		]
	},
	{ heading: 'Helm', level: 2, passages: ['Helm 3 removed Tiller.'] },
	{ heading: 'KubeCon NA 2019', level: 2, passages: ['The Contributor Summit was packed.'] }
];

describe('a document that names three editions alike', () => {
	it('has no default edition when its title lists them: only what a passage or heading names', () => {
		// Before, the one passage on KubeCon China tipped the balance: every passage without a
		// clue (the introduction, the notes on Helm) went to KubeCon China 2019.
		const got = attribute({ title: `Notes from ${THREE}`, sections: sections([]) });
		expect(got.ids).toEqual([
			[null, 'kubecon-cn-2019', 'kubecon-cn-2019'],
			[null],
			['kubecon-na-2019']
		]);
		expect(got.reasons[0]).toBe(SEVERAL);
		expect(got.reasons[3]).toBe(SEVERAL);
		expect(got.sections).toEqual(['kubecon-cn-2019', null, 'kubecon-na-2019']);
	});

	it('nor when its first passage lists them; that passage is about none of them', () => {
		// Before, the list went to its first edition, KubeCon EU 2019, and so did the passages after it.
		const got = attribute({
			title: 'Conference notes',
			sections: sections([`This year I went to ${THREE}.`])
		});
		expect(got.ids).toEqual([
			[null, null, 'kubecon-cn-2019', 'kubecon-cn-2019'],
			[null],
			['kubecon-na-2019']
		]);
		expect(got.reasons.slice(0, 2)).toEqual([SEVERAL, SEVERAL]);
	});
});

describe('three editions alike in the tags', () => {
	it('are no default either', () => {
		const got = attribute({
			title: 'Conference notes',
			frontMatter: { tags: ['KubeCon EU 2019', 'KubeCon China 2019', 'KubeCon NA 2019'] },
			sections: sections([])
		});
		expect(got.ids).toEqual([
			[null, 'kubecon-cn-2019', 'kubecon-cn-2019'],
			[null],
			['kubecon-na-2019']
		]);
		expect(got.reasons[0]).toBe(SEVERAL);
	});
});

describe('a list whose items open with one edition each', () => {
	it('is a list of three editions alike too', () => {
		const md =
			'# My 2019 conferences\n\n- KubeCon EU 2019 in Barcelona: great keynotes.\n- KubeCon China 2019 in Shanghai: smaller and friendly.\n- KubeCon NA 2019 in San Diego: huge.\n\nAt KubeCon China 2019 the keynotes were translated live.\n\n## Helm\n\nHelm 3 removed Tiller.\n';
		const r = ingest([{ path: 'a.md', bytes: encode(md) }], TAXONOMY);
		// Before, the passage on KubeCon China tipped the balance and "Helm" went to it.
		expect(r.passages.map((p) => p.event_id)).toEqual([
			'kubecon-eu-2019',
			'kubecon-cn-2019',
			'kubecon-na-2019',
			'kubecon-cn-2019',
			null
		]);
		expect(r.passages.at(-1)!.unattributed_reason).toBe(SEVERAL);
	});
});

describe('one edition still dominates a document that lists three', () => {
	/** The passages without a clue: the lead's notes, and those under "Helm". */
	const unclued = (spec: Partial<Parameters<typeof makeDoc>[0]>, lead: string[] = []) => {
		const { ids } = attribute({
			title: 'Conference notes',
			...spec,
			sections: [
				{ passages: [...lead, 'I took notes at every keynote I could get into.'] },
				{ heading: 'Helm', level: 2, passages: ['Helm 3 removed Tiller.'] },
				{ heading: 'KubeCon NA 2019', level: 2, passages: ['The summit was packed.'] }
			]
		});
		return [ids[0]!.at(-1), ids[1]![0]];
	};

	it('by its title', () => {
		const ids = unclued({ title: 'KubeCon EU 2019 recap' }, [`This year I went to ${THREE}.`]);
		expect(ids).toEqual(['kubecon-eu-2019', 'kubecon-eu-2019']);
	});

	it('by the front matter', () => {
		const title = `Notes from ${THREE}`;
		expect(unclued({ title, frontMatter: { event: 'kubecon-eu-2019' } })).toEqual([
			'kubecon-eu-2019',
			'kubecon-eu-2019'
		]);
		expect(unclued({ title, frontMatter: { tags: ['kubecon-eu-2019'] } })).toEqual([
			'kubecon-eu-2019',
			'kubecon-eu-2019'
		]);
	});

	it('by the lead, when it names that edition before the list', () => {
		const ids = unclued({}, [
			'Back from KubeCon EU 2019 in Barcelona!',
			`This year I also went to ${THREE}.`
		]);
		expect(ids).toEqual(['kubecon-eu-2019', 'kubecon-eu-2019']);
	});

	it('by its first heading', () => {
		const got = attribute({
			title: `Notes from ${THREE}`,
			sections: [
				{ heading: 'KubeCon EU 2019 in Barcelona', level: 1, passages: ['We arrived on Sunday.'] },
				{ heading: 'Helm', level: 2, passages: ['Helm 3 removed Tiller.'] }
			]
		});
		expect(got.ids).toEqual([['kubecon-eu-2019'], ['kubecon-eu-2019']]);
	});

	it('by most references', () => {
		const got = attribute({
			title: `Notes from ${THREE}`,
			sections: [
				{
					passages: [
						'KubeCon NA 2019 was the biggest yet.',
						'The KubeCon NA 2019 keynotes were great.',
						'KubeCon NA 2019 had a huge expo hall.'
					]
				},
				{ heading: 'Helm', level: 2, passages: ['Helm 3 removed Tiller.'] }
			]
		});
		expect(got.ids).toEqual([
			['kubecon-na-2019', 'kubecon-na-2019', 'kubecon-na-2019'],
			['kubecon-na-2019']
		]);
	});
});

describe('a shortened list of three editions', () => {
	it.each([
		'KubeCon EU 2019, China 2019 and NA 2019',
		'KubeCon Barcelona, Shanghai and San Diego (2019)',
		'KubeCon 2019 in Barcelona, Shanghai and San Diego'
	])('"%s" names each and is no default either', (list) => {
		const refs = index.findRefs(`Notes from ${list}`);
		expect(refs.map((r) => r.candidates)).toEqual([
			['kubecon-eu-2019'],
			['kubecon-cn-2019'],
			['kubecon-na-2019']
		]);
		const got = attribute({ title: `Notes from ${list}`, sections: sections([]) });
		expect(got.ids).toEqual([
			[null, 'kubecon-cn-2019', 'kubecon-cn-2019'],
			[null],
			['kubecon-na-2019']
		]);
		expect(got.reasons[0]).toBe(SEVERAL);
	});

	it.each([
		['At KubeCon Barcelona, London-based startups were everywhere', ['kubecon-eu-2019']],
		['KubeCon NA 2019, San Diego and Seattle', ['kubecon-na-2019']],
		['KubeCon EU 2019, Barcelona and Copenhagen', ['kubecon-eu-2019']]
	])('"%s" is one edition', (text, ids) => {
		expect(index.findRefs(text).map((r) => r.candidates)).toEqual([ids]);
	});
});

describe('front-matter tags written as slugs', () => {
	const md = (tags: string) =>
		`---\ntitle: Conference notes\ntags: ${tags}\n---\n\n# Notes\n\nI took notes at every keynote I could get into.\n\n## Helm\n\nHelm 3 removed Tiller.\n`;
	const run = (tags: string) => {
		const r = ingest([{ path: 'a.md', bytes: encode(md(tags)) }], TAXONOMY);
		return { ids: r.passages.map((p) => p.event_id), warnings: r.warnings.map((w) => w.message) };
	};

	it.each([
		['[kubecon-cn-2019]', 'kubecon-cn-2019'],
		['[kubecon-china-2019]', 'kubecon-cn-2019'],
		['[kubecon_eu_2019]', 'kubecon-eu-2019'],
		['[kccnceu19]', 'kubecon-eu-2019'],
		['[kubecon, cn, 2019]', 'kubecon-cn-2019']
	])('%s names %s', (tags, id) => {
		expect(run(tags)).toEqual({ ids: [id, id], warnings: [] });
	});

	it('three of them are three editions alike', () => {
		const got = run('[kubecon-cn-2019, kubecon-eu-2019, kubecon-na-2019]');
		expect(got.ids).toEqual([null, null]);
		expect(got.warnings).toEqual([
			`no recognisable event: ${SEVERAL.replace(
				'kubecon-eu-2019, kubecon-cn-2019',
				'kubecon-cn-2019, kubecon-eu-2019'
			)}`
		]);
	});

	it('a slug of an edition the catalog lacks is still reported', () => {
		expect(run('[kubecon-mars-2030]').warnings).toContain(
			'front matter tag "kubecon-mars-2030" names an event that is not in the catalog'
		);
	});
});
