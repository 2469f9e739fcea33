import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/lib/ingest/matcher';
import { parseTaxonomy } from '../../../src/lib/ingest/taxonomy';

const read = (p: string) => readFileSync(resolve(__dirname, '../../..', p), 'utf8');
const { taxonomy } = parseTaxonomy({
	events: read('data/taxonomy/events.yaml'),
	projects: read('data/taxonomy/projects.yaml'),
	themes: read('data/taxonomy/themes.yaml')
});
const matcher = compileMatcher(taxonomy.projects);
const ids = (text: string) => matcher.match(text).map((m) => m.projectId);

describe('an ambiguous name after "an", "each", "every" ending its noun phrase is a count noun', () => {
	it.each([
		'They built an Operator to manage Kafka on Kubernetes.',
		'On Kubernetes, each Operator reconciles a handful of CRDs.',
		'Writing an Operator is now the default way to ship a database on Kubernetes.',
		'Every Operator in the cluster watches its CRDs.',
		// A clause after it, its "that" left out.
		'On Kubernetes they run Postgres with an Operator they wrote themselves.',
		'Each Operator we deploy on Kubernetes owns one CRD.'
	])('%s', (text) => {
		expect(ids(text)).not.toContain('operator-framework');
	});

	it.each([
		['Each pod gets an Envoy sidecar.', 'envoy'],
		['It is basically a Helm wrapper around kubectl.', 'helm'],
		['We deploy Prometheus with Operator and its CRDs.', 'operator-framework'],
		['The Operator SDK maintainers showed OperatorHub.', 'operator-framework']
	])('a name before a noun, or without the article, is still the tool: %s', (text, id) => {
		expect(ids(text)).toContain(id);
	});
});

describe('a lower-case name that is its project\'s own spelling ("kind")', () => {
	it.each([
		'We ran kind create cluster on the CI runner.',
		'For CI we use kind to spin up a throwaway cluster in every pull request.',
		'For local development, minikube, kind and k3d are the usual choices.'
	])('where a tool stands it is the tool: %s', (text) => {
		expect(ids(text)).toContain('kind');
	});

	it.each([
		'This kind of cluster test catches most regressions.',
		'Use kind words with new contributors, the Kubernetes maintainers said.',
		'With kind regards from the cluster team.',
		'The kind folks at the booth gave away Kubernetes stickers.',
		'Be kind to the maintainers of your cluster tooling.'
	])('the English word is not: %s', (text) => {
		expect(ids(text)).not.toContain('kind');
	});
});
