/**
 * Editions in recap shapes written blind (event attribution): a look back over a series' years
 * with one paragraph per edition, each opening on a year and a city.
 */
import { describe, expect, it } from 'vitest';
import { compileEventIndex } from '../../../src/lib/ingest/eventRefs';
import { ingest } from '../../../src/lib/ingest/pipeline';
import { ingestText } from './fixtureIngest';
import { projectTaxonomy } from './projectTaxonomy';

const events = (text: string) => ingestText('post.md', text).passages.map((p) => p.event_id);

describe('a paragraph labelled by a year and the city of that year’s edition', () => {
	const retrospective = [
		'---',
		'title: Four DockerCons later',
		'date: 2019-05-12',
		'---',
		'',
		'DockerCon 2019 is over, and it was my fourth. A look back, one paragraph a year.',
		'',
		'**2016, Seattle.** Swarm mode was built into the engine, and the demo worked first time.',
		'',
		'**2017 (Austin):** Moby and LinuxKit, and multi-stage builds everywhere.',
		'',
		'**San Francisco, 2018** – Kubernetes came to Docker Desktop.',
		'',
		'**2019 – San Francisco:** Docker Enterprise 3.0 and the developer experience.'
	].join('\n');

	it('"2016, Seattle.", "2017 (Austin):", "San Francisco, 2018 –" each go to their edition', () => {
		expect(events(retrospective)).toEqual([
			'dockercon-2019',
			'dockercon-2016',
			'dockercon-2017',
			'dockercon-2018',
			'dockercon-2019'
		]);
	});

	it('not a year and city that open a sentence, nor a city without that year’s edition', () => {
		const text = [
			'---',
			'title: Four DockerCons later',
			'date: 2019-05-12',
			'---',
			'',
			'DockerCon 2019 is over, and it was my fourth.',
			'',
			'2016, Seattle was rainy and I missed half the keynote.',
			'',
			'2017, Berlin: I skipped DockerCon for a Go meetup.'
		].join('\n');
		expect(events(text)).toEqual(['dockercon-2019', 'dockercon-2019', 'dockercon-2019']);
	});
});

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

describe('a list of the editions to come, under "Upcoming events:"', () => {
	const release = (lead: string[]) =>
		[
			'# CNCF welcomes 20 new members at KubeCon + CloudNativeCon Europe 2019',
			'',
			'BARCELONA, May 21, 2019 — The foundation today announced 20 new members at KubeCon + CloudNativeCon Europe 2019, held at the Fira Gran Via.',
			'',
			...lead,
			'- KubeCon + CloudNativeCon China 2019, Shanghai, June 24–26, 2019',
			'- KubeCon + CloudNativeCon North America 2019, San Diego, November 18–21, 2019',
			'',
			'About the foundation: it hosts Kubernetes and Prometheus.'
		].join('\n');

	it('a press release’s footer announces them: its items stay on the release’s edition', () => {
		expect(new Set(events(release(['Upcoming events:', ''])))).toEqual(
			new Set(['kubecon-eu-2019'])
		);
		expect(new Set(events(release(['## Save the dates', ''])))).toEqual(
			new Set(['kubecon-eu-2019'])
		);
		expect(new Set(events(release(['Prochains événements :', ''])))).toEqual(
			new Set(['kubecon-eu-2019'])
		);
	});

	it('a digest that covers no edition of its own lists the coming ones as its news', () => {
		const digest = [
			'# Weekly links',
			'',
			'Upcoming events:',
			'',
			'- KubeCon Europe 2019, Barcelona',
			'- DockerCon 2019, San Francisco'
		];
		expect(events(digest.join('\n')).slice(-2)).toEqual(['kubecon-eu-2019', 'dockercon-2019']);
	});

	it('a heading that says no such thing leaves each item at its edition', () => {
		expect(events(release(['## The future of cloud native', '']))).toContain('kubecon-cn-2019');
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

describe('a look back on a year, one section per city and its dates', () => {
	const text = [
		'---',
		'title: "Three conferences, one year"',
		'date: 2018-12-30',
		'---',
		'',
		'This year I went to three KubeCons for my team. Here is what stayed with me.',
		'',
		'## Copenhagen, May 2-4',
		'',
		'The Bella Center was huge. I loved the talk "Kubernetes Scheduler Deep Dive" by Bobby Salamat (Google).',
		'',
		'## Shanghai, November 14-15',
		'',
		'The first China edition, with simultaneous translation in every room.',
		'',
		'## Seattle, December 11-13',
		'',
		'Eight thousand people and snow on the last day.',
		'',
		'## Next year',
		'',
		'Barcelona in May, I hope.'
	].join('\n');
	const r = ingestText('year.md', text);

	it('each section is at its edition; the introduction and the closing at none', () => {
		expect(r.passages.map((p) => p.event_id)).toEqual([
			null,
			'kubecon-eu-2018',
			'kubecon-cn-2018',
			'kubecon-na-2018',
			null
		]);
		expect(r.passages[0]!.unattributed_reason).toMatch(/several editions, one per heading/);
	});

	it('a heading of a city and its dates is no talk', () => {
		expect(r.talks.map((t) => [t.title, t.event_id])).toEqual([
			['Kubernetes Scheduler Deep Dive', 'kubecon-eu-2018']
		]);
	});
});

describe('an online edition named without its year', () => {
	it('"DockerCon LIVE", published a week later, is DockerCon LIVE 2020, San Francisco aside', () => {
		const text = [
			'---',
			'title: "What I learned at DockerCon LIVE"',
			'date: 2020-06-03',
			'---',
			'',
			'DockerCon LIVE ran for one day last week, entirely in the browser.',
			'',
			'I miss the hallway track of DockerCon in San Francisco, but the chat was lively.'
		].join('\n');
		expect(events(text)).toEqual(['dockercon-2020', 'dockercon-2020']);
	});

	it('"the virtual KubeCon" is among the online editions; "the KubeCon live blog" names none', () => {
		const index = compileEventIndex(projectTaxonomy.events);
		const [virtual] = index.findRefs('Notes from the virtual KubeCon, day 2');
		expect(virtual!.generic).toBe(false);
		expect(virtual!.candidates).toContain('kubecon-na-2020');
		expect(virtual!.candidates).not.toContain('kubecon-na-2019');
		expect(index.findRefs('Follow the KubeCon live blog')[0]!.generic).toBe(true);
		expect(index.findRefs('KubeCon EU 2020 (virtual, August)')[0]!.surface).toBe('KubeCon EU 2020');
	});
});

describe('a log headed by the days it was written', () => {
	const log = (headings: string[]) =>
		[
			'---',
			'title: "Conference log"',
			'date: 2018-12-28',
			'---',
			'',
			'What I saw at the KubeCon + CloudNativeCon editions this year.',
			'',
			`### ${headings[0]}`,
			'',
			'Istio in every second talk.',
			'',
			`### ${headings[1]}`,
			'',
			'The first day in the Expo centre.',
			'',
			`### ${headings[2]}`,
			'',
			'Snow, and 8,000 people.'
		].join('\n');

	it('"### 2018-05-03", "### Wednesday, 14 November 2018": the edition held that day', () => {
		expect(events(log(['2018-05-03', 'Wednesday, 14 November 2018', 'December 12, 2018']))).toEqual(
			[null, 'kubecon-eu-2018', 'kubecon-cn-2018', 'kubecon-na-2018']
		);
	});

	it('not a day on which none of the series ran: that section stays on the document’s own', () => {
		const got = events(log(['2018-05-03', '2018-07-04', 'December 12, 2018']));
		expect([got[1], got[3]]).toEqual(['kubecon-eu-2018', 'kubecon-na-2018']);
		expect(got[2]).toBe(got[0]);
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

describe('list items labelled by a month, a year and a series with its city', () => {
	it('"- December 2018, KubeCon Seattle: …": each item at the edition of that year', () => {
		const text = [
			'---',
			'title: "Where I spoke in 2018"',
			'date: 2018-12-31',
			'---',
			'',
			'The conferences where I gave a talk this year:',
			'',
			'- May 2018, KubeCon Copenhagen: a talk on Thanos',
			'- June 2018, DockerCon San Francisco: a talk on CI',
			'- December 2018, KubeCon Seattle: Thanos again, one year later'
		].join('\n');
		expect(events(text).slice(-3)).toEqual([
			'kubecon-eu-2018',
			'dockercon-2018',
			'kubecon-na-2018'
		]);
	});

	it('not a year set off before a bare series name', () => {
		const index = compileEventIndex(projectTaxonomy.events);
		expect(index.findRefs('Since 2016, KubeCon has grown tenfold.')[0]!.generic).toBe(true);
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

describe('a month heading that two series held an edition in', () => {
	it('"## December 2018" over a DockerCon Europe passage is DockerCon EU 2018', () => {
		const text = [
			'---',
			'title: "One venue, two conferences"',
			'date: 2019-06-01',
			'---',
			'',
			'## December 2018',
			'',
			'DockerCon Europe filled the halls with Docker App demos.',
			'',
			'## May 2019',
			'',
			'KubeCon Europe took the same halls for Kubernetes and OpenTelemetry.'
		].join('\n');
		expect(events(text)).toEqual(['dockercon-eu-2018', 'kubecon-eu-2019']);
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
