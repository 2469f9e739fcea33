/**
 * Talk shapes a blind test (talks2) read wrongly or not at all: a label before a quoted title
 * ('Vortrag: „Title" von Name (Org)'), a numbered list whose item puts the speaker on the line
 * under the title, set off by emphasis.
 */
import { describe, expect, it } from 'vitest';
import { ingestText } from './fixtureIngest';

const rows = (path: string, text: string) =>
	ingestText(path, text).talks.map((t) => [t.title, t.speakers, t.organizations]);

describe('a label, a colon, then the title in quotes', () => {
	it.each([
		[
			'- Vortrag: „Kubernetes sicher betreiben" von Jan Müller (SysEleven)',
			'Kubernetes sicher betreiben'
		],
		[
			'- Charla: "Service Mesh en producción" por Alejandro Saucedo (Seldon)',
			'Service Mesh en producción'
		],
		[
			'- Best talk: “Scaling Prometheus Remote Write” by Jan Müller (SysEleven)',
			'Scaling Prometheus Remote Write'
		]
	])('%s', (line, title) => {
		const found = rows('r.md', `# KubeCon EU 2019\n\nOur picks:\n\n${line}\n`);
		expect(found.map((t) => t[0])).toEqual([title]);
	});

	it('a title that only holds a colon keeps it', () => {
		const found = rows(
			'r.md',
			'# KubeCon EU 2019\n\n- Deep Dive: Envoy Internals par Matt Klein (Lyft)\n'
		);
		expect(found).toEqual([['Deep Dive: Envoy Internals', ['Matt Klein'], ['Lyft']]]);
	});
});

describe('a numbered list with the speaker on the line under the title', () => {
	it('a bold title over "Name, Org"', () => {
		const found = rows(
			'top.md',
			"# Top talks of KubeCon EU 2019\n\n1. **Scaling Prometheus to a Billion Series**\n   Tom Wilkie, Grafana Labs\n\n2. **The Story of Envoy's Rate Limiter**\n   Matt Klein, Lyft\n"
		);
		expect(found).toEqual([
			['Scaling Prometheus to a Billion Series', ['Tom Wilkie'], ['Grafana Labs']],
			["The Story of Envoy's Rate Limiter", ['Matt Klein'], ['Lyft']]
		]);
	});

	it('a plain title over "*Name, Org*" in italics', () => {
		const found = rows(
			'top.md',
			'# My favourite talks from KubeCon EU 2019\n\n1. Securing Service Mesh Traffic at Scale\n   *Lin Sun, IBM*\n2. Helm 3: A Road to Deprecating Tiller\n   _Taylor Thomas, Microsoft_\n'
		);
		expect(found).toEqual([
			['Securing Service Mesh Traffic at Scale', ['Lin Sun'], ['IBM']],
			['Helm 3: A Road to Deprecating Tiller', ['Taylor Thomas'], ['Microsoft']]
		]);
	});

	it('a bold label ending in a colon, or a wrapped line, still runs on', () => {
		const r = ingestText(
			'notes.md',
			'# KubeCon EU 2019\n\n- **Takeaway:**\n  Kelsey Hightower, as always, was great\n- Istio was everywhere this year\n  Jane Doe, Acme\n'
		);
		expect(r.talks).toEqual([]);
		expect(r.passages.map((p) => p.text)).toContain(
			'Takeaway: Kelsey Hightower, as always, was great\nIstio was everywhere this year Jane Doe, Acme'
		);
	});
});
