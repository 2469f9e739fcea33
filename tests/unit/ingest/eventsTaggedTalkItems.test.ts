/**
 * Talk items tagged with their own edition ("- KubeCon EU 2018: 'Envoy at Lyft' by Matt Klein
 * (Lyft)") in a recap of another one: the title is the quoted one, and a paragraph right after
 * the item that goes on about its talk is at the talk's edition; other passages stay where the
 * section is.
 */
import { describe, expect, it } from 'vitest';
import { ingestText, talks } from './fixtureIngest';

const recap = (...blocks: string[]) =>
	[
		'---',
		'title: "KubeCon NA 2018 recap"',
		'---',
		'',
		'# KubeCon NA 2018 recap',
		'',
		'Seattle was great.',
		'',
		'## Talks',
		'',
		...blocks.flatMap((b) => [b, ''])
	].join('\n');
const passageEvents = (text: string) =>
	ingestText('recap.md', text).passages.map((p) => [p.text.slice(0, 20), p.event_id]);

describe('a talk item tagged with its edition', () => {
	it.each([
		"KubeCon EU 2018: 'Envoy at Lyft' by Matt Klein (Lyft)",
		"Best talk: 'Envoy at Lyft' by Matt Klein (Lyft)"
	])('a label, then the title in single quotes: %s', (line) => {
		expect(talks(line)).toEqual([['Envoy at Lyft', ['Matt Klein'], ['Lyft']]]);
	});

	it.each([
		'KubeCon EU 2018 - Envoy at Lyft - Matt Klein (Lyft)',
		'KubeCon EU 2018: "Envoy at Lyft" – Matt Klein (Lyft)'
	])('the edition and a dash, or the quotes after it, are no part of the title: %s', (line) => {
		expect(talks(line)).toEqual([['Envoy at Lyft', ['Matt Klein'], ['Lyft']]]);
	});

	it('a label outside the quoted talk’s span is the item’s edition, and only the item’s', () => {
		const got = passageEvents(
			recap(
				'- KubeCon EU 2018: "Envoy at Lyft" by Matt Klein (Lyft)',
				'The speaker explained the edge proxy.',
				'The keynote by Kelsey Hightower was the highlight of the week.'
			)
		);
		expect(got.map((p) => p[1])).toEqual([
			'kubecon-na-2018',
			'kubecon-eu-2018',
			'kubecon-eu-2018',
			'kubecon-na-2018'
		]);
	});

	it('a section opening on another edition keeps it until it turns back', () => {
		const got = passageEvents(
			recap(
				'At KubeCon EU 2018 in Copenhagen, the talk by Matt Klein was the best I saw.',
				'He showed the edge proxy.',
				'Here in Seattle the keynotes were packed.'
			)
		);
		expect(got.map((p) => p[1])).toEqual([
			'kubecon-na-2018',
			'kubecon-eu-2018',
			'kubecon-eu-2018',
			'kubecon-na-2018'
		]);
	});

	it.each([
		'Matt showed how Lyft runs Envoy at the edge and between services.',
		'I saw this one in Copenhagen; Klein showed how Lyft runs Envoy at the edge.',
		'This talk showed how Lyft runs Envoy at the edge.',
		'He showed how Lyft runs Envoy at the edge.',
		'> “Envoy is the universal data plane,” Matt said.',
		'In seinem Vortrag ging es um Envoy am Edge.',
		'Er zeigte, wie Lyft Envoy am Edge betreibt.'
	])('the paragraph after it, about the talk, is at its edition: %s', (paragraph) => {
		const got = passageEvents(
			recap(
				"- KubeCon EU 2018: 'Envoy at Lyft' by Matt Klein (Lyft)",
				paragraph,
				"- 'Linkerd 2.0' by William Morgan (Buoyant)",
				'William demoed the new Linkerd dashboard.'
			)
		);
		expect(got.map((p) => p[1])).toEqual([
			'kubecon-na-2018',
			'kubecon-eu-2018',
			'kubecon-eu-2018',
			'kubecon-na-2018',
			'kubecon-na-2018'
		]);
	});

	it('a paragraph after it about something else stays on the section’s edition', () => {
		const got = passageEvents(
			recap(
				"- KubeCon EU 2018: 'Envoy at Lyft' by Matt Klein (Lyft)",
				'Back in Seattle, the keynotes were packed.',
				'Matt was in the hallway too.'
			)
		);
		expect(got.map((p) => p[1])).toEqual([
			'kubecon-na-2018',
			'kubecon-eu-2018',
			'kubecon-na-2018',
			'kubecon-na-2018'
		]);
	});

	it('in a post on several editions, the paragraph follows the item, not the next one', () => {
		const text = [
			'# Talks I liked across KubeCons',
			'',
			'I went to two KubeCons this year.',
			'',
			"- KubeCon EU 2018: 'Envoy at Lyft' by Matt Klein (Lyft)",
			'',
			'Matt showed how Lyft runs Envoy at the edge.',
			'',
			"- KubeCon NA 2018: 'Linkerd 2.0' by William Morgan (Buoyant)",
			'',
			'William demoed the new Linkerd dashboard.',
			''
		].join('\n');
		expect(passageEvents(text).map((p) => p[1])).toEqual([
			null,
			'kubecon-eu-2018',
			'kubecon-eu-2018',
			'kubecon-na-2018',
			'kubecon-na-2018'
		]);
	});
});
