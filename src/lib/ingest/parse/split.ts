/**
 * Passage sizing and word counts. A passage should be one thought: a wall of text with no
 * paragraph breaks (a transcript, a pasted page) is cut at sentence ends into readable pieces.
 */

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

const TOKEN = /[\p{L}\p{M}\p{N}]+/gu;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu;
// Any character from U+2E80 on: the start of the CJK blocks.
const FAR = /[\u2e80-\uffff]/;

/**
 * Words in a text: runs of letters (a run of digits alone is not a word); CJK ideographs and
 * kana, written without spaces, count one word each.
 */
export function countWords(text: string): number {
	let n = 0;
	for (const [w] of text.matchAll(TOKEN)) {
		if (!FAR.test(w)) {
			if (/\D/.test(w)) n++;
			continue;
		}
		const cjk = w.match(CJK)?.length ?? 0;
		const rest = cjk ? w.replace(CJK, ' ') : w;
		for (const part of rest.split(' ')) if (/\p{L}/u.test(part)) n++;
		n += cjk;
	}
	return n;
}
