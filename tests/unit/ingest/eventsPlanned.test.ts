/**
 * Editions held otherwise than planned (KubeCon Europe 2020: Amsterdam, 30 March – 2 April 2020,
 * postponed and held online in August; KubeCon NA 2020: Boston, held online on the same days):
 * recaps written before the change name the planned city and days, and still mean that edition.
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from './fixtureIngest';
import { projectTaxonomy } from './projectTaxonomy';

const eventsOf = (text: string) => ingestText('preview.md', text).passages.map((p) => p.event_id);

describe('the catalog says where and when an edition held otherwise was planned', () => {
	it('KubeCon Europe 2020 was planned for Amsterdam, 30 March – 2 April 2020', () => {
		const e = projectTaxonomy.events.find((x) => x.id === 'kubecon-eu-2020')!;
		expect(e.city).toBeNull();
		expect(e.planned).toEqual({
			city: 'Amsterdam',
			country: 'Netherlands',
			start_date: '2020-03-30',
			end_date: '2020-04-02'
		});
	});
});

describe('a recap naming the planned city or days of an edition', () => {
	it('"KubeCon Europe (Amsterdam, March 30 – April 2)" without a year is KubeCon EU 2020', () => {
		// Before, no edition was held in Amsterdam: the reference named none, and nor did the post.
		const got = eventsOf(
			[
				'---',
				'title: "Our schedule for KubeCon Europe"',
				'date: 2020-02-10',
				'---',
				'',
				'KubeCon + CloudNativeCon Europe (Amsterdam, March 30 – April 2) is around the corner.',
				'',
				'Come and see our talk on the Wednesday.'
			].join('\n')
		);
		expect(got).toEqual(['kubecon-eu-2020', 'kubecon-eu-2020']);
	});

	it('a schedule dated on the planned days is at that edition', () => {
		const got = eventsOf(
			[
				'# Talks we are looking forward to at KubeCon',
				'',
				'| Date | Time | Title | Speaker |',
				'|---|---|---|---|',
				'| 2020-03-31 | 10:30 | Scaling Prometheus | Jane Doe |',
				'| 2020-04-01 | 14:00 | Envoy at scale | John Roe |'
			].join('\n')
		);
		expect(got).toEqual(['kubecon-eu-2020', 'kubecon-eu-2020']);
	});

	it('a heading that is one of the planned days names that edition', () => {
		const got = eventsOf(
			[
				'# Conference diary',
				'',
				'## March 31, 2020',
				'',
				'Day one of KubeCon opened with keynotes on Kubernetes.',
				'',
				'## April 1, 2020',
				'',
				'Day two had the Linkerd deep dive.'
			].join('\n')
		);
		expect(got).toEqual(['kubecon-eu-2020', 'kubecon-eu-2020']);
	});

	it('"Amsterdam 2020" among the cities of a look back is that edition', () => {
		const got = eventsOf(
			[
				'---',
				'title: "My three KubeCons"',
				'date: 2020-09-01',
				'---',
				'',
				'I have been to three KubeCons: Barcelona 2019, San Diego 2019 and Amsterdam 2020.',
				'',
				'## Barcelona 2019',
				'',
				'Huge crowds and many Prometheus talks.',
				'',
				'## San Diego 2019',
				'',
				'Over twelve thousand people.',
				'',
				'## Amsterdam 2020',
				'',
				'Virtual, of course, but the talks were good.'
			].join('\n')
		);
		// (Before, the document fitted three editions, Amsterdam's none: its section had no event.)
		expect(got.slice(1)).toEqual(['kubecon-eu-2019', 'kubecon-na-2019', 'kubecon-eu-2020']);
	});

	it('a KubeCon post naming Amsterdam, written in the weeks before the planned days', () => {
		const got = eventsOf(
			[
				'---',
				'title: "Getting ready for KubeCon"',
				'date: 2020-03-02',
				'---',
				'',
				'In four weeks our whole team flies to Amsterdam for KubeCon.',
				'',
				'We will give two talks about Flux.'
			].join('\n')
		);
		expect(got).toEqual(['kubecon-eu-2020', 'kubecon-eu-2020']);
	});
});

describe('the planned city, named without a year, once the edition was held elsewhere', () => {
	const post = (date: string) =>
		ingestText(
			'amsterdam.md',
			[
				'---',
				'title: "KubeCon Amsterdam: unsere Highlights"',
				`date: ${date}`,
				'---',
				'',
				'Letzte Woche waren wir auf der KubeCon in Amsterdam, mit über 10.000 Teilnehmern.',
				'',
				'Platform Engineering war überall.'
			].join('\n')
		);

	it('is the edition held there in the year of a post written years later', () => {
		// Before, the alias "KubeCon Amsterdam" took the post to KubeCon Europe 2020 (online).
		const r = post('2023-04-25');
		expect(r.passages.map((p) => p.event_id)).toEqual(['kubecon-eu-2023', 'kubecon-eu-2023']);
		expect(r.events.filter((e) => e.in_catalog === 0)).toMatchObject([
			{ id: 'kubecon-eu-2023', city: 'Amsterdam', year: 2023 }
		]);
	});

	it('is still KubeCon Europe 2020 in a post of its season', () => {
		const r = post('2020-09-01');
		expect(r.passages.map((p) => p.event_id)).toEqual(['kubecon-eu-2020', 'kubecon-eu-2020']);
	});
});
