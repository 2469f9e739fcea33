import { describe, expect, it } from 'vitest';
import { findDates } from '../../../src/lib/ingest/dates';

/** [day, month, year] of each date found, in text order. */
const dates = (text: string) => findDates(text).map((d) => [d.day, d.month, d.year]);

describe('findDates', () => {
	it.each([
		['May 1-4, 2018', [[1, 5, 2018]]],
		['2-4 May 2018', [[2, 5, 2018]]],
		['the March-2015 meetup', [[null, 3, 2015]]],
		['Mon Jun 20 2016', [[20, 6, 2016]]],
		['on 2018-05-02', [[2, 5, 2018]]],
		['2018年11月12日', [[12, 11, 2018]]]
	])('English and ISO: %s', (text, expected) => {
		expect(dates(text)).toEqual(expected);
	});

	it.each([
		['Cloud Native Meetup München, 14. März 2019', [[14, 3, 2019]]],
		['am 7. Dezember 2020 online', [[7, 12, 2020]]],
		['le 3 juin 2019 à Paris', [[3, 6, 2019]]],
		['1er juillet 2021', [[1, 7, 2021]]],
		['el 21 de mayo de 2019 en Barcelona', [[21, 5, 2019]]],
		['il 12 settembre 2018', [[12, 9, 2018]]],
		['em 5 de novembro de 2020', [[5, 11, 2020]]],
		['op 20 mei 2019', [[20, 5, 2019]]],
		['marzo de 2019', [[null, 3, 2019]]],
		['2019년 11월 18일부터 21일까지', [[18, 11, 2019]]],
		['11월 18일', [[18, 11, null]]]
	])('other languages: %s', (text, expected) => {
		expect(dates(text)).toEqual(expected);
	});

	it('reads "14. April 2019" once, and keeps text order with English dates after it', () => {
		expect(dates('KubeCon 14. April 2019, then May 20-23, 2019')).toEqual([
			[14, 4, 2019],
			[20, 5, 2019]
		]);
	});

	it('needs a year for a month name of another language ("mai", "mars" alone are words)', () => {
		expect(dates('Le mai est joli; Mars is red; 3 Mars')).toEqual([]);
	});

	it.each([
		['am 11.12.2018 in Seattle', [[11, 12, 2018]]],
		// Two dates of one month joined by a dash or "to" are one range (its first day here).
		['from 11.12.2018 – 13.12.2018', [[11, 12, 2018]]],
		['Posted 12/20/2018 by Tom', [[20, 12, 2018]]],
		['on 20/12/2018', [[20, 12, 2018]]],
		['2018/12/11', [[11, 12, 2018]]],
		['2019. 5. 21. 바르셀로나', [[21, 5, 2019]]],
		['投稿日: 2019.11.25', [[25, 11, 2019]]],
		['2019.05.20 ~ 2019.05.23 바르셀로나', [[20, 5, 2019]]],
		// The other slash date of the text tells which comes first.
		[
			'from 12/11/2018 to 13/12/2018',
			[
				[12, 11, 2018],
				[13, 12, 2018]
			]
		],
		['from 12/10/2018 to 12/13/2018', [[10, 12, 2018]]],
		['12/12/2018', [[12, 12, 2018]]]
	])('dates in digits: %s', (text, expected) => {
		expect(dates(text)).toEqual(expected);
	});

	it.each([
		'12/11/2018',
		'Kubernetes v1.12.2018',
		'build 1.12.2018.4',
		'3/4/2019 and 5/6/2019',
		'IntelliJ 2018.3.1',
		'CalVer 2019.10.1 and 2019.10.123',
		'v2019.05.21'
	])('not an ambiguous slash date nor a version: %s', (text) => {
		expect(dates(text)).toEqual([]);
	});
});
