/**
 * Theme rows of recap-shaped passages under the project's own taxonomy (data/taxonomy): what an
 * analyst who clicks a heatmap cell should and should not find behind it.
 */
import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../../src/lib/ingest/lexicon';
import { projectTaxonomy } from './projectTaxonomy';

const lexicon = compileLexicon(projectTaxonomy.projects, projectTaxonomy.themes);
const themesOf = (text: string) =>
	Object.fromEntries(lexicon.analyse(text).themes.map((t) => [t.themeId, t.score]));
const ids = (text: string) => Object.keys(themesOf(text)).sort();

describe('projects count towards the theme they are about', () => {
	it('a Kubernetes installer or distribution named in passing is not platform engineering', () => {
		expect(ids('No results found for minikube')).toEqual([]);
		expect(
			ids('The Linkerd folks use KinD and kubeadm to spin up a bunch of clusters for each PR.')
		).not.toContain('platform-engineering');
	});

	it('Helm is configuration, Dapr is microservices, Backstage is platform engineering', () => {
		const helm = ids(
			'Helm 3, which took ages to be released, is a huge improvement. It basically fixes all the ' +
				'above (besides the templating language). Congrats to the Helm team.'
		);
		expect(helm).toContain('config-iac');
		expect(helm).not.toContain('platform-engineering');
		const dapr = ids(
			'Dapr is deployed next to the app and provides building blocks: a state store, pub/sub ' +
				'brokers and secrets, on the application’s behalf.'
		);
		expect(dapr).toContain('microservices');
		expect(dapr).not.toContain('platform-engineering');
		expect(ids('Spotify showed Backstage, their service catalog.')).toEqual([
			'platform-engineering'
		]);
	});

	it('a web server or load balancer is networking, a mesh proxy is service mesh', () => {
		const nginx = ids(
			'“Creating an Advanced Load Balancing Solution for Kubernetes with NGINX” by Andrew ' +
				'Hutchings, Technical Product Manager, NGINX'
		);
		expect(nginx).toEqual(['networking']);
		expect(ids('They also fuzz Envoy to find crashes in the proxy.')).toContain('service-mesh');
	});

	it('a vendor named among supporters is not a fleet', () => {
		expect(
			ids('Companies backing the new container format include CoreOS, Rancher, Google and Red Hat.')
		).toEqual([]);
	});

	it('stream processing is data, edge projects are the fleet, OpenStack is no theme', () => {
		expect(
			ids(
				'(Mention about a Spark operator, a software which manages the running of a Spark cluster)'
			)
		).toEqual(['storage-data']);
		expect(ids('KubeEdge runs the workloads on thousands of factory devices.')).toEqual([
			'multi-cluster'
		]);
		expect(
			ids(
				'The whole event reminded me of my first OpenStack experiences 3 years ago, at the peak of ' +
					'the hype cycle.'
			)
		).toEqual([]);
	});
});

describe('project names count once, through the matcher', () => {
	it('a name that is also an English word is no theme term', () => {
		expect(ids('The chef cooked for all the speakers on the first evening.')).toEqual([]);
		expect(ids('A sock puppet show opened the closing party.')).toEqual([]);
	});

	it('a named project adds its category weight once, not also as a term', () => {
		expect(themesOf('It was not the last time Istio was mentioned.')['service-mesh']).toBeCloseTo(
			1 - Math.exp(-0.6),
			3
		);
	});
});

describe('helper words alone make no theme', () => {
	it('one weak word ("production", "releases", "edge", "keynote") is not a theme', () => {
		expect(ids('“Kubernetes in Production in The New York Times newsroom” Eric Lewis')).toEqual([]);
		expect(
			ids(
				'This leads Hykes to announce Docker experimental releases, a way to test the "bleeding ' +
					'edge" Docker releases before they are officially released.'
			)
		).toEqual(['containers-runtimes']);
		expect(
			ids(
				'The related keynote session on OpenTelemetry metrics by Constance Caramanolis was excellent.'
			)
		).toEqual(['observability']);
	});

	it('a helper repeated is still one helper', () => {
		expect(
			ids(
				'Golub talks about how Docker grew from a project to a platform and finally a movement: ' +
					'create a lightweight container, create an ecosystem, create a platform for managing it all.'
			)
		).toEqual(['containers-runtimes']);
	});

	it('still scores passages that say what they are about', () => {
		expect(ids('🌱 Introduction and Deep Dive into containerd - Michael Crosby, Apple')).toEqual([
			'containers-runtimes'
		]);
		expect(ids('Istio and Square implement locality-aware load balancing.')).toEqual([
			'networking',
			'service-mesh'
		]);
		expect(ids('Sample RBAC config:')).toEqual(['security']);
	});
});

describe('lexicon', () => {
	it('a plural that names a project is not the plural of a term', () => {
		expect(ids('NATS for messaging https://nats.io/')).toEqual(['microservices']);
	});

	it('CNCF end users are community, not platform engineering', () => {
		// A helper: "not for end users" of a product says nothing alone.
		expect(ids('It is designed for system architects and not for end users.')).toEqual([]);
		expect(
			ids(
				'Diane Mueller’s great keynote set the scene for the benefits of end user participation ' +
					'with the CNCF and the wider cloud native sphere:'
			)
		).toEqual(['community']);
	});

	it('promoting a build through staging is delivery', () => {
		expect(
			ids(
				'Deployment more repeatable – they take the exact image from the QA environment and promote ' +
					'it to Staging then Prod.'
			)
		).toEqual(['gitops-cd']);
	});

	it('Kubernetes SIGs are community', () => {
		expect(ids('🌱 SIG Architecture Intro and Update - John Belamaric, Google')).toEqual([
			'community'
		]);
	});
});
