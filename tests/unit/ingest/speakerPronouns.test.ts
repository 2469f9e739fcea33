import { describe, expect, it } from 'vitest';
import { talksInPassage } from '../../../src/lib/ingest/talks';
import { parseSpeakerList } from '../../../src/lib/ingest/speakers';

const talks = (text: string) =>
	talksInPassage(text, 'list').map((t) => [t.title, t.speakers, t.organizations]);

describe("a speaker's pronouns beside the name", () => {
	it.each([
		'- "Securing Helm" by Ann Lee (she/they) from Initech',
		'- Securing Helm by Ann Lee (she/they), Initech',
		'- Securing Helm – Ann Lee (they/them), Initech',
		'- Securing Helm – Ann Lee [she/her], Initech',
		'- Securing Helm – Ann Lee (he/him/his) (Initech)'
	])('%s', (line) => {
		expect(talks(line)).toEqual([['Securing Helm', ['Ann Lee'], ['Initech']]]);
	});

	it('are none of the names nor an organisation', () => {
		expect(parseSpeakerList('Ann Lee (they/them) and Bob Chan (he/him), Initech')).toEqual({
			speakers: ['Ann Lee', 'Bob Chan'],
			organizations: ['Initech']
		});
	});
});
