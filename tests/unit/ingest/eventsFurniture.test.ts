import { describe, expect, it } from 'vitest';
import { attributeEvents } from '../../../src/lib/ingest/events';
import { compileEventIndex } from '../../../src/lib/ingest/eventRefs';
import { CATALOG, makeDoc } from './extractionFixtures';

const index = compileEventIndex(CATALOG);

describe('a web page’s related posts and comments', () => {
	const doc = makeDoc({
		title: 'KubeCon Europe 2019: my takeaways',
		sections: [
			{ passages: ['KubeCon + CloudNativeCon Europe 2019 in Barcelona was huge.'] },
			{
				heading: 'Related',
				level: 2,
				passages: ['KubeCon NA 2018 recap December 15, 2018', 'DockerCon 2015 notes']
			},
			{
				heading: '2 thoughts on “KubeCon Europe 2019: my takeaways”',
				level: 2,
				passages: ['John Reader says: Great write-up! See you at KubeCon NA 2019.']
			}
		]
	});

	it('take no edition, not even one they name', () => {
		const { passageEvents } = attributeEvents(doc, index);
		expect(passageEvents.map((s) => s.map((p) => p.eventId))).toEqual([
			['kubecon-eu-2019'],
			[null, null],
			[null]
		]);
		expect(passageEvents[1]![0]!.reason).toBe(
			'a web page’s related posts or comments, not the recap'
		);
	});

	it('do not speak for the document’s edition', () => {
		const only = makeDoc({
			title: 'My notes',
			sections: [
				{ passages: ['Great week.'] },
				{ heading: 'Related posts', level: 2, passages: ['KubeCon NA 2018 recap'] }
			]
		});
		expect(attributeEvents(only, index).passageEvents[0]![0]!.eventId).toBeNull();
	});
});
