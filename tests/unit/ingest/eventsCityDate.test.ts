/**
 * A recap that names no conference series, only a catalog city, published days after the edition
 * held there ("Last week in Copenhagen…", 2018-05-10): that edition.
 */
import { describe, expect, it } from 'vitest';
import { ingestFixture, ingestText } from './fixtureIngest';

describe('a recap that names only a city, published days after the edition there', () => {
	it('"Last week in Copenhagen…" published 2018-05-10 is at KubeCon EU 2018', () => {
		const { r, events, talks } = ingestFixture('city-week-after.md');
		expect(events).toEqual(['kubecon-eu-2018']);
		expect(r.talks.map((t) => t.event_id)).toEqual(['kubecon-eu-2018']);
		expect(talks).toEqual([['Operating Stateful Workloads at Scale', ['Nina Berg'], ['Globex']]]);
	});
});

describe('a city and a date alone', () => {
	it("without the series' field in the text, names no edition", () => {
		const r = ingestText(
			'trip.md',
			'---\ntitle: Holiday\ndate: 2018-05-10\n---\n\nLast week in Copenhagen we ate well and cycled a lot.\n'
		);
		expect(r.passages.map((p) => p.event_id)).toEqual([null]);
	});
});

describe('a series and a city that held several of its editions', () => {
	const seattle = (date: string) =>
		ingestText(
			'seattle.md',
			`---\ntitle: KubeCon Seattle\ndate: ${date}\n---\n# KubeCon Seattle\n\nThe conference was huge this year, with eight thousand people in the convention center.\n`
		).passages.map((p) => [p.event_id, p.unattributed_reason]);

	it('"KubeCon Seattle" published 23 days after the 2018 edition (2016 was there too): 2018', () => {
		expect(seattle('2019-01-05')).toEqual([['kubecon-na-2018', null]]);
	});

	it('not when the publication date is seasons after the latest one', () => {
		expect(seattle('2019-09-20')[0]![0]).toBeNull();
	});
});
