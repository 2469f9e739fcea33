import { describe, expect, it } from 'vitest';
import { missingParents } from '../../../src/lib/db/references';
import { handmadeResult } from '../../fixtures/db/handmade';

describe('missingParents', () => {
	it('finds nothing missing in a consistent result', () => {
		expect(missingParents(handmadeResult())).toEqual([]);
	});

	it('names every missing parent, table by table, rows in order, references in column order', () => {
		const result = handmadeResult();
		const [section] = result.sections;
		section!.source_id = 999;
		section!.event_id = 'no-such-event';
		const passage = result.passages.at(-1)!;
		passage.section_id = 999;
		passage.event_id = 'no-such-event';
		result.talks[0]!.event_id = 'no-such-event';
		result.talks[0]!.source_id = 999;
		result.mentions[1]!.project_id = 'no-such-project';
		result.mentions[1]!.passage_id = 999;
		// A zero score is no row: it is neither checked nor counted in the positions.
		result.passageThemes[0]!.score = 0;
		result.passageThemes[0]!.theme_id = 'no-such-theme';
		result.passageThemes[2]!.theme_id = 'no-such-theme';
		const scoredBefore = result.passageThemes.slice(0, 3).filter((pt) => pt.score > 0).length;
		expect(missingParents(result)).toEqual([
			{ table: 'sections', row: section!.id, parent: 'sources' },
			{ table: 'sections', row: section!.id, parent: 'events' },
			{ table: 'passages', row: passage.id, parent: 'sections' },
			{ table: 'passages', row: passage.id, parent: 'events' },
			{ table: 'talks', row: result.talks[0]!.id, parent: 'events' },
			{ table: 'talks', row: result.talks[0]!.id, parent: 'sources' },
			{ table: 'mentions', row: 2, parent: 'passages' },
			{ table: 'mentions', row: 2, parent: 'projects' },
			{ table: 'passage_themes', row: scoredBefore, parent: 'themes' }
		]);
	});
});
