/**
 * Passage texts as UTF-8, encoded once into one buffer: the writer binds each text as bytes
 * (sql.js converts a string character by character in JavaScript, TextEncoder natively), and
 * one buffer instead of a small array per passage spares the garbage collector tens of
 * thousands of buffers. Word counts are read off the same bytes.
 */

export interface EncodedTexts {
	/** All texts, one after another. */
	bytes: Uint8Array;
	/** Text i is bytes[ends[i − 1] … ends[i] − 1] (from 0 for i = 0). */
	ends: Uint32Array;
	/** Words in text i (`countWords`). */
	words: Uint32Array;
}

const utf8 = new TextEncoder();

/** Words as runs of non-space characters, the same rule as the ingest's `words`. */
export function countWords(text: string): number {
	let words = 0;
	let inWord = false;
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		const space = c === 32 || (c >= 9 && c <= 13) || c === 160;
		if (!space && !inWord) words++;
		inWord = !space;
	}
	return words;
}

/** 1 for the bytes of `countWords`' spaces; 2 for the two bytes of U+00A0 (C2 A0), which also occur apart. */
const SPACE = new Uint8Array(256);
for (const c of [9, 10, 11, 12, 13, 32]) SPACE[c] = 1;
SPACE[0xc2] = SPACE[0xa0] = 2;

/** `countWords` of the UTF-8 text bytes[start … end − 1]. */
export function countWordsUtf8(bytes: Uint8Array, start: number, end: number): number {
	let words = 0;
	let space = 1;
	for (let i = start; i < end; i++) {
		const c = bytes[i]!;
		let s = SPACE[c]!;
		// C2 A0 is U+00A0; a lone A0 continues another character, and C2 starts another one.
		if (s === 2) s = (c === 0xc2 ? bytes[i + 1] === 0xa0 : bytes[i - 1] === 0xc2) ? 1 : 0;
		words += space & (s ^ 1);
		space = s;
	}
	return words;
}

export function encodeTexts(texts: readonly { text: string }[]): EncodedTexts {
	let chars = 0;
	for (const t of texts) chars += t.text.length;
	// Mostly ASCII: room for a little more than one byte per character, doubled when short.
	let bytes = new Uint8Array(chars + (chars >> 3) + 64);
	const ends = new Uint32Array(texts.length);
	const words = new Uint32Array(texts.length);
	let at = 0;
	for (let i = 0; i < texts.length; i++) {
		const text = texts[i]!.text;
		let { read, written } = utf8.encodeInto(text, bytes.subarray(at));
		while (read < text.length) {
			const larger = new Uint8Array(bytes.length * 2 + text.length * 3);
			larger.set(bytes.subarray(0, at));
			bytes = larger;
			({ read, written } = utf8.encodeInto(text, bytes.subarray(at)));
		}
		words[i] = countWordsUtf8(bytes, at, at + written);
		at += written;
		ends[i] = at;
	}
	return { bytes: bytes.subarray(0, at), ends, words };
}
