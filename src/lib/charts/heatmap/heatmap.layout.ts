/**
 * Heatmap geometry and encoding, free of the DOM: row and column order, the value a cell shows,
 * its colour step, how column labels fit (rotation, truncation) and where arrow keys move focus.
 */
import { nice } from 'd3';
import type { HeatmapCell, ThemeInfo } from '$lib/db/types';
import { SEQUENTIAL_STEPS } from '../palette';
import { estimateTextWidth } from '../labels.layout';

export type Measure = 'share' | 'raw';

/** A column of the heatmap: an event id or a year, with its display label. */
export interface HeatmapColumn {
	id: string;
	label: string;
}

export interface HeatmapRow {
	id: string;
	label: string;
}

/** `share`: share of the column's passages (0–1); `raw`: passages on the theme (a count). */
export const cellValue = (c: HeatmapCell, measure: Measure) =>
	measure === 'share' ? c.share : c.passages;

/** Rows in the order of `themes`, limited to themes with cells; unknown theme ids go last. */
export function heatmapRows(cells: HeatmapCell[], themes: ThemeInfo[]): HeatmapRow[] {
	const used = new Set(cells.map((c) => c.themeId));
	const known = themes.filter((t) => used.has(t.id)).map((t) => ({ id: t.id, label: t.name }));
	const seen = new Set(known.map((r) => r.id));
	const extra = [...used].filter((id) => !seen.has(id)).sort();
	return [...known, ...extra.map((id) => ({ id, label: id }))];
}

/**
 * Columns in the given order (all of them: an empty column still says "nothing here"), else the
 * distinct cell columns, years numerically and ids alphabetically.
 */
export function heatmapColumns(cells: HeatmapCell[], columns?: HeatmapColumn[]): HeatmapColumn[] {
	const given = columns ?? [];
	const seen = new Set(given.map((c) => c.id));
	const extra = [...new Set(cells.map((c) => c.column))]
		.filter((id) => !seen.has(id))
		.sort((a, b) => (/^\d+$/.test(a) && /^\d+$/.test(b) ? +a - +b : a < b ? -1 : 1));
	return [...given, ...extra.map((id) => ({ id, label: id }))];
}

/**
 * Upper end of the colour domain: the largest value rounded up to a readable legend end (5% steps
 * for shares, a "nice" count for raw), with a floor so that noise is not painted loud.
 */
export function colorMax(cells: HeatmapCell[], measure: Measure): number {
	const max = Math.max(0, ...cells.map((c) => cellValue(c, measure)));
	if (measure === 'share') return Math.max(0.05, Math.min(1, Math.ceil(max * 20 - 1e-9) / 20));
	return Math.max(1, nice(0, max, 4)[1]);
}

/** Colour step 0…STEPS-1 of a value in [0, max]. */
export function colorStep(value: number, max: number, steps = SEQUENTIAL_STEPS): number {
	if (!(max > 0) || !(value > 0)) return 0;
	return Math.min(steps - 1, Math.floor((value / max) * steps));
}

/** Column label fit: horizontal when every label fits its band, else 45° or 90°, truncated to `room`. */
export function columnLabelLayout(
	labels: string[],
	bandwidth: number,
	room: number,
	fontSize = 11
): { angle: 0 | -45 | -90; texts: string[] } {
	const widest = Math.max(0, ...labels.map((l) => estimateTextWidth(l, fontSize)));
	if (widest <= bandwidth - 4) return { angle: 0, texts: labels };
	const angle = bandwidth >= fontSize * 1.6 ? -45 : -90;
	const max = angle === -45 ? room / Math.SQRT1_2 - fontSize : room;
	return { angle, texts: labels.map((l) => truncate(l, max, fontSize)) };
}

/** Cuts a label to `maxWidth` (estimated), ending with an ellipsis when cut. */
export function truncate(text: string, maxWidth: number, fontSize = 11): string {
	if (estimateTextWidth(text, fontSize) <= maxWidth) return text;
	const n = Math.max(1, Math.floor(maxWidth / estimateTextWidth('x', fontSize)) - 1);
	return `${text.slice(0, n).trimEnd()}…`;
}

export type Direction = 'left' | 'right' | 'up' | 'down' | 'home' | 'end';

/**
 * Keyboard movement over the drawn cells (a sparse grid): ←/→ go to the next cell of the row;
 * ↑/↓ to the nearest row above/below that has a cell, preferring the same column; Home/End go to
 * the row's ends.
 * Returns the index of the cell to focus (the same index when there is nowhere to go).
 */
export function moveFocus(
	pos: { row: number; col: number }[],
	current: number,
	dir: Direction
): number {
	const c = pos[current];
	if (!c) return current;
	const score = (p: { row: number; col: number }): number | null => {
		const dr = p.row - c.row;
		const dc = p.col - c.col;
		switch (dir) {
			case 'right':
				return dr === 0 && dc > 0 ? dc : null;
			case 'left':
				return dr === 0 && dc < 0 ? -dc : null;
			case 'down':
				return dr > 0 ? dr * 1e4 + Math.abs(dc) : null;
			case 'up':
				return dr < 0 ? -dr * 1e4 + Math.abs(dc) : null;
			case 'home':
				return dr === 0 && dc < 0 ? p.col : null;
			case 'end':
				return dr === 0 && dc > 0 ? -p.col : null;
		}
	};
	let best = current;
	let bestScore = Infinity;
	pos.forEach((p, i) => {
		const s = score(p);
		if (s !== null && s < bestScore) {
			best = i;
			bestScore = s;
		}
	});
	return best;
}
