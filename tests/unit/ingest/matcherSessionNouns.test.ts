/**
 * An ambiguous name capitalised inside a sentence before a session's or a project's noun ("the
 * Envoy talk", "the Flux maintainers") is the project, with no other project in the passage.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/lib/ingest/matcher';
import { projectTaxonomy as taxonomy } from './projectTaxonomy';

const matcher = compileMatcher(taxonomy.projects);
const ids = (text: string) => matcher.match(text).map((m) => m.projectId);

describe('a session noun after an ambiguous name', () => {
	it.each([
		['Did anyone go to the Envoy talk?', 'envoy'],
		['Yes, the Envoy deep dive by Matt Klein was packed.', 'envoy'],
		['I spent an hour at the Harbor booth.', 'harbor'],
		['We met the Flux maintainers on day two.', 'flux']
	])('%j', (text, id) => {
		expect(ids(text)).toEqual([id]);
	});

	it.each([
		'The special envoy talks with both sides resumed.',
		'Envoy talks resumed in Geneva.',
		'The harbor project was finished in 2019.'
	])('not in %j: lower case, or opening the sentence', (text) => {
		expect(ids(text)).toEqual([]);
	});
});
