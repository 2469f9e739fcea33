import { describe, expect, it } from 'vitest';
import { talksInPassage } from '../../../src/lib/ingest/talks';

const talks = (text: string) =>
	talksInPassage(text, 'paragraph').map((t) => [t.title, t.speakers, t.organizations]);

describe('a talk named by its subject inside a sentence', () => {
	it.each([
		[
			'Brendan Burns (Microsoft) on patterns for distributed systems was a highlight.',
			'Patterns for distributed systems',
			['Brendan Burns'],
			['Microsoft']
		],
		[
			'Next up was Brendan Burns (Microsoft) on Patterns for Distributed Systems, which I loved.',
			'Patterns for Distributed Systems',
			['Brendan Burns'],
			['Microsoft']
		],
		[
			'We heard from Jane Doe (Acme) about why we need a new scheduler.',
			'Why we need a new scheduler',
			['Jane Doe'],
			['Acme']
		],
		[
			"Kelsey Hightower's keynote on serverless was the highlight.",
			'Serverless',
			['Kelsey Hightower'],
			[]
		],
		["Liz Rice's talk on eBPF superpowers drew a crowd.", 'eBPF superpowers', ['Liz Rice'], []]
	])('%s', (text, title, speakers, organizations) => {
		expect(talks(text)).toEqual([[title, speakers, organizations]]);
	});

	it.each([
		'I chatted with Jane Doe (Acme) about hiring plans.',
		'Then Jane Doe (Acme) on stage said hello.',
		'Jane Doe (Acme) on the panel agreed.',
		'Jane Doe (Acme) on Twitter: great week.',
		'The general session starts with a video (cartoon) about something working in development.'
	])('no talk: %s', (text) => {
		expect(talks(text)).toEqual([]);
	});

	it('a talk word with a day after it stays title-less', () => {
		expect(talks("Kelsey Hightower's keynote on Monday was packed.")).toEqual([
			['Keynote by Kelsey Hightower', ['Kelsey Hightower'], []]
		]);
	});
});
