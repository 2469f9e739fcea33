/**
 * Speaker shapes of conference recaps: a co-speaker after "gave a talk with", speakers known by
 * their handles, an organisation after a speaker's comma, a speaker on the line under a plain
 * title, and talks listed with semicolons and their speakers in brackets.
 */
import { describe, expect, it } from 'vitest';
import { ingestText, talks } from './fixtureIngest';

const rows = (path: string, text: string) =>
	ingestText(path, text).talks.map((t) => [t.title, t.speakers, t.organizations]);

describe('an organisation after the comma is not a second speaker', () => {
	it.each([
		['Tuning Envoy Filters – Dana Whitfield, Brightline Smart Home', 'Brightline Smart Home'],
		['Tuning Envoy Filters – Dana Whitfield, Northwind Robotics', 'Northwind Robotics'],
		[
			'Tuning Envoy Filters – Dana Whitfield, Kestrel Freight Rail Holdings',
			'Kestrel Freight Rail Holdings'
		],
		[
			'Tuning Envoy Filters – Dana Whitfield, Tidewater Blue Mountain Coffee',
			'Tidewater Blue Mountain Coffee'
		]
	])('%s', (line, org) => {
		expect(talks(line)).toEqual([['Tuning Envoy Filters', ['Dana Whitfield'], [org]]]);
	});

	it('two people after the dash stay two speakers', () => {
		expect(talks('Tuning Envoy Filters – Dana Whitfield, Omar Haddad')).toEqual([
			['Tuning Envoy Filters', ['Dana Whitfield', 'Omar Haddad'], []]
		]);
		expect(talks('Tuning Envoy Filters – Dana Whitfield and Juan Carlos Ruiz Moreno')).toEqual([
			['Tuning Envoy Filters', ['Dana Whitfield', 'Juan Carlos Ruiz Moreno'], []]
		]);
	});
});

describe('talks separated by semicolons, their speakers in brackets', () => {
	const LIST =
		'Operators Without Tears (Priya Natarajan); Service Mesh 101 (Tomasz Kowal, Initech); and GitOps in Practice (Dana Whitfield, Orbital Labs).';
	const EXPECTED = [
		['Operators Without Tears', ['Priya Natarajan'], []],
		['Service Mesh 101', ['Tomasz Kowal'], ['Initech']],
		['GitOps in Practice', ['Dana Whitfield'], ['Orbital Labs']]
	];

	it('in a paragraph, after a colon', () => {
		expect(talks(`Talks we enjoyed: ${LIST}`)).toEqual(EXPECTED);
	});

	it('in a list item, after a colon', () => {
		const r = ingestText('r.md', `# KubeCon EU 2019\n\n- Talks we enjoyed: ${LIST}\n- Food\n`);
		expect(r.talks.map((t) => [t.title, t.speakers, t.organizations])).toEqual(EXPECTED);
	});

	it('prose with brackets and semicolons gives none', () => {
		expect(
			talks('Notes: the venue was huge (Hall 8); Better Coffee (Jane Doe); lunch was late (again).')
		).toEqual([]);
	});
});

describe('speakers known by their handles', () => {
	const item = (line: string) =>
		ingestText(
			'r.md',
			`# KubeCon EU 2019\n\nTalks worth watching:\n\n- ${line}\n- Lunch\n`
		).talks.map((t) => [t.title, t.speakers, t.organizations]);

	it.each([
		['Multi-Cluster Networking at Scale by @pnatarajan', ['@pnatarajan']],
		['Multi-Cluster Networking at Scale — @pnatarajan and @tkowal', ['@pnatarajan', '@tkowal']],
		['Multi-Cluster Networking at Scale - @pnatarajan', ['@pnatarajan']],
		[
			'Multi-Cluster Networking at Scale – @pnatarajan, @tkowal & @dwhit',
			['@pnatarajan', '@tkowal', '@dwhit']
		]
	])('a list item: %s', (line, speakers) => {
		expect(item(line)).toEqual([['Multi-Cluster Networking at Scale', speakers, []]]);
	});

	it('a sentence-case title of three words or more', () => {
		expect(item('Multi-cluster networking at scale by @pnatarajan')).toEqual([
			['Multi-cluster networking at scale', ['@pnatarajan'], []]
		]);
	});

	it('not a short remark, nor a handle in a paragraph', () => {
		expect(item('Great slides by @pnatarajan')).toEqual([]);
		expect(item('Thanks — @pnatarajan')).toEqual([]);
		const r = ingestText(
			'r.md',
			'# KubeCon EU 2019\n\nWe talked about multi-cluster networking at length - @pnatarajan has notes.\n'
		);
		expect(r.talks).toEqual([]);
	});
});

describe('the speaker on the line under a plain title', () => {
	const EXPECTED = [
		['Hardening the Build Pipeline', ['Maria Okafor'], ['Example Corp']],
		['Chaos Testing with Litmus', ['Tomasz Kowal'], []]
	];

	it('list items: a name with its organisation, then a name alone in the same list', () => {
		expect(
			rows(
				'r.md',
				'# KubeCon EU 2019\n\nTalks I saw:\n\n- Hardening the Build Pipeline\n  Maria Okafor, Example Corp\n- Chaos Testing with Litmus\n  Tomasz Kowal\n'
			)
		).toEqual(EXPECTED);
	});

	it('a numbered list', () => {
		expect(
			rows(
				'r.md',
				'# KubeCon EU 2019\n\n1. Hardening the Build Pipeline\n   Maria Okafor, Example Corp\n2. Chaos Testing with Litmus\n   Tomasz Kowal\n'
			)
		).toEqual(EXPECTED);
	});

	it('a plain-text list', () => {
		expect(
			rows(
				'r.txt',
				'KubeCon EU 2019 notes\n\nTalks I saw:\n\n- Hardening the Build Pipeline\n  Maria Okafor, Example Corp\n- Chaos Testing with Litmus\n  Tomasz Kowal\n'
			)
		).toEqual(EXPECTED);
	});

	it('paragraphs of two lines', () => {
		expect(
			rows(
				'r.md',
				'# KubeCon EU 2019\n\n## Talks\n\nHardening the Build Pipeline\nMaria Okafor, Example Corp\n\nChaos Testing with Litmus\nTomasz Kowal (Initech)\n'
			)
		).toEqual([EXPECTED[0], ['Chaos Testing with Litmus', ['Tomasz Kowal'], ['Initech']]]);
	});

	it('not a name alone without a talk with its organisation beside it, nor a sentence', () => {
		expect(
			rows(
				'r.md',
				'# KubeCon EU 2019\n\n- Service Mesh Everywhere\n  Kelsey Hightower\n- Lunch Was Great\n  Really Good\n'
			)
		).toEqual([]);
		expect(
			rows(
				'r.md',
				'# KubeCon EU 2019\n\nThe keynotes were long\nJane Doe, Acme agreed with me.\n\nThanks To Our Sponsors\nAcme Corp, Globex\n'
			)
		).toEqual([]);
	});
});

describe('a co-speaker after "gave a talk with"', () => {
	it('a quoted title', () => {
		expect(
			talks(
				'Priya Natarajan gave a talk with Tomasz Kowal (Initech) on “Sharding Vitess Clusters”.'
			)
		).toEqual([['Sharding Vitess Clusters', ['Priya Natarajan', 'Tomasz Kowal'], ['Initech']]]);
		expect(
			talks(
				'Priya Natarajan (Globex) delivered a keynote together with Tomasz Kowal (Initech), “Sharding Vitess Clusters”.'
			)
		).toEqual([
			['Sharding Vitess Clusters', ['Priya Natarajan', 'Tomasz Kowal'], ['Globex', 'Initech']]
		]);
	});

	it('the subject after "on" as the title', () => {
		expect(
			talks('Priya Natarajan gave a talk with Tomasz Kowal (Initech) on sharding Vitess clusters.')
		).toEqual([['Sharding Vitess clusters', ['Priya Natarajan', 'Tomasz Kowal'], ['Initech']]]);
		expect(
			talks('After lunch, Priya Natarajan gave a great talk about sharding Vitess clusters.')
		).toEqual([['Sharding Vitess clusters', ['Priya Natarajan'], []]]);
	});

	it('not a talk without a person or a subject', () => {
		expect(talks('I gave a talk with Tomasz Kowal on sharding Vitess clusters.')).toEqual([]);
		expect(talks('Priya Natarajan gave a talk with her team on the new release.')).toEqual([]);
		expect(talks('Priya Natarajan gave a talk with Tomasz Kowal on Tuesday.')).toEqual([]);
	});
});

describe('what the new readers leave alone', () => {
	it('semicolons and brackets without "by" after a colon that does not introduce talks', () => {
		expect(
			talks('Tools we use: Argo CD (GitOps Tool); Flux Progressive Delivery (Canary Rollouts).')
		).toEqual([]);
	});

	it('an address or a credit under a title-cased line', () => {
		const titles = rows(
			'r.md',
			'# KubeCon NA 2019\n\nMoscone Center West\nHoward Street, San Francisco\n\nPhoto Credits\nJane Doe, Acme Labs\n'
		).map((t) => t[0]);
		// (The heading and the address read as one talk before this reader: left alone here.)
		expect(titles).not.toContain('Moscone Center West');
		expect(titles).not.toContain('Photo Credits');
	});
});
