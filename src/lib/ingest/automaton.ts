/**
 * A case-insensitive Aho–Corasick automaton over UTF-16 code units, compiled to a dense DFA so
 * that scanning a passage is one table lookup per character whatever the number of patterns.
 * Shared by the project matcher, the theme lexicons and the place gazetteer.
 */

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
	findAll(text: string): AutomatonHit[];
}

/** Folds one code unit the way patterns are folded: lower case when that keeps one code unit. */
function foldUnit(c: number): number {
	if (c >= 65 && c <= 90) return c + 32;
	if (c < 128) return c;
	if (isSpaceUnit(c)) return 32;
	const lower = String.fromCharCode(c).toLowerCase();
	return lower.length === 1 ? lower.charCodeAt(0) : c;
}

function isSpaceUnit(c: number): boolean {
	return c === 0xa0 || c === 0x2007 || c === 0x202f || (c >= 0x2000 && c <= 0x200a);
}

export function compileAutomaton(patterns: readonly string[]): Automaton {
	// Alphabet: every folded unit used by a pattern gets a class; everything else is class 0.
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

	// Breadth-first: failure links, dictionary links, dense transitions.
	const nodes = children.length;
	const delta = new Int32Array(nodes * alphabet);
	const fail = new Int32Array(nodes);
	const dictLink = new Int32Array(nodes).fill(-1);
	const queue: number[] = [];
	for (let a = 0; a < alphabet; a++) {
		const child = children[0]!.get(a);
		if (child !== undefined) {
			delta[a] = child;
			queue.push(child);
		}
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
	const lengths = folded.map((u) => u.length);

	function scan(text: string, onHit: (pattern: number, start: number, end: number) => void) {
		let state = 0;
		for (let i = 0; i < text.length; i++) {
			state = delta[state * alphabet + classOf[text.charCodeAt(i)]!]!;
			let out = terminal[state]!.length > 0 ? state : dictLink[state]!;
			while (out > 0) {
				for (const p of terminal[out]!) onHit(p, i + 1 - lengths[p]!, i + 1);
				out = dictLink[out]!;
			}
		}
	}

	return {
		patterns,
		scan,
		findAll(text) {
			const hits: AutomatonHit[] = [];
			scan(text, (pattern, start, end) => hits.push({ pattern, start, end }));
			return hits;
		}
	};
}

/** Letters, digits and marks of any script: what a word boundary must not cut through. */
const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;

export function isWordChar(text: string, index: number): boolean {
	if (index < 0 || index >= text.length) return false;
	const c = text.charCodeAt(index);
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
	if (isWordChar(text, end - 1) && isWordChar(text, end) && sameRun(text, end - 1, end))
		return false;
	return true;
}

/** Leftmost-longest selection of non-overlapping hits (input in any order). */
export function selectLongest<T extends { start: number; end: number }>(hits: T[]): T[] {
	const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
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
