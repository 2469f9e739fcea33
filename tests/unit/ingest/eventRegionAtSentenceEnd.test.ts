import { describe, expect, it } from 'vitest';
import { compileEventIndex } from '../../../src/lib/ingest/eventRefs';
import { projectTaxonomy } from './projectTaxonomy';
import { ingestText } from './fixtureIngest';

const index = compileEventIndex(projectTaxonomy.events);
const refs = (text: string) =>
	index.findRefs(text).map((r) => [r.surface, r.generic ? 'generic' : r.candidates.length]);

describe('a region word that ends a sentence still qualifies the series', () => {
	it('reads "KubeCon Europe." as KubeCon Europe, not as KubeCon', () => {
		expect(refs('We met at KubeCon Europe. It was big')).toEqual([['KubeCon Europe', 6]]);
		expect(refs('Off to KubeCon + CloudNativeCon Europe.')).toEqual([
			['KubeCon + CloudNativeCon Europe', 6]
		]);
		expect(refs('Back from KubeCon EU. Tired')).toEqual([['KubeCon EU', 6]]);
		// As with a comma after it: the shorthand list is read as a whole.
		expect(refs('Two editions: KubeCon EU and NA.')).toEqual(
			refs('Two editions: KubeCon EU and NA, then')
		);
		expect(refs('Two editions: KubeCon EU and NA.')).toEqual([['KubeCon EU and NA', 6]]);
	});

	it('keeps abbreviations with their dots and sentences without a region', () => {
		expect(refs('at KubeCon U.S. in the fall')).toEqual([['KubeCon U.S.', 6]]);
		expect(refs('I was at KubeCon. Great.')).toEqual([['KubeCon', 'generic']]);
	});

	it('lets the region decide the edition of a recap that names no year', () => {
		const r = ingestText(
			'notes.md',
			'---\ntitle: "Five weeks later"\ndate: 2019-06-28\n---\n\nMy notes from KubeCon + CloudNativeCon Europe.\n\nThe hallway track was the best part.\n'
		);
		expect([...new Set(r.passages.map((p) => p.event_id))]).toEqual(['kubecon-eu-2019']);
	});
});
