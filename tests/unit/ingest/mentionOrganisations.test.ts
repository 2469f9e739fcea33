import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/lib/ingest/matcher';
import { projectTaxonomy } from './projectTaxonomy';

const matcher = compileMatcher(projectTaxonomy.projects);
const surfaces = (text: string) => matcher.match(text).map((m) => m.surface);

describe("a vendor in a speaker's organisation slot is no project mention", () => {
	it('drops the name in brackets, after a comma or after "from" beside a person', () => {
		expect(surfaces('Jane Doe (Grafana Labs) showed Grafana dashboards')).toEqual([
			'Grafana dashboards'
		]);
		expect(surfaces('Observability at scale - Jane Doe, Grafana Labs')).toEqual([]);
		expect(surfaces('Jane Doe (Docker, Inc.) and John Roe (Docker Inc)')).toEqual([]);
		expect(surfaces('Michael Michael, VMware, & Deep Debroy, Docker')).toEqual([]);
		expect(surfaces('Tom Wilkie from Grafana Labs explained Loki')).toEqual(['Loki']);
		expect(surfaces('Great talk. Jane Doe (Sentry.io) showed error tracking')).toEqual([]);
	});

	it('keeps the tool wherever it is no organisation', () => {
		expect(surfaces('Migrating Dashboards from Grafana')).toEqual(['Grafana']);
		expect(surfaces('Thanks to Jane Doe, Prometheus is faster')).toEqual(['Prometheus']);
		expect(surfaces('tools like Docker, Kubernetes, Helm charts')).toEqual([
			'Docker',
			'Kubernetes',
			'Helm charts'
		]);
		expect(surfaces('We keep secrets in HashiCorp Vault')).toEqual(['HashiCorp Vault']);
	});

	it('does not take a project name for the person before the slot', () => {
		expect(surfaces('Projects mentioned: Jenkins X, Jenkins, Kubernetes')).toEqual([
			'Jenkins X',
			'Jenkins',
			'Kubernetes'
		]);
		// "(GKE)" is no organisation's slot; as the same project's other name in brackets it
		// counts once with the name before it (matcherRepeats.ts).
		expect(surfaces('Kubernetes, Google Container Engine (GKE) and more')).toEqual([
			'Kubernetes',
			'Google Container Engine'
		]);
		expect(surfaces('Kubernetes, Google Container Engine (Istio) and more')).toEqual([
			'Kubernetes',
			'Google Container Engine',
			'Istio'
		]);
	});
});
