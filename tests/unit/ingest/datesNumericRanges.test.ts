/**
 * A range of days written in digits, the first day bare before the whole date: "24-26.06.2019"
 * (German, Polish, Russian blogs write the dot after the first day or not), "18–19/05/2019"
 * (Spanish, French, Italian), "2019-05-14/15" (ISO with the last day after a slash). Before, only
 * the date was read: a gathering created from the text began on its last day ("ContainerDays,
 * 24-26.06.2019" → 26 June), or ended on its first.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/lib/ingest/dates';
import { createdEvents } from './fixtureIngest';

/** [text, day, month, last day, its month, year] of each date found. */
const spans = (text: string) =>
	findDates(text).map((d) => [
		text.slice(d.start, d.end),
		d.day,
		d.month,
		d.dayTo,
		d.monthTo ?? d.month,
		d.year
	]);

describe('a range of days in digits', () => {
	it.each([
		['vom 24-26.06.2019 in Hamburg', '24-26.06.2019', 24, 6, 26, 6, 2019],
		['w dniach 14–15.11.2019', '14–15.11.2019', 14, 11, 15, 11, 2019],
		['los días 18-19/05/2019 en Barcelona', '18-19/05/2019', 18, 5, 19, 5, 2019],
		['du 7–9/10/2019', '7–9/10/2019', 7, 10, 9, 10, 2019],
		['1-19/05/2019', '1-19/05/2019', 1, 5, 19, 5, 2019],
		['took place 2019-05-14/15 at the ZHAW', '2019-05-14/15', 14, 5, 15, 5, 2019],
		['2019-11-18–21', '2019-11-18–21', 18, 11, 21, 11, 2019]
	])('%s', (text, surface, day, month, dayTo, monthTo, year) => {
		expect(spans(text)).toEqual([[surface, day, month, dayTo, monthTo, year]]);
	});

	it.each([
		// A time, a version, a count, a later first day: no range.
		['12:30-14.06.2019', '14.06.2019', 14, 6, null, 6, 2019],
		['v1.2-14.06.2019', '14.06.2019', 14, 6, null, 6, 2019],
		['26-24.06.2019', '24.06.2019', 24, 6, null, 6, 2019],
		['Teil 3 - 14.06.2019', '14.06.2019', 14, 6, null, 6, 2019],
		['Part 3 - 14/06/2019', '14/06/2019', 14, 6, null, 6, 2019],
		['2019-05-14/2019', '2019-05-14', 14, 5, null, 5, 2019],
		['2019-05-14 - 12:00', '2019-05-14', 14, 5, null, 5, 2019],
		['2019-05-14/10', '2019-05-14', 14, 5, null, 5, 2019]
	])('not: %s', (text, surface, day, month, dayTo, monthTo, year) => {
		expect(spans(text)).toEqual([[surface, day, month, dayTo, monthTo, year]]);
	});

	it('gives a gathering created from the text its first and last day', () => {
		const created = (body: string) =>
			createdEvents(
				'recap.md',
				'---',
				'title: "DataOps Days Hamburg 2019"',
				'date: 2019-06-28',
				'---',
				'',
				body
			).map((e) => [e.name, e.start_date, e.end_date]);
		expect(
			created('DataOps Days Hamburg 2019 fanden vom 24-26.06.2019 im Hafen statt, mit Kubernetes.')
		).toEqual([['DataOps Days Hamburg 2019', '2019-06-24', '2019-06-26']]);
	});
});
