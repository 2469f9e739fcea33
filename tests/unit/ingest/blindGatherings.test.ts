/**
 * Gatherings outside the catalog in recap shapes written blind (event attribution): a meetup or
 * a co-located day dated by its lead, named bare in a heading and fully in its notes, held in two
 * cities under one name.
 */
import { describe, expect, it } from 'vitest';
import { compileEventIndex } from '../../../src/lib/ingest/eventRefs';
import { ingest } from '../../../src/lib/ingest/pipeline';
import { ingestText } from './fixtureIngest';
import { projectTaxonomy } from './projectTaxonomy';

describe('a meetup dated by the words that open its sentence', () => {
	const created = (text: string) =>
		ingestText('meetup.md', text).events.filter((e) => e.in_catalog === 0);

	it('"On 9 October 2018 we hosted our fifth Cloud Native Vienna meetup": that day', () => {
		const text = [
			'---',
			'title: "Cloud Native Vienna meetup #5"',
			'date: 2018-10-11',
			'---',
			'',
			'On 9 October 2018 we hosted our fifth Cloud Native Vienna meetup, with 60 people.',
			'',
			'The first talk was about Linkerd.'
		].join('\n');
		expect(created(text)).toMatchObject([
			{ name: 'Cloud Native Vienna meetup (October 2018)', start_date: '2018-10-09' }
		]);
	});

	it('not a date that opens a sentence naming another edition first', () => {
		const index = compileEventIndex(projectTaxonomy.events);
		const dated = (text: string) =>
			index.findRefs(text).map((r) => [r.external?.name, r.external?.month ?? null]);
		expect(
			dated('On 11 December 2018 at KubeCon Seattle 2018 we met the Cloud Native Vienna meetup.')
		).toEqual([
			[undefined, null],
			['Cloud Native Vienna meetup', null]
		]);
		expect(
			dated('On 11 December 2018 we finally met the whole Cloud Native Vienna meetup.')
		).toEqual([['Cloud Native Vienna meetup', 12]]);
	});
});

describe('a gathering headed by its bare name, dated in its notes with region and year', () => {
	it('"## Cloud Native Rejekts" over "Cloud Native Rejekts NA 2019 took place on November 16–17"', () => {
		const text = [
			'---',
			'title: "A long weekend in San Diego"',
			'date: 2019-11-24',
			'---',
			'',
			'Two community days before KubeCon + CloudNativeCon North America 2019.',
			'',
			'## Cloud Native Rejekts',
			'',
			'Cloud Native Rejekts NA 2019 took place on November 16–17, in a hotel near the harbour.',
			'',
			'## KubeCon itself',
			'',
			'From Tuesday on I attended KubeCon + CloudNativeCon North America 2019.'
		].join('\n');
		const r = ingestText('post.md', text);
		expect(r.events.filter((e) => e.in_catalog === 0)).toMatchObject([
			{
				id: 'cloud-native-rejekts-2019',
				name: 'Cloud Native Rejekts (November 2019)',
				start_date: '2019-11-16',
				end_date: '2019-11-17'
			}
		]);
	});
});

describe('the document’s own gathering, dated by its lead', () => {
	const created = (title: string, lead: string, date = '2020-02-14') =>
		ingestText(
			'meetup.md',
			[
				'---',
				`title: "${title}"`,
				`date: ${date}`,
				'---',
				'',
				lead,
				'',
				'Pizza and two talks.'
			].join('\n')
		).events.filter((e) => e.in_catalog === 0);

	it('"Our February meetup on 12 February 2020 was hosted by …" under the group’s title', () => {
		expect(
			created(
				'Cloud Native Lisbon meetup, February edition',
				'Our February meetup on 12 February 2020 was hosted by a bank, with 90 people.'
			)
		).toMatchObject([
			{ name: 'Cloud Native Lisbon meetup (February 2020)', start_date: '2020-02-12' }
		]);
		expect(
			created(
				'Helm Summit EU 2020',
				'This year the summit ran on February 10-11 in a cinema.',
				'2020-02-20'
			)
		).toMatchObject([{ start_date: '2020-02-10', end_date: '2020-02-11' }]);
	});

	it('not a date in a sentence about something else, nor one after publication', () => {
		expect(
			created(
				'Cloud Native Lisbon meetup, February edition',
				'The venue opened on 3 February 2020. Our meetup had 90 people.'
			)[0]!.start_date
		).toBeNull();
		expect(
			created(
				'Cloud Native Lisbon meetup, February edition',
				'Our next meetup is on 20 February 2020.'
			)[0]!.start_date
		).toBeNull();
	});
});

describe('a gathering’s recap that ends on the conference it was held beside', () => {
	const recap = (closing: string) =>
		ingestText(
			'smc.md',
			[
				'---',
				'title: "ServiceMeshCon EU 2021 recap"',
				'date: 2021-05-10',
				'---',
				'',
				'ServiceMeshCon EU 2021 was held virtually on May 4, as a day-zero event of KubeCon + CloudNativeCon Europe 2021.',
				'',
				'The talk "Linkerd at scale" by Kevin Leimkuhler (Buoyant) was the highlight.',
				'',
				closing
			].join('\n')
		);

	it('the passages before a closing note on KubeCon stay on the gathering, with their talk', () => {
		const r = recap('KubeCon itself ran from May 4 to 7.');
		expect(r.passages.map((p) => p.event_id).slice(0, 2)).toEqual([
			'servicemeshcon-eu-2021-05',
			'servicemeshcon-eu-2021-05'
		]);
		expect(r.talks.map((t) => t.event_id)).toEqual(['servicemeshcon-eu-2021-05']);
	});

	it('an opening moved to the edition the next passage turns to takes its talks along', () => {
		const r = ingestText(
			'notes.md',
			[
				'---',
				'title: "DockerCon notes"',
				'date: 2015-06-30',
				'tags: [dockercon-2015]',
				'---',
				'',
				'I loved "Whale riding with Compose" by Jane Roe (Acme), a short demo.',
				'',
				'The DockerCon Europe 2014 keynote, by Adrian Cockcroft, was where I first heard of it.'
			].join('\n')
		);
		const whale = r.talks.find((t) => t.title === 'Whale riding with Compose')!;
		expect(whale.event_id).toBe(r.passages[0]!.event_id);
	});
});

describe('one gathering’s name, two cities, two documents', () => {
	const doc = (path: string, lines: string[]) => ({
		path,
		bytes: new TextEncoder().encode(lines.join('\n'))
	});
	const r = ingest(
		[
			doc('a-san-diego.md', [
				'---',
				'title: "Before KubeCon + CloudNativeCon North America 2019"',
				'date: 2019-11-25',
				'---',
				'',
				'## Cloud Native Rejekts',
				'',
				'Two days of rejected talks, in a hotel by the harbour.'
			]),
			doc('b-barcelona.md', [
				'---',
				'title: "Before KubeCon + CloudNativeCon Europe 2019"',
				'date: 2019-05-27',
				'---',
				'',
				'## Cloud Native Rejekts',
				'',
				'Two days of rejected talks, in a theatre near the beach.'
			])
		],
		projectTaxonomy
	);

	it('are two events: the second document’s passages are not at the first one’s city', () => {
		const rejekts = r.events.filter((e) => e.name.startsWith('Cloud Native Rejekts'));
		expect(rejekts.map((e) => [e.id, e.city])).toEqual([
			['cloud-native-rejekts-2019', 'San Diego'],
			['cloud-native-rejekts-barcelona-2019', 'Barcelona']
		]);
		expect(r.passages.map((p) => p.event_id)).toEqual([
			'cloud-native-rejekts-2019',
			'cloud-native-rejekts-barcelona-2019'
		]);
		expect(r.sections.filter((s) => s.heading).map((s) => s.event_id)).toEqual([
			'cloud-native-rejekts-2019',
			'cloud-native-rejekts-barcelona-2019'
		]);
	});
});
