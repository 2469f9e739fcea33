/**
 * A web host in running text names a site, not a project ("see linkerd.io", "docs at helm.sh"),
 * as a URL or a bare address with a path does; the name written as a word, or as a link's text,
 * still counts. A GitHub "org/repo" path names its project once ("kubernetes/kubernetes#123").
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/lib/ingest/matcher';
import { projectTaxonomy as taxonomy } from './projectTaxonomy';

const matcher = compileMatcher(taxonomy.projects);
const ids = (text: string) => matcher.match(text).map((m) => m.projectId);

describe('web hosts in running text', () => {
	it.each([
		['For the rest, see linkerd.io or the docs at helm.sh.', []],
		['Everything else is on docs.linkerd.io and kubernetes.slack.com.', []],
		['Grab the binaries from prometheus.io.', []],
		['Ask in #sig-docs on slack.k8s.io or read k8s.io.', []],
		// A Markdown link's text ("[linkerd.io](https://linkerd.io)" keeps its text only).
		['Details: linkerd.io (and the Linkerd Slack).', ['linkerd']],
		['Linkerd, see linkerd.io, now ships a CNI plugin.', ['linkerd', 'cni']],
		['We pulled the chart from helm.sh, then ran Helm 3.', ['helm']]
	])('%j → %j', (text, expected) => {
		expect(ids(text)).toEqual(expected);
	});

	it.each([
		// Names that are domains, and brands written as such, are names.
		['Logz.io and Honeycomb.io shared a booth with Sentry.io.', ['logz-io', 'honeycomb', 'sentry']],
		['The Troubleshoot.sh maintainers gave a demo.', ['troubleshoot-sh']],
		['Images moved from Docker Hub to Quay.io.', ['docker-hub', 'quay']],
		// A registry's host is the registry: images are pushed to it, not read about there.
		['We pushed to gcr.io and quay.io, then pulled with Helm 3.', ['gcr', 'quay', 'helm']],
		// No host: a file name, a sentence's end, "ASP.NET".
		['It was over.Kubernetes.In 2019 it won.', ['kubernetes']],
		['Edit prometheus.yml, then restart Prometheus.', ['prometheus', 'prometheus']]
	])('%j: no host, the names count', (text, expected) => {
		expect(ids(text)).toEqual(expected);
	});
});

describe('repository paths', () => {
	it.each([
		['The fix landed in kubernetes/kubernetes#72910 last week.', ['kubernetes']],
		['Star istio/istio and envoyproxy/envoy on GitHub.', ['istio', 'envoy']],
		['See kubernetes/kubernetes/pull/72910 for the change.', ['kubernetes']],
		// Two projects joined by a slash are both named.
		[
			'We run Kubernetes/OpenShift with Docker/runc.',
			['kubernetes', 'openshift', 'docker', 'runc']
		],
		['It moved from prometheus/alertmanager to its own repo.', ['prometheus', 'alertmanager']],
		// Two names of one project: two tools, no repository.
		['We template with ytt/kapp and Helm.', ['carvel', 'carvel', 'helm']]
	])('%j → %j', (text, expected) => {
		expect(ids(text)).toEqual(expected);
	});
});
