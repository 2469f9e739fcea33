/**
 * Editions of KubeCon and DockerCon after the catalog's years ("KubeCon + CloudNativeCon Europe
 * 2022 in Valencia", "KubeCon NA 2023", "DockerCon 2022") are created from what the text says,
 * under the catalog's id scheme and naming: every spelling of one edition, in one document or
 * several, is one event.
 */
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/lib/ingest/pipeline';
import { projectTaxonomy as taxonomy } from './projectTaxonomy';

const doc = (path: string, ...lines: string[]) => ({
	path,
	bytes: new TextEncoder().encode(lines.join('\n'))
});

function run(...docs: ReturnType<typeof doc>[]) {
	const r = ingest(docs, taxonomy);
	const created = r.events.filter((e) => e.in_catalog === 0);
	return { r, created, events: r.passages.map((p) => p.event_id) };
}

describe('an edition of a catalog series after the catalog', () => {
	it('is one event however recaps spell it, with the city and days one of them gives', () => {
		const { created, events } = run(
			doc(
				'valencia.md',
				'---',
				'title: "KubeCon + CloudNativeCon Europe 2022 in Valencia"',
				'date: 2022-05-25',
				'---',
				'',
				'KubeCon + CloudNativeCon Europe 2022 in Valencia (May 16–20, 2022) was the first big',
				'in-person KubeCon in Europe since 2019.'
			),
			doc(
				'notes.md',
				'# My KubeCon EU 2022 notes',
				'',
				'The dockershim removal was the talk of KubeCon EU 2022.'
			),
			doc('chicago.md', '# KubeCon NA 2023 Chicago recap', '', 'About 12,000 people came.'),
			doc('detroit.md', '# KubeCon North America 2023', '', 'The Cilium talks were packed.')
		);
		// Before: kubecon-cloudnativecon-europe-2022, kubecon-eu-2022, kubecon-na-2023 and
		// kubecon-north-america-2023, four events for two editions.
		expect(events).toEqual([
			'kubecon-na-2023',
			'kubecon-na-2023',
			'kubecon-eu-2022',
			'kubecon-eu-2022'
		]);
		expect(created.map((e) => [e.id, e.name, e.region, e.city, e.start_date])).toEqual([
			[
				'kubecon-na-2023',
				'KubeCon + CloudNativeCon North America 2023',
				'north-america',
				'Chicago',
				null
			],
			[
				'kubecon-eu-2022',
				'KubeCon + CloudNativeCon Europe 2022',
				'europe',
				'Valencia',
				'2022-05-16'
			]
		]);
	});

	it('takes its region from its city when the name gives none', () => {
		const { created, events } = run(
			doc('paris.md', '# Notes', '', 'We were at KubeCon 2024 in Paris, March 19–22.')
		);
		expect(events).toEqual(['kubecon-eu-2024']);
		expect(created).toMatchObject([
			{ name: 'KubeCon + CloudNativeCon Europe 2024', city: 'Paris', start_date: '2024-03-19' }
		]);
	});

	it('named by a city where no catalog edition was, without a year: the post’s year', () => {
		const { created, events } = run(
			doc(
				'detroit.md',
				'---',
				'title: "Back from KubeCon"',
				'date: 2022-10-30',
				'---',
				'',
				'Last week I was at KubeCon North America in Detroit.',
				'',
				'The Argo talks were packed.'
			)
		);
		// Before, no edition: "the document names a conference series but no edition".
		expect(events).toEqual(['kubecon-na-2022', 'kubecon-na-2022']);
		expect(created).toMatchObject([{ id: 'kubecon-na-2022', city: 'Detroit', year: 2022 }]);
	});

	it('is not made up in a year the catalog covers', () => {
		// The catalog holds 2019's editions, none in Chicago: no "KubeCon NA 2019" in Chicago.
		const { created } = run(
			doc(
				'chicago.md',
				'---',
				'title: "Notes"',
				'date: 2019-06-01',
				'---',
				'',
				'I hope KubeCon comes to Chicago one day; KubeCon Chicago would be easy for us.'
			)
		);
		expect(created).toEqual([]);
	});

	it('DockerCon of a year after the catalog is dockercon-<year>', () => {
		const { created } = run(
			doc('dc.md', '# DockerCon 2022 recap', '', 'DockerCon 2022 was held online on May 10, 2022.')
		);
		expect(created).toMatchObject([
			{ id: 'dockercon-2022', name: 'DockerCon 2022', start_date: '2022-05-10' }
		]);
	});
});

describe('a heading naming a city, in a look back on a year after the catalog', () => {
	it('is the edition of the series held there that year', () => {
		const { created, events } = run(
			doc(
				'season.md',
				'---',
				'title: "My 2022 conference season"',
				'date: 2022-12-15',
				'---',
				'',
				'This year I went to two KubeCons: Valencia in May and Detroit in October.',
				'',
				'## Valencia',
				'',
				'Sunny, crowded, and full of eBPF talks.',
				'',
				'## Detroit',
				'',
				'Cold, but the Argo and Flux talks were excellent.'
			)
		);
		// Before, no passage had an edition: the catalog held none of 2022, none in either city.
		expect(events.slice(1)).toEqual(['kubecon-eu-2022', 'kubecon-na-2022']);
		expect(created.map((e) => [e.id, e.city])).toEqual([
			['kubecon-eu-2022', 'Valencia'],
			['kubecon-na-2022', 'Detroit']
		]);
	});

	it('is left alone in a year the catalog covers', () => {
		const { created, events } = run(
			doc(
				'season.md',
				'---',
				'title: "My KubeCon year"',
				'date: 2019-12-15',
				'---',
				'',
				'KubeCon this year was great.',
				'',
				'## Valencia',
				'',
				'A side trip after the conference.'
			)
		);
		expect(created).toEqual([]);
		expect(events[1]).toBeNull();
	});
});

describe('the verb after the name of an edition after the catalog', () => {
	it('gives its city and its day, as it does a gathering’s', () => {
		const { created, events } = run(
			doc(
				'digest.md',
				'---',
				'title: "Cloud native digest #42"',
				'date: 2022-05-23',
				'---',
				'',
				'## KubeCon Europe 2022',
				'',
				'KubeCon + CloudNativeCon Europe 2022 took place in Valencia last week.',
				'',
				'## DockerCon 2022',
				'',
				'DockerCon 2022 ran online on May 10.'
			)
		);
		expect(events).toEqual(['kubecon-eu-2022', 'dockercon-2022']);
		// Before, neither had a city or a day: the headings named them first, without.
		expect(created.map((e) => [e.id, e.city, e.start_date])).toEqual([
			['kubecon-eu-2022', 'Valencia', null],
			['dockercon-2022', null, '2022-05-10']
		]);
	});
});
