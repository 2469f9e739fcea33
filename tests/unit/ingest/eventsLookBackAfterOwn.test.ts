/**
 * (A span of time after a relational word, "after three years of watching", says nothing of the
 * edition beside it: eventsSpanAfterCue.test.ts.)
 *
 * A memory of an edition ("since the first KubeCon in 2015", "I remember the first DockerCon")
 * in a passage that has already named the edition it is about ("I made it to Valencia for
 * KubeCon Europe… Since the first KubeCon the thing has grown") is a comparison in passing: the
 * passage stays at the edition it opened on. Alone, or first, the memory still takes its passage
 * (eventsLookBacks.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from './fixtureIngest';

const OWN = 'The opening keynote was about the Kubernetes release and the hallway track was busy.';

const eventsOf = (published: string, title: string, text: string) =>
	ingestText(
		'diary.md',
		`---\ntitle: ${title}\ndate: ${published}\n---\n\n${text}\n\n${OWN}\n`
	).passages.map((p) => p.event_id);

describe('a memory after the passage named its own edition', () => {
	it.each([
		[
			'2019-05-26',
			'Barcelona diary',
			'At last I went to Barcelona for KubeCon + CloudNativeCon Europe, May 21st-23rd. Since the first KubeCon in San Francisco in 2015 it has grown from a few hundred people to thousands.',
			'kubecon-eu-2019'
		],
		[
			'2019-05-26',
			'Barcelona diary',
			'I finally made it to Barcelona for KubeCon Europe, May 21st-23rd, after three years of watching the talks online. Since the first KubeCon in San Francisco in 2015 it has grown tenfold.',
			'kubecon-eu-2019'
		],
		[
			'2018-12-08',
			'Notes from Barcelona',
			'DockerCon EU in Barcelona was my fourth DockerCon. I still remember the first DockerCon, where the room had three hundred seats.',
			'dockercon-eu-2018'
		]
	])('%s "%s": the passage stays at %s', (published, title, text, id) => {
		expect(eventsOf(published, title, text)).toEqual([id, id]);
	});

	it('a memory that opens its passage still takes it', () => {
		expect(
			eventsOf(
				'2019-05-26',
				'Barcelona diary',
				'Since the first KubeCon in San Francisco in 2015, the community has met twice a year. KubeCon + CloudNativeCon Europe in Barcelona, May 21st-23rd, was the biggest yet.'
			)[0]
		).toBe('kubecon-2015');
	});
});
