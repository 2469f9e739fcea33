/** 'In her talk "Title", Jane Doe from Acme showed …': the organisation after "from", not in brackets. */
import { describe, expect, it } from 'vitest';
import { talks } from './fixtureIngest';

describe('a quoted title, a comma, a name from an organisation, a verb of presenting', () => {
	it('is the talk, its speaker and organisation', () => {
		expect(
			talks(
				'In her talk "Signing Everything, Trusting Nothing", Ruth Baker from Initech Labs showed how each build step is recorded.'
			)
		).toEqual([['Signing Everything, Trusting Nothing', ['Ruth Baker'], ['Initech Labs']]]);
		expect(
			talks('In “Operators at the Edge”, Omar Said of Globex explained the reconcile loop.')
		).toEqual([['Operators at the Edge', ['Omar Said'], ['Globex']]]);
	});

	it('not without a verb of presenting after the names', () => {
		expect(
			talks('We re-read "Site Reliability Engineering", Jane Doe from Acme and I, on the flight.')
		).toEqual([]);
	});
});
