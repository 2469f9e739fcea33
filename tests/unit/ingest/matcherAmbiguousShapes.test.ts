/**
 * Ambiguous names in shapes recaps use: a table row whose status cell is a CNCF stage
 * ("Harbor | graduated"), a name before another project's name in a compound ("Rook-Ceph",
 * Rook's Ceph operator; not "Prometheus-Operator"), Falco beside runtime detection.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/lib/ingest/matcher';
import { projectTaxonomy as taxonomy } from './projectTaxonomy';

const matcher = compileMatcher(taxonomy.projects);
const ids = (text: string) => matcher.match(text).map((m) => m.projectId);

describe('ambiguous names in recap shapes', () => {
	it('a table row with a CNCF stage in the next cell', () => {
		const table = 'Project | Stage | Since\nHarbor | graduated | 2020\nFlux | incubating | 2021';
		expect(ids(table)).toEqual(['harbor', 'flux']);
		expect(ids('| Porter | sandbox |')).toEqual(['porter']);
	});

	it('a cell of other words is no evidence', () => {
		expect(ids('Harbor | Pier 4 | 2020')).toEqual([]);
	});

	it('before another name in a compound the name is the tool', () => {
		expect(ids('Rook-Ceph and Longhorn for storage; Velero for backups.')).toEqual([
			'rook',
			'ceph',
			'longhorn',
			'velero'
		]);
	});

	it('after one it names a part of that project', () => {
		expect(ids('We deploy the Prometheus-Operator with its CRDs.')).toEqual(['prometheus']);
	});

	it('Helm as a list label beside packaging', () => {
		expect(ids('- **Helm**: packaging for Kubernetes\n- *Vault*: secrets')).toEqual([
			'helm',
			'kubernetes',
			'vault'
		]);
	});

	it('Falco beside runtime or threat detection', () => {
		expect(
			ids('Supply chain: Sigstore and Kyverno policies. Falco for runtime detection, then Trivy.')
		).toContain('falco');
	});
});

describe('a count noun before "for"', () => {
	it('"writing an Operator for Postgres" is no Operator Framework', () => {
		expect(ids('They talked about writing an Operator for Postgres on Kubernetes.')).toEqual([
			'postgresql',
			'kubernetes'
		]);
	});
});

describe('aliases that are English words ("Conduit", "Swagger")', () => {
	it.each([
		'The CNCF acts as a conduit between vendors and Kubernetes end users.',
		'She has the swagger of a seasoned Kubernetes speaker.'
	])('the word is no tool: %s', (text) => {
		expect(ids(text)).toEqual(['kubernetes']);
	});

	it.each([
		['Buoyant announced Conduit, a service mesh for Kubernetes.', ['linkerd', 'kubernetes']],
		['Conduit is now Linkerd 2.0.', ['linkerd', 'linkerd']],
		['The Swagger docs of the Kubernetes API are generated.', ['openapi', 'kubernetes']]
	])('the name is: %s', (text, expected) => {
		expect(ids(text)).toEqual(expected);
	});
});

describe('a lower-case name before its sidecar', () => {
	it('"envoy sidecars" is the proxy', () => {
		expect(ids('Half the Q&A was about envoy sidecars eating memory.')).toEqual(['envoy']);
		expect(ids('Each pod got an envoy sidecar.')).toEqual(['envoy']);
	});

	it('an envoy of a company is no proxy', () => {
		expect(ids('He now works as the envoy of his company to the Kubernetes TOC.')).toEqual([
			'kubernetes'
		]);
	});
});
