/**
 * A gathering created from a title that gives its month ("Cloud Native Meetup Hamburg, May
 * 2022") is on the day the first sentences give beside its name ("Last Tuesday (May 17, 2022) we
 * hosted the third Cloud Native Meetup Hamburg"), when that day is in the title's month. Before,
 * the month of the title stayed its date ("2022-05").
 */
import { describe, expect, it } from 'vitest';
import { createdEvents } from './fixtureIngest';

const created = (...lines: string[]) =>
	createdEvents('meetup.md', ...lines).map((e) => [e.id, e.start_date, e.end_date]);

describe('the day of a gathering whose title gives its month', () => {
	it('is the day stated beside its name', () => {
		expect(
			created(
				'# Cloud Native Meetup Hamburg, May 2022',
				'',
				'Last Tuesday (May 17, 2022) we hosted the third Cloud Native Meetup Hamburg at our office.',
				'',
				'Thanks to everyone who came!'
			)
		).toEqual([['cloud-native-meetup-hamburg-2022-05', '2022-05-17', '2022-05-17']]);
	});

	it('without a year, in the post’s year', () => {
		expect(
			created(
				'---',
				'title: "Kubernetes Meetup Vienna – March 2023"',
				'date: 2023-03-20',
				'---',
				'',
				'On Thursday, March 16 the Kubernetes Meetup Vienna met at the Acme office.'
			)
		).toEqual([['kubernetes-meetup-vienna-2023-03', '2023-03-16', '2023-03-16']]);
	});

	it('stays the month when the day stated is in another month', () => {
		expect(
			created(
				'# Cloud Native Meetup Hamburg, May 2022',
				'',
				'On April 28, 2022 we announced the third Cloud Native Meetup Hamburg.',
				'',
				'It was a full house.'
			)
		).toEqual([['cloud-native-meetup-hamburg-2022-05', '2022-05', '2022-05']]);
	});
});

describe('the sentence that dates a gathering', () => {
	it('runs on past the dot of a German day ("vom 17. bis 18. Juli")', () => {
		expect(
			created(
				'---',
				'title: "Kubernetes Community Days Munich 2023"',
				'date: 2023-07-20',
				'---',
				'',
				'Die Kubernetes Community Days Munich 2023 fanden vom 17. bis 18. Juli statt.'
			)
			// (The verb "fanden vom …" dates the name itself, as "took place on July 17–18" does: the
			// id takes the month, as the English one's does.)
		).toEqual([['kubernetes-community-days-munich-2023-07', '2023-07-17', '2023-07-18']]);
		expect(
			created(
				'# Cloud Native Summit Munich 2023',
				'',
				'Am 12. Juni trafen sich 400 Leute zum Cloud Native Summit Munich. Es war voll.'
			)
		).toEqual([['cloud-native-summit-munich-2023', '2023-06-12', '2023-06-12']]);
	});
});
