/** "王芳 (Wang Fang)": a Chinese or Japanese name with its romanisation in brackets is one person. */
import { describe, expect, it } from 'vitest';
import { parseCjkSpeakerList } from '../../../src/lib/ingest/speakersCjk';
import { talks } from './fixtureIngest';

describe('a name in Chinese or Japanese with the same name in Latin letters', () => {
	it('the bracket is no organisation', () => {
		expect(parseCjkSpeakerList('王芳 (Wang Fang)', 'any')).toEqual({
			speakers: ['王芳'],
			organizations: []
		});
		expect(parseCjkSpeakerList('佐藤健 (Ken Sato)、Globex', 'any')).toEqual({
			speakers: ['佐藤健'],
			organizations: ['Globex']
		});
	});

	it("in a talk table's row, the organisation is its own column", () => {
		expect(
			talks('Speaker: 王芳 (Wang Fang) | Company: Globex | Talk: Scheduling at Scale: Year Two')
		).toEqual([['Scheduling at Scale: Year Two', ['王芳'], ['Globex']]]);
	});

	it('a company in brackets stays the organisation', () => {
		expect(parseCjkSpeakerList('王芳 (Ant Financial)', 'any')).toEqual({
			speakers: ['王芳'],
			organizations: ['Ant Financial']
		});
		expect(parseCjkSpeakerList('王芳（阿里巴巴）', 'any')).toEqual({
			speakers: ['王芳'],
			organizations: ['阿里巴巴']
		});
	});
});
