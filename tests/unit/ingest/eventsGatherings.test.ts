import { describe, expect, it } from 'vitest';
import { attributeEvents } from '../../../src/lib/ingest/events';
import { compileEventIndex } from '../../../src/lib/ingest/eventRefs';
import { refRole } from '../../../src/lib/ingest/eventCues';
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

describe('where a gathering was held', () => {
	it.each(['ran in', 'was hosted in', 'took place in'])(
		'"Cloud Native Rejekts 2019 %s San Diego"',
		(verb) => {
			const doc = makeDoc({
				title: 'Rejekts notes',
				sections: [{ passages: [`Cloud Native Rejekts 2019 ${verb} San Diego, before KubeCon.`] }]
			});
			expect(attributeEvents(doc, index).createdEvents).toEqual([
				expect.objectContaining({ id: 'cloud-native-rejekts-2019', city: 'San Diego' })
			]);
		}
	);
});

describe('a cue word said of the name it precedes', () => {
	const text = 'Cloud Native Rejekts 2019 took place in San Diego, the weekend before KubeCon.';
	const role = (t: string, surface: string) => {
		const at = t.indexOf(surface);
		return refRole(t, at, at + surface.length);
	};

	it('"X …, before KubeCon": X is what the passage is about, KubeCon is named in passing', () => {
		expect(role(text, 'Cloud Native Rejekts 2019')).not.toBe('passing');
		expect(role(text, 'KubeCon')).toBe('passing');
		expect(
			role('ServiceMeshCon 2019 was co-located with KubeCon NA 2019.', 'ServiceMeshCon 2019')
		).not.toBe('passing');
	});

	it('the cue before the reference itself (even one whose region follows it) stays passing', () => {
		const t =
			'The Contributor Summit ran on May 19-20, 2019, before KubeCon + CloudNativeCon Europe.';
		expect(role(t, 'KubeCon + CloudNativeCon')).toBe('passing');
		const doc = makeDoc({
			title: 'Kubernetes Contributor Summit Barcelona 2019',
			published: '2019-05-21',
			sections: [{ passages: [t, 'We had 300 contributors in the room.'] }]
		});
		expect(attributeEvents(doc, index).passageEvents[0]!.map((p) => p.eventId)).toEqual([
			'kubernetes-contributor-summit-barcelona-2019',
			'kubernetes-contributor-summit-barcelona-2019'
		]);
	});

	it('the clause’s own time still makes it passing', () => {
		expect(role('Next year Rejekts 2020 runs before KubeCon.', 'Rejekts 2020')).toBe('passing');
		expect(role('Docker has grown a lot since DockerCon 2014.', 'DockerCon 2014')).toBe('passing');
	});

	it('"back at / in" looks back only when said of the reference or of a time', () => {
		expect(role('Back at DockerCon 2014, Solomon Hykes demoed libswarm.', 'DockerCon 2014')).toBe(
			'passing'
		);
		expect(role('Back in 2015, KubeCon 2015 had 500 people.', 'KubeCon 2015')).toBe('passing');
		// The edition returned somewhere: the passage is about it.
		expect(role('DockerCon 2019 was back at Moscone.', 'DockerCon 2019')).not.toBe('passing');
		expect(role('KubeCon NA 2021 was back in person.', 'KubeCon NA 2021')).not.toBe('passing');
	});

	it('a season post: "DockerCon 2019 was back at Moscone" under its own heading is DockerCon 2019', () => {
		const doc = makeDoc({
			title: 'My 2019 conference season',
			published: '2019-12-20',
			sections: [
				{
					passages: [
						'Three this year: KubeCon EU in Barcelona, DockerCon and KubeCon NA in San Diego.'
					]
				},
				{ heading: 'DockerCon', level: 2, passages: ['DockerCon 2019 was back at Moscone.'] }
			]
		});
		expect(attributeEvents(doc, index).passageEvents[1]![0]!.eventId).toBe('dockercon-2019');
	});

	it('the document is about the gathering', () => {
		const doc = makeDoc({ title: 'Rejekts notes', sections: [{ passages: [text] }] });
		expect(attributeEvents(doc, index).passageEvents[0]![0]!.eventId).toBe(
			'cloud-native-rejekts-2019'
		);
	});
});

describe('a gathering dated by day and month in a document whose year is known', () => {
	const passage = 'The Cloud Native Berlin meetup met online on May 6. Jane Doe showed Prometheus.';

	it('"… meetup met online on May 6" takes the day, and the year of the document', () => {
		const doc = makeDoc({
			title: 'Notes',
			published: '2020-05-12',
			sections: [{ passages: [passage] }]
		});
		const { createdEvents, passageEvents } = attributeEvents(doc, index);
		expect(createdEvents).toEqual([
			expect.objectContaining({
				id: 'cloud-native-berlin-meetup-2020-05',
				start_date: '2020-05-06'
			})
		]);
		expect(passageEvents[0]![0]!.eventId).toBe('cloud-native-berlin-meetup-2020-05');
	});

	it('a heading naming it without the day is the same, dated meetup', () => {
		const doc = makeDoc({
			title: 'Cloud Native Berlin meetup recap',
			published: '2020-05-12',
			sections: [{ heading: 'Cloud Native Berlin meetup recap', passages: [passage] }]
		});
		const { createdEvents, sectionEvents, passageEvents } = attributeEvents(doc, index);
		expect(createdEvents.map((e) => [e.id, e.start_date])).toEqual([
			['cloud-native-berlin-meetup-2020-05', '2020-05-06']
		]);
		expect(sectionEvents[0]).toBe('cloud-native-berlin-meetup-2020-05');
		expect(passageEvents[0]![0]!.eventId).toBe('cloud-native-berlin-meetup-2020-05');
	});
});
