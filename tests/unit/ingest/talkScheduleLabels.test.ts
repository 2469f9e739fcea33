import { describe, expect, it } from 'vitest';
import { talksInPassage } from '../../../src/lib/ingest/talks';
import { ingestText } from './fixtureIngest';
import { compileMatcher } from '../../../src/lib/ingest/matcher';
import { projectTaxonomy } from './projectTaxonomy';

const talks = (text: string) =>
	talksInPassage(text, 'list').map((t) => [t.title, t.speakers, t.organizations]);

describe("a schedule's time and a talk's label are no title nor name", () => {
	it.each([
		[
			'09:00 Keynote: Priyanka Sharma (CNCF)',
			'Keynote by Priyanka Sharma',
			'Priyanka Sharma',
			'CNCF'
		],
		['14.30 Keynote: Jane Doe (Acme)', 'Keynote by Jane Doe', 'Jane Doe', 'Acme']
	])('%s', (line, title, speaker, org) => {
		expect(talks(line)).toEqual([[title, [speaker], [org]]]);
	});

	it('keeps a schedule line whose title follows its time', () => {
		expect(talks('10:30 Scaling Prometheus: Jane Doe (Acme)')).toEqual([
			['Scaling Prometheus', ['Jane Doe'], ['Acme']]
		]);
	});

	it.each([
		[
			'Vortrag von Jane Doe (SAP): Supply Chain Security mit Sigstore',
			'Supply Chain Security mit Sigstore'
		],
		[
			'Charla de Ana García (Grafana Labs): Observabilidad con OpenTelemetry',
			'Observabilidad con OpenTelemetry'
		]
	])('%s', (line, title) => {
		const [talk] = talks(line);
		expect(talk?.[0]).toBe(title);
		expect(talk?.[1]).toHaveLength(1);
		expect(talk?.[1]?.[0]).not.toMatch(/Vortrag|Charla/);
	});

	it('a Spanish or German opening talk is named after its speaker', () => {
		const r = ingestText(
			'resumen.md',
			'# KubeCon Europe 2019\n\nNuestro resumen de KubeCon Europe 2019.\n\n- Charla de apertura – Priyanka Sharma (CNCF)\n- Eröffnungsvortrag – Jane Doe (Acme)\n'
		);
		expect(r.talks.map((t) => t.title)).toEqual([
			'Charla de apertura by Priyanka Sharma',
			'Eröffnungsvortrag by Jane Doe'
		]);
	});
});

describe("a talk's label before a speaker leaves the organisation in brackets hers", () => {
	const matcher = compileMatcher(projectTaxonomy.projects);
	const surfaces = (text: string) => matcher.match(text).map((m) => m.surface);
	it.each([
		'Vortrag von Jane Doe (CoreOS). Es ging um Speicher.',
		'Talk by Jane Doe (Grafana Labs). Great demo.'
	])('%s', (text) => {
		expect(surfaces(text)).toEqual([]);
	});
});
