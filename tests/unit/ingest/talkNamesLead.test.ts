import { describe, expect, it } from 'vitest';
import { talksInPassage } from '../../../src/lib/ingest/talks';
import { ingestText } from './fixtureIngest';

const talks = (text: string, kind: 'list' | 'paragraph' = 'list') =>
	talksInPassage(text, kind).map((t) => [t.title, t.speakers, t.organizations]);

describe('names first, then a title in sentence case', () => {
	it.each([
		[
			'Janet Kuo, Google – Kubernetes project update',
			'Kubernetes project update',
			'Janet Kuo',
			'Google'
		],
		[
			'Bryan Liles (VMware) — Building a community of contributors',
			'Building a community of contributors',
			'Bryan Liles',
			'VMware'
		],
		[
			'Cheryl Hung, CNCF - The state of the cloud native ecosystem',
			'The state of the cloud native ecosystem',
			'Cheryl Hung',
			'CNCF'
		],
		[
			'Liz Rice, Aqua Security: Kubernetes security best practices',
			'Kubernetes security best practices',
			'Liz Rice',
			'Aqua Security'
		],
		[
			'Lachlan Evenson, Microsoft: Helm 3 and the road ahead',
			'Helm 3 and the road ahead',
			'Lachlan Evenson',
			'Microsoft'
		],
		[
			'Liz Rice, Aqua Security: Kubernetes Security Best Practices',
			'Kubernetes Security Best Practices',
			'Liz Rice',
			'Aqua Security'
		],
		[
			'Jane Doe (Acme) : Scaling etcd in production',
			'Scaling etcd in production',
			'Jane Doe',
			'Acme'
		]
	])('%s', (line, title, speaker, org) => {
		expect(talks(line)).toEqual([[title, [speaker], [org]]]);
		expect(talks(line, 'paragraph')).toEqual([[title, [speaker], [org]]]);
	});

	it('reads each line of a list or of a paragraph of its own', () => {
		const text =
			'Janet Kuo, Google – Kubernetes project update\nLiz Rice, Aqua Security: Kubernetes security best practices';
		expect(talks(text, 'paragraph')).toEqual([
			['Kubernetes project update', ['Janet Kuo'], ['Google']],
			['Kubernetes security best practices', ['Liz Rice'], ['Aqua Security']]
		]);
	});

	it.each([
		'Jane Doe, Acme – great talk on eBPF',
		'Jane Doe, Acme: we should all be using Helm',
		'Jane Doe, Acme – Kubernetes is boring now',
		'Jane Doe, Acme: Kubernetes turned five this year.',
		'Jane Doe, Acme – Slides and video online',
		'Red Hat, IBM – the two companies merged',
		'Barcelona, Spain – a great week of talks',
		'San Diego, California: Three days of sunshine',
		'Day 2, Wednesday: Keynotes and breakouts',
		'Note, however: most sessions were recorded',
		'Jane Doe, Acme: Kubernetes operators, CRDs and more',
		'Jane Doe, John Roe, Ann Lee, Acme – Scaling etcd in production'
	])('a remark, a place or a date after the names is no title: %s', (line) => {
		expect(talks(line)).toEqual([]);
		expect(talks(line, 'paragraph')).toEqual([]);
	});

	it.each([
		'Jane Doe, Acme – Maintainer of Helm',
		'Jane Doe (Acme) – Co-chair of SIG Network',
		'Jane Doe, Acme – Emcee for Day One',
		'Jane Doe, Acme – Hall 8.0 at 14:00',
		'Jane Doe, Acme – Twitter and GitHub',
		'Jane Doe, Google – Product manager for GKE',
		'Jane Doe (Acme) – Kubernetes contributor since 2015',
		'Jane Doe, Acme – CNCF ambassador',
		'Jane Doe, Acme: Staff engineer working on etcd',
		'Jane Doe, Acme – Day 2 keynote',
		'Jane Doe, Acme – 25 minutes',
		'Jane Doe, Acme – Platform Engineering Lead',
		'Jane Doe, Acme – Head of Platform',
		'Jane Doe, Acme – Principal Software Architect'
	])('a role, a time, a room or a profile after the names is no title: %s', (line) => {
		expect(talks(line)).toEqual([]);
		expect(talks(line, 'paragraph')).toEqual([]);
	});

	it('a title may speak of contributors', () => {
		expect(talks('Bryan Liles, VMware – Building a community of contributors')).toEqual([
			['Building a community of contributors', ['Bryan Liles'], ['VMware']]
		]);
	});

	it.each(['Open Source Security', 'Platform Engineering', 'Cloud Native Infrastructure'])(
		'a title of words a job title may hold is one: %s',
		(title) => {
			expect(talks(`Jane Doe, Acme – ${title}`)).toEqual([[title, ['Jane Doe'], ['Acme']]]);
		}
	);
});

describe('a headline statement after the names is no title', () => {
	it.each([
		'Chris Aniszczyk, CNCF: the community grew by 50% this year.',
		'Jane Doe, Acme: Community grew 50% in 2019',
		'Jane Doe, Acme: 129 projects and over 2,000 contributors joined in 2019',
		'Jane Doe, Acme: 50% more contributors than last year',
		'Jane Doe (Acme): Attendance doubled since Copenhagen',
		'Jane Doe, Acme – Community grew 50% in 2019',
		'Jane Doe, Acme – Contributors tripled this year',
		'Jane Doe, Acme: 12,000 attendees in San Diego'
	])('%s', (line) => {
		expect(talks(line)).toEqual([]);
		expect(talks(line, 'paragraph')).toEqual([]);
	});

	it.each([
		['Liz Rice, Aqua Security: Kubernetes Security Best Practices', 'Liz Rice', 'Aqua Security'],
		['Michelle Noorali, Microsoft: 10 Ways to Break Your Cluster', 'Michelle Noorali', 'Microsoft'],
		['Jane Doe, Acme: How We Scaled Helm to 2,000 Clusters', 'Jane Doe', 'Acme'],
		['Jane Doe (Acme): Securing Your Supply Chain', 'Jane Doe', 'Acme'],
		['Jane Doe, Acme: 5 Lessons from 100 Contributors', 'Jane Doe', 'Acme']
	])('a title-cased title may hold a number or "Your": %s', (line, speaker, org) => {
		const title = line.slice(line.indexOf(': ') + 2);
		expect(talks(line)).toEqual([[title, [speaker], [org]]]);
	});
});

describe('a heading that names its speaker first, then the title', () => {
	const headingTalks = (heading: string) =>
		ingestText(
			'recap.md',
			`# KubeCon NA 2019 recap\n\nWe were at KubeCon North America 2019 in San Diego.\n\n### ${heading}\n\nNotes on the talk.\n`
		).talks.map((t) => [t.title, t.speakers, t.organizations]);

	it.each([
		[
			'Liz Rice, Aqua Security: Kubernetes Security Best Practices',
			'Kubernetes Security Best Practices',
			'Liz Rice',
			'Aqua Security'
		],
		[
			'Jane Doe (Acme): Scaling etcd in production',
			'Scaling etcd in production',
			'Jane Doe',
			'Acme'
		]
	])('%s', (heading, title, speaker, org) => {
		expect(headingTalks(heading)).toEqual([[title, [speaker], [org]]]);
	});

	it('a statement in the heading is none', () => {
		expect(headingTalks('Chris Aniszczyk, CNCF: the community grew by 50% this year.')).toEqual([]);
	});
});

describe('two people or more first, without an organisation, then a title', () => {
	it.each([
		[
			'Jane Doe & John Roe – Kubernetes at the Edge',
			'Kubernetes at the Edge',
			['Jane Doe', 'John Roe']
		],
		[
			'Ann Lee, Bob Chan and Carla Diaz — Running Kubernetes on Mars',
			'Running Kubernetes on Mars',
			['Ann Lee', 'Bob Chan', 'Carla Diaz']
		]
	])('%s', (line, title, speakers) => {
		expect(talks(line)).toEqual([[title, speakers, []]]);
	});

	it.each([
		'Jane Doe – Kubernetes at the Edge',
		'Jane Doe & John Roe – Thank You All',
		'Jane Doe and John Roe – great hallway chat',
		'Jane Doe & John Roe – Photos from the Party',
		'Jane Doe and John Roe – Kubernetes Maintainers',
		'Jane Doe & John Roe – SIG Network Co-Chairs',
		'Jane Doe & John Roe – Google Cloud',
		'Jane Doe & John Roe – Red Hat OpenShift Team',
		'Jane Doe & John Roe – Lightning Talks',
		'Jane Doe & John Roe – Members of the Program Committee'
	])('one person alone, or a remark, a company or a part after them, is none: %s', (line) => {
		expect(talks(line)).toEqual([]);
	});
});

describe('a headline before its speaker, or after "Name (Org):", is no title', () => {
	it.each([
		'The community grew by 50% this year – Chris Aniszczyk, CNCF',
		'Over 12,000 attendees joined us in San Diego – Jane Doe, Acme',
		'Jane Doe (Acme): The Community Grew by 50%'
	])('%s', (line) => {
		expect(talks(line)).toEqual([]);
	});

	it.each([
		'How our community grew from 0 to 1000 contributors – Jane Doe, Acme',
		'100% Uptime with Kubernetes – Jane Doe, Acme'
	])('a question or a title-cased share is a title: %s', (line) => {
		expect(talks(line)).toEqual([[line.slice(0, line.indexOf(' – ')), ['Jane Doe'], ['Acme']]]);
	});
});
