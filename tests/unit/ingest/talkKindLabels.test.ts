import { describe, expect, it } from 'vitest';
import { talksInPassage } from '../../../src/lib/ingest/talks';

const talks = (text: string, kind: 'list' | 'paragraph' = 'list') =>
	talksInPassage(text, kind).map((t) => [t.title, t.speakers, t.organizations]);

describe('a breakout label before the colon is no part of the title', () => {
	it.each([
		['Breakout: Windows containers by Jane Doe', [['Windows containers', ['Jane Doe'], []]]],
		[
			'Breakout session: Scaling etcd – John Roe (Acme)',
			[['Scaling etcd', ['John Roe'], ['Acme']]]
		],
		// A schedule's own titles keep theirs.
		[
			'Keynote: Welcome Back – Jane Doe, Google',
			[['Keynote: Welcome Back', ['Jane Doe'], ['Google']]]
		]
	])('%s', (line, expected) => {
		expect(talks(line)).toEqual(expected);
	});
});
