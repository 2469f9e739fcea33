/** Small hand-written catalog, projects, themes and documents for the extraction tests. */
import type {
	CatalogEvent,
	FrontMatter,
	ParsedDocument,
	ParsedSection,
	SectionKind,
	Taxonomy,
	TaxonomyProject,
	TaxonomyTheme
} from '../../../src/lib/ingest/types';

function ev(
	id: string,
	name: string,
	start: string,
	end: string,
	city: string | null,
	country: string | null,
	extra: Partial<CatalogEvent> = {}
): CatalogEvent {
	const series = id.startsWith('dockercon') ? 'dockercon' : 'kubecon';
	const region = /-eu-/.test(id)
		? 'europe'
		: /-cn-/.test(id)
			? 'china'
			: series === 'dockercon'
				? 'north-america'
				: 'north-america';
	return {
		id,
		name,
		series,
		region,
		start_date: start,
		end_date: end,
		city,
		country,
		format: city ? 'in-person' : 'virtual',
		...extra
	};
}

export const CATALOG: CatalogEvent[] = [
	ev(
		'dockercon-2014',
		'DockerCon 2014',
		'2014-06-09',
		'2014-06-10',
		'San Francisco',
		'United States'
	),
	ev(
		'dockercon-eu-2014',
		'DockerCon Europe 2014',
		'2014-12-04',
		'2014-12-05',
		'Amsterdam',
		'Netherlands'
	),
	ev(
		'dockercon-2015',
		'DockerCon 2015',
		'2015-06-22',
		'2015-06-23',
		'San Francisco',
		'United States'
	),
	ev('dockercon-2016', 'DockerCon 2016', '2016-06-19', '2016-06-21', 'Seattle', 'United States', {
		aliases: ['DockerCon16', 'DockerCon 16']
	}),
	ev(
		'kubecon-na-2016',
		'KubeCon + CloudNativeCon North America 2016',
		'2016-11-08',
		'2016-11-09',
		'Seattle',
		'United States'
	),
	ev(
		'kubecon-eu-2018',
		'KubeCon + CloudNativeCon Europe 2018',
		'2018-05-02',
		'2018-05-04',
		'Copenhagen',
		'Denmark',
		{
			aliases: ['KubeCon Copenhagen']
		}
	),
	ev(
		'kubecon-cn-2018',
		'KubeCon + CloudNativeCon China 2018',
		'2018-11-13',
		'2018-11-15',
		'Shanghai',
		'China'
	),
	ev(
		'kubecon-na-2018',
		'KubeCon + CloudNativeCon North America 2018',
		'2018-12-10',
		'2018-12-13',
		'Seattle',
		'United States'
	),
	ev(
		'kubecon-eu-2019',
		'KubeCon + CloudNativeCon Europe 2019',
		'2019-05-20',
		'2019-05-23',
		'Barcelona',
		'Spain'
	),
	ev(
		'kubecon-cn-2019',
		'KubeCon + CloudNativeCon China 2019',
		'2019-06-24',
		'2019-06-26',
		'Shanghai',
		'China'
	),
	ev(
		'kubecon-na-2019',
		'KubeCon + CloudNativeCon North America 2019',
		'2019-11-18',
		'2019-11-21',
		'San Diego',
		'United States'
	),
	ev(
		'kubecon-na-2020',
		'KubeCon + CloudNativeCon North America 2020',
		'2020-11-17',
		'2020-11-20',
		null,
		null
	),
	ev(
		'kubecon-na-2021',
		'KubeCon + CloudNativeCon North America 2021',
		'2021-10-11',
		'2021-10-15',
		'Los Angeles',
		'United States',
		{
			format: 'hybrid'
		}
	)
];

function project(
	id: string,
	name: string,
	aliases: string[],
	category: string,
	ambiguous?: string[]
): TaxonomyProject {
	return {
		id,
		name,
		aliases,
		category,
		subcategory: category,
		cncf_status: null,
		accepted: null,
		incubating: null,
		graduated: null,
		homepage: null,
		...(ambiguous ? { ambiguous: { context: ambiguous } } : {})
	};
}

export const PROJECTS: TaxonomyProject[] = [
	project('kubernetes', 'Kubernetes', ['k8s', 'K8s', 'kube'], 'Scheduling & Orchestration'),
	project('helm', 'Helm', [], 'Application Definition & Image Build', [
		'chart',
		'charts',
		'kubernetes',
		'release'
	]),
	project('vault', 'Vault', ['HashiCorp Vault'], 'Key Management', [
		'secret',
		'secrets',
		'hashicorp'
	]),
	project('flux', 'Flux', ['FluxCD'], 'Continuous Integration & Delivery', ['gitops', 'reconcile']),
	project('chef', 'Chef', [], 'Automation & Configuration', ['cookbook', 'infrastructure']),
	project('jenkins', 'Jenkins', [], 'Continuous Integration & Delivery'),
	project('jenkins-x', 'Jenkins X', [], 'Continuous Integration & Delivery'),
	project('grpc', 'gRPC', [], 'Remote Procedure Call'),
	project('istio', 'Istio', [], 'Service Mesh'),
	project('linkerd', 'Linkerd', [], 'Service Mesh'),
	project('envoy', 'Envoy', [], 'Service Proxy'),
	project('runc', 'runC', ['runc'], 'Container Runtime'),
	project('containerd', 'containerd', [], 'Container Runtime'),
	project('nodejs', 'Node.js', ['NodeJS'], 'Application Definition & Image Build'),
	project('opa', 'Open Policy Agent', ['OPA'], 'Security & Compliance'),
	project('kind', 'kind', ['KinD'], 'Certified Kubernetes - Installer'),
	project('jaeger', 'Jaeger', [], 'Observability'),
	project('prometheus', 'Prometheus', [], 'Observability'),
	project('docker', 'Docker', [], 'Container Runtime'),
	project(
		'docker-compose',
		'Docker Compose',
		['docker-compose', 'Compose'],
		'Application Definition & Image Build'
	)
];

export const THEMES: TaxonomyTheme[] = [
	{
		id: 'service-mesh',
		name: 'Service mesh',
		description: 'Meshes and sidecars',
		lexicon: { 'service mesh': 1, sidecar: 0.6, mtls: 0.5 },
		categories: ['Service Mesh', 'Service Proxy']
	},
	{
		id: 'observability',
		name: 'Observability',
		description: 'Metrics, logs, traces',
		lexicon: { tracing: 0.8, metrics: 0.6, 'distributed tracing': 0.6, dashboard: 0.2 },
		categories: ['Observability']
	},
	{
		id: 'community',
		name: 'Community',
		description: 'People',
		lexicon: { community: 0.5, diversity: 0.8 }
	}
];

export const TAXONOMY: Taxonomy = { events: CATALOG, projects: PROJECTS, themes: THEMES };

export interface SectionSpec {
	heading?: string | null;
	level?: number;
	kind?: SectionKind;
	passages: string[];
}

/** A ParsedDocument as the parser would produce it. */
export function makeDoc(spec: {
	path?: string;
	title?: string | null;
	published?: string | null;
	frontMatter?: Partial<FrontMatter>;
	sections: SectionSpec[];
}): ParsedDocument {
	const sections: ParsedSection[] = spec.sections.map((s) => ({
		heading: s.heading ?? null,
		level: s.level ?? (s.heading ? 1 : 0),
		kind: s.kind ?? (s.heading ? 'heading' : 'preamble'),
		passages: s.passages.map((text) => ({ text, kind: 'paragraph' as const }))
	}));
	return {
		path: spec.path ?? 'doc.md',
		format: 'markdown',
		frontMatter: { tags: [], extra: {}, ...spec.frontMatter },
		title: spec.title ?? null,
		author: null,
		publisher: null,
		url: null,
		published: spec.published ?? null,
		sections,
		words: 0,
		sha256: '0'.repeat(64)
	};
}

export function encode(text: string): Uint8Array {
	return new TextEncoder().encode(text);
}
