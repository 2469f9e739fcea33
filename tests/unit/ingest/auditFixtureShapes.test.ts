import { describe, expect, it } from 'vitest';
import { ingestFixture } from './fixtureIngest';

const surfaces = (r: ReturnType<typeof ingestFixture>['r']) =>
	new Set(r.mentions.map((m) => m.project_id));

describe('recap shapes from the attribution audit', () => {
	it('Jekyll: `date:` with a time and a zone is the day as written; `author:` as a map', () => {
		const { source, events, r } = ingestFixture('jekyll-categories-tz.md');
		expect(source).toMatchObject({
			title: 'Notes from a week in Barcelona',
			author: 'Priya Example',
			published: '2019-05-24'
		});
		expect(events).toEqual(['kubecon-eu-2019']);
		expect(surfaces(r)).toContain('opentelemetry');
		expect(r.warnings).toEqual([]);
	});

	it('a list of co-located days with their dates keeps the recap at its edition', () => {
		const { source, r } = ingestFixture('colocated-day-zero-list.md');
		expect(source.published).toBe('2019-11-22');
		expect(r.passages[0]!.event_id).toBe('kubecon-na-2019');
		expect(r.passages.at(-1)!.event_id).toBe('kubecon-na-2019');
		for (const id of ['envoy', 'opa', 'falco', 'prometheus']) expect(surfaces(r)).toContain(id);
	});

	it('Dutch: dates in words and the region at the end of the sentence', () => {
		const { source, r } = ingestFixture('dutch-date-words.md');
		expect(source.published).toBe('2019-05-27');
		expect(r.passages.slice(0, 3).map((p) => p.event_id)).toEqual([
			'kubecon-eu-2019',
			'kubecon-eu-2019',
			'kubecon-eu-2019'
		]);
		for (const id of ['opentelemetry', 'linkerd', 'flux', 'helm'])
			expect(surfaces(r)).toContain(id);
	});
});
