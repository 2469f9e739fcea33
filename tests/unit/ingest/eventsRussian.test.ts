import { describe, expect, it } from 'vitest';
import { attributeEvents } from '../../../src/lib/ingest/events';
import { compileEventIndex } from '../../../src/lib/ingest/eventRefs';
import { findDates } from '../../../src/lib/ingest/dates';
import { CATALOG, makeDoc } from './extractionFixtures';

const index = compileEventIndex(CATALOG);
const candidates = (text: string) => index.findRefs(text).map((r) => r.candidates);

describe('recaps in Russian', () => {
	it.each([
		['KubeCon Европа 2019', 'kubecon-eu-2019'],
		['KubeCon Северная Америка 2018', 'kubecon-na-2018'],
		['KubeCon Китай 2019', 'kubecon-cn-2019'],
		['KubeCon 2019 в Сан-Диего', 'kubecon-na-2019'],
		['KubeCon в Копенгагене', 'kubecon-eu-2018']
	])('names an edition by region or city, in any case: %s', (text, id) => {
		expect(candidates(text)).toEqual([[id]]);
	});

	it('reads month names ("23 мая 2019", "18 ноября 2019")', () => {
		// A range of days, from its first day to its last ("с 20 по 23").
		expect(
			findDates('С 20 по 23 мая 2019 года').map((d) => [d.day, d.dayTo, d.month, d.year])
		).toEqual([[20, 23, 5, 2019]]);
		expect(findDates('18 ноября 2019').map((d) => d.month)).toEqual([11]);
	});

	it('gives the document its edition from the dates and city of the text', () => {
		const doc = makeDoc({
			title: 'Впечатления от KubeCon',
			sections: [
				{
					passages: [
						'С 20 по 23 мая 2019 года в Барселоне прошла KubeCon + CloudNativeCon Europe.',
						'В следующем году KubeCon Европа 2020 пройдёт в Амстердаме.'
					]
				}
			]
		});
		expect(attributeEvents(doc, index).passageEvents[0]!.map((p) => p.eventId)).toEqual([
			'kubecon-eu-2019',
			'kubecon-eu-2019'
		]);
	});
});
