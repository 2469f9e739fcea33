import { describe, expect, it } from 'vitest';
import { talksInPassage } from '../../../src/lib/ingest/talks';

const talks = (text: string) =>
	talksInPassage(text).map((t) => [t.title, t.speakers, t.organizations]);

describe('a speaker label first, then a dash and the title', () => {
	it.each([
		[
			'Speaker: Jane Doe (Acme) — "Kubernetes Networking Demystified"',
			[['Kubernetes Networking Demystified', ['Jane Doe'], ['Acme']]]
		],
		[
			'Speakers: Jane Doe, John Roe (Acme) - Why We Left Kubernetes',
			[['Why We Left Kubernetes', ['Jane Doe', 'John Roe'], ['Acme']]]
		],
		['Speaker: Jane Doe — “eBPF for everyone”', [['eBPF for everyone', ['Jane Doe'], []]]]
	])('%s', (text, expected) => {
		expect(talks(text)).toEqual(expected);
	});

	it('not a remark after the name', () => {
		expect(talks('Speaker: Jane Doe — she was great')).toEqual([]);
		expect(talks('Speaker: Jane Doe (Acme) -- we loved it.')).toEqual([]);
	});
});

describe('a title label, then a dash before the speaker label', () => {
	it('the dash is not part of the title', () => {
		expect(
			talks('Session: Docker Compose on Kubernetes — Speaker: Mathieu Champlon (Docker)')
		).toEqual([['Docker Compose on Kubernetes', ['Mathieu Champlon'], ['Docker']]]);
	});
});
