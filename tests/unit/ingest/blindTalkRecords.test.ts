/**
 * A playlist's or a list's records, one a line, fields between bars: "Title | Speaker, Org |
 * KubeCon NA 2019" (a blind test, talks2). Each line is a talk; lines of prose with a bar stay
 * a paragraph. A list of slide decks, "Slides: [Title](…) by @handle".
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from './fixtureIngest';

const PLAYLIST =
	'KubeCon NA 2019 playlist\n\nThe videos from KubeCon NA 2019 in San Diego we watched.\n\n' +
	'Intro to OpenTelemetry | Morgan McLean, Google | KubeCon NA 2019\n' +
	'Deep Dive: Jaeger Tracing | Yuri Shkuro, Uber | KubeCon NA 2019\n' +
	'Fluent Bit at the Edge | Eduardo Silva, Arm Treasure Data | KubeCon NA 2019\n';

const rows = (path: string, text: string) =>
	ingestText(path, text).talks.map((t) => [t.title, t.speakers, t.organizations]);

describe('"Title | Speaker, Org | Event" on each line', () => {
	it.each(['playlist.txt', 'playlist.md'])('%s: one talk a line', (path) => {
		expect(rows(path, PLAYLIST)).toEqual([
			['Intro to OpenTelemetry', ['Morgan McLean'], ['Google']],
			['Deep Dive: Jaeger Tracing', ['Yuri Shkuro'], ['Uber']],
			['Fluent Bit at the Edge', ['Eduardo Silva'], ['Arm Treasure Data']]
		]);
	});

	it('lines with different numbers of bars are no records', () => {
		const r = ingestText(
			'notes.md',
			'# KubeCon NA 2019\n\nWe liked the Jaeger | tracing demo a lot\nand the OpenTelemetry | Google | talk | too\n'
		);
		expect(r.passages.map((p) => p.text)).toEqual([
			'We liked the Jaeger | tracing demo a lot and the OpenTelemetry | Google | talk | too'
		]);
	});
});

describe('a list of slide decks: "Slides: [Title](…) by @handle"', () => {
	it('each item is a talk by that handle, without the "Slides:" label', () => {
		const found = rows(
			'slides.md',
			'# Slides from KubeCon EU 2019\n\nCollected decks from KubeCon Europe 2019.\n\n' +
				'- Slides: [Kubernetes Operators: The Hard Parts](https://speakerdeck.com/x/ops) by @rossja\n' +
				'- Slides: [eBPF Superpowers for Cilium](https://speakerdeck.com/x/ebpf) by @tgraf__\n'
		);
		expect(found).toEqual([
			['Kubernetes Operators: The Hard Parts', ['@rossja'], []],
			['eBPF Superpowers for Cilium', ['@tgraf__'], []]
		]);
	});

	it('a sentence with "by @handle" in a paragraph is still none', () => {
		expect(
			rows('p.md', '# KubeCon EU 2019\n\nGreat Operator Patterns Thread by @rossja on the bus.\n')
		).toEqual([]);
	});
});
