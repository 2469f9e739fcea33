/** "Name, Role, Organisation": after a person and a job title, the organisation, though it reads as a name. */
import { describe, expect, it } from 'vitest';
import { parseSpeakerList } from '../../../src/lib/ingest/speakers';
import { talks } from './fixtureIngest';

describe('a name, a role, then an organisation', () => {
	it('the part after the role is the organisation', () => {
		expect(parseSpeakerList('Ruth Baker, Principal Engineer, Harbor Freight')).toEqual({
			speakers: ['Ruth Baker'],
			organizations: ['Harbor Freight']
		});
	});

	it('names first, then a dash and the title', () => {
		expect(
			talks('Ruth Baker, Principal Engineer, Harbor Freight — Containers in Regulated Retail')
		).toEqual([['Containers in Regulated Retail', ['Ruth Baker'], ['Harbor Freight']]]);
	});

	it('a name after "and" is a person, though a role comes before it', () => {
		expect(parseSpeakerList('Ruth Baker, CEO and Omar Said')).toEqual({
			speakers: ['Ruth Baker', 'Omar Said'],
			organizations: []
		});
		expect(parseSpeakerList('Ruth Baker, VP Engineering, and Omar Said, Globex')).toEqual({
			speakers: ['Ruth Baker', 'Omar Said'],
			organizations: ['Globex']
		});
	});

	it('two people, each with a role, stay two people', () => {
		expect(parseSpeakerList('Ruth Baker, Staff Engineer, Omar Said, Senior Engineer')).toEqual({
			speakers: ['Ruth Baker', 'Omar Said'],
			organizations: []
		});
	});
});
