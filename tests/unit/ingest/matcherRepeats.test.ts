/**
 * A name with its other name in brackets right after it ("Open Policy Agent (OPA)",
 * "Kubernetes (k8s)") names its project once, as a repository path does ("istio/istio",
 * matcherHosts.test.ts). Another project in brackets, or more words, stay.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/lib/ingest/matcher';
import { projectTaxonomy as taxonomy } from './projectTaxonomy';

const matcher = compileMatcher(taxonomy.projects);
const surfaces = (text: string) => matcher.match(text).map((m) => `${m.projectId}:${m.surface}`);

describe('a name and its other name in brackets', () => {
	it.each([
		['Policy with the Open Policy Agent (OPA) was a theme.', ['opa:Open Policy Agent']],
		['The Kubernetes (k8s) ecosystem is strong.', ['kubernetes:Kubernetes']],
		[
			'OTel (OpenTelemetry) reached beta; KEDA(Kubernetes Event-driven Autoscaling) too.',
			['opentelemetry:OTel', 'keda:KEDA']
		]
	])('%j → %j', (text, expected) => {
		expect(surfaces(text)).toEqual(expected);
	});

	it.each([
		['We run Kubernetes (and Helm) daily.', ['kubernetes:Kubernetes', 'helm:Helm']],
		[
			'Prometheus (Thanos for long-term storage) scaled.',
			['prometheus:Prometheus', 'thanos:Thanos']
		],
		['OPA (the Open Policy Agent) and OPA again.', ['opa:OPA', 'opa:Open Policy Agent', 'opa:OPA']]
	])('%j: no bare other name in brackets, both count', (text, expected) => {
		expect(surfaces(text)).toEqual(expected);
	});
});
