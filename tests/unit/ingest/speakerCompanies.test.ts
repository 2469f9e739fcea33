/**
 * Companies named in a speaker list are organisations, even when they read as a person's name
 * ("Goldman Sachs", "Morgan Stanley", "New Relic"); "With" or "Featuring" before the names of a
 * panel is none of the first name.
 */
import { describe, expect, it } from 'vitest';
import { parseSpeakerList } from '../../../src/lib/ingest/speakers';
import { ingestText } from './fixtureIngest';

const doc = (body: string) =>
	ingestText(
		'companies.md',
		`# DockerCon 2017 recap\n\nDockerCon 2017 took place in Austin in April.\n\n${body}\n`
	).talks.map((t) => [t.title, t.speakers, t.organizations]);

describe('companies that read as names', () => {
	it.each([
		['Jane Doe, Goldman Sachs', ['Jane Doe'], ['Goldman Sachs']],
		[
			'Jane Doe (Morgan Stanley) and John Roe, New Relic',
			['Jane Doe', 'John Roe'],
			['Morgan Stanley', 'New Relic']
		]
	])('%s', (text, speakers, organizations) => {
		expect(parseSpeakerList(text)).toEqual({ speakers, organizations });
	});

	it('a company opening a product\'s name: "Mark Russinovich, CTO, Microsoft Azure"', () => {
		expect(parseSpeakerList('Mark Russinovich, CTO, Microsoft Azure')).toEqual({
			speakers: ['Mark Russinovich'],
			organizations: ['Microsoft Azure']
		});
	});

	it.each(['Goldman Sachs, Morgan Stanley and Wells Fargo', 'Sumo Logic', 'Booz Allen Hamilton'])(
		'%s names no speaker',
		(text) => {
			expect(parseSpeakerList(text)).toBeNull();
		}
	);

	it('talks given by companies only have no speakers, and are not read as talks', () => {
		expect(
			doc(
				[
					'- Operators in production – Goldman Sachs',
					'- Kubernetes at scale – Morgan Stanley, Wells Fargo',
					'- Observability for all – Sumo Logic',
					'- Service mesh for all – Lockheed Martin'
				].join('\n')
			)
		).toEqual([]);
	});
});

describe('"With" or "Featuring" opening the names', () => {
	it('under a panel heading', () => {
		expect(
			doc('## Panel: The Future of Containers\n\nWith Jane Doe, John Roe and Ann Lee.')
		).toEqual([['Panel: The Future of Containers', ['Jane Doe', 'John Roe', 'Ann Lee'], []]]);
	});

	it('after a title and a dash', () => {
		expect(parseSpeakerList('Featuring Jane Doe (Acme) and John Roe')).toEqual({
			speakers: ['Jane Doe', 'John Roe'],
			organizations: ['Acme']
		});
		expect(parseSpeakerList('With the rise of Kubernetes')).toBeNull();
	});
});
