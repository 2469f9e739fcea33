/**
 * Co-mention edges, computed from the ingest rows in one pass (SQL self-joins over every
 * section and theme cost the build several times more). A "unit" is the passages of one
 * section attributed to one event; for a theme, only those of its passages scoring on it.
 * In a unit, a pair of projects weighs 2 per passage naming both, and 1 when both are named
 * but never in the same passage. The query tests check the result against SQL over the raw
 * tables.
 */
import type { IngestResult } from '../ingest/types';

/** Per (theme, event): pair key (source ordinal × n + target ordinal) → weight × 2^21 + passages. */
export type PairSums = Map<string, Map<number, number>>;

const PASSAGES = 2 ** 21;

export interface Comentions {
	/** `${theme}\u0000${event}` → pair sums; theme '' means all passages. */
	sums: PairSums;
	projectCount: number;
}

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

export function computeComentions(result: IngestResult, ordinal: Map<string, number>): Comentions {
	const n = ordinal.size;
	const projects = new Map<number, Set<number>>();
	for (const m of result.mentions) {
		const o = ordinal.get(m.project_id);
		if (o === undefined) continue;
		let set = projects.get(m.passage_id);
		if (!set) projects.set(m.passage_id, (set = new Set()));
		set.add(o);
	}
	const themes = new Map<number, string[]>();
	for (const pt of result.passageThemes) {
		if (!(pt.score > 0)) continue; // as the writer: no score, no row
		const list = themes.get(pt.passage_id) ?? [];
		list.push(pt.theme_id);
		themes.set(pt.passage_id, list);
	}
	// Units: passages with projects, grouped by (section, event), per theme and for all.
	const units = new Map<string, Map<string, number[][]>>();
	for (const p of result.passages) {
		const set = projects.get(p.id);
		if (p.event_id === null || !set) continue;
		const list = [...set].sort((a, b) => a - b);
		for (const theme of ['', ...(themes.get(p.id) ?? [])]) {
			const key = `${theme}\u0000${p.event_id}`;
			let byUnit = units.get(key);
			if (!byUnit) units.set(key, (byUnit = new Map()));
			const unit = String(p.section_id);
			const members = byUnit.get(unit) ?? [];
			members.push(list);
			byUnit.set(unit, members);
		}
	}
	const sums: PairSums = new Map();
	for (const [key, byUnit] of units) {
		for (const passages of byUnit.values()) addUnit(sums, key, passages, n);
	}
	return { sums, projectCount: n };
}
