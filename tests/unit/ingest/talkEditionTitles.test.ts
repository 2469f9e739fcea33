import { describe, expect, it } from 'vitest';
import { ingestText, talks } from './fixtureIngest';
import { isEditionTitle } from '../../../src/lib/ingest/talkEditionTitle';

const docTalks = (path: string, text: string) =>
	ingestText(path, text).talks.map((t) => [t.title, t.speakers, t.organizations]);

describe('a heading that names an edition is no talk; a venue or an address no speaker', () => {
	it.each([
		['# KubeCon NA 2019\n\nMoscone Center West\nHoward Street, San Francisco\n'],
		['# Notes\n\n## KubeCon + CloudNativeCon Europe 2019\n\nJane Doe, Acme\n'],
		[
			'# Trip notes\n\n## DockerCon 17 Austin\n\nAustin Convention Center\nTrinity Street, Austin\n'
		],
		['# Trip notes\n\n## EnvoyCon 2019\n\nSan Diego Convention Center\nHarbor Drive, San Diego\n']
	])('%s', (text) => {
		expect(docTalks('venue.md', text)).toEqual([]);
	});

	it('a line "Edition – Name, Org" is no talk', () => {
		expect(talks('KubeCon NA 2019 - Jane Doe, Acme')).toEqual([]);
		expect(talks('Open Source Summit Europe 2019 – Jane Doe, Acme')).toEqual([]);
	});

	it('a talk heading over its speaker line stays', () => {
		expect(
			docTalks(
				'talk.md',
				'# Notes from KubeCon EU 2019\n\n## Scaling Prometheus\n\nTom Wilkie, Grafana Labs\n'
			)
		).toEqual([['Scaling Prometheus', ['Tom Wilkie'], ['Grafana Labs']]]);
	});
});

describe('isEditionTitle', () => {
	it.each([
		'KubeCon NA 2019',
		'KubeCon + CloudNativeCon Europe 2019',
		'DockerCon 17 Austin',
		'KubeCon Barcelona 2019',
		'EnvoyCon 2019',
		'Open Source Summit Europe 2019',
		'Cloud Native Rejekts EU 2019'
	])('%s names an edition', (t) => expect(isEditionTitle(t)).toBe(true));

	it.each([
		'Welcome to EnvoyCon',
		'Lessons from KubeCon',
		'Falcon 2019',
		'Contour, A High Performance Multitenant Ingress Controller',
		'Helm Summit Keynote',
		'Kubernetes Contributor Summit',
		'The State of DevOps Days'
	])('%s does not', (t) => expect(isEditionTitle(t)).toBe(false));
});
