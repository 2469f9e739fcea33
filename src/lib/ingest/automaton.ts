/**
 * A case-insensitive Aho–Corasick automaton over UTF-16 code units, compiled to a dense DFA so
 * that scanning a passage is one table lookup per character whatever the number of patterns.
 * Shared by the project matcher, the theme lexicons and the place gazetteer.
 */

import { unitAt } from './codeUnits';

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

/**
 * Folds one code unit the way patterns are folded: lower case when that keeps one code unit.
 * A non-ASCII unit never folds onto an ASCII letter (the Kelvin sign is no "k"), so a class
 * holds ASCII word characters only or none at all.
 */
function foldUnit(c: number): number {
	if (c >= 65 && c <= 90) return c + 32;
	if (c < 128) return c;
	if (isSpaceUnit(c)) return 32;
	const lower = String.fromCharCode(c).toLowerCase();
	return lower.length === 1 && lower.charCodeAt(0) >= 128 ? lower.charCodeAt(0) : c;
}

function isSpaceUnit(c: number): boolean {
	return c === 0xa0 || c === 0x2007 || c === 0x202f || (c >= 0x2000 && c <= 0x200a);
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

/** A compiled automaton: typed arrays only (see `collect` in compileAutomaton). */
interface Dfa {
	/** state * alphabet + class → next state, with `flagBit` set when it reports. */
	table: Uint16Array | Int32Array;
	mask: number;
	flagBit: number;
	/** First state (itself or along dictionary links) with patterns to report, -1 when none. */
	firstOut: Int32Array;
	nextOut: Int32Array;
	/** Patterns ending at state s: outPatterns[outStart[s] .. outStart[s + 1]). */
	outStart: Int32Array;
	outPatterns: Int32Array;
	lengths: Int32Array;
	/** Bit 1: the pattern starts with an ASCII word character; bit 2: it ends with one. */
	edgeWord: Uint8Array;
	/** (pattern, start, end) triples of the last scan; grown when a passage has more hits. */
	hits: Int32Array;
	alphabet: number;
	/** Matches start at word starts only (see compileDfa). */
	anchored: boolean;
}

function grow(dfa: Dfa) {
	const bigger = new Int32Array(dfa.hits.length * 2);
	bigger.set(dfa.hits);
	dfa.hits = bigger;
}

/**
 * Every folded unit used by a pattern gets a class; the ASCII word characters no pattern uses
 * share one more class; everything else is class 0. `wordClass[c]`: class c holds ASCII word
 * characters (foldUnit keeps them apart from all others).
 */
function alphabetOf(patterns: readonly string[]) {
	const classOf = new Uint16Array(65536);
	let alphabet = 1;
	const folded = patterns.map((p) => {
		const units: number[] = [];
		for (let i = 0; i < p.length; i++) {
			const f = foldUnit(p.charCodeAt(i) === 9 || p.charCodeAt(i) === 10 ? 32 : p.charCodeAt(i));
			if (classOf[f] === 0) classOf[f] = alphabet++;
			units.push(classOf[f]!);
		}
		return units;
	});
	// Map the other case (and other spaces) of each used unit onto the same class.
	for (let c = 0; c < 65536; c++) {
		if (classOf[c] !== 0) continue;
		const f = c === 9 || c === 10 || c === 13 ? 32 : foldUnit(c);
		if (f !== c && classOf[f] !== 0) classOf[c] = classOf[f]!;
	}
	let otherWord = 0;
	for (let c = 0; c < 128; c++) {
		if (classOf[c] === 0 && isAsciiWord(c)) classOf[c] = otherWord ||= alphabet++;
	}
	const wordClass = new Uint8Array(alphabet);
	for (let c = 0; c < 128; c++) if (isAsciiWord(c)) wordClass[classOf[c]!] = 1;
	return { classOf, alphabet, folded, wordClass };
}

/**
 * Aho–Corasick over the folded patterns, as a dense table. `anchored` starts a pattern that
 * begins with an ASCII word character at word starts only (a pattern that begins otherwise, with
 * "." or a Hangul letter, may start anywhere): failure links skip the suffixes that begin inside
 * a word, and one extra state W stands for "inside a word, nothing under way".
 */
function compileDfa(
	alphabet: number,
	folded: number[][],
	patterns: readonly string[],
	wordClass: Uint8Array,
	anchored: boolean
): Dfa {
	// Trie.
	const children: Map<number, number>[] = [new Map()];
	const terminal: number[][] = [[]];
	folded.forEach((units, index) => {
		if (units.length === 0) return;
		let node = 0;
		for (const u of units) {
			let next = children[node]!.get(u);
			if (next === undefined) {
				next = children.length;
				children.push(new Map());
				terminal.push([]);
				children[node]!.set(u, next);
			}
			node = next;
		}
		terminal[node]!.push(index);
	});

	// Breadth-first: failure links, dictionary links, dense transitions. Without a child, the
	// root stays put (a non-word character, or any when not anchored) or goes to W.
	const W = children.length;
	const nodes = anchored ? W + 1 : W;
	if (anchored) terminal.push([]);
	const delta = new Int32Array(nodes * alphabet);
	const fail = new Int32Array(nodes);
	const dictLink = new Int32Array(nodes).fill(-1);
	const queue: number[] = [];
	const rest = (a: number) => (anchored && wordClass[a] ? W : 0);
	for (let a = 0; a < alphabet; a++) {
		const child = children[0]!.get(a);
		// In a word, only a pattern that starts with another kind of character can start.
		if (anchored) delta[W * alphabet + a] = wordClass[a] ? W : (child ?? 0);
		if (child !== undefined) {
			delta[a] = child;
			fail[child] = rest(a);
			queue.push(child);
		} else delta[a] = rest(a);
	}
	for (let qi = 0; qi < queue.length; qi++) {
		const node = queue[qi]!;
		const f = fail[node]!;
		dictLink[node] = terminal[f]!.length > 0 ? f : dictLink[f]!;
		for (let a = 0; a < alphabet; a++) {
			const child = children[node]!.get(a);
			if (child !== undefined) {
				fail[child] = delta[f * alphabet + a]!;
				delta[node * alphabet + a] = child;
				queue.push(child);
			} else {
				delta[node * alphabet + a] = delta[f * alphabet + a]!;
			}
		}
	}
	// First node to report from each state (itself or a dictionary link), -1 when none.
	const report = new Int32Array(nodes);
	for (let n = 0; n < nodes; n++) report[n] = terminal[n]!.length > 0 ? n : dictLink[n]!;

	// Speed: renumber states breadth-first (the hot shallow states share cache lines) and keep
	// the table small (16-bit cells when the states fit, "has output" in the top bit), so the
	// inner loop is a load, a mask and a test per character.
	const order = anchored ? [0, W, ...queue] : [0, ...queue];
	const rank = new Int32Array(nodes);
	order.forEach((old, i) => (rank[old] = i));
	const small = nodes < 0x8000;
	const flagBit = small ? 0x8000 : 0x40000000;
	const table = small ? new Uint16Array(nodes * alphabet) : new Int32Array(nodes * alphabet);
	for (let i = 0; i < nodes; i++) {
		const old = order[i]!;
		for (let a = 0; a < alphabet; a++) {
			const target = delta[old * alphabet + a]!;
			table[i * alphabet + a] = rank[target]! | (report[target]! > 0 ? flagBit : 0);
		}
	}
	// Outputs in the new numbering, flattened: pattern lists of each state one after another.
	const renumber = (n: number) => (n > 0 ? rank[n]! : -1);
	const firstOut = new Int32Array(nodes);
	const nextOut = new Int32Array(nodes);
	const outStart = new Int32Array(nodes + 1);
	const outPatterns = new Int32Array(terminal.reduce((n, t) => n + t.length, 0));
	for (let i = 0, k = 0; i < nodes; i++) {
		const old = order[i]!;
		firstOut[i] = renumber(report[old]!);
		nextOut[i] = renumber(dictLink[old]!);
		outStart[i] = k;
		for (const p of terminal[old]!) outPatterns[k++] = p;
		outStart[i + 1] = k;
	}
	return {
		table,
		mask: flagBit - 1,
		flagBit,
		firstOut,
		nextOut,
		outStart,
		outPatterns,
		lengths: Int32Array.from(folded, (u) => u.length),
		edgeWord: Uint8Array.from(
			patterns,
			(p) =>
				(isAsciiWord(p.charCodeAt(0)) ? 1 : 0) | (isAsciiWord(p.charCodeAt(p.length - 1)) ? 2 : 0)
		),
		hits: new Int32Array(3 * 256),
		alphabet,
		anchored
	};
}

function isAsciiWord(c: number): boolean {
	return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** Letters, digits and marks of any script: what a word boundary must not cut through. */
const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;

export function isWordChar(text: string, index: number): boolean {
	if (index < 0 || index >= text.length) return false;
	const c = unitAt(text, index);
	if (c < 128) {
		return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
	}
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
 * a boundary).
 */
export function atWordBoundary(text: string, start: number, end: number): boolean {
	if (isWordChar(text, start) && isWordChar(text, start - 1) && sameRun(text, start, start - 1))
		return false;
	if (
		isWordChar(text, end - 1) &&
		isWordChar(text, end) &&
		sameRun(text, end - 1, end) &&
		!HANGUL.test(text[end - 1]!)
	)
		return false;
	return true;
}

/** Korean writes its particles onto the noun ("쿠버네티스는", "도커를"): a Hangul name may end there. */
const HANGUL = /\p{Script=Hangul}/u;

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
