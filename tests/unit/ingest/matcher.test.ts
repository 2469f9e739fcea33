import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/lib/ingest/matcher';
import type { TaxonomyProject } from '../../../src/lib/ingest/types';
import { PROJECTS } from './extractionFixtures';

const matcher = compileMatcher(PROJECTS);
const ids = (text: string) => matcher.match(text).map((m) => m.projectId);
const surfaces = (text: string) => matcher.match(text).map((m) => m.surface);

describe('aliases and names', () => {
	it('finds names and aliases in any case where that is safe', () => {
		expect(ids('We run Kubernetes, k8s and KUBERNETES.')).toEqual([
			'kubernetes',
			'kubernetes',
			'kubernetes'
		]);
		expect(ids('We moved to containerd and then to Containerd.')).toEqual([
			'containerd',
			'containerd'
		]);
	});

	it('handles names with dots, dashes and mixed case', () => {
		expect(ids('A Node.js app calls gRPC; runC and runc run it; docker-compose up.')).toEqual([
			'nodejs',
			'grpc',
			'runc',
			'runc',
			'docker-compose'
		]);
	});

	it('prefers the longest match: "Jenkins X" over "Jenkins"', () => {
		const found = matcher.match('We use Jenkins X, not plain Jenkins.');
		expect(found.map((m) => [m.projectId, m.surface])).toEqual([
			['jenkins-x', 'Jenkins X'],
			['jenkins', 'Jenkins']
		]);
	});

	it('prefers a multi-word alias: "HashiCorp Vault"', () => {
		expect(ids('Secrets live in HashiCorp Vault.')).toEqual(['vault']);
	});
});

describe('word boundaries', () => {
	it('does not match inside words', () => {
		expect(ids('A Helmet, a Helmsman, Istioctl, the okubernetes typo.')).toEqual([]);
	});

	it('matches before possessives, hyphens and punctuation', () => {
		expect(surfaces("Istio's sidecar, Linkerd-based meshes, (Envoy).")).toEqual([
			'Istio',
			'Linkerd',
			'Envoy'
		]);
	});

	it('treats CJK characters next to a Latin name as a boundary', () => {
		expect(ids('中美日的Kubernetes、Envoy、Istio社区')).toEqual(['kubernetes', 'envoy', 'istio']);
	});

	it('finds a name written in Hangul with its Korean particle attached', () => {
		const korean = compileMatcher(
			PROJECTS.map((p) =>
				p.id === 'kubernetes' ? { ...p, aliases: [...p.aliases, '쿠버네티스'] } : p
			)
		);
		const found = korean.match('올해 쿠버네티스는 1.20이 나왔고, 우리는 쿠버네티스를 씁니다.');
		expect(found.map((m) => [m.projectId, m.surface])).toEqual([
			['kubernetes', '쿠버네티스'],
			['kubernetes', '쿠버네티스']
		]);
		// Not the end of another word: the name must still start a word.
		expect(korean.match('클라우드쿠버네티스')).toEqual([]);
	});

	it('ignores names inside URLs', () => {
		expect(ids('See https://github.com/istio/istio and www.envoyproxy.io for Linkerd')).toEqual([
			'linkerd'
		]);
	});
});

describe('case rules', () => {
	it('short acronyms must keep their case', () => {
		expect(ids('OPA decision logs')).toEqual(['opa']);
		expect(ids('opa is greek for hooray')).toEqual([]);
	});

	it('an English-word name in lower case is not the tool ("that kind of talk")', () => {
		expect(ids('That kind of talk is rare.')).toEqual([]);
		expect(ids('We test on KinD clusters.')).toEqual(['kind']);
	});
});

describe('e-mail addresses', () => {
	it('the local part of one names no project; a name before an "@" handle still does', () => {
		expect(ids('Write to linkerd@example.com or kubernetes-dev@googlegroups.com.')).toEqual([]);
		expect(ids('Linkerd @ KubeCon was fun, and Prometheus@scale too.')).toEqual([
			'linkerd',
			'prometheus'
		]);
	});
});

describe('ambiguous names', () => {
	it.each([
		['Charts are packaged with Helm and deployed to Kubernetes.', ['helm', 'kubernetes']],
		['We use the same helm charts everywhere.', ['helm']],
		['Helm 3, which took ages, is a huge improvement.', ['helm']],
		[
			'Using Flux as a k8s operator to promote images in a GitOps workflow.',
			['flux', 'kubernetes']
		],
		['They have found Chef more effective than Docker for the infrastructure.', ['chef', 'docker']],
		['Secrets should be stored in Vault, referenced by path.', ['vault']],
		['Flux (incubation), GitOps tool', ['flux']],
		// The CNCF's words for a project's stage name the tool.
		['Helm graduated? Not yet.', ['helm']],
		['Flux is now graduated.', ['flux']],
		['Vault, a CNCF project? No.', ['vault']],
		// A table's Project column (rows read "Header: value | …").
		['Project: Helm | Status: graduated', ['helm']],
		['Talk: Intro | Tools: Flux', ['flux']],
		['This time we demoed our Vault-backed, Helm-based setup.', ['vault', 'helm']],
		// A verb only a product takes, even at the start of a sentence.
		['Helm is now used by a majority of surveyed users.', ['helm']],
		['Survey results. Flux was also widely adopted last year.', ['flux']],
		['Envoy now supports HTTP/3.', ['envoy']],
		['Vault provides dynamic secrets.', ['vault']],
		// Listed with an unambiguous project right after it, at the start of a sentence.
		['Helm and Prometheus drew crowds.', ['helm', 'prometheus']],
		['Vault, Prometheus and Kubernetes came up everywhere.', ['vault', 'prometheus', 'kubernetes']]
	])('counts as the tool: %s', (text, expected) => {
		expect(ids(text)).toEqual(expected);
	});

	it.each([
		'The helm of the ship was steady.',
		'Everything is in flux these days.',
		'Helm was a great metaphor for leadership.',
		'The chef cooked dinner for the team.',
		'The Vault of Heaven is a painting.',
		'Flux is the rate of flow.',
		'Speaker: Helm Smith | Project: none',
		'She is now at the helm, and it is used well.',
		'Everything is in flux and is used to change.',
		'Helm is a word sailors use.',
		'Flux is the rate of flow; it is used in physics.'
	])('does not count: %s', (text) => {
		expect(ids(text)).toEqual([]);
	});

	it.each([
		// The firm project is in the sentence, but not listed with the word.
		['Helm of the ship: we ran Prometheus.', ['prometheus']],
		['Flux and change were the theme; Kubernetes too.', ['kubernetes']]
	])(
		'a firm project elsewhere in the sentence is not enough at its start: %s',
		(text, expected) => {
			expect(ids(text)).toEqual(expected);
		}
	);

	it('a title that names its project before a colon, with its context after it', () => {
		expect(ids('Vault: Secrets Management at Scale')).toEqual(['vault']);
		expect(ids('Talk: Flux: GitOps for Everyone | Speaker(s): Jane Doe (Acme)')).toEqual(['flux']);
		// The context is still needed: a colon alone is a label ("Helm: we steered the boat").
		expect(ids('Helm: we steered the boat to the harbour.')).toEqual([]);
		expect(ids('Flux: the rate of flow.')).toEqual([]);
	});

	it('a capitalised word after it makes another name ("Vault Hunters")', () => {
		expect(ids('Running Kubernetes while playing Vault Hunters.')).toEqual(['kubernetes']);
	});
});

describe('offsets', () => {
	it('are UTF-16 indices that slice back to the surface, non-overlapping and ordered', () => {
		const text = '🚀 Ünïcode first: gRPC → Istio’s mesh, then Jenkins X and k8s.';
		const found = matcher.match(text);
		expect(found.length).toBe(4);
		for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.surface);
		for (let i = 1; i < found.length; i++)
			expect(found[i]!.start).toBeGreaterThanOrEqual(found[i - 1]!.end);
	});

	it('returns nothing for empty text', () => {
		expect(matcher.match('')).toEqual([]);
	});
});

describe('ambiguous names that vouch for each other', () => {
	it('one confirmed by its own context is a tech neighbour for the next', () => {
		// Vault: "secrets" nearby confirms it. Flux opens a clause (after the colon), so its
		// "gitops" context is not enough alone: Vault is the neighbour it needs.
		expect(ids('Our GitOps setup: Flux syncs secrets from Vault.')).toEqual(['flux', 'vault']);
	});

	it('not when none has evidence of its own', () => {
		expect(ids('Flux and Vault are words too.')).toEqual([]);
	});

	it('capitalised names of two projects listed together inside a sentence', () => {
		expect(ids('Our demo ran Flux and Vault on stage.')).toEqual(['flux', 'vault']);
		expect(ids('The booths showed Helm, Flux or Chef.')).toEqual(['helm', 'flux', 'chef']);
		// Not lower-case words, not the same name twice, not at a sentence start.
		expect(ids('We had a flux and vault of ideas.')).toEqual([]);
		expect(ids('The Vault and Vault again.')).toEqual([]);
		expect(ids('Chef and Flux were hired for the party.')).toEqual([]);
	});
});

describe('hyphenated compounds', () => {
	const operator: TaxonomyProject = {
		id: 'operator-framework',
		name: 'Operator Framework',
		aliases: ['Operator', 'Operator SDK'],
		category: 'Application Definition & Image Build',
		subcategory: 'Application Definition & Image Build',
		cncf_status: 'incubating',
		accepted: null,
		incubating: null,
		graduated: null,
		homepage: null,
		ambiguous: { context: ['crd', 'crds', 'operator sdk'] }
	};
	const withOperator = compileMatcher([...PROJECTS, operator]);
	const found = (text: string) => withOperator.match(text).map((m) => [m.projectId, m.surface]);

	it('two ambiguous names joined ("Helm-Operator") are left to their own evidence', () => {
		expect(found('We install the Helm-Operator release with its chart and CRDs.')).toEqual([
			['helm', 'Helm'],
			['operator-framework', 'Operator']
		]);
	});

	it('a part joined to another project\'s name is not the ambiguous tool ("Prometheus-Operator")', () => {
		expect(found('We deploy the Prometheus-Operator with its CRDs.')).toEqual([
			['prometheus', 'Prometheus']
		]);
		expect(
			found('Secrets come from Kubernetes-Vault, traces from the Jaeger-Operator v1.2.')
		).toEqual([
			['kubernetes', 'Kubernetes'],
			['jaeger', 'Jaeger']
		]);
	});

	it('the same name on its own still counts', () => {
		expect(found('We deploy Prometheus with Operator and its CRDs.')).toEqual([
			['prometheus', 'Prometheus'],
			['operator-framework', 'Operator']
		]);
	});
});

describe('an ambiguous name with the article, naming a part of another product', () => {
	const project = (id: string, name: string, context?: string[]): TaxonomyProject => ({
		id,
		name,
		aliases: [],
		category: 'Observability',
		subcategory: 'Observability',
		cncf_status: null,
		accepted: null,
		incubating: null,
		graduated: null,
		homepage: null,
		...(context ? { ambiguous: { context } } : {})
	});
	const withSentry = compileMatcher([
		...PROJECTS,
		project('sentry', 'Sentry', ['crash', 'error tracking', 'errors', 'exceptions', 'monitoring']),
		project('gvisor', 'gVisor')
	]);
	const found = (text: string) => withSentry.match(text).map((m) => m.projectId);

	it.each([
		[
			'gVisor has two parts, the Sentry and the Gofer: the Sentry intercepts system calls.',
			['gvisor']
		],
		['In gVisor, the Sentry implements the Linux kernel in Go.', ['gvisor']],
		['Deploy the Sentry, then the Gofer, on Kubernetes.', ['kubernetes']]
	])('is not the product: %s', (text, expected) => {
		// Before, every "Sentry" here was Sentry the error tracker, vouched for by gVisor.
		expect(found(text)).toEqual(expected);
	});

	it.each([
		['We use Sentry for error tracking alongside Prometheus.', ['sentry', 'prometheus']],
		['Sentry for error tracking, Prometheus for metrics.', ['sentry', 'prometheus']],
		['The Sentry dashboard showed crashes of our Kubernetes pods.', ['sentry', 'kubernetes']],
		['We run the Sentry, Prometheus and Docker stack.', ['sentry', 'prometheus', 'docker']],
		// The product's own field around it.
		['Prometheus and the Sentry errors page.', ['prometheus', 'sentry']],
		['Kubernetes errors all land in the Sentry.', ['kubernetes', 'sentry']]
	])('is still the product: %s', (text, expected) => {
		expect(found(text)).toEqual(expected);
	});
});
