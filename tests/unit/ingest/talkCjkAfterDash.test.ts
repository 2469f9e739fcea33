/** "Title – 王芳 (Globex)": a title in Latin letters, a dash, then a Chinese name. */
import { describe, expect, it } from 'vitest';
import { talks } from './fixtureIngest';

describe('Chinese names after the dash of an English title', () => {
	it('are the speakers, with their organisation', () => {
		expect(talks('Image Distribution over P2P at Scale – 王芳 (Globex)')).toEqual([
			['Image Distribution over P2P at Scale', ['王芳'], ['Globex']]
		]);
		expect(talks('Scheduling Batch Jobs on Kubernetes – 李明、张伟')).toEqual([
			['Scheduling Batch Jobs on Kubernetes', ['李明', '张伟'], []]
		]);
	});

	it('not Chinese words after the dash, nor a Chinese title', () => {
		expect(talks('Kubernetes Basics Explained – 中文字幕')).toEqual([]);
		expect(talks('Kubernetes Basics Explained – 视频回放')).toEqual([]);
		expect(talks('云原生的未来 – 王芳')).toEqual([]);
	});
});
