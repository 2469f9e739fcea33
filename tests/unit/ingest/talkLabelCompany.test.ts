/** "Title: …" over "Speaker: …" over "Company: …": the organisation on a label line of its own. */
import { describe, expect, it } from 'vitest';
import { talks } from './fixtureIngest';

describe('a company label under the speaker label', () => {
	it('is the speaker’s organisation', () => {
		expect(
			talks(
				'Title: Operators Without Tears\nSpeaker: Ruth Baker\nCompany: Initech\nVideo: https://example.com/v'
			)
		).toEqual([['Operators Without Tears', ['Ruth Baker'], ['Initech']]]);
	});

	it('the labels run into one line, as a Markdown paragraph joins them', () => {
		expect(
			talks(
				'Title: Operators Without Tears Speaker: Ruth Baker Company: Initech Video: https://example.com/v'
			)
		).toEqual([['Operators Without Tears', ['Ruth Baker'], ['Initech']]]);
	});

	it('an organisation already named stays the only one; a sentence is none', () => {
		expect(
			talks('Title: Operators Without Tears\nSpeaker: Ruth Baker (Globex)\nCompany: Initech')
		).toEqual([['Operators Without Tears', ['Ruth Baker'], ['Globex']]]);
		expect(
			talks(
				'Title: Operators Without Tears\nSpeaker: Ruth Baker\nCompany: she left it last year, sadly'
			)
		).toEqual([['Operators Without Tears', ['Ruth Baker'], []]]);
	});
});
