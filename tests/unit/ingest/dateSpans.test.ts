/**
 * A range of days that crosses into the next month, written as two dates: "30 April – 2 May 2019",
 * "April 30–May 2, 2019", "30. April bis 2. Mai 2019", "du 30 avril au 2 mai 2019". Before, it
 * gave two dates (the first without its year), and an edition created from the text ended on its
 * first day.
 */
import { describe, expect, it } from 'vitest';
import { distanceToDays, epochDay, findDates } from '../../../src/lib/ingest/dates';
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

describe('a range of days across two months', () => {
	it.each([
		['held 30 April – 2 May 2019 in Lisbon', '30 April – 2 May 2019', 30, 4, 2, 5, 2019],
		['on April 30–May 2, 2019.', 'April 30–May 2, 2019', 30, 4, 2, 5, 2019],
		['from April 30 to May 2', 'April 30 to May 2', 30, 4, 2, 5, null],
		['vom 30. April bis 2. Mai 2019 in Hamburg', '30. April bis 2. Mai 2019', 30, 4, 2, 5, 2019],
		['du 30 avril au 2 mai 2019 à Paris', '30 avril au 2 mai 2019', 30, 4, 2, 5, 2019],
		['del 30 de abril al 2 de mayo de 2019', '30 de abril al 2 de mayo de 2019', 30, 4, 2, 5, 2019],
		['de 30 de abril a 2 de maio de 2019', '30 de abril a 2 de maio de 2019', 30, 4, 2, 5, 2019],
		['2019年6月30日至7月2日在上海', '2019年6月30日至7月2日', 30, 6, 2, 7, 2019],
		['2019-04-30 to 2019-05-02', '2019-04-30 to 2019-05-02', 30, 4, 2, 5, 2019]
	])('%s', (text, surface, day, month, dayTo, monthTo, year) => {
		expect(spans(text)).toEqual([[surface, day, month, dayTo, monthTo, year]]);
	});

	it.each([
		// Weekdays, "through", Japanese "から", Korean "부터", German dotted days.
		['Monday, May 20 – Thursday, May 23, 2019', 20, 5, 23, 5, 2019],
		['Mon, April 29 – Thu, May 2', 29, 4, 2, 5, null],
		['May 20 through 23, 2019', 20, 5, 23, 5, 2019],
		['2019年5月20日(月)〜23日(木)', 20, 5, 23, 5, 2019],
		['2019年4月30日（火）～5月2日（木）', 30, 4, 2, 5, 2019],
		['2019年5月20日から23日まで', 20, 5, 23, 5, 2019],
		['2019년 5월 20일(월)~23일(목)', 20, 5, 23, 5, 2019],
		['2019년 11월 18일부터 21일까지', 18, 11, 21, 11, 2019],
		['vom 20.-23.05.2019', 20, 5, 23, 5, 2019],
		['vom 30.04. bis 02.05.2019', 30, 4, 2, 5, 2019]
	])('with the words around it: %s', (text, day, month, dayTo, monthTo, year) => {
		expect(spans(text).map((d) => d.slice(1))).toEqual([[day, month, dayTo, monthTo, year]]);
	});

	it.each([
		// Chinese blogs: the year first in digits with the last day after it, and 号 for 日.
		['2018/11/14-15，上海', 14, 11, 15, 11, 2018],
		['2019.06.24～26', 24, 6, 26, 6, 2019],
		['2018年11月14号至15号', 14, 11, 15, 11, 2018],
		['11月14号', 14, 11, null, 11, null]
	])('in Chinese digits: %s', (text, day, month, dayTo, monthTo, year) => {
		expect(spans(text).map((d) => d.slice(1))).toEqual([[day, month, dayTo, monthTo, year]]);
	});

	it('not a time after a date written year first ("2018/11/14-15:00")', () => {
		expect(spans('2018/11/14-15:00').map((d) => d.slice(1))).toEqual([[14, 11, null, 11, 2018]]);
	});

	it('and within one month when the month is said twice ("May 1 – May 4, 2018")', () => {
		expect(spans('May 1 – May 4, 2018')).toEqual([['May 1 – May 4, 2018', 1, 5, 4, 5, 2018]]);
	});

	it.each([
		// Two days, not a range; a span of weeks; two years.
		'May 1 and May 3, 2019',
		'from March 3 to April 20',
		'Dec 30, 2018 – Jan 2, 2019',
		'30 April 2018 – 2 May 2019'
	])('not: %s', (text) => {
		expect(findDates(text).length).toBe(2);
	});

	it('measures its distance to an edition up to its last day', () => {
		const [d] = findDates('30 April – 2 May 2019');
		const may2 = epochDay(2019, 5, 2);
		expect(distanceToDays(d!, 2019, may2, may2 + 3)).toBe(0);
		expect(distanceToDays(d!, 2019, may2 + 3, may2 + 5)).toBe(3);
	});
});

describe('an edition created from the text', () => {
	const created = (...lines: string[]) =>
		createdEvents('recap.md', ...lines).map((e) => [e.start_date, e.end_date]);

	it.each([
		['DevOpsDays Kiel 2019 was held April 30–May 2, 2019. Lots of Kubernetes talks.'],
		['Die ContainerDays 2019 fanden vom 30. April bis 2. Mai 2019 statt.'],
		['We were at the Cloud Native Summit 2019 (30 April – 2 May 2019).']
	])('ends on the last day, in the next month: %s', (line) => {
		expect(created('---', 'title: Recap', 'date: 2019-05-10', '---', '', line)).toEqual([
			['2019-04-30', '2019-05-02']
		]);
	});
});
