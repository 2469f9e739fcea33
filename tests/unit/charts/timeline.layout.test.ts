import { describe, expect, it } from 'vitest';
import { scaleUtc } from 'd3';
import {
	brushYears,
	dodge,
	eventDate,
	maxRadius,
	seriesLines,
	spreadLabels,
	stepRange,
	timeDomain,
	timelineBands,
	yearExtent
} from '$lib/charts/timeline/timeline.layout';
import type { SeriesPoint } from '$lib/db/types';

const bounds = { from: 2014, to: 2021 };

describe('event placement', () => {
	it('uses the start date, else the middle of the year', () => {
		expect(eventDate({ startDate: '2019-11-18', year: 2019 }).toISOString()).toBe(
			'2019-11-18T00:00:00.000Z'
		);
		expect(eventDate({ startDate: null, year: 2016 }).toISOString()).toBe(
			'2016-07-01T00:00:00.000Z'
		);
	});

	it.each([
		[[], { from: 2014, to: 2021 }],
		[[{ year: 2018 }], { from: 2018, to: 2018 }],
		[[{ year: 2019 }, { year: 2015 }, { year: 2017 }], { from: 2015, to: 2019 }]
	])('yearExtent(%j) = %j', (events, range) => expect(yearExtent(events)).toEqual(range));

	it('spans whole years on the axis', () => {
		const [a, b] = timeDomain({ from: 2014, to: 2021 });
		expect([a.toISOString(), b.toISOString()]).toEqual([
			'2014-01-01T00:00:00.000Z',
			'2022-01-01T00:00:00.000Z'
		]);
	});

	it('dodges circles at the same date so none overlap, the first stays on the centre line', () => {
		const items = ['a', 'b', 'c', 'd'].map((id) => ({ id, x: 100, r: 10 }));
		const y = dodge(items, 1);
		expect(y.get('a')).toBe(0);
		const ys = [...y.values()].sort((p, q) => p - q);
		for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(21);
	});

	it('leaves circles far apart on the centre line and is order-independent', () => {
		const items = [
			{ id: 'b', x: 300, r: 10 },
			{ id: 'a', x: 100, r: 10 }
		];
		expect([...dodge(items)].sort()).toEqual([
			['a', 0],
			['b', 0]
		]);
		const shuffled = [
			{ id: 'z', x: 50, r: 8 },
			{ id: 'y', x: 52, r: 8 }
		];
		expect(dodge(shuffled)).toEqual(dodge([...shuffled].reverse()));
	});

	it.each([
		[400, 400, 1, 24], // capped at 24 px
		[100, 300, 1, 74 / 6], // a sixth of a 74 px band
		[400, 200, 50, Math.sqrt((200 * 374 * 0.33) / (Math.PI * 50))], // all circles must fit
		[400, 200, 1, 200 / 14], // a narrow chart: a fourteenth of its width
		[400, 10, 500, 4] // never below 4 px
	])('maxRadius(h=%d, w=%d, weight=%d) = %d', (height, width, weight, r) =>
		expect(maxRadius(timelineBands(height, false), width, weight)).toBeCloseTo(r)
	);

	it('shrinks circles when many events share a narrow band', () => {
		const bands = timelineBands(400, true);
		expect(maxRadius(bands, 330, 20)).toBeLessThan(maxRadius(bands, 1200, 20));
	});

	it('splits the height: events, axis, then series', () => {
		const b = timelineBands(400, true);
		expect(b.events[1]).toBe(b.axis);
		expect(b.series[0]).toBeGreaterThan(b.axis);
		expect(b.series[1]).toBe(400);
		expect(timelineBands(400, false).series).toEqual([400, 400]);
	});
});

describe('brush', () => {
	const x = scaleUtc().domain(timeDomain(bounds)).range([0, 800]);
	const invert = (px: number) => x.invert(px);

	it.each([
		[250, 450, { from: 2016, to: 2018 }],
		[450, 250, { from: 2016, to: 2018 }],
		[-50, 2000, { from: 2014, to: 2021 }],
		[305, 305, { from: 2017, to: 2017 }]
	])('pixels %d→%d give %j', (a, b, r) => expect(brushYears(a, b, invert, bounds)).toEqual(r));

	it.each([
		[null, 1, false, { from: 2014, to: 2014 }],
		[null, -1, false, { from: 2021, to: 2021 }],
		[{ from: 2016, to: 2017 }, 1, false, { from: 2017, to: 2018 }],
		[{ from: 2016, to: 2017 }, -1, false, { from: 2015, to: 2016 }],
		[{ from: 2020, to: 2021 }, 1, false, { from: 2020, to: 2021 }],
		[{ from: 2014, to: 2015 }, -1, false, { from: 2014, to: 2015 }],
		[{ from: 2016, to: 2017 }, 1, true, { from: 2016, to: 2018 }],
		[{ from: 2016, to: 2016 }, -1, true, { from: 2016, to: 2016 }],
		[{ from: 2016, to: 2021 }, 1, true, { from: 2016, to: 2021 }]
	])('stepRange(%j, %d, resize=%s) = %j', (range, delta, resize, out) =>
		expect(stepRange(range, delta, bounds, resize)).toEqual(out)
	);
});

describe('series lines', () => {
	const p = (key: string, eventId: string, date: string, value: number): SeriesPoint => ({
		key,
		kind: 'project',
		label: key.toUpperCase(),
		eventId,
		date,
		value
	});

	it('groups by key, orders points by date and lines by total (palette slot)', () => {
		const lines = seriesLines([
			p('helm', 'b', '2018-05-02', 5),
			p('k8s', 'b', '2018-05-02', 30),
			p('helm', 'a', '2016-03-10', 1),
			p('k8s', 'a', '2016-03-10', 10),
			p('bad', 'x', 'not a date', 99)
		]);
		expect(lines.map((l) => [l.key, l.slot])).toEqual([
			['k8s', 0],
			['helm', 1]
		]);
		expect(lines[1]!.points.map((q) => q.eventId)).toEqual(['a', 'b']);
	});

	it.each([
		[[10, 12, 50], 10, 0, 100, [10, 20, 50]],
		[[95, 96, 97], 10, 0, 100, [80, 90, 100]],
		[[50, 10], 10, 0, 100, [50, 10]],
		[[], 10, 0, 100, []]
	])('spreadLabels(%j, gap %d) = %j', (ys, gap, top, bottom, out) =>
		expect(spreadLabels(ys, gap, top, bottom)).toEqual(out)
	);
});
