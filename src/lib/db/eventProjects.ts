/**
 * event_projects and event_projects_by_theme, summed one event at a time into dense arrays
 * (projects, themes × projects) over the event's passages naming a project: a map keyed by
 * (theme, project, event) cost most of the aggregates' time on a large corpus. Sums run in
 * passage id order within an event, as before, so the floating scores are the same bits.
 */
import type { AggregateTable } from './aggregates';
import type { PassageIndex } from './passageIndex';
import { sortedPrefixes } from './stats';

/** Sums over dense cells, remembering which cells were touched since the last `take`. */
class DenseSums {
	readonly sums: Float64Array[];
	private readonly seen: Uint8Array;
	private readonly touched: Uint32Array;
	private count = 0;
	constructor(cells: number, width: number) {
		this.sums = Array.from({ length: width }, () => new Float64Array(cells));
		this.seen = new Uint8Array(cells);
		this.touched = new Uint32Array(cells);
	}
	touch(cell: number): void {
		if (this.seen[cell] === 0) {
			this.seen[cell] = 1;
			this.touched[this.count++] = cell;
		}
	}
	/** Appends (key, cell, sums…) per touched cell, ascending, to `rows`; zeroes the cells. */
	take(key: number, rows: Columns): void {
		const cells = this.touched.subarray(0, this.count).sort();
		for (const cell of cells) {
			rows[0]!.push(key);
			rows[1]!.push(cell);
			for (let k = 0; k < this.sums.length; k++) {
				rows[k + 2]!.push(this.sums[k]![cell]!);
				this.sums[k]![cell] = 0;
			}
			this.seen[cell] = 0;
		}
		this.count = 0;
	}
}

/** Rows of one table as parallel columns: growing arrays of numbers. */
type Columns = number[][];

/** event_projects rows (event, project ordinals, then sums), in primary-key order. */
function eventProjectsTable(index: PassageIndex, rows: Columns): AggregateTable {
	const { eventIds, projectIds } = index;
	const [event, project, mentions, passages, words] = rows as [
		number[],
		number[],
		number[],
		number[],
		number[]
	];
	return {
		table: 'event_projects',
		tuple: '(?,?,?,?,?)',
		count: event.length,
		fill: (r, out, at) => {
			out[at] = eventIds[event[r]!]!;
			out[at + 1] = projectIds[project[r]!]!;
			out[at + 2] = mentions[r]!;
			out[at + 3] = passages[r]!;
			out[at + 4] = words[r]!;
		}
	};
}

/** event_projects_by_theme rows (event, theme rank × P + project, sums), sorted by the cell. */
function byThemeTable(index: PassageIndex, byId: readonly string[], rows: Columns): AggregateTable {
	const { eventIds, projectIds } = index;
	const P = projectIds.length;
	const [event, cell, mentions, passages, words, score] = rows as [
		number[],
		number[],
		number[],
		number[],
		number[],
		number[]
	];
	// Rows came event by event: a stable counting sort by cell gives (theme, project, event).
	const start = new Uint32Array(byId.length * P + 1);
	for (const c of cell) start[c + 1]!++;
	for (let c = 0; c + 1 < start.length; c++) start[c + 1]! += start[c]!;
	const order = new Uint32Array(cell.length);
	for (let r = 0; r < cell.length; r++) order[start[cell[r]!]!++] = r;
	const rank = (k: number) => Math.floor(cell[order[k]!]! / P);
	return {
		table: 'event_projects_by_theme',
		tuple: '(?,?,?,?,?,?,?)',
		count: order.length,
		distinct: sortedPrefixes(order.length, [rank, (k) => cell[order[k]!], (k) => k]),
		fill: (k, out, at) => {
			const r = order[k]!;
			out[at] = byId[Math.floor(cell[r]! / P)]!;
			out[at + 1] = eventIds[event[r]!]!;
			out[at + 2] = projectIds[cell[r]! % P]!;
			out[at + 3] = mentions[r]!;
			out[at + 4] = passages[r]!;
			out[at + 5] = words[r]!;
			out[at + 6] = score[r]!;
		}
	};
}

/** [event_projects, event_projects_by_theme], ready for `insertRows`. */
export function eventProjectTables(index: PassageIndex): AggregateTable[] {
	const { facts, projectIds, themeIds, named } = index;
	const P = projectIds.length;
	const byId = [...themeIds].sort();
	const themeRank = themeIds.map((id) => byId.indexOf(id));
	const perProject = new DenseSums(P, 3);
	const perCell = new DenseSums(byId.length * P, 4);
	const [pm, pp, pw] = perProject.sums as [Float64Array, Float64Array, Float64Array];
	const [cm, cp, cw, cs] = perCell.sums as [Float64Array, Float64Array, Float64Array, Float64Array];
	const projectRows: Columns = [[], [], [], [], []];
	const cellRows: Columns = [[], [], [], [], [], []];
	for (let e = 0; e + 1 < named.start.length; e++) {
		for (let n = named.start[e]!; n < named.start[e + 1]!; n++) {
			const i = named.order[n]!;
			const words = facts.words[i]!;
			for (let k = facts.mentionStart[i]!; k < facts.mentionStart[i + 1]!; k++) {
				const p = facts.mentionProject[k]!;
				const count = facts.mentionCount[k]!;
				perProject.touch(p);
				pm[p]! += count;
				pp[p]!++;
				pw[p]! += words;
				for (let t = facts.themeStart[i]!; t < facts.themeStart[i + 1]!; t++) {
					const c = themeRank[facts.themeIndex[t]!]! * P + p;
					perCell.touch(c);
					cm[c]! += count;
					cp[c]!++;
					cw[c]! += words;
					cs[c]! += facts.themeScore[t]!;
				}
			}
		}
		perProject.take(e, projectRows);
		perCell.take(e, cellRows);
	}
	return [eventProjectsTable(index, projectRows), byThemeTable(index, byId, cellRows)];
}
