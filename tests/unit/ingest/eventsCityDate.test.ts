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
