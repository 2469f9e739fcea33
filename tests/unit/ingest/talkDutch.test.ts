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

describe('a list item "Title door / par / von / por Name (Org)" without quotes', () => {
	it('the first split that leaves names with their organisation', () => {
		expect(
			talks(
				'Kubernetes op de rand: k3s in de praktijk door Darren Shepherd (Rancher Labs)\nDeep Dive: Envoy par Matt Klein (Lyft)\nService Mesh für Einsteiger von Anna Schmidt (SAP)',
				'list'
			)
		).toEqual([
			['Kubernetes op de rand: k3s in de praktijk', ['Darren Shepherd'], ['Rancher Labs']],
			['Deep Dive: Envoy', ['Matt Klein'], ['Lyft']],
			['Service Mesh für Einsteiger', ['Anna Schmidt'], ['SAP']]
		]);
	});

	it('not a sentence in the passive, nor names without an organisation', () => {
		expect(
			talks(
				'Helm 3 a été présenté par Matt Fisher (Microsoft)\nDe keynote werd gegeven door Liz Rice (Isovalent)\nKubernetes Basics door Jan Jansen',
				'list'
			)
		).toEqual([]);
	});
});
