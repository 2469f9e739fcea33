/** An "&" between two letters is part of an organisation's name ("AT&T", "R&D"), not a joiner. */
import { describe, expect, it } from 'vitest';
import { parseSpeakerList } from '../../../src/lib/ingest/speakers';
import { talks } from './fixtureIngest';

describe('an organisation with an "&" inside its name', () => {
	it('stays whole after the names', () => {
		expect(parseSpeakerList('Maria Ortiz, Lena Berg, AT&T')).toEqual({
			speakers: ['Maria Ortiz', 'Lena Berg'],
			organizations: ['AT&T']
		});
	});

	it("in a table row's organisation column", () => {
		expect(talks('Edge Clusters on a Shoestring | Maria Ortiz | AT&T')).toEqual([
			['Edge Clusters on a Shoestring', ['Maria Ortiz'], ['AT&T']]
		]);
	});

	it('an "&" between spaces still joins two speakers', () => {
		expect(parseSpeakerList('Maria Ortiz (Acme) & Lena Berg (Globex)')).toEqual({
			speakers: ['Maria Ortiz', 'Lena Berg'],
			organizations: ['Acme', 'Globex']
		});
	});
});
