/**
 * Talk shapes a blind test on unseen recaps left unread: "gave the most honest keynote of the
 * event: “Title”" (a phrase after the talk word), a heading in Japanese quotes over "Name (Org)
 * による発表"; a dateline under a heading read as its speakers; a video chapter's time in a
 * title; "Name (Org) opened with “Title”".
 */
import { describe, expect, it } from 'vitest';
import { parseSpeakerList } from '../../../src/lib/ingest/speakers';
import { ingestText, talks } from './fixtureIngest';

describe('a phrase between the talk word and the quoted title', () => {
	it.each([
		'Oliver Beattie (Monzo) gave the most honest keynote of the event: "Anatomy of a Production Kubernetes Outage".',
		'Oliver Beattie (Monzo) gave the keynote at the conference, "Anatomy of a Production Kubernetes Outage".'
	])('%s', (text) => {
		expect(talks(text)).toEqual([
			['Anatomy of a Production Kubernetes Outage', ['Oliver Beattie'], ['Monzo']]
		]);
	});
});

describe('a heading in Japanese quotes over "Name (Org) による発表"', () => {
	it("is that person's talk, its title as the quotes give it", () => {
		const r = ingestText(
			'report.md',
			'# KubeCon China 2019 参加レポート\n\n### 「Harbor 1.8 の新機能」\nHenry Zhang (VMware) による発表。Harbor のレプリケーション機能が紹介されました。\n'
		);
		expect(r.talks.map((t) => [t.title, t.speakers, t.organizations])).toEqual([
			['Harbor 1.8 の新機能', ['Henry Zhang'], ['VMware']]
		]);
	});
});

describe('a dateline under a title is no speaker list', () => {
	it('"Recorded November 19, 2019, San Diego." is the date, not "San Diego" of "2019"', () => {
		const r = ingestText(
			'chapters.md',
			'# KubeCon NA 2019 keynotes — my timestamps\n\nRecorded November 19, 2019, San Diego.\n\n00:00 Welcome Remarks – Vicki Cheung, Lyft\n'
		);
		expect(r.talks.map((t) => [t.title, t.speakers, t.organizations])).toEqual([
			['Welcome Remarks', ['Vicki Cheung'], ['Lyft']]
		]);
		expect(r.sources[0]!.published).toBe('2019-11-19');
	});

	it('nor is a date with a place anywhere', () => {
		expect(parseSpeakerList('Recorded November 19, 2019, San Diego')).toBe(null);
		expect(parseSpeakerList('Jane Doe, Acme, May 21, 2019')).toBe(null);
	});
});

describe("a video chapter's time and bar", () => {
	it.each([
		['27:05 Keynote: Linkerd at Scale | William Morgan (Buoyant)', 'Keynote: Linkerd at Scale'],
		['10:55 Linkerd at Scale | William Morgan | Buoyant', 'Linkerd at Scale']
	])('%s', (line, title) => {
		expect(talks(line)).toEqual([[title, ['William Morgan'], ['Buoyant']]]);
	});
});

describe('"Name (Org) opened with “Title”"', () => {
	it('is a talk; without the organisation, or without a person, it is not', () => {
		const title = 'Kubernetes and the Path to Serverless';
		expect(talks(`Kelsey Hightower (Google) opened with "${title}".`)).toEqual([
			[title, ['Kelsey Hightower'], ['Google']]
		]);
		expect(talks(`Kelsey Hightower opened with "${title}".`)).toEqual([]);
		expect(talks('The day opened with "a joke".')).toEqual([]);
	});
});

describe('the speaker after a sentence end, or after "our colleague"', () => {
	it('"…the first KubeCon. Kelsey Hightower gave the keynote “Title”"', () => {
		expect(
			talks(
				'About 500 people came to the first KubeCon. Kelsey Hightower gave the keynote "Kubernetes and the Container Ecosystem".'
			)
		).toEqual([['Kubernetes and the Container Ecosystem', ['Kelsey Hightower'], []]]);
	});

	it.each([
		'including "Running Vitess on Kubernetes" by our colleague Ana Ruiz (PlanetScale).',
		'The talk "Running Vitess on Kubernetes" by my fellow maintainer Ana Ruiz (PlanetScale) was packed.'
	])('%s', (text) => {
		expect(talks(text)).toEqual([['Running Vitess on Kubernetes', ['Ana Ruiz'], ['PlanetScale']]]);
	});

	it('"by our team" names nobody', () => {
		expect(talks('"Running Vitess on Kubernetes" by our team was fun.')).toEqual([]);
	});
});

describe('co-speakers before "presented"', () => {
	it.each([
		['Jane Doe and John Roe (Acme)', ['Jane Doe', 'John Roe'], ['Acme']],
		['Jane Doe (Acme) and John Roe (Globex)', ['Jane Doe', 'John Roe'], ['Acme', 'Globex']],
		['Jane Doe, Ann Lee and John Roe (Acme)', ['Jane Doe', 'Ann Lee', 'John Roe'], ['Acme']]
	])('%s presented “Title”', (names, speakers, organizations) => {
		expect(talks(`${names} presented "Scaling Prometheus at Home".`)).toEqual([
			['Scaling Prometheus at Home', speakers, organizations]
		]);
	});

	it('a project before "and" is no co-speaker', () => {
		expect(talks('Kubernetes and John Roe (Acme) presented "Scaling Prometheus at Home".')).toEqual(
			[['Scaling Prometheus at Home', ['John Roe'], ['Acme']]]
		);
	});
});
