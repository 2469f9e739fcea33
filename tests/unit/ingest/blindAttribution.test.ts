/**
 * Edition attribution on recaps written blind (tests/fixtures/docs, invented text about real
 * editions): talk lists that tag each item with its edition, a year in review headed by months,
 * gatherings held the day before a KubeCon, and shapes that were read right already.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ingestFixture, ingestText } from './fixtureIngest';
import { root } from './projectTaxonomy';

type Result = ReturnType<typeof ingestFixture>['r'];
const sectionEvent = (r: Result, heading: string) =>
	r.sections.find((s) => s.heading === heading)?.event_id;
const passageEvent = (r: Result, start: string) =>
	r.passages.find((p) => p.text.startsWith(start))?.event_id;
const created = (r: Result) =>
	r.events.filter((e) => e.in_catalog === 0).map((e) => [e.id, e.start_date, e.end_date, e.city]);

describe('a list of talks, each tagged with its edition', () => {
	const { r } = ingestFixture('talk-list-editions.md');

	it('"… by Michael Rubin (Google) (KubeCon EU 2017)": each item is at its own edition', () => {
		expect(r.passages.slice(1, 11).map((p) => p.event_id)).toEqual([
			'kubecon-eu-2019',
			'kubecon-eu-2017',
			'kubecon-na-2018',
			'kubecon-na-2017',
			'kubecon-eu-2018',
			'dockercon-2018',
			'dockercon-eu-2017',
			'kubecon-cn-2018',
			'kubecon-na-2018',
			'kubecon-eu-2019'
		]);
		expect(r.talks.map((t) => t.event_id)).toEqual(r.passages.slice(1, 11).map((p) => p.event_id));
	});

	it('the lines around the list are at none of them, with the reason', () => {
		for (const p of [r.passages[0]!, r.passages[11]!]) {
			expect(p.event_id).toBeNull();
			expect(p.unattributed_reason).toMatch(/several editions/);
		}
	});

	it('an item of a recap of one edition that names another goes to it, and only that item', () => {
		const t = ingestText(
			'recap.md',
			[
				'# KubeCon NA 2019 recap',
				'The keynotes were about Helm 3.',
				'## Talks',
				'- "Deep Dive: Kubernetes Scheduler" by Wei Huang (IBM)',
				'- "The Cost of Kubernetes" by Josh Berkus (Red Hat) (KubeCon NA 2018)',
				'- "Vitess at scale" by Sugu Sougoumarane (PlanetScale)'
			].join('\n\n')
		);
		expect(t.passages.map((p) => p.event_id)).toEqual([
			'kubecon-na-2019',
			'kubecon-na-2019',
			'kubecon-na-2018',
			'kubecon-na-2019'
		]);
	});
});

describe('a year in review headed by city and by month', () => {
	const { r } = ingestFixture('year-in-review-months.md');

	it('"## November" in a 2019 look back on three KubeCons is KubeCon NA 2019', () => {
		expect(sectionEvent(r, 'November')).toBe('kubecon-na-2019');
		expect(passageEvent(r, 'San Diego was the biggest')).toBe('kubecon-na-2019');
		expect(r.talks.find((t) => t.title === 'Deep Dive: Kubernetes Scheduler')?.event_id).toBe(
			'kubecon-na-2019'
		);
	});

	it('"## May: Barcelona", "## Shanghai" were right already; the introduction is at none', () => {
		expect(sectionEvent(r, 'May: Barcelona')).toBe('kubecon-eu-2019');
		expect(sectionEvent(r, 'Shanghai')).toBe('kubecon-cn-2019');
		expect(r.passages[0]!.event_id).toBeNull();
		expect(r.passages[0]!.unattributed_reason).toMatch(/several editions/);
	});

	it('not a month heading in a document that names no series, nor one of two editions', () => {
		const none = ingestText(
			'diary.md',
			'---\ndate: 2019-12-20\n---\n\n# Our year\n\nWe shipped a lot.\n\n## November\n\nWe moved offices.'
		);
		expect(none.passages.map((p) => p.event_id)).toEqual([null, null]);
		const two = ingestText(
			'season.md',
			[
				'---\ndate: 2018-12-20\n---',
				'# Our conference season',
				'We went to KubeCon China 2018, KubeCon NA 2018 and DockerCon EU 2018.',
				'## November',
				'Shanghai was a first for us.',
				'## December',
				'Two conferences in one month.'
			].join('\n\n')
		);
		expect(sectionEvent(two, 'November')).toBe('kubecon-cn-2018');
		expect(sectionEvent(two, 'December')).toBeNull();
	});
});

describe('gatherings held the day before a KubeCon, with their day', () => {
	it('"The Contributor Summit was held on Tuesday, May 1" under its own heading', () => {
		const { r } = ingestFixture('colocated-summits.md');
		expect(created(r)).toEqual([
			['kubernetes-contributor-summit-2018', '2018-05-01', '2018-05-01', 'Copenhagen'],
			['openshift-commons-gathering-2018', '2018-05-01', '2018-05-01', 'Copenhagen']
		]);
		expect(sectionEvent(r, 'The main event')).toBe('kubecon-eu-2018');
	});

	it('"The first ServiceMeshCon took place on Monday, November 18, in San Diego"', () => {
		const { r, events } = ingestFixture('servicemeshcon-day-before.md');
		expect(events).toEqual(['servicemeshcon-2019']);
		expect(created(r)).toEqual([['servicemeshcon-2019', '2019-11-18', '2019-11-18', 'San Diego']]);
	});

	it('a day said with another edition’s year is not taken', () => {
		const t = ingestText(
			'summit.md',
			'# Helm Summit 2019\n\nThe Helm Summit took place on September 11, 2018, the first one.'
		);
		expect(t.events.find((e) => e.id === 'helm-summit-2019')?.start_date).toBeNull();
	});
});

describe('a gathering outside the catalog named in the title', () => {
	it('"Cloud Native Rejekts EU 2019", in Barcelona the weekend before KubeCon, is the Rejekts', () => {
		const { r, events } = ingestFixture('rejekts-front-title.md');
		expect(events).toEqual(['cloud-native-rejekts-eu-2019']);
		expect(created(r)).toEqual([['cloud-native-rejekts-eu-2019', null, null, 'Barcelona']]);
	});
});

describe('attribution read right already', () => {
	it('"last year in Copenhagen … this year in Barcelona" stays on the recap’s edition', () => {
		const { events } = ingestFixture('last-year-this-year.md');
		expect(events).toEqual(['kubecon-eu-2019']);
	});

	it('a DockerCon 2018 recap that closes on the coming DockerCon EU', () => {
		const { events, r } = ingestFixture('dockercon-see-you-eu.md');
		expect(events).toEqual(['dockercon-2018']);
		expect(r.talks.every((t) => t.event_id === 'dockercon-2018')).toBe(true);
	});

	it('"KubeCon EU (virtual, originally planned for Amsterdam)" is the virtual EU 2020', () => {
		expect(ingestFixture('virtual-planned-city.md').events).toEqual(['kubecon-eu-2020']);
	});

	it('"Last week I was in Seattle for KubeCon" dated 2018-12-17 is KubeCon NA 2018', () => {
		expect(ingestFixture('relative-dates.md').events).toEqual(['kubecon-na-2018']);
	});

	it('live notes under "Day 1/2/3" headings, ending "See everyone in Copenhagen"', () => {
		const { events, r } = ingestFixture('live-day-headings.md');
		expect(events).toEqual(['kubecon-na-2017']);
		expect(r.events.filter((e) => e.in_catalog === 0)).toEqual([]);
	});

	it('a post whose only cue is its path: blog/2018/11/kubecon-shanghai-2018.md', () => {
		const text = readFileSync(join(root, 'tests/fixtures/docs/slug-only-event.md'), 'utf8');
		const r = ingestText('blog/2018/11/kubecon-shanghai-2018.md', text);
		expect(new Set(r.passages.map((p) => p.event_id))).toEqual(new Set(['kubecon-cn-2018']));
	});

	it('a Spanish recap: "Del 3 al 5 de diciembre … DockerCon Europe" is DockerCon EU 2018', () => {
		const { events } = ingestFixture('spanish-dockercon-eu.md');
		expect(events).toEqual(['dockercon-eu-2018']);
	});
});

describe('a meetup group’s post on its monthly meetups', () => {
	it('"## April meetup" under "Kubernetes Munich: our spring meetups" is that month’s meetup', () => {
		const { r } = ingestFixture('meetup-month-series.md');
		expect(created(r)).toEqual([
			['kubernetes-munich-meetup-2016-04', '2016-04-14', '2016-04-14', 'Munich'],
			['kubernetes-munich-meetup-2016-05', '2016-05-19', '2016-05-19', 'Munich'],
			['kubernetes-munich-meetup-2016-06', '2016-06-23', '2016-06-23', 'Munich']
		]);
		expect(r.events.find((e) => e.id === 'kubernetes-munich-meetup-2016-05')?.name).toBe(
			'Kubernetes Munich meetup (May 2016)'
		);
		expect(sectionEvent(r, 'June meetup')).toBe('kubernetes-munich-meetup-2016-06');
		expect(sectionEvent(r, 'Next')).toBeNull();
	});

	it('not when the title names no group with its city, nor a heading that says more', () => {
		const post = (title: string, heading: string) =>
			ingestText(
				'post.md',
				`---\ndate: 2016-06-28\n---\n\n# ${title}\n\nHello.\n\n## ${heading}\n\nWe met on April 14.`
			).events.filter((e) => e.in_catalog === 0);
		expect(post('Our spring meetups', 'April meetup')).toEqual([]);
		expect(
			post('Kubernetes Munich: our spring meetups', 'What we learned at the April meetup')
		).toEqual([]);
	});
});
