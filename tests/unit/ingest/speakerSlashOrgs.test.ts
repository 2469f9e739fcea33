/** Two organisations joined by a bare slash in a speaker's slot ("Acme Labs/Globex") are two. */
import { describe, expect, it } from 'vitest';
import { parseSpeakerList } from '../../../src/lib/ingest/speakers';
import { talks } from './fixtureIngest';

describe('organisations joined by a slash', () => {
	it('splits them, spaced or not', () => {
		expect(parseSpeakerList('Jane Roe, Acme Labs/Globex')).toEqual({
			speakers: ['Jane Roe'],
			organizations: ['Acme Labs', 'Globex']
		});
		expect(parseSpeakerList('Jane Roe, Acme Labs / Globex')).toEqual({
			speakers: ['Jane Roe'],
			organizations: ['Acme Labs', 'Globex']
		});
	});

	it('in a heading\'s "Title – Name, Org/Org"', () => {
		expect(talks('Tracing Without Tears – Jane Roe, Acme Labs/Globex')).toEqual([
			['Tracing Without Tears', ['Jane Roe'], ['Acme Labs', 'Globex']]
		]);
	});

	it('keeps a single organisation whole', () => {
		expect(parseSpeakerList('Jane Roe, Acme Labs')).toEqual({
			speakers: ['Jane Roe'],
			organizations: ['Acme Labs']
		});
	});
});
