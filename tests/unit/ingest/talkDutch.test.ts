import { describe, expect, it } from 'vitest';
import { talksInPassage } from '../../../src/lib/ingest/talks';

const talks = (text: string, kind?: 'list') =>
	talksInPassage(text, kind).map((t) => [t.title, t.speakers, t.organizations]);

describe('"door" names the speaker in Dutch', () => {
	it.each([
		[
			'"Observability met OpenTelemetry" door Liz Fong-Jones (Honeycomb)',
			[['Observability met OpenTelemetry', ['Liz Fong-Jones'], ['Honeycomb']]]
		],
		[
			'Het hoogtepunt was "Kubernetes voor beginners" door Jan de Vries, ING.',
			[['Kubernetes voor beginners', ['Jan de Vries'], ['ING']]]
		],
		[
			'De lezing door Kelsey Hightower (Google) was het hoogtepunt.',
			[['Talk by Kelsey Hightower', ['Kelsey Hightower'], ['Google']]]
		],
		[
			'De sessie door Liz Rice (Aqua Security) over eBPF.',
			[['Session by Liz Rice', ['Liz Rice'], ['Aqua Security']]]
		]
	])('%s', (text, expected) => {
		expect(talks(text)).toEqual(expected);
	});

	it('not "door" before anything but a name, nor the English door', () => {
		expect(talks('Ik liep door de hal met Jan Jansen (ING).')).toEqual([]);
		expect(talks('We met at the door Kelsey had pointed to.')).toEqual([]);
	});
});
