/**
 * A case-insensitive Aho–Corasick automaton over UTF-16 code units, compiled to a dense DFA
 * (automatonDfa.ts builds it) so that scanning a passage is one table lookup per character
 * whatever the number of patterns; and what callers do with its hits (word boundaries, longest
 * match). Shared by the project matcher, the theme lexicons and the place gazetteer.
 */

import { isAsciiWord, unitAt } from './codeUnits';
import { alphabetOf, compileDfa, type Dfa } from './automatonDfa';

/** One raw hit: pattern index and UTF-16 offsets (end exclusive). Overlapping hits are all reported. */
export interface AutomatonHit {
	pattern: number;
	start: number;
	end: number;
}

export interface Automaton {
	readonly patterns: readonly string[];
	/** Calls `onHit` for every occurrence of every pattern, in order of end offset. */
	scan(text: string, onHit: (pattern: number, start: number, end: number) => void): void;
	/**
	 * Like `scan`, but drops hits that plainly cut an ASCII word ("ai" in "maintain") before
	 * calling back; callers still apply `atWordBoundary` for the Unicode cases.
	 */
	scanWords(text: string, onHit: (pattern: number, start: number, end: number) => void): void;
	findAll(text: string): AutomatonHit[];
	/**
	 * The hits `scanWords` reports, in its order, without a callback: written to `hits` as
	 * (pattern, start, end) triples; returns their number. `hits` is reused by the next call
	 * (the hot path of the lexicon: no closure per hit, no megamorphic calls).
	 */
	collectWords(text: string): number;
	readonly hits: Int32Array;
}

export function compileAutomaton(patterns: readonly string[]): Automaton {
	const { classOf, alphabet, folded, wordClass } = alphabetOf(patterns);
	// Two automata, each compiled when first needed: every hit (scan, findAll), and hits that do
	// not cut an ASCII word (the `Words` calls). The second one starts a pattern that begins with
	// an ASCII word character at word starts only: in the middle of a word it rests in one state
	// instead of following every pattern prefix found there ("ai" in "maintain"), so it reports
	// fewer hits and touches fewer states.
	type Compiled = { dfa: Dfa; collect: (text: string, checkEdges: boolean) => number };
	const compile = (anchor: boolean): Compiled => {
		const dfa = compileDfa(alphabet, folded, patterns, wordClass, anchor);
		return { dfa, collect: scanner(dfa, classOf) };
	};
	let all: Compiled | null = null;
	let words: Compiled | null = null;
	const allHits = () => (all ??= compile(false));
	const wordHits = () => (words ??= compile(true));
	let last: Dfa | null = null;

	function callBack(count: number, onHit: (pattern: number, start: number, end: number) => void) {
		if (count === 0) return;
		const found = last!.hits.slice(0, count * 3); // the callback may scan again
		for (let k = 0; k < found.length; k += 3) onHit(found[k]!, found[k + 1]!, found[k + 2]!);
	}
	const run = (c: Compiled, text: string, checkEdges: boolean) => {
		last = c.dfa;
		return c.collect(text, checkEdges);
	};

	return {
		patterns,
		scan: (text, onHit) => callBack(run(allHits(), text, false), onHit),
		scanWords: (text, onHit) => callBack(run(wordHits(), text, true), onHit),
		collectWords: (text) => run(wordHits(), text, true),
		get hits() {
			return (last ?? wordHits().dfa).hits;
		},
		findAll(text) {
			const { dfa } = allHits();
			const count = run(allHits(), text, false);
			const hits: AutomatonHit[] = [];
			for (let k = 0; k < count * 3; k += 3) {
				hits.push({ pattern: dfa.hits[k]!, start: dfa.hits[k + 1]!, end: dfa.hits[k + 2]! });
			}
			return hits;
		}
	};
}

/**
 * The hot loop over one compiled automaton: writes its hits in `text` to `dfa.hits` and returns
 * their number; with `checkEdges`, only hits that cut no ASCII word. A closure over typed arrays
 * only: V8 keeps its element accesses monomorphic whichever automaton runs it (arrays of arrays
 * made the optimised loop deoptimise between automata and settle on slower code; passing the
 * tables as arguments measured slower than closing over them).
 */
function scanner(dfa: Dfa, classOf: Uint16Array) {
	const { table, mask, flagBit, firstOut, nextOut, outStart, outPatterns, lengths, edgeWord } = dfa;
	const { alphabet, anchored } = dfa;
	return function collect(text: string, checkEdges: boolean): number {
		// An anchored automaton has checked the start edges already: the end edge is left.
		const startEdge = checkEdges && !anchored;
		const n = text.length;
		let count = 0;
		let state = 0;
		for (let i = 0; i < n; i++) {
			const v = table[state * alphabet + classOf[unitAt(text, i)]!]!;
			state = v & mask;
			if (v < flagBit) continue;
			const end = i + 1;
			for (let out = firstOut[state]!; out >= 0; out = nextOut[out]!) {
				for (let k = outStart[out]!; k < outStart[out + 1]!; k++) {
					const p = outPatterns[k]!;
					const start = end - lengths[p]!;
					if (checkEdges) {
						const edges = edgeWord[p]!;
						if (startEdge && edges & 1 && start > 0 && isAsciiWord(unitAt(text, start - 1)))
							continue;
						if (edges & 2 && end < n && isAsciiWord(unitAt(text, end))) continue;
					}
					if (count * 3 + 3 > dfa.hits.length) grow(dfa);
					const hits = dfa.hits;
					hits[count * 3] = p;
					hits[count * 3 + 1] = start;
					hits[count * 3 + 2] = end;
					count++;
				}
			}
		}
		return count;
	};
}

function grow(dfa: Dfa) {
	const bigger = new Int32Array(dfa.hits.length * 2);
	bigger.set(dfa.hits);
	dfa.hits = bigger;
}

/** Letters, digits and marks of any script: what a word boundary must not cut through. */
const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;

export function isWordChar(text: string, index: number): boolean {
	if (index < 0 || index >= text.length) return false;
	const c = unitAt(text, index);
	if (c < 128) return isAsciiWord(c);
	// Surrogate pairs: test the whole code point.
	const cp = text.codePointAt(c >= 0xdc00 && c <= 0xdfff ? index - 1 : index) ?? c;
	return WORD_CHAR.test(String.fromCodePoint(cp));
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

/** Chinese or Japanese text writes Latin names without spaces: "的Kubernetes、Envoy". */
function sameRun(text: string, a: number, b: number): boolean {
	return CJK.test(text[a] ?? '') === CJK.test(text[b] ?? '');
}

/**
 * True when [start, end) does not cut a word: a pattern edge that is a word character must
 * not touch another word character of the same kind (a CJK character next to a Latin name is
 * a boundary). Japanese writes no spaces: a name in Katakana starts where the Katakana word
 * does, and ends before a particle, a Kanji or a Katakana word of its own (see katakanaGoesOn);
 * an edge in Chinese characters needs no boundary at all (isHan).
 */
export function atWordBoundary(text: string, start: number, end: number): boolean {
	const first = unitAt(text, start);
	if (isKatakana(first)) {
		if (start > 0 && isKatakana(unitAt(text, start - 1))) return false;
	} else if (
		!isHan(first) &&
		isWordChar(text, start) &&
		isWordChar(text, start - 1) &&
		sameRun(text, start, start - 1)
	)
		return false;
	const last = unitAt(text, end - 1);
	if (isKatakana(last)) return !(end < text.length && katakanaGoesOn(text, end));
	if (
		!isHan(last) &&
		isWordChar(text, end - 1) &&
		isWordChar(text, end) &&
		sameRun(text, end - 1, end) &&
		!HANGUL.test(text[end - 1]!)
	)
		return false;
	return true;
}

/**
 * A Chinese character (CJK Unified Ideographs, Extension A, Compatibility): Chinese and Japanese
 * write no spaces, so a term in them ("社区", "可观测性", "機械学習") stands wherever it is found.
 */
function isHan(c: number): boolean {
	return (
		(c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)
	);
}

/** Korean writes its particles onto the noun ("쿠버네티스는", "도커를"): a Hangul name may end there. */
const HANGUL = /\p{Script=Hangul}/u;

/**
 * A Katakana letter or the long-vowel mark (full or half width), not the middle dot "・" that
 * separates Katakana words.
 */
function isKatakana(c: number): boolean {
	return (
		(c >= 0x30a1 && c <= 0x30fa) ||
		(c >= 0x30fc && c <= 0x30ff) ||
		(c >= 0x31f0 && c <= 0x31ff) ||
		(c >= 0xff66 && c <= 0xff9f)
	);
}

/**
 * Whether the Katakana at `i` continues the word before it: the long-vowel mark, ン, a small
 * kana or a sound mark cannot start a word ("ヘルムート" is Helmut, not Helm). Any other letter
 * may start the next word of a compound written without a space ("ヘルムチャート", Helm chart).
 */
function katakanaGoesOn(text: string, i: number): boolean {
	const c = unitAt(text, i);
	return NOT_WORD_INITIAL.includes(text[i]!) || (c >= 0x31f0 && c <= 0x31ff);
}

/** Kana that never start a word (full and half width), and the combining sound marks. */
const NOT_WORD_INITIAL = 'ーンヽヾァィゥェォッャュョヮヵヶｰﾝﾞﾟｧｨｩｪｫｬｭｮｯ\u3099\u309a';

/** Leftmost-longest selection of non-overlapping hits (input in any order). */
export function selectLongest<T extends { start: number; end: number }>(hits: T[]): T[] {
	const sorted = sortByStartLongestFirst(hits);
	const out: T[] = [];
	let cursor = -1;
	for (const h of sorted) {
		if (h.start >= cursor) {
			out.push(h);
			cursor = h.end;
		}
	}
	return out;
}

const byStartLongestFirst = (
	a: { start: number; end: number },
	b: { start: number; end: number }
) => a.start - b.start || b.end - a.end;

/**
 * A sorted copy (stable). The hits of one passage are few: an insertion sort then avoids the
 * work array Array.prototype.sort allocates on every call (the lexicon sorts every passage's).
 */
function sortByStartLongestFirst<T extends { start: number; end: number }>(hits: T[]): T[] {
	const sorted = hits.slice();
	if (sorted.length > 32) return sorted.sort(byStartLongestFirst);
	for (let i = 1; i < sorted.length; i++) {
		const h = sorted[i]!;
		let j = i - 1;
		for (; j >= 0 && byStartLongestFirst(sorted[j]!, h) > 0; j--) sorted[j + 1] = sorted[j]!;
		sorted[j + 1] = h;
	}
	return sorted;
}
