/** A mailed trip report's greeting and sign-off are the letter's, not passages of the recap. */
import { describe, expect, it } from 'vitest';
import { parseString, passages } from './helpers';

const MAIL = `From: Noor Haddad <noor@example.com>
Date: Wed, 22 May 2019 18:40:00 +0200
Subject: KubeCon EU 2019 trip report

Hi all,

Some notes from KubeCon Europe 2019 in Barcelona.

Helm 3 reached alpha, and the Service Mesh Interface was announced.

Best Regards,
Noor
`;

const texts = (text: string, path = 'report.txt') =>
	passages(parseString(text, path)).map((p) => p.text);

describe('a greeting and a sign-off', () => {
	it('are no passages of a mailed report', () => {
		expect(texts(MAIL)).toEqual([
			'Some notes from KubeCon Europe 2019 in Barcelona.',
			'Helm 3 reached alpha, and the Service Mesh Interface was announced.'
		]);
	});

	it('are told from text that opens or closes a recap in the same words', () => {
		const post = `# Barcelona

Hello from KubeCon Europe 2019!

Helm 3 reached alpha.

Best talk was the Linkerd one.
`;
		expect(texts(post, 'post.md')).toEqual([
			'Hello from KubeCon Europe 2019!',
			'Helm 3 reached alpha.',
			'Best talk was the Linkerd one.'
		]);
		expect(texts('Dear Anna,\n\nKubeCon was fine.\n\nThanks for the ticket.\n')).toEqual([
			'KubeCon was fine.',
			'Thanks for the ticket.'
		]);
	});
});

describe("a blog's closing line", () => {
	it('"Thanks for reading! Follow me on …" is furniture; "Thanks for reading!" alone stays', () => {
		const post = (last: string) =>
			texts(
				`# Recap\n\nKubeCon NA 2020 was virtual.\n\nFlux talks were the best.\n\n${last}\n`,
				'p.md'
			);
		expect(
			post('*Thanks for reading! Follow me on Twitter [@sam](https://twitter.com/sam).*')
		).toEqual(['KubeCon NA 2020 was virtual.', 'Flux talks were the best.']);
		expect(post('Thanks for reading!').at(-1)).toBe('Thanks for reading!');
	});
});
