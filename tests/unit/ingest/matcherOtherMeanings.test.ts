/**
 * A name that also named another thing in the field (projects.yaml `ambiguous.others`): "Loki"
 * was Weaveworks' distributed tracer in 2016–17, before Grafana Loki (late 2018). Words of that
 * other thing beside the name turn it down; Grafana's log store still counts.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/lib/ingest/matcher';
import { parseTaxonomy } from '../../../src/lib/ingest/taxonomy';
import { projectTaxonomy as taxonomy } from './projectTaxonomy';

const matcher = compileMatcher(taxonomy.projects);
const ids = (text: string) => matcher.match(text).map((m) => m.projectId);

describe('another thing of the same name', () => {
	it.each([
		[
			'Back in 2017, Weaveworks demoed Loki, their distributed tracer, built on OpenTracing.',
			['opentracing']
		],
		[
			'The Loki tracer from the Weave Scope team collects spans like Zipkin.',
			['weave-scope', 'zipkin']
		],
		['Tom Wilkie (Weaveworks) talked about Loki and Prometheus.', ['prometheus']]
	])('%j → %j', (text, expected) => {
		expect(ids(text)).toEqual(expected);
	});

	it.each([
		['Loki is like Prometheus, but for logs, queried with LogQL.', ['loki', 'prometheus']],
		['Grafana Loki keeps the logs, Tempo the traces.', ['loki', 'tempo']],
		['We used Grafana Loki after Weaveworks shut down.', ['loki']],
		// A word of Grafana Loki's own nearer the name than Weaveworks.
		[
			'Our team at Weaveworks ran Weave Net; Loki came later at Grafana.',
			['weave-net', 'loki', 'grafana']
		]
	])('%j: Grafana Loki still counts', (text, expected) => {
		expect(ids(text)).toEqual(expected);
	});

	it('reads `others` from projects.yaml', () => {
		const project = `- id: loki\n  name: Loki\n  aliases: []\n  category: C\n  subcategory: S\n  cncf_status: null\n  ambiguous:\n    context: [logs]\n    others: [Weaveworks]\n`;
		const { taxonomy: t } = parseTaxonomy({ events: '', projects: project, themes: '' });
		expect(t.projects[0]?.ambiguous).toEqual({ context: ['logs'], others: ['weaveworks'] });
	});
});
