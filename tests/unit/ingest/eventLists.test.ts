import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/lib/ingest/pipeline';
import { TAXONOMY, encode } from './extractionFixtures';

const run = (text: string) => {
	const r = ingest([{ path: 'two.md', bytes: encode(text) }], TAXONOMY);
	return r.passages.map((p) => [p.text, p.event_id]);
};

describe('a list whose items name different editions', () => {
	it('gives each item its own passage and edition', () => {
		expect(
			run(
				[
					'# Two weeks, two conferences',
					'',
					'- DockerCon 2015 in San Francisco was about Docker 1.7 and runC.',
					'- KubeCon Europe 2018 in Copenhagen was all about service mesh and Prometheus.',
					'- Both had great hallway tracks.'
				].join('\n')
			)
		).toEqual([
			['DockerCon 2015 in San Francisco was about Docker 1.7 and runC.', 'dockercon-2015'],
			[
				'KubeCon Europe 2018 in Copenhagen was all about service mesh and Prometheus.',
				'kubecon-eu-2018'
			],
			['Both had great hallway tracks.', 'kubecon-eu-2018']
		]);
	});

	it('gives an item that is only an edition, its place and dates, that edition', () => {
		expect(
			run(
				[
					'# Weekly issue 12',
					'',
					'Two conferences in two weeks.',
					'',
					'## Upcoming',
					'',
					'- DockerCon 2016, Seattle, June 19–21.',
					'- KubeCon + CloudNativeCon North America 2016, Seattle, November 8–9.',
					'- KubeCon Europe 2018 (Copenhagen)',
					'- DockerCon 2015'
				].join('\n')
			).slice(1)
		).toEqual([
			['DockerCon 2016, Seattle, June 19–21.', 'dockercon-2016'],
			['KubeCon + CloudNativeCon North America 2016, Seattle, November 8–9.', 'kubecon-na-2016'],
			['KubeCon Europe 2018 (Copenhagen)', 'kubecon-eu-2018'],
			['DockerCon 2015', 'dockercon-2015']
		]);
	});

	it('keeps a list of one edition whole', () => {
		expect(
			run(
				[
					'# KubeCon Europe 2018',
					'',
					'- KubeCon Europe 2018 was big.',
					'- Copenhagen was cold.',
					'- KubeCon EU 2018 had 4,300 attendees.'
				].join('\n')
			)
		).toEqual([
			[
				'KubeCon Europe 2018 was big.\nCopenhagen was cold.\nKubeCon EU 2018 had 4,300 attendees.',
				'kubecon-eu-2018'
			]
		]);
	});
});

describe('a gathering named after a project', () => {
	const doc = [
		'---',
		'title: EnvoyCon 2018 recap',
		'---',
		'',
		'EnvoyCon was held on December 10, 2018 in Seattle.',
		'',
		'- "Envoy at Lyft" – Matt Klein, Lyft',
		'- "Envoy as an API gateway" – Jane Roe, Acme'
	].join('\n');

	it('vouches for the project’s name in its recap ("EnvoyCon" → Envoy)', () => {
		const r = ingest([{ path: 'envoycon.md', bytes: encode(doc) }], TAXONOMY);
		expect(r.mentions.map((m) => [m.project_id, m.surface])).toEqual([
			['envoy', 'Envoy'],
			['envoy', 'Envoy']
		]);
	});

	it('not in a recap of another gathering', () => {
		const other = doc.replace(/EnvoyCon/g, 'ProxyConf');
		const r = ingest([{ path: 'proxyconf.md', bytes: encode(other) }], TAXONOMY);
		expect(r.mentions).toEqual([]);
	});
});
