/**
 * A gathering the title names without its city ("Cloud Native Meetup #14 recap") and the text
 * with it ("we hosted the Cloud Native Meetup Hamburg"): one gathering, in that city. Before, it
 * took the later mention's day but not its city.
 */
import { describe, expect, it } from 'vitest';
import { createdEvents } from './fixtureIngest';

describe('a gathering placed by a later mention', () => {
	it('takes the city the text gives after the title named it without one', () => {
		expect(
			createdEvents(
				'meetup.md',
				'---',
				'title: "Cloud Native Meetup #14 recap"',
				'date: 2019-03-15',
				'---',
				'',
				'On March 12th we hosted the Cloud Native Meetup Hamburg for the fourteenth time.',
				'',
				'Talks covered Knative and Istio on Kubernetes.'
			).map((e) => [e.name, e.start_date, e.city, e.country])
		).toEqual([['Cloud Native Meetup Hamburg (March 2019)', '2019-03-12', 'Hamburg', 'Germany']]);
	});

	it('not the city of another year’s gathering of that name', () => {
		expect(
			createdEvents(
				'meetup.md',
				'---',
				'title: "Cloud Native Meetup 2019 recap"',
				'date: 2019-03-15',
				'---',
				'',
				'Our first was the Cloud Native Meetup Hamburg 2017, two years ago; this one was bigger.'
			).map((e) => [e.year, e.city])
		).not.toContainEqual([2019, 'Hamburg']);
	});
});
