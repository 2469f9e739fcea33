/**
 * A design pattern named by an ambiguous word ("the Operator pattern", "the Ambassador pattern")
 * is no mention of the project, even beside a firm project in the passage.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/lib/ingest/matcher';
import { projectTaxonomy as taxonomy } from './projectTaxonomy';

const matcher = compileMatcher(taxonomy.projects);
const found = (text: string) => matcher.match(text).map((m) => [m.projectId, m.surface]);

describe('a design pattern', () => {
	it.each([
		['Lots of interest in Prometheus and the new Operator pattern in general.', 'Prometheus'],
		['With Kubernetes, the Ambassador pattern puts a proxy beside each pod.', 'Kubernetes']
	])('%s', (text, firm) => {
		expect(found(text)).toEqual([[firm.toLowerCase(), firm]]);
	});

	it('the tool itself is still read', () => {
		expect(found('We run Prometheus with the Operator SDK.').map((m) => m[0])).toEqual([
			'prometheus',
			'operator-framework'
		]);
	});
});
