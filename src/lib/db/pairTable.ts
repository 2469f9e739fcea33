/**
 * Edge sums keyed by project pair, in an open-addressing hash over one typed array: the build
 * adds millions of pair increments on a large corpus, and a Map of numbers spent most of its
 * time allocating and hashing. A slot is SUM_FIELDS numbers side by side: the key, the two
 * sums, and the stamp (the last unit that shared the pair).
 */
const KEY = 0;
export const SUM_WEIGHT = 1;
export const SUM_PASSAGES = 2;
export const SUM_STAMP = 3;
const SUM_FIELDS = 4;

/** A table's pairs (source ordinal × n + target ordinal), ascending, with their sums. */
export interface SortedPairs {
	pairs: Uint32Array;
	weight: Uint32Array;
	passages: Uint32Array;
}

export class PairTable {
	/**
	 * The slots. KEY holds pair + 1, 0 when the slot is free: a pair a × n + b has a < b < n ≤
	 * 2^16, so pair + 1 still fits 32 bits.
	 */
	sums = new Uint32Array(1024 * SUM_FIELDS);
	/** Offsets of the slots in use, in insertion order: used[0 … size − 1]. */
	private used = new Uint32Array(512);
	size = 0;
	private shift = 32 - 10;

	/** Makes room for `extra` new pairs: `slot` never grows the table (callers keep `sums`). */
	reserve(extra: number): void {
		while ((this.size + extra) * 2 * SUM_FIELDS > this.sums.length) this.grow();
	}

	/** Offset in `sums` of `pair`'s slot, created with zero sums if new (after `reserve`). */
	slot(pair: number): number {
		const sums = this.sums;
		const key = pair + 1;
		const mask = sums.length - SUM_FIELDS;
		// Fibonacci hashing (the high bits of the product).
		let at = (Math.imul(key, 0x9e3779b1) >>> this.shift) * SUM_FIELDS;
		for (;;) {
			const k = sums[at + KEY]!;
			if (k === key) return at;
			if (k === 0) {
				sums[at + KEY] = key;
				this.used[this.size++] = at;
				return at;
			}
			at = (at + SUM_FIELDS) & mask;
		}
	}

	/** Empties the table, keeping its capacity. */
	clear(): void {
		const sums = this.sums;
		for (let i = 0; i < this.size; i++) {
			const at = this.used[i]!;
			sums[at] = sums[at + 1] = sums[at + 2] = sums[at + 3] = 0;
		}
		this.size = 0;
	}

	/** The pairs of `n` projects in the table, ascending: two counting sorts, by target then source. */
	sorted(n: number): SortedPairs {
		const size = this.size;
		const keys = new Uint32Array(size);
		for (let i = 0; i < size; i++) keys[i] = this.sums[this.used[i]!]! - 1;
		const slots = this.used.slice(0, size);
		const byTarget = new Uint32Array(size);
		const slotsByTarget = new Uint32Array(size);
		const count = new Uint32Array(n + 1);
		for (let i = 0; i < size; i++) count[(keys[i]! % n) + 1]!++;
		for (let d = 0; d < n; d++) count[d + 1]! += count[d]!;
		for (let i = 0; i < size; i++) {
			const to = count[keys[i]! % n]!++;
			byTarget[to] = keys[i]!;
			slotsByTarget[to] = slots[i]!;
		}
		count.fill(0);
		for (let i = 0; i < size; i++) count[Math.floor(byTarget[i]! / n) + 1]!++;
		for (let d = 0; d < n; d++) count[d + 1]! += count[d]!;
		const pairs = keys;
		const weight = new Uint32Array(size);
		const passages = new Uint32Array(size);
		for (let i = 0; i < size; i++) {
			const to = count[Math.floor(byTarget[i]! / n)]!++;
			const at = slotsByTarget[i]!;
			pairs[to] = byTarget[i]!;
			weight[to] = this.sums[at + SUM_WEIGHT]!;
			passages[to] = this.sums[at + SUM_PASSAGES]!;
		}
		return { pairs, weight, passages };
	}

	private grow(): void {
		const old = this.sums;
		const slots = this.used.subarray(0, this.size);
		this.sums = new Uint32Array(old.length * 2);
		this.used = new Uint32Array(old.length / SUM_FIELDS);
		this.size = 0;
		this.shift--;
		for (const from of slots) {
			const to = this.slot(old[from + KEY]! - 1);
			this.sums.set(old.subarray(from + 1, from + SUM_FIELDS), to + 1);
		}
	}
}
