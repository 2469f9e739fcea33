/**
 * Speaker shapes of conference recaps: a co-speaker after "gave a talk with", speakers known by
 * their handles, an organisation after a speaker's comma, a speaker on the line under a plain
 * title, and talks listed with semicolons and their speakers in brackets.
 */
import { describe, expect, it } from 'vitest';
import { talks } from './fixtureIngest';

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
