/**
 * Editions in recap shapes written blind (event attribution): paragraphs, list items and headings
 * labelled by a year and a city, a month or a day; announced editions; online editions.
 */
import { describe, expect, it } from 'vitest';
import { compileEventIndex } from '../../../src/lib/ingest/eventRefs';
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

describe('an edition recapped "two weeks ago"', () => {
	const post = (lead: string) =>
		events(
			[
				'---',
				'title: "Containers everywhere"',
				'date: 2017-05-03',
				'---',
				'',
				lead,
				'',
				'The multi-stage builds demo was the best thing I saw.'
			].join('\n')
		);

	it('"Two weeks ago I was at DockerCon", published then: the DockerCon of those days', () => {
		expect(post('Two weeks ago I was at DockerCon, and LinuxKit is still on my mind.')).toEqual([
			'dockercon-2017',
			'dockercon-2017'
		]);
		expect(post('A few days ago at DockerCon, Moby was the surprise.')).toEqual([
			'dockercon-2017',
			'dockercon-2017'
		]);
	});

	it('not "two years ago": a series named only in passing picks no edition', () => {
		expect(post('Two years ago I was at DockerCon, and LinuxKit did not exist.')).toEqual([
			null,
			null
		]);
	});
});
