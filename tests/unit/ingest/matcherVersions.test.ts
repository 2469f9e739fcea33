/**
 * A name with a version after it ("Linkerd 2.3", "Helm 3", "Kubernetes 1.14") is a mention
 * spanning the name only, whatever the version's shape: the taxonomy's "Helm 3" or "Linkerd 2"
 * aliases must not make "Helm 3" span its version while "Helm 3.1" does not, nor cut "Linkerd
 * 2.3" after its "2". An ambiguous name with a version is the tool.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/lib/ingest/matcher';
import { projectTaxonomy as taxonomy } from './projectTaxonomy';

const matcher = compileMatcher(taxonomy.projects);
const found = (text: string) =>
	matcher.match(text).map((m) => [m.projectId, m.surface, m.start, m.end]);

describe('versioned names span the name', () => {
	it.each([
		['Linkerd 2.3 shipped mTLS on by default.', [['linkerd', 'Linkerd', 0, 7]]],
		[
			'The team showed Linkerd 2 and Linkerd 2.6.',
			[
				['linkerd', 'Linkerd', 16, 23],
				['linkerd', 'Linkerd', 30, 37]
			]
		],
		[
			'Helm 3 removed Tiller; Helm 3.1 and Helm v3.2.1 followed.',
			[
				['helm', 'Helm', 0, 4],
				['tiller', 'Tiller', 15, 21],
				['helm', 'Helm', 23, 27],
				['helm', 'Helm', 36, 40]
			]
		],
		['Upgrading to helm 3 was painless.', [['helm', 'helm', 13, 17]]],
		[
			'Kubernetes 1.14 added Windows nodes, Istio 1.1 got faster.',
			[
				['kubernetes', 'Kubernetes', 0, 10],
				['istio', 'Istio', 37, 42]
			]
		],
		[
			'Flux v2 and Notary v2 were both on the agenda.',
			[
				['flux', 'Flux', 0, 4],
				['notary', 'Notary', 12, 18]
			]
		]
	])('%s', (text, expected) => {
		expect(found(text)).toEqual(expected);
	});

	it('"helm3", the binary\'s name, is Helm', () => {
		expect(found('Install helm3 next to Helm2 while migrating.')).toEqual([
			['helm', 'helm3', 8, 13],
			['helm', 'Helm2', 22, 27]
		]);
	});

	it('a name run on into its version stays one name ("Linkerd2", "Flux2")', () => {
		expect(found('We moved from Linkerd2 to Flux2 last year.')).toEqual([
			['linkerd', 'Linkerd2', 14, 22],
			['flux', 'Flux2', 26, 31]
		]);
	});
});
