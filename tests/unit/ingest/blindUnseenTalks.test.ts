/**
 * Talk shapes a blind test on unseen recaps left unread: "gave the most honest keynote of the
 * event: “Title”" (a phrase after the talk word), a heading in Japanese quotes over "Name (Org)
 * による発表".
 */
import { describe, expect, it } from 'vitest';
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
