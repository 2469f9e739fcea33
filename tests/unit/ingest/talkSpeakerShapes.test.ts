/**
 * Speaker shapes of conference recaps: a co-speaker after "gave a talk with", speakers known by
 * their handles, an organisation after a speaker's comma, a speaker on the line under a plain
 * title, and talks listed with semicolons and their speakers in brackets.
 */
import { describe, expect, it } from 'vitest';
import { ingestText, talks } from './fixtureIngest';

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
