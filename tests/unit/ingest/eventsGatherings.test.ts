import { describe, expect, it } from 'vitest';
import { attributeEvents } from '../../../src/lib/ingest/events';
import { compileEventIndex } from '../../../src/lib/ingest/eventRefs';
import { CATALOG, makeDoc } from './extractionFixtures';

const index = compileEventIndex(CATALOG);

describe('a gathering named in four words', () => {
	it('"Cloud Native Computing Berlin meetup" keeps its first word', () => {
		const doc = makeDoc({
			title: 'Cloud Native Computing Berlin meetup, 12 March 2019',
			sections: [
				{
					passages: [
						'We had two great talks at the Cloud Native Computing Berlin meetup last night.'
					]
				}
			]
		});
		const { createdEvents, passageEvents } = attributeEvents(doc, index);
		expect(createdEvents).toEqual([
			expect.objectContaining({
				id: 'cloud-native-computing-berlin-meetup-2019-03',
				name: 'Cloud Native Computing Berlin meetup (March 2019)',
				city: 'Berlin'
			})
		]);
		expect(passageEvents[0]![0]!.eventId).toBe('cloud-native-computing-berlin-meetup-2019-03');
	});

	it('a verb that opens the sentence is not part of the name', () => {
		const doc = makeDoc({
			title: 'Notes',
			published: '2019-03-13',
			sections: [{ passages: ['Attended Cloud Native Berlin meetup on 12 March 2019.'] }]
		});
		expect(attributeEvents(doc, index).createdEvents.map((e) => e.name)).toEqual([
			'Cloud Native Berlin meetup (March 2019)'
		]);
	});
});
