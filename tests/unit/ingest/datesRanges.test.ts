/**
 * Ranges of days as recaps in other languages write them: "9月26日至28日", "du 18 au 21 avril",
 * "vom 18. bis 21. April", "del 2 al 4 de mayo", "de 2 a 4 de maio", "6月24日〜26日". Before, the
 * Chinese and Japanese forms gave their first day alone, the European ones their last day alone
 * with a year, and nothing without one; an event created from the text had no days.
 */
import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/lib/ingest/dates';
import { createdEvents } from './fixtureIngest';

/** [day, last day, month, year] of each date found, in text order. */
const ranges = (text: string) => findDates(text).map((d) => [d.day, d.dayTo, d.month, d.year]);

describe('a range of days', () => {
	it.each([
		['大会于 10月15日至17日 举行', [[15, 17, 10, null]]],
		['2022年10月15日至17日', [[15, 17, 10, 2022]]],
		['会期 2022 年 10 月 15 日至 17 日', [[15, 17, 10, 2022]]],
		['10月15-17日', [[15, 17, 10, null]]],
		['7月12日〜14日に開催', [[12, 14, 7, null]]],
		['2023年7月12日～14日', [[12, 14, 7, 2023]]],
		['9월 5일~7일', [[5, 7, 9, null]]],
		// A day of the next month ends a range that crosses into it (dateSpans.test.ts), not one
		// of this month's days ("至7" is no 7th).
		['6月30日至7月2日', [[30, 2, 6, null]]],
		['12月5日-3日', [[5, null, 12, null]]]
	])('in Chinese, Japanese and Korean: %s', (text, expected) => {
		expect(ranges(text)).toEqual(expected);
	});

	it.each([
		['le salon a eu lieu du 7 au 9 octobre', [[7, 9, 10, null]]],
		['du 7 au 9 octobre 2022 à Lyon', [[7, 9, 10, 2022]]],
		['du 1er au 3 juin', [[1, 3, 6, null]]],
		['vom 7. bis 9. Oktober in Köln', [[7, 9, 10, null]]],
		['vom 7.–9. Oktober 2022', [[7, 9, 10, 2022]]],
		['del 5 al 7 de octubre', [[5, 7, 10, null]]],
		['del 5 al 7 de octubre de 2022', [[5, 7, 10, 2022]]],
		['de 5 a 7 de outubro', [[5, 7, 10, null]]],
		['dal 5 al 7 ottobre 2022', [[5, 7, 10, 2022]]],
		['od 5 do 7 października', [[5, 7, 10, null]]],
		['van 5 tot 7 oktober', [[5, 7, 10, null]]],
		// The English forms, and one the other languages share, as before (or now whole).
		['October 5–7', [[5, 7, 10, null]]],
		['5-7 October', [[5, 7, 10, null]]],
		['5–7 December 2022', [[5, 7, 12, 2022]]]
	])('in the European languages: %s', (text, expected) => {
		expect(ranges(text)).toEqual(expected);
	});

	it.each([
		['le 7 octobre', [[7, null, 10, null]]],
		['am 7. Oktober', [[7, null, 10, null]]],
		['el 7 de octubre', [[7, null, 10, null]]]
	])('a day without a year, marked or in lower case: %s', (text, expected) => {
		expect(ranges(text)).toEqual(expected);
	});

	it('no month name of another language alone, nor a capitalised one without a mark', () => {
		expect(ranges('Le mai est joli; 3 Mars missions; Mai 2 Tai')).toEqual([]);
	});
});

describe('an edition created from the text', () => {
	const created = (...lines: string[]) =>
		createdEvents('recap.md', ...lines).map((e) => [e.name, e.start_date, e.end_date]);

	it('takes its days from a range in French, Spanish or Japanese', () => {
		expect(
			created(
				'---',
				'title: "Retour sur le Cloud Native Summit Lyon 2022"',
				'date: 2022-10-20',
				'---',
				'',
				"Le Cloud Native Summit Lyon 2022 s'est tenu du 7 au 9 octobre à Lyon."
			)
		).toEqual([['Cloud Native Summit Lyon 2022', '2022-10-07', '2022-10-09']]);
		expect(
			created('# Notas', '', 'Fuimos a la KubeCon Europe 2025 en Londres, del 1 al 4 de abril.')
		).toEqual([['KubeCon + CloudNativeCon Europe 2025', '2025-04-01', '2025-04-04']]);
		expect(created('# メモ', '', 'KubeCon Japan 2025 は 6月16日〜17日 に開催されました。')).toEqual(
			[['KubeCon Japan 2025', '2025-06-16', '2025-06-17']]
		);
	});
});
