/**
 * An edition created from the text is placed by a verb of return as by one of meeting: "DockerCon
 * 2023 is back in person, in Los Angeles", "… returned to Paris", "… came back to Chicago this
 * year". Before, only "took place in", "was held in" … placed it.
 */
import { describe, expect, it } from 'vitest';
import { createdEvents } from './fixtureIngest';

const created = (...lines: string[]) =>
	createdEvents('recap.md', ...lines).map((e) => [e.id, e.city]);

describe('an edition placed by a verb of return', () => {
	it.each([
		['DockerCon 2024 is back in person, in Los Angeles, and we were there.', 'dockercon-2024'],
		['DockerCon 2024 is back, in person, in Los Angeles.', 'dockercon-2024'],
		['DockerCon 2024 was back in Los Angeles this fall.', 'dockercon-2024'],
		['DockerCon 2024 returned to Los Angeles with two days of talks.', 'dockercon-2024'],
		['DockerCon 2024 came back to Los Angeles this year.', 'dockercon-2024']
	])('%s', (text, id) => {
		expect(created('# Notes', '', text)).toEqual([[id, 'Los Angeles']]);
	});

	it('not by a return with no city after it', () => {
		expect(created('# Notes', '', 'DockerCon 2024 is back in person, and bigger.')).toEqual([
			['dockercon-2024', null]
		]);
	});
});
