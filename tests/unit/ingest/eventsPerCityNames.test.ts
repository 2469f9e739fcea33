/**
 * Gatherings held in many cities under one name (a meetup, Kubernetes Community Days, DevOpsDays)
 * are named with their city, so that two cities' editions in one month are two events.
 */
import { describe, expect, it } from 'vitest';
import { createdEvents } from './fixtureIngest';

const named = (...lines: string[]) =>
	createdEvents('recap.md', '---', 'title: Recap', 'date: 2021-06-20', '---', '', ...lines).map(
		(e) => [e.id, e.name, e.city]
	);

describe('a gathering held in many cities', () => {
	it('keeps its city in the name when the text gives it apart ("…Days Munich, June 12–13")', () => {
		expect(
			named('Kubernetes Community Days Munich, June 12–13, was our first KCD. Lots of Argo CD.')
		).toEqual([
			[
				'kubernetes-community-days-munich-2021-06',
				'Kubernetes Community Days Munich (June 2021)',
				'Munich'
			]
		]);
	});

	it('a one-city conference is named as written', () => {
		expect(
			named('ContainerDays 2021 took place in Hamburg on June 8. Lots of Kubernetes.')
		).toEqual([['containerdays-2021', 'ContainerDays 2021', 'Hamburg']]);
	});
});
