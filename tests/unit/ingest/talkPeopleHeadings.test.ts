import { describe, expect, it } from 'vitest';
import { ingestText } from './fixtureIngest';

const recapTalks = (heading: string) =>
	ingestText(
		'recap.md',
		[
			'# DockerCon 2017 recap',
			'',
			'We attended DockerCon 2017 in Austin.',
			'',
			`## ${heading}`,
			'',
			'- Jane Doe (Acme)',
			'- John Roe, Globex',
			'- Ann Lee & Bob Chan',
			''
		].join('\n')
	).talks.map((t) => [t.title, t.speakers]);

describe('a heading over the people the writer met or thanks names no talk', () => {
	it.each([
		'People we met',
		'People I met',
		'Who I met',
		'Friends we made',
		'Folks we caught up with',
		'Shout-outs',
		'Thanks to',
		'Acknowledgements',
		'Organizers',
		'Volunteers'
	])('%s', (heading) => {
		expect(recapTalks(heading)).toEqual([]);
	});

	it('a session heading over its speakers still names one', () => {
		expect(recapTalks('Scaling Docker Swarm in Production')).toEqual([
			['Scaling Docker Swarm in Production', ['Jane Doe', 'John Roe', 'Ann Lee', 'Bob Chan']]
		]);
	});
});
