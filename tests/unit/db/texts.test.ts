import { describe, expect, it } from 'vitest';
import { countWords, countWordsUtf8, encodeTexts } from '../../../src/lib/db/texts';

const TEXTS = [
	'',
	'   ',
	'Envoy-based meshes:\tIstio\n and  Linkerd ',
	'no\u00a0break\u00a0spaces', // U+00A0 separates words…
	'voilà à Paris', // …but an A0 byte inside à (C3 A0) does not
	'Â\u00a0Â', // C3 82 C2 A0 C3 82
	'Kubernetes 🚀 rocket and 中文 text',
	'\u00a0leading and trailing\u00a0',
	'lone surrogate \ud800 here'
];

describe('encodeTexts', () => {
	it('encodes every text as UTF-8, one after another', () => {
		const { bytes, ends } = encodeTexts(TEXTS.map((text) => ({ text })));
		const decoder = new TextDecoder();
		TEXTS.forEach((text, i) => {
			const slice = bytes.subarray(i === 0 ? 0 : ends[i - 1], ends[i]);
			expect(slice).toEqual(new TextEncoder().encode(text));
			if (!text.includes('\ud800')) expect(decoder.decode(slice)).toBe(text);
		});
	});

	it('counts words on the bytes exactly as countWords does on the string', () => {
		const { words } = encodeTexts(TEXTS.map((text) => ({ text })));
		expect([...words]).toEqual(TEXTS.map(countWords));
		expect(countWords('no\u00a0break\u00a0spaces')).toBe(3);
		expect(countWords('voilà à Paris')).toBe(3);
	});

	it('grows its buffer for text far from ASCII', () => {
		const text = '中文'.repeat(5000);
		const { bytes, ends, words } = encodeTexts([{ text: 'a b' }, { text }, { text: 'c' }]);
		expect(ends[1]! - ends[0]!).toBe(text.length * 3);
		expect(bytes.length).toBe(3 + text.length * 3 + 1);
		expect([...words]).toEqual([2, 1, 1]);
	});

	it('counts a text given as a range of a larger buffer', () => {
		const bytes = new TextEncoder().encode('one two\u00a0three four');
		expect(countWordsUtf8(bytes, 4, 15)).toBe(2);
	});
});
