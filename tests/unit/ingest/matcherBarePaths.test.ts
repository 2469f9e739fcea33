/**
 * A web address written without its scheme ("github.com/prometheus/prometheus",
 * "docs.docker.com/compose", "kubernetes.io/docs") is a link, not a mention, as a full https://
 * one is; the name written as a word beside it still counts.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/lib/ingest/matcher';
import { PROJECTS } from './extractionFixtures';

const matcher = compileMatcher(PROJECTS);
const ids = (text: string) => matcher.match(text).map((m) => m.projectId);

describe('names inside bare web addresses', () => {
	it.each([
		['The code lives at github.com/prometheus/prometheus these days.', []],
		['Docs at docs.docker.com/compose explain the rest.', []],
		['See kubernetes.io/docs/concepts and istio.io/latest/docs for more.', []],
		['(source: github.com/envoyproxy/envoy)', []],
		['Prometheus (github.com/prometheus/prometheus) scrapes the pods.', ['prometheus']],
		['We use Jaeger, see jaegertracing.io/docs, and Linkerd.', ['jaeger', 'linkerd']],
		['Slides: speakerdeck.com/jdoe/helm-at-scale, about Helm 3.', ['helm']]
	])('%j → %j', (text, expected) => {
		expect(ids(text)).toEqual(expected);
	});

	it.each([
		['A Node.js/Deno comparison, and Kubernetes/OpenShift too.', ['nodejs', 'kubernetes']],
		['We moved from Docker/runc to containerd.', ['docker', 'runc', 'containerd']],
		['The CI/CD with Jenkins and Helm charts.', ['jenkins', 'helm']]
	])('%j: no address, the names count', (text, expected) => {
		expect(ids(text)).toEqual(expected);
	});
});
