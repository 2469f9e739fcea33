/**
 * A recap that closes by announcing the next edition ("DockerCon EU takes place in Barcelona in
 * December. See you there!", "Next year KubeCon Europe takes place in Barcelona") names it in
 * passing: the passage, and those after it, stay on the edition the post is about, and the
 * coming edition's city and dates do not weigh for the document's own.
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from './fixtureIngest';

const doc = (front: string, ...passages: string[]) =>
	`---\n${front}\n---\n\n${passages.join('\n\n')}\n`;
const eventsOf = (text: string) => ingestText('recap.md', text).passages.map((p) => p.event_id);

describe('a closing sentence on the next edition', () => {
	it.each([
		[
			'DockerCon EU takes place in Barcelona in December. See you there!',
			'title: "Docker recap"\ndate: 2018-06-20',
			'What a week at DockerCon.',
			'dockercon-2018'
		],
		[
			'KubeCon Europe is in Barcelona in May. Hope to see you all there!',
			'title: "KubeCon recap"\ndate: 2018-12-20',
			'What a week at KubeCon.',
			'kubecon-na-2018'
		]
	])('"%s": the sentence after looks forward to it', (closing, front, opening, id) => {
		expect(eventsOf(doc(front, opening, closing, 'Thanks for reading.'))).toEqual([id, id, id]);
	});

	it.each([
		[
			'DockerCon EU takes place in Barcelona in December.',
			'title: "Docker recap"\ndate: 2018-06-20',
			'What a week at DockerCon.',
			'dockercon-2018'
		],
		[
			'DockerCon EU takes place in Barcelona, December 3-5.',
			'title: "Docker recap"\ndate: 2018-06-20',
			'What a week at DockerCon.',
			'dockercon-2018'
		],
		[
			'KubeCon Europe is in Barcelona in May.',
			'title: "KubeCon recap"\ndate: 2018-12-20',
			'What a week at KubeCon.',
			'kubecon-na-2018'
		],
		[
			'KubeCon Europe is in Barcelona in May.',
			'title: "KubeCon recap"',
			'What a week at KubeCon in Seattle, December 11-13.',
			'kubecon-na-2018'
		],
		[
			'Die KubeCon Europe findet im Mai in Barcelona statt.',
			'title: "Rückblick KubeCon"\ndate: 2018-12-20',
			'Was für eine Woche auf der KubeCon.',
			'kubecon-na-2018'
		]
	])(
		'"%s" at the close, with no other cue, announces the next one',
		(closing, front, opening, id) => {
			expect(eventsOf(doc(front, opening, closing, 'Thanks for reading.'))).toEqual([id, id, id]);
		}
	);

	it('"DockerCon is back in San Francisco" at the close is the recap’s own edition', () => {
		const text = doc(
			'title: "Notes"',
			'What a week.',
			'The keynotes were long.',
			'DockerCon 2019 is back in San Francisco, at Moscone.'
		);
		expect(eventsOf(text)).toEqual(['dockercon-2019', 'dockercon-2019', 'dockercon-2019']);
	});

	it('a preview opens so: "KubeCon EU 2019 takes place in Barcelona …"', () => {
		const text = doc(
			'title: "Conference preview"',
			'KubeCon EU 2019 takes place in Barcelona from May 20 to 23.',
			'Here are the talks we look forward to.',
			'Sessions on Envoy and Linkerd.'
		);
		expect(eventsOf(text)).toEqual(['kubecon-eu-2019', 'kubecon-eu-2019', 'kubecon-eu-2019']);
	});

	it.each([
		'What a week at KubeCon EU 2019 in Barcelona. See you next year!',
		'Thanks for a great KubeCon EU 2019! See you in Amsterdam!'
	])('"%s": the sentence before is the recap’s own edition', (closing) => {
		const text = ['# My notes', 'The keynotes were packed.', closing].join('\n\n');
		expect(eventsOf(text)).toEqual(['kubecon-eu-2019', 'kubecon-eu-2019']);
	});

	it.each([
		['DockerCon EU takes place in Barcelona next year.', 'title: "DockerCon recap"'],
		['Next year DockerCon EU takes place in Barcelona.', 'title: "DockerCon EU recap"']
	])('"%s": its city says nothing about the recap’s edition', (closing, front) => {
		const got = eventsOf(doc(front, 'What a week in Copenhagen.', closing, 'Thanks for reading.'));
		expect(got).toEqual(['dockercon-eu-2017', 'dockercon-eu-2017', 'dockercon-eu-2017']);
	});

	it('nor do its dates: "Next year KubeCon Europe takes place in Barcelona, May 20-23."', () => {
		const text = [
			'# KubeCon recap',
			'What a week in Seattle at KubeCon, December 11-13.',
			'Next year KubeCon Europe takes place in Barcelona, May 20-23.',
			'Thanks for reading.'
		].join('\n\n');
		expect(eventsOf(text)).toEqual(['kubecon-na-2018', 'kubecon-na-2018', 'kubecon-na-2018']);
	});

	it('a heading on it: "## Next year: KubeCon EU 2020 in Amsterdam"', () => {
		const text = [
			'---\ntitle: "KubeCon recap"\ndate: 2019-05-28\n---',
			'Barcelona was sunny.',
			'## Next year: KubeCon EU 2020 in Amsterdam',
			'Tickets are already on sale.'
		].join('\n\n');
		expect(eventsOf(text)).toEqual(['kubecon-eu-2019', 'kubecon-eu-2019']);
	});

	it.each([
		['DockerCon EU takes place in Barcelona next year.', 'dockercon-2018', '2018-06-18'],
		['See you at KubeCon NA 2019 in San Diego!', 'kubecon-na-2018', '2018-12-17'],
		['Next stop: KubeCon Europe 2020 in Amsterdam.', 'kubecon-eu-2019', '2019-05-28']
	])('"%s" stays on the dated recap’s edition', (closing, id, date) => {
		const text = doc(
			`title: "Conference recap"\ndate: ${date}`,
			id.startsWith('docker') ? 'What a week at DockerCon.' : 'What a week at KubeCon.',
			closing,
			'The Envoy talks were packed.'
		);
		expect(eventsOf(text)).toEqual([id, id, id]);
	});
});
