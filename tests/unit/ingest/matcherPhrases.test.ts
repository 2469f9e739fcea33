/**
 * Project names that are also ordinary phrases or that an everyday name continues: case and
 * the words around them decide ("a serverless workflow", "Kubernetes in Docker Desktop",
 * "Envoy Mobile", "Harbor's new replication feature").
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/lib/ingest/matcher';
import { ingestText } from './fixtureIngest';
import { projectTaxonomy as taxonomy } from './projectTaxonomy';

const matcher = compileMatcher(taxonomy.projects);
const found = (text: string) => matcher.match(text).map((m) => [m.projectId, m.surface]);

describe('a project name that is an ordinary phrase', () => {
	it.each([
		'We built a serverless workflow on top of our queue.',
		'We compared service mesh performance across three clusters.',
		'Each team wrote a logging operator of its own.',
		'Most vendors offer a managed relational database service now.',
		'Serverless workflow engines were a theme.'
	])('in lower case it is the phrase: %s', (text) => {
		expect(found(text)).toEqual([]);
	});

	it.each([
		['The Serverless Workflow specification is a sandbox project.', 'serverless-workflow'],
		['We looked at the service mesh interface (SMI) again.', 'smi'],
		['They adopted the update framework (TUF) for signing.', 'tuf'],
		['A serverless workflow (CNCF sandbox) spec was shown.', 'serverless-workflow'],
		['We moved from Linkerd to Open Service Mesh.', 'open-service-mesh']
	])('capitalised or defined by its acronym it is the project: %s', (text, id) => {
		expect(found(text).map((m) => m[0])).toContain(id);
	});
});

describe('Kubernetes in Docker', () => {
	it("Docker Desktop's built-in Kubernetes is no kind", () => {
		expect(found('Some teams run Kubernetes in Docker Desktop for local work.')).toEqual([
			['kubernetes', 'Kubernetes'],
			['docker', 'Docker Desktop']
		]);
	});

	it('nor is running Kubernetes in Docker containers', () => {
		expect(found('You can run Kubernetes in Docker containers.').map((m) => m[0])).not.toContain(
			'kind'
		);
	});

	it.each([
		'We compared Kubernetes IN Docker with minikube.',
		'Kubernetes-in-Docker (kind) starts fast.',
		'Our CI uses Kubernetes in Docker (kind) clusters.',
		'Our CI uses kind (Kubernetes in Docker) clusters.'
	])('the tool in its own spelling or beside its short name: %s', (text) => {
		expect(found(text).map((m) => m[0])).toContain('kind');
	});
});

describe('a product named after an ambiguous project', () => {
	it('"Envoy Mobile" is Envoy', () => {
		expect(found('Envoy Mobile brings networking to iOS and Android apps.')).toEqual([
			['envoy', 'Envoy']
		]);
	});

	it('"Ambassador Labs" is still another name', () => {
		expect(found('Ambassador Labs hosted a party.')).toEqual([]);
	});
});

describe('a possessive opening a sentence', () => {
	const mentionsOf = (text: string) => {
		const r = ingestText('notes.md', text);
		return r.passages.map((p) =>
			r.mentions.filter((m) => m.passage_id === p.id).map((m) => m.surface)
		);
	};

	it('is a name: the project’s context in the passage confirms it', () => {
		expect(
			found("Harbor's new replication feature makes mirroring between registries easy.")
		).toEqual([['harbor', 'Harbor']]);
	});

	it('a document naming other projects of its field confirms it', () => {
		const doc =
			'# Registries\n\nContainer registries got attention: Quay and Docker Hub were discussed.\n\n' +
			"Harbor's new replication feature makes mirroring between sites easier.\n";
		expect(mentionsOf(doc)).toEqual([['Quay', 'Docker Hub'], ['Harbor']]);
	});

	it('not without that field', () => {
		const doc =
			'# Notes\n\nWe met Prometheus maintainers.\n\n' +
			"Harbor's new replication feature makes mirroring between sites easier.\n";
		expect(mentionsOf(doc)).toEqual([['Prometheus'], []]);
	});

	it('not after an article or before a capitalised word', () => {
		const doc =
			'# Registries\n\nContainer registries got attention: Quay and Docker Hub were discussed.\n\n' +
			"Harbor's Edge was the venue.\n\nThe Harbor's edge was quiet.\n";
		expect(mentionsOf(doc)).toEqual([['Quay', 'Docker Hub'], [], []]);
	});
});
