/** A title before a speaker's name ("Dr.", "Prof. Dr.", "Ms.") is none of the name. */
import { describe, expect, it } from 'vitest';
import { parseSpeakerList } from '../../../src/lib/ingest/speakers';
import { talks } from './fixtureIngest';

describe('titles before names', () => {
	it.each([
		['Dr. Nora Field, Principal Engineer, Harbor Freight', ['Nora Field'], ['Harbor Freight']],
		['Prof. Dr. Hans Meier (TU München)', ['Hans Meier'], ['TU München']],
		['Jane Doe and Dr Ann Lee (Acme)', ['Jane Doe', 'Ann Lee'], ['Acme']],
		['Ms. Priya Raman, Globex', ['Priya Raman'], ['Globex']]
	])('%j', (text, speakers, organizations) => {
		expect(parseSpeakerList(text)).toEqual({ speakers, organizations });
	});

	it('keeps names that only start like a title', () => {
		expect(parseSpeakerList('Drew Bradstock (Google)')).toEqual({
			speakers: ['Drew Bradstock'],
			organizations: ['Google']
		});
		expect(parseSpeakerList('Dr. Pepper')).toBeNull();
	});

	it('gives the same speaker to a talk line with the title', () => {
		expect(talks('Dr. Nora Field (Harbor Freight) – Containers in Regulated Retail')).toEqual([
			['Containers in Regulated Retail', ['Nora Field'], ['Harbor Freight']]
		]);
	});
});
