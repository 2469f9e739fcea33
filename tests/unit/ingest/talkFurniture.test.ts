import { describe, expect, it } from 'vitest';
import { ingestText, talks } from './fixtureIngest';
import { isPersonName } from '../../../src/lib/ingest/speakers';

const docTalks = (text: string) =>
	ingestText('p.md', `# DevOpsDays Oslo 2019 recap\n\nTwo good days.\n\n${text}`).talks.map((t) => [
		t.title,
		t.speakers,
		t.organizations
	]);

describe("a programme's other items and a post's credits are no talks", () => {
	it.each([
		'- Photo credit – Kari Nordmann\n- Registration – Main Lobby, Oslo Spektrum\n',
		'- Happy Hour – Kari Nordmann, Acme\n- Coffee Break – Foyer, Level 2\n',
		'## Thanks\n\nThanks to the organisers – Kari Nordmann, Acme\n',
		'Keynote Stage\nRoom 8.0, Oslo Spektrum\n'
	])('%s', (text) => expect(docTalks(text)).toEqual([]));

	it.each(['Main Lobby', 'Keynote Stage', 'Fira Gran Via', 'Room Twelve'])('%s is no name', (s) =>
		expect(isPersonName(s)).toBe(false)
	);

	it('a title that opens on such a word stays', () => {
		expect(talks('Networking in Kubernetes – Kari Nordmann, Acme')).toEqual([
			['Networking in Kubernetes', ['Kari Nordmann'], ['Acme']]
		]);
		expect(talks('Lunch and Learn: Tracing at Scale – Kari Nordmann, Acme')).toEqual([
			['Lunch and Learn: Tracing at Scale', ['Kari Nordmann'], ['Acme']]
		]);
	});
});
