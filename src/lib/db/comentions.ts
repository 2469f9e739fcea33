/**
 * Co-mention edges, computed from the ingest rows in one pass (SQL self-joins over every
 * section and theme cost the build several times more). A "unit" is the passages of one
 * section attributed to one event; for a theme, only those of its passages scoring on it.
 * In a unit, a pair of projects weighs 2 per passage naming both, and 1 when both are named
 * but never in the same passage. The query tests check the result against SQL over the raw
 * tables.
 */
import { PairTable } from './pairTable';
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
	pairs: Float64Array;
	weight: Uint32Array;
	passages: Uint32Array;
}

/**
 * Edges per (theme, event), in (theme id, event id) order, theme '' (all passages) first.
 * Units are grouped first and summed one key at a time, so one small map is live at once.
 */
export function computeComentions(index: PassageIndex): PairList[] {
	const { facts, eventIds, projectIds, themeIds } = index;
	const E = eventIds.length;
	const n = projectIds.length;
	const { mentionStart, mentionProject, themeStart, themeIndex } = facts;
	// Passages naming a project, by (section, event): each run is a unit.
	const members: number[] = [];
	for (let i = 0; i < facts.ids.length; i++)
		if (mentionStart[i + 1]! > mentionStart[i]!) members.push(i);
	members.sort(
		(a, b) => facts.section[a]! - facts.section[b]! || facts.event[a]! - facts.event[b]! || a - b
	);
	const byId = [...themeIds].sort();
	const themeRank = themeIds.map((id) => byId.indexOf(id) + 1);
	// Key (rank × E + event) → units as flat (first, end, theme ordinal or −1) triples.
	const unitsOf = new Map<number, number[]>();
	const addTo = (key: number, first: number, end: number, theme: number) => {
		let list = unitsOf.get(key);
		if (!list) unitsOf.set(key, (list = []));
		list.push(first, end, theme);
	};
	const themesInUnit = new Set<number>();
	for (let first = 0; first < members.length;) {
		const head = members[first]!;
		let end = first + 1;
		while (
			end < members.length &&
			facts.section[members[end]!] === facts.section[head] &&
			facts.event[members[end]!] === facts.event[head]
		)
			end++;
		const e = facts.event[head]!;
		addTo(e, first, end, -1);
		themesInUnit.clear();
		for (let m = first; m < end; m++) {
			const i = members[m]!;
			for (let k = themeStart[i]!; k < themeStart[i + 1]!; k++) themesInUnit.add(themeIndex[k]!);
		}
		for (const t of themesInUnit) addTo(themeRank[t]! * E + e, first, end, t);
		first = end;
	}
	const hasTheme = (i: number, t: number) => {
		for (let k = themeStart[i]!; k < themeStart[i + 1]!; k++) if (themeIndex[k] === t) return true;
		return false;
	};
	const out: PairList[] = [];
	const table = new PairTable();
	const present = new Int32Array(n);
	const projects: number[] = [];
	let unitNo = 0;
	for (const key of [...unitsOf.keys()].sort((a, b) => a - b)) {
		table.clear();
		const list = unitsOf.get(key)!;
		for (let u = 0; u < list.length; u += 3) {
			const theme = list[u + 2]!;
			unitNo++;
			projects.length = 0;
			// 2 per passage naming both (and the pair marked shared in this unit)…
			for (let m = list[u]!; m < list[u + 1]!; m++) {
				const i = members[m]!;
				if (theme >= 0 && !hasTheme(i, theme)) continue;
				const end = mentionStart[i + 1]!;
				for (let x = mentionStart[i]!; x < end; x++) {
					const a = mentionProject[x]!;
					if (present[a] !== unitNo) {
						present[a] = unitNo;
						projects.push(a);
					}
					for (let y = x + 1; y < end; y++) {
						const slot = table.slot(a * n + mentionProject[y]!);
						table.weight[slot]! += 2;
						table.passages[slot]!++;
						table.stamp[slot] = unitNo;
					}
				}
			}
			// …and 1 per unit naming both, never in one passage.
			if (projects.length < 2) continue;
			for (let x = 0; x < projects.length; x++) {
				for (let y = x + 1; y < projects.length; y++) {
					const a = projects[x]!;
					const b = projects[y]!;
					const slot = table.slot(a < b ? a * n + b : b * n + a);
					if (table.stamp[slot] !== unitNo) table.weight[slot]!++;
				}
			}
		}
		if (table.used.length === 0) continue; // no pair in any unit: no edges, no pack
		const pairs = new Float64Array(table.used.length);
		for (let k = 0; k < pairs.length; k++) pairs[k] = table.pair(table.used[k]!);
		pairs.sort();
		const weight = new Uint32Array(pairs.length);
		const passages = new Uint32Array(pairs.length);
		for (let k = 0; k < pairs.length; k++) {
			const slot = table.slot(pairs[k]!);
			weight[k] = table.weight[slot]!;
			passages[k] = table.passages[slot]!;
		}
		const rank = Math.floor(key / E);
		out.push({
			theme: rank === 0 ? '' : byId[rank - 1]!,
			event: eventIds[key % E]!,
			pairs,
			weight,
			passages
		});
	}
	return out;
}
