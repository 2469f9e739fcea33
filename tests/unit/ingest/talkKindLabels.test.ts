import { describe, expect, it } from 'vitest';
import { talksInPassage } from '../../../src/lib/ingest/talks';
import { ingestText } from './fixtureIngest';

const talks = (text: string, kind: 'list' | 'paragraph' = 'list') =>
	talksInPassage(text, kind).map((t) => [t.title, t.speakers, t.organizations]);

describe('French typography and talk kinds as titles', () => {
	it.each([
		['Keynote : Jane Doe', [['Keynote by Jane Doe', ['Jane Doe'], []]]],
		[
			'Keynote : Kelsey Hightower (Google)',
			[['Keynote by Kelsey Hightower', ['Kelsey Hightower'], ['Google']]]
		]
	])('%s', (line, expected) => {
		expect(talks(line)).toEqual(expected);
		expect(talks(line, 'paragraph')).toEqual(expected);
	});

	it('a French kind of session, as the title, is named after its speaker', () => {
		const r = ingestText(
			'recap.md',
			'# KubeCon Europe 2019\n\nNotre récit de KubeCon Europe 2019 à Barcelone.\n\n- Ouverture – Priyanka Sharma, CNCF\n- Table ronde – Jane Doe (Acme)\n- Clôture – John Roe, Globex\n'
		);
		expect(r.talks.map((t) => [t.title, t.speakers])).toEqual([
			['Ouverture by Priyanka Sharma', ['Priyanka Sharma']],
			['Table ronde by Jane Doe', ['Jane Doe']],
			['Clôture by John Roe', ['John Roe']]
		]);
	});
});

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
