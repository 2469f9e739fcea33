/**
 * Passage sizing and word counts. A passage should be one thought: a wall of text with no
 * paragraph breaks (a transcript, a pasted page) is cut at sentence ends into readable pieces.
 */
import { unitAt } from '../codeUnits';

/** Passages longer than this are cut; pieces aim for TARGET characters. */
export const MAX_PASSAGE_CHARS = 2000;
const TARGET = 1000;

// End of a sentence: terminal punctuation (Latin or CJK), optional closing quote/bracket, space.
const SENTENCE_END = /[.!?…。！？](?:["'”’)\]]*)(?:\s+|(?<=[。！？]))/g;

function hardCut(s: string, out: string[]): void {
	let rest = s;
	while (rest.length > MAX_PASSAGE_CHARS) {
		let cut = rest.lastIndexOf(' ', TARGET * 1.5);
		if (cut < TARGET / 2) cut = TARGET;
		out.push(rest.slice(0, cut).trim());
		rest = rest.slice(cut).trim();
	}
	if (rest) out.push(rest);
}

/** Cut a long text at sentence boundaries into pieces of about 1,000 characters (never > 2,000). */
export function splitLong(text: string): string[] {
	if (text.length <= MAX_PASSAGE_CHARS) return [text];
	const out: string[] = [];
	let start = 0;
	let last = 0;
	SENTENCE_END.lastIndex = 0;
	for (let m = SENTENCE_END.exec(text); m; m = SENTENCE_END.exec(text)) {
		const end = m.index + m[0].length;
		if (end - start >= TARGET) {
			const cut = end - start > MAX_PASSAGE_CHARS && last > start ? last : end;
			const piece = text.slice(start, cut).trim();
			if (piece.length > MAX_PASSAGE_CHARS) hardCut(piece, out);
			else if (piece) out.push(piece);
			start = cut;
		}
		last = end;
	}
	const tail = text.slice(start).trim();
	if (tail.length > MAX_PASSAGE_CHARS) hardCut(tail, out);
	else if (tail) out.push(tail);
	return out;
}

/** Cut a long list (one item a line) between items, keeping items whole where possible. */
export function splitLines(text: string): string[] {
	if (text.length <= MAX_PASSAGE_CHARS) return [text];
	const out: string[] = [];
	let cur = '';
	for (const line of text.split('\n')) {
		if (cur && cur.length + line.length + 1 > TARGET) {
			out.push(cur);
			cur = '';
		}
		cur = cur ? `${cur}\n${line}` : line;
	}
	if (cur) out.push(cur);
	return out.flatMap((p) => (p.length > MAX_PASSAGE_CHARS ? splitLong(p) : [p]));
}

// Character classes for counting: separator, letter or mark, digit (joins, is no word alone),
// CJK (a word alone).
const SEP = 0;
const LETTER = 1;
const DIGIT = 2;
const CJK = 3;
const classCache = new Uint8Array(0x10000); // 0 = not yet classified, else class + 1
const CJK_RE = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

function classify(cp: number): number {
	// Apostrophes join a word ("don't") without making a word on their own.
	if (cp === 39 || cp === 0x2019) return DIGIT;
	if (cp < 128) {
		if ((cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90)) return LETTER;
		return cp >= 48 && cp <= 57 ? DIGIT : SEP;
	}
	if (cp < 0x10000 && classCache[cp]) return classCache[cp]! - 1;
	const ch = String.fromCodePoint(cp);
	const cls = CJK_RE.test(ch)
		? CJK
		: /[\p{L}\p{M}]/u.test(ch)
			? LETTER
			: /\p{N}/u.test(ch)
				? DIGIT
				: SEP;
	if (cp < 0x10000) classCache[cp] = cls + 1;
	return cls;
}

/**
 * The ASCII characters' classes as three 0/1 tables, so that the loop over them has no branch
 * that depends on the text (word boundaries are too frequent for the branch predictor).
 */
const ASCII_LETTER = Uint8Array.from({ length: 128 }, (_, c) => +(classify(c) === LETTER));
const ASCII_DIGIT = Uint8Array.from({ length: 128 }, (_, c) => +(classify(c) === DIGIT));
const ASCII_SEP = Uint8Array.from({ length: 128 }, (_, c) => +(classify(c) === SEP));

/**
 * Words in a text: runs of letters and digits that hold at least one letter (a number alone is
 * not a word); CJK ideographs and kana, written without spaces, count one word each.
 */
export function countWords(text: string): number {
	let n = 0;
	let letters = 0;
	const length = text.length;
	for (let i = 0; i < length; i++) {
		let cp = unitAt(text, i);
		if (cp < 128) {
			n += letters & ASCII_SEP[cp]!;
			letters = ASCII_LETTER[cp]! | (letters & ASCII_DIGIT[cp]!);
			continue;
		}
		if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < length) {
			cp = text.codePointAt(i)!;
			i++;
		}
		const cls = classify(cp);
		if (cls === LETTER) letters = 1;
		else if (cls !== DIGIT) {
			n += letters;
			letters = 0;
			if (cls === CJK) n++;
		}
	}
	return n + letters;
}
