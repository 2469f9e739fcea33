/**
 * "Cloud Native Rejekts EU 2023 ran on April 16–17 in Amsterdam", "DockerCon 2024 took place on
 * October 9–10 in Los Angeles": the city after the day a verb of meeting gives places the
 * gathering or edition created from the text. Before, only a city right after the verb did.
 */
import { describe, expect, it } from 'vitest';
import { createdEvents } from './fixtureIngest';

const created = (...lines: string[]) =>
	createdEvents('recap.md', ...lines).map((e) => [e.name, e.city, e.start_date, e.end_date]);

describe('the city after the day of a verb of meeting', () => {
	it('places a gathering', () => {
		expect(
			created(
				'---',
				'title: "Cloud Native Rejekts EU 2024"',
				'date: 2024-03-25',
				'---',
				'',
				'Cloud Native Rejekts EU 2024 ran on March 17–18 in Paris, right before the big week.'
			)
		).toEqual([['Cloud Native Rejekts EU 2024', 'Paris', '2024-03-17', '2024-03-18']]);
	});

	it('places an edition of a catalog series after the catalog', () => {
		expect(
			created('# Notes', '', 'DockerCon 2024 took place on October 9–10 in Los Angeles.')
		).toEqual([['DockerCon 2024', 'Los Angeles', '2024-10-09', '2024-10-10']]);
	});
});
