/**
 * Building the automaton's tables (compileAutomaton in automaton.ts scans with them): the
 * pattern alphabet folded to classes, then Aho–Corasick compiled to a dense DFA of typed arrays.
 */

import { isAsciiWord } from './codeUnits';

/** A compiled automaton: typed arrays only (see `collect` in compileAutomaton). */
export interface Dfa {
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

/**
 * Every folded unit used by a pattern gets a class; the ASCII word characters no pattern uses
 * share one more class; everything else is class 0. `wordClass[c]`: class c holds ASCII word
 * characters (foldUnit keeps them apart from all others).
 */
export function alphabetOf(patterns: readonly string[]) {
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
export function compileDfa(
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
