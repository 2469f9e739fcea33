/**
 * Edge sums keyed by project pair, in an open-addressing hash over typed arrays: the build
 * adds millions of pair increments on a large corpus, and a Map of numbers spent most of its
 * time allocating and hashing. `stamp` remembers the last unit that shared a pair.
 */
export class PairTable {
	private keys = new Float64Array(1024).fill(-1);
	private shift = 32 - 10;
	weight = new Uint32Array(1024);
	passages = new Uint32Array(1024);
	stamp = new Int32Array(1024);
	/** Slots in use, in insertion order. */
	used: number[] = [];

	/** The slot of `pair` (a non-negative integer), created with zero sums if new. */
	slot(pair: number): number {
		if (this.used.length * 2 >= this.keys.length) this.grow();
		const mask = this.keys.length - 1;
		// Fibonacci hashing (the high bits of the product); pairs are below 2^32.
		let s = Math.imul(pair | 0, 0x9e3779b1) >>> this.shift;
		for (;;) {
			const k = this.keys[s]!;
			if (k === pair) return s;
			if (k === -1) {
				this.keys[s] = pair;
				this.used.push(s);
				return s;
			}
			s = (s + 1) & mask;
		}
	}

	pair(slot: number): number {
		return this.keys[slot]!;
	}

	/** Empties the table, keeping its capacity. */
	clear(): void {
		for (const s of this.used) {
			this.keys[s] = -1;
			this.weight[s] = this.passages[s] = 0;
			this.stamp[s] = 0;
		}
		this.used = [];
	}

	private grow(): void {
		const old = {
			keys: this.keys,
			weight: this.weight,
			passages: this.passages,
			stamp: this.stamp
		};
		const slots = this.used;
		const size = this.keys.length * 2;
		this.shift--;
		this.keys = new Float64Array(size).fill(-1);
		this.weight = new Uint32Array(size);
		this.passages = new Uint32Array(size);
		this.stamp = new Int32Array(size);
		this.used = [];
		for (const s of slots) {
			const t = this.slot(old.keys[s]!);
			this.weight[t] = old.weight[s]!;
			this.passages[t] = old.passages[s]!;
			this.stamp[t] = old.stamp[s]!;
		}
	}
}
