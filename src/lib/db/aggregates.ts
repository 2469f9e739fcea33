/**
 * The aggregate tables (docs/schema.md), summed in one pass over the passage index: as
 * INSERT … SELECT over joins of the raw tables they were the slowest part of the build. The
 * query tests check every aggregate answer against the same question asked of the raw tables.
 * Co-mentions are in comentions.ts. Rows come out in primary-key order.
 */
import type { SqlValue } from 'sql.js';
import type { IngestResult } from '../ingest/types';
import { eventProjectTables } from './eventProjects';
import type { PassageIndex } from './passageIndex';

/**
 * Sums per numeric cell key, kept sparse: a large corpus can hold thousands of documents and
 * events (every meetup a document names), too many cells for dense arrays.
 */
class Cells {
	private readonly slots = new Map<number, number>();
	readonly keys: number[] = [];
	readonly columns: number[][];
	/** The last key asked for: passages come by document, so the next one is usually the same. */
	private lastKey = -1;
	private lastSlot = -1;
	constructor(width: number) {
		this.columns = Array.from({ length: width }, () => []);
	}
	slot(key: number): number {
		if (key === this.lastKey) return this.lastSlot;
		let s = this.slots.get(key);
		this.lastKey = key;
		if (s === undefined) {
			s = this.keys.length;
			this.slots.set(key, s);
			this.keys.push(key);
			for (const column of this.columns) column.push(0);
		}
		this.lastSlot = s;
		return s;
	}
	/** Slots in ascending key order. */
	ordered(): number[] {
		return this.keys.map((_, s) => s).sort((a, b) => this.keys[a]! - this.keys[b]!);
	}
}

export interface AggregateTable {
	table: string;
	tuple: string;
	count: number;
	fill: (i: number, out: SqlValue[], at: number) => void;
	/** Distinct values of each prefix of the primary key, when the writer counts them (stats.ts). */
	distinct?: number[];
}

/** Passages per (document, event). */
function sourceCells(index: PassageIndex): Cells {
	const E = index.eventIds.length;
	const cells = new Cells(1);
	const [passages] = cells.columns as [number[]];
	for (let i = 0; i < index.source.length; i++) {
		passages[cells.slot(index.source[i]! * E + index.facts.event[i]!)]!++;
	}
	return cells;
}

/** event_stats: one row per event, zeros included. */
function eventStats(index: PassageIndex, result: IngestResult, bySource: Cells): AggregateTable {
	const { facts, eventIds } = index;
	const E = eventIds.length;
	const passages = new Float64Array(E);
	const words = new Float64Array(E);
	const sources = new Float64Array(E);
	const mentions = new Float64Array(E);
	for (let i = 0; i < facts.ids.length; i++) {
		const e = facts.event[i]!;
		passages[e]!++;
		words[e]! += facts.words[i]!;
		mentions[e]! += index.mentions[i]!;
	}
	for (const key of bySource.keys) sources[key % E]!++;
	const eventIndex = new Map(eventIds.map((id, i) => [id, i]));
	const talks = new Float64Array(E);
	for (const t of result.talks) {
		const e = t.event_id === null ? undefined : eventIndex.get(t.event_id);
		if (e !== undefined) talks[e]!++;
	}
	return {
		table: 'event_stats',
		tuple: '(?,?,?,?,?,?)',
		count: E,
		fill: (e, out, at) => {
			out[at] = eventIds[e]!;
			out[at + 1] = passages[e]!;
			out[at + 2] = words[e]!;
			out[at + 3] = sources[e]!;
			out[at + 4] = talks[e]!;
			out[at + 5] = mentions[e]!;
		}
	};
}

/** source_events: passages per (document, event). */
function sourceEvents(index: PassageIndex, cells: Cells): AggregateTable {
	const E = index.eventIds.length;
	const order = cells.ordered();
	return {
		table: 'source_events',
		tuple: '(?,?,?)',
		count: order.length,
		fill: (r, out, at) => {
			const s = order[r]!;
			const key = cells.keys[s]!;
			out[at] = Math.floor(key / E);
			out[at + 1] = index.eventIds[key % E]!;
			out[at + 2] = cells.columns[0]![s]!;
		}
	};
}

/** event_themes: per (event, theme) over the event's passages on the theme. */
function eventThemes(index: PassageIndex, stats: Float64Array): AggregateTable {
	const { facts, eventIds, themeIds } = index;
	const T = themeIds.length;
	const cells = eventIds.length * T;
	const passages = new Float64Array(cells);
	const words = new Float64Array(cells);
	const mentions = new Float64Array(cells);
	// Compensated sums, as SQLite's SUM(): the scores of this table were summed in SQL before.
	const sum = new Float64Array(cells);
	const error = new Float64Array(cells);
	for (let i = 0; i < facts.ids.length; i++) {
		const base = facts.event[i]! * T;
		for (let k = facts.themeStart[i]!; k < facts.themeStart[i + 1]!; k++) {
			const c = base + facts.themeIndex[k]!;
			passages[c]!++;
			words[c]! += facts.words[i]!;
			mentions[c]! += index.mentions[i]!;
			const s = sum[c]!;
			const r = facts.themeScore[k]!;
			const t = s + r;
			error[c]! += Math.abs(s) > Math.abs(r) ? s - t + r : r - t + s;
			sum[c] = t;
		}
	}
	const score = sum.map((s, c) => s + error[c]!);
	const byId = themeIds.map((_, t) => t).sort((a, b) => (themeIds[a]! < themeIds[b]! ? -1 : 1));
	const used: number[] = [];
	for (let e = 0; e < eventIds.length; e++) {
		for (const t of byId) if (passages[e * T + t]! > 0) used.push(e * T + t);
	}
	return {
		table: 'event_themes',
		tuple: '(?,?,?,?,?,?,?,?)',
		count: used.length,
		fill: (r, out, at) => {
			const c = used[r]!;
			const e = Math.floor(c / T);
			out[at] = eventIds[e]!;
			out[at + 1] = themeIds[c % T]!;
			out[at + 2] = passages[c]!;
			out[at + 3] = words[c]!;
			out[at + 4] = mentions[c]!;
			out[at + 5] = score[c]!;
			out[at + 6] = passages[c]! / stats[e]!;
			out[at + 7] = score[c]! / stats[e]!;
		}
	};
}

/** Every aggregate table but the co-mentions, ready for `insertRows`. */
export function aggregateTables(index: PassageIndex, result: IngestResult): AggregateTable[] {
	const bySource = sourceCells(index);
	const passagesPerEvent = new Float64Array(index.eventIds.length);
	for (let i = 0; i < index.facts.ids.length; i++) passagesPerEvent[index.facts.event[i]!]!++;
	return [
		eventStats(index, result, bySource),
		sourceEvents(index, bySource),
		eventThemes(index, passagesPerEvent),
		...eventProjectTables(index)
	];
}
