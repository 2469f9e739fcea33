import { format } from 'd3';
import { describe, expect, it } from 'vitest';
import {
	eventLabel,
	formatCompact,
	formatDates,
	formatDay,
	formatMonth,
	formatNumber,
	formatPercent,
	formatYearRange,
	parseDay,
	plural
} from '$lib/charts/formats';

describe('formats', () => {
	it.each([
		[0, '0'],
		[12345, '12,345'],
		[999.6, '1,000']
	])('formatNumber(%d) = %s', (n, s) => expect(formatNumber(n)).toBe(s));

	it.each([
		[999, '999'],
		[12345, '12k'],
		[1500000, '1.5M']
	])('formatCompact(%d) = %s', (n, s) => expect(formatCompact(n)).toBe(s));

	it.each([
		[0, '0%'],
		[0.054, '5.4%'],
		[0.123, '12%'],
		[1, '100%'],
		[NaN, '–']
	])('formatPercent(%d) = %s', (n, s) => expect(formatPercent(n)).toBe(s));

	it('writes what d3-format writes (",", ".2~s", ".1%" / ".0%"), which the build leaves out', () => {
		const rng = (() => {
			let s = 7;
			return () => (s = (s * 48271) % 2147483647) / 2147483647;
		})();
		const values = [0, 1, 999, 1000, 1049, 1050, 1499, 1500, 9949, 9950, 9999, 99_500, 999_499];
		values.push(999_999, 1e6, 1.25e9, 3.4e15, 2.1e18, 12_345.5, -12_345, -1500);
		for (let i = 0; i < 2000; i++) values.push(Math.floor(10 ** (rng() * 12)));
		for (const v of values) {
			// d3 turns to exponents past 12 digits; no count here gets near that.
			if (Math.abs(v) < 1e12) expect(formatNumber(v)).toBe(format(',')(Math.round(v)));
			if (Math.abs(v) >= 1000) expect(formatCompact(v)).toBe(format('.2~s')(v));
		}
		const shares = [0, 0.0004, 0.05, 0.0995, 0.1, 0.125, 0.5, 0.995, 1, -0.25];
		for (let i = 0; i < 2000; i++) shares.push(rng());
		for (const x of shares)
			expect(formatPercent(x)).toBe(format(x > 0 && x < 0.1 ? '.1%' : '.0%')(x));
	});

	it.each([
		[1, 'passage', '1 passage'],
		[42, 'passage', '42 passages'],
		[0, 'event', '0 events']
	])('plural(%d, %s) = %s', (n, one, s) => expect(plural(n, one)).toBe(s));

	it('reads calendar dates in UTC, whatever the time zone', () => {
		const d = parseDay('2019-11-18')!;
		expect(d.toISOString()).toBe('2019-11-18T00:00:00.000Z');
		expect(formatDay(d)).toBe('Nov 18, 2019');
		expect(formatMonth(parseDay('2016-03')!)).toBe('Mar 2016');
		expect(parseDay('sometime')).toBeNull();
		expect(parseDay(null)).toBeNull();
	});

	it.each([
		['2019-11-18', '2019-11-21', 'Nov 18, 2019 – Nov 21, 2019'],
		['2019-11-18', '2019-11-18', 'Nov 18, 2019'],
		['2019-11-18', null, 'Nov 18, 2019'],
		['2016-03', '2016-03', 'Mar 2016'],
		[null, null, '']
	])('formatDates(%s, %s) = %s', (a, b, s) => expect(formatDates(a, b)).toBe(s));

	it.each([
		[2016, 2016, '2016'],
		[2016, 2018, '2016–2018']
	])('formatYearRange(%d, %d) = %s', (a, b, s) => expect(formatYearRange(a, b)).toBe(s));

	it.each([
		[
			{
				name: 'KubeCon + CloudNativeCon NA 2019',
				series: 'kubecon',
				region: 'north-america',
				year: 2019
			},
			'KubeCon NA 2019'
		],
		[
			{ name: 'KubeCon Europe 2018', series: 'kubecon', region: 'europe', year: 2018 },
			'KubeCon EU 2018'
		],
		[{ name: 'DockerCon 2016', series: 'dockercon', region: 'us', year: 2016 }, 'DockerCon 2016'],
		[{ name: 'DockerCon 2016', series: 'dockercon', region: null, year: 2016 }, 'DockerCon 2016'],
		[{ name: 'EnvoyCon 2019', series: 'other', region: null, year: 2019 }, 'EnvoyCon 2019'],
		[{ name: 'KubeCon Mars', series: 'kubecon', region: 'mars', year: 2030 }, 'KubeCon mars 2030']
	])('eventLabel(%o) = %s', (e, s) => expect(eventLabel(e)).toBe(s));
});
