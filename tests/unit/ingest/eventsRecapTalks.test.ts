import { describe, expect, it } from 'vitest';
import { attributeEvents } from '../../../src/lib/ingest/events';
import { compileEventIndex } from '../../../src/lib/ingest/eventRefs';
import { CATALOG, makeDoc } from './extractionFixtures';

const index = compileEventIndex(CATALOG);

describe('a talk that looks back on an edition', () => {
	it.each([
		'「KubeCon Barcelonaの振り返り」というセッションで、Kazuki Suda氏が発表しました。',
		'"KubeCon Barcelona Recap" by Jane Doe (Acme).'
	])('was given at the meetup, not at that edition: %s', (talk) => {
		const doc = makeDoc({
			title: 'Kubernetes Meetup Tokyo #20',
			published: '2019-06-28',
			sections: [
				{
					passages: ['The Kubernetes Meetup Tokyo #20 took place on June 27, 2019 in Tokyo.', talk]
				}
			]
		});
		const { talks, createdEvents } = attributeEvents(doc, index);
		expect(createdEvents.map((e) => e.id)).toEqual(['kubernetes-meetup-tokyo-2019']);
		expect(talks.map((t) => t.eventId)).toEqual(['kubernetes-meetup-tokyo-2019']);
	});

	it('a talk whose title only names its edition still takes it', () => {
		const doc = makeDoc({
			title: 'Notes',
			sections: [{ passages: ['"Welcome to KubeCon EU 2019" by Jane Doe (CNCF).'] }]
		});
		expect(attributeEvents(doc, index).talks.map((t) => t.eventId)).toEqual(['kubecon-eu-2019']);
	});
});
