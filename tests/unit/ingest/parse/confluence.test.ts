import { describe, expect, it } from 'vitest';
import { parseString, passages } from './helpers';
import { ingestText } from '../fixtureIngest';

const PAGE = `h1. KubeCon Europe 2023 trip report

Our team went to Amsterdam. Here are the talks we saw.

||Session||Speaker||
|Scaling Prometheus at Example Corp|Jane Doe, Example Corp|
|[Linkerd in Production|https://example.com/linkerd]|John Smith, Acme|

We will go again next year.
`;

describe('a Confluence wiki page', () => {
	it('reads a "||Session||Speaker||" table row by row, as a pipe table', () => {
		const doc = parseString(PAGE, 'trip.txt');
		expect(doc.title).toBe('KubeCon Europe 2023 trip report');
		expect(passages(doc).map((p) => p.text)).toEqual([
			'Our team went to Amsterdam. Here are the talks we saw.',
			'Session: Scaling Prometheus at Example Corp | Speaker: Jane Doe, Example Corp',
			'Session: Linkerd in Production | Speaker: John Smith, Acme',
			'We will go again next year.'
		]);
	});

	it('its rows are talks', () => {
		const r = ingestText('trip.txt', PAGE);
		expect(r.talks.map((t) => [t.title, t.speakers, t.organizations])).toEqual([
			['Scaling Prometheus at Example Corp', ['Jane Doe'], ['Example Corp']],
			['Linkerd in Production', ['John Smith'], ['Acme']]
		]);
	});

	it('a "||" line without rows under it stays as it is', () => {
		const doc = parseString('# Notes\n\n||not a table||\n\nText after.\n', 'n.md');
		expect(passages(doc).map((p) => p.text)).toEqual(['||not a table||', 'Text after.']);
	});
});
