/**
 * Co-mention edges, computed from the ingest rows in one pass (SQL self-joins over every
 * section and theme cost the build several times more). A "unit" is the passages of one
 * section attributed to one event; for a theme, only those of its passages scoring on it.
 * In a unit, a pair of projects weighs 2 per passage naming both, and 1 when both are named
 * but never in the same passage. The query tests check the result against SQL over the raw
 * tables.
 */
import { PairTable, SUM_PASSAGES, SUM_STAMP, SUM_WEIGHT } from './pairTable';
import type { PassageIndex } from './passageIndex';

/** Per (theme, event): pair key (source ordinal × n + target ordinal) → weight × 2^21 + passages. */
export type PairSums = Map<string, Map<number, number>>;

const PASSAGES = 2 ** 21;

export function decodeSum(value: number): { weight: number; passages: number } {
	return { weight: Math.floor(value / PASSAGES), passages: value % PASSAGES };
}

function add(sums: PairSums, key: string, pair: number, weight: number, passages: number): void {
	let pairs = sums.get(key);
	if (!pairs) sums.set(key, (pairs = new Map()));
	pairs.set(pair, (pairs.get(pair) ?? 0) + weight * PASSAGES + passages);
}

/** Adds one unit's edges (its passages' project ordinals, each list sorted and distinct). */
export function addUnit(sums: PairSums, key: string, passages: number[][], n: number): void {
	const shared = new Map<number, number>();
	const present = new Set<number>();
	for (const projects of passages) {
		for (let i = 0; i < projects.length; i++) {
			present.add(projects[i]!);
			for (let j = i + 1; j < projects.length; j++) {
				const pair = projects[i]! * n + projects[j]!;
				shared.set(pair, (shared.get(pair) ?? 0) + 1);
			}
		}
	}
	for (const [pair, count] of shared) add(sums, key, pair, 2 * count, count);
	const all = [...present].sort((a, b) => a - b);
	for (let i = 0; i < all.length; i++) {
		for (let j = i + 1; j < all.length; j++) {
			const pair = all[i]! * n + all[j]!;
			if (!shared.has(pair)) add(sums, key, pair, 1, 0);
		}
	}
}

/** The edges of one (theme, event), by ascending pair key (source ordinal × n + target). */
export interface PairList {
	theme: string;
	event: string;
	pairs: Uint32Array;
	weight: Uint32Array;
	passages: Uint32Array;
}

/**
 * An event's passages (in id order) by section: each run of one section is then a unit. The
 * ingest numbers sections and passages in document order, so a section's passages already sit
 * together and the sort only runs for input that needs it.
 */
function bySection(passages: Uint32Array, section: Uint32Array): Uint32Array {
	if (passages.every((i, k) => k === 0 || section[i]! >= section[passages[k - 1]!]!))
		return passages;
	return Uint32Array.from(passages).sort((a, b) => section[a]! - section[b]! || a - b);
}

/** Sums the edges of one key's units into a table. */
class EdgeSums {
	readonly table = new PairTable();
	/** present[p] = the last unit naming project p; `projects` lists the current unit's. */
	private readonly present: Int32Array;
	private readonly projects: number[] = [];
	private unit = 0;

	constructor(
		private readonly facts: PassageIndex['facts'],
		private readonly n: number
	) {
		this.present = new Int32Array(n);
	}

	/** Sums the units of `passages` (indices in id order) into a cleared table. */
	sum(passages: ArrayLike<number>): void {
		const { section } = this.facts;
		this.table.clear();
		for (let first = 0; first < passages.length;) {
			let end = first + 1;
			while (end < passages.length && section[passages[end]!] === section[passages[first]!]) end++;
			this.addUnit(passages, first, end);
			first = end;
		}
	}

	private addUnit(passages: ArrayLike<number>, first: number, end: number): void {
		const { mentionStart, mentionProject } = this.facts;
		const { table, present, projects, n } = this;
		const unit = ++this.unit;
		projects.length = 0;
		for (let m = first; m < end; m++) {
			const i = passages[m]!;
			for (let x = mentionStart[i]!; x < mentionStart[i + 1]!; x++) {
				const a = mentionProject[x]!;
				if (present[a] !== unit) {
					present[a] = unit;
					projects.push(a);
				}
			}
		}
		if (projects.length < 2) return;
		table.reserve((projects.length * (projects.length - 1)) / 2);
		const sums = table.sums;
		// 2 per passage naming both (and the pair marked shared in this unit)…
		for (let m = first; m < end; m++) {
			const i = passages[m]!;
			const last = mentionStart[i + 1]!;
			for (let x = mentionStart[i]!; x < last; x++) {
				const a = mentionProject[x]! * n;
				for (let y = x + 1; y < last; y++) {
					const at = table.slot(a + mentionProject[y]!);
					sums[at + SUM_WEIGHT]! += 2;
					sums[at + SUM_PASSAGES]!++;
					sums[at + SUM_STAMP] = unit;
				}
			}
		}
		// …and 1 per unit naming both, never in one passage.
		for (let x = 0; x < projects.length; x++) {
			const a = projects[x]!;
			for (let y = x + 1; y < projects.length; y++) {
				const b = projects[y]!;
				const at = table.slot(a < b ? a * n + b : b * n + a);
				if (sums[at + SUM_STAMP] !== unit) sums[at + SUM_WEIGHT]!++;
			}
		}
	}
}

/**
 * Edges per (theme, event), in (theme id, event id) order, theme '' (all passages) first.
 * One event at a time, and one key at a time within it, so one small table is live at once.
 */
export function computeComentions(index: PassageIndex): PairList[] {
	const { eventIds, projectIds, themeIds, facts } = index;
	const n = projectIds.length;
	const byId = themeIds.map((_, t) => t).sort((a, b) => (themeIds[a]! < themeIds[b]! ? -1 : 1));
	const { order, start } = index.named;
	const sums = new EdgeSums(facts, n);
	// Per theme ordinal, the current event's passages on it (in the event's order).
	let most = 0;
	for (let e = 0; e < eventIds.length; e++) most = Math.max(most, start[e + 1]! - start[e]!);
	const onTheme = themeIds.map(() => new Uint32Array(most));
	const count = new Uint32Array(themeIds.length);
	const lists: PairList[][] = [[], ...themeIds.map(() => [])];
	const emit = (rank: number, e: number) => {
		if (sums.table.size === 0) return; // no pair in any unit: no edges, no pack
		const theme = rank === 0 ? '' : themeIds[byId[rank - 1]!]!;
		lists[rank]!.push({ theme, event: eventIds[e]!, ...sums.table.sorted(n) });
	};
	for (let e = 0; e < eventIds.length; e++) {
		const passages = bySection(order.subarray(start[e]!, start[e + 1]!), facts.section);
		sums.sum(passages);
		emit(0, e);
		count.fill(0);
		for (const i of passages) {
			for (let k = facts.themeStart[i]!; k < facts.themeStart[i + 1]!; k++) {
				const t = facts.themeIndex[k]!;
				onTheme[t]![count[t]!++] = i;
			}
		}
		byId.forEach((t, r) => {
			if (count[t] === 0) return;
			sums.sum(onTheme[t]!.subarray(0, count[t]));
			emit(r + 1, e);
		});
	}
	return lists.flat();
}
