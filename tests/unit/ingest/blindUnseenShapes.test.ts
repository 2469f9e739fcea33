/**
 * Shapes a blind test on unseen recaps left misread: a dateline before a byline or a venue read as
 * a talk's title.
 */
import { describe, expect, it } from 'vitest';
import { ingestText, talks } from './fixtureIngest';

describe('a dateline is no talk title', () => {
	it.each([
		'San Diego, November 2019 — by Owen Price',
		'November 20, 2018 | by Wei Chen, Platform Team',
		'*Seattle, June 19-21, 2016 — Washington State Convention Center*',
		'12 September 2019 – Jane Doe (Acme)'
	])('%s', (line) => {
		expect(talks(line)).toEqual([]);
	});

	it('under a title, the post still has its talks', () => {
		const r = ingestText(
			'post.md',
			'# Five things I learned at KubeCon NA 2019\n\nSan Diego, November 2019 — by Owen Price\n\n- "Service Mesh Interface in Practice" by Michelle Noorali (Microsoft)\n'
		);
		expect(r.talks.map((t) => [t.title, t.speakers])).toEqual([
			['Service Mesh Interface in Practice', ['Michelle Noorali']]
		]);
	});

	it('a title that only ends on a year stays one', () => {
		expect(talks('Kubernetes in 2019 – Jane Doe (Acme)')).toEqual([
			['Kubernetes in 2019', ['Jane Doe'], ['Acme']]
		]);
		expect(talks('The State of March 2020 – Jane Doe (Acme)')).toEqual([
			['The State of March 2020', ['Jane Doe'], ['Acme']]
		]);
	});
});
