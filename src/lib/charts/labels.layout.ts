/**
 * Greedy label placement shared by the timeline and the network: the most important marks are
 * labelled first, each label tries a few spots around its mark and is dropped when every spot
 * would overlap a placed label, another mark, or leave the drawing area.
 * Text is measured by estimate, not by the DOM: jsdom has no layout and export needs the same
 * answer as the screen.
 */

export interface Box {
	x0: number;
	y0: number;
	x1: number;
	y1: number;
}

export interface Circle {
	x: number;
	y: number;
	r: number;
}

export interface LabelCandidate extends Circle {
	id: string;
	text: string;
	/** Higher is labelled first. */
	priority: number;
}

/** `top-end` and `bottom-end`: above or below the mark, ending over its centre (for marks at the
 * right edge of the drawing, where a centred label would not fit). */
export type LabelSpot = 'right' | 'left' | 'top' | 'bottom' | 'top-end' | 'bottom-end' | 'center';

export interface PlacedLabel {
	id: string;
	text: string;
	/** Text anchor point; the text is vertically centred on `y` (dy 0.35em). */
	x: number;
	y: number;
	anchor: 'start' | 'middle' | 'end';
	box: Box;
}

export interface PlaceOptions {
	bounds: Box;
	fontSize?: number;
	/** Stop after this many labels. */
	max?: number;
	spots?: LabelSpot[];
	/**
	 * Marks that labels must not cover (a label never avoids its own mark). Only the inner 60% of
	 * an obstacle counts: grazing a circle's edge keeps both readable, and dense clusters still get
	 * their biggest names.
	 */
	obstacles?: (Circle & { id: string })[];
}

/** Average glyph width of the UI sans-serif, as a share of the font size. */
const GLYPH = 0.58;

export const estimateTextWidth = (text: string, fontSize: number) => text.length * fontSize * GLYPH;

export const overlaps = (a: Box, b: Box) =>
	a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

export function boxHitsCircle(b: Box, c: Circle): boolean {
	const dx = c.x - Math.max(b.x0, Math.min(c.x, b.x1));
	const dy = c.y - Math.max(b.y0, Math.min(c.y, b.y1));
	return dx * dx + dy * dy < c.r * c.r;
}

/** Labels keep a little air between them, so two names never read as one. */
const padded = (b: Box, px = 4, py = 1): Box => ({
	x0: b.x0 - px,
	y0: b.y0 - py,
	x1: b.x1 + px,
	y1: b.y1 + py
});

const inside = (b: Box, o: Box) => b.x0 >= o.x0 && b.x1 <= o.x1 && b.y0 >= o.y0 && b.y1 <= o.y1;

function spotLabel(c: LabelCandidate, spot: LabelSpot, fs: number): PlacedLabel {
	const w = estimateTextWidth(c.text, fs);
	const h = fs * 1.2;
	const gap = 3;
	const at = (x: number, y: number, anchor: PlacedLabel['anchor']): PlacedLabel => {
		const x0 = anchor === 'start' ? x : anchor === 'end' ? x - w : x - w / 2;
		return {
			id: c.id,
			text: c.text,
			x,
			y,
			anchor,
			box: { x0, y0: y - h / 2, x1: x0 + w, y1: y + h / 2 }
		};
	};
	if (spot === 'right') return at(c.x + c.r + gap, c.y, 'start');
	if (spot === 'left') return at(c.x - c.r - gap, c.y, 'end');
	if (spot === 'center') return at(c.x, c.y, 'middle');
	if (spot === 'top') return at(c.x, c.y - c.r - gap - h / 2, 'middle');
	if (spot === 'top-end') return at(c.x, c.y - c.r - gap - h / 2, 'end');
	if (spot === 'bottom-end') return at(c.x, c.y + c.r + gap + h / 2, 'end');
	return at(c.x, c.y + c.r + gap + h / 2, 'middle');
}

export function placeLabels(candidates: LabelCandidate[], opts: PlaceOptions): PlacedLabel[] {
	const fs = opts.fontSize ?? 11;
	const spots = opts.spots ?? ['right', 'left', 'top', 'bottom', 'center'];
	const obstacles = (opts.obstacles ?? []).map((o) => ({ ...o, r: o.r * 0.6 }));
	const order = [...candidates].sort((a, b) => b.priority - a.priority || (a.id < b.id ? -1 : 1));
	const placed: PlacedLabel[] = [];
	for (const c of order) {
		if (opts.max !== undefined && placed.length >= opts.max) break;
		for (const spot of spots) {
			const label = spotLabel(c, spot, fs);
			if (!inside(label.box, opts.bounds)) continue;
			if (placed.some((p) => overlaps(p.box, padded(label.box)))) continue;
			if (obstacles.some((o) => o.id !== c.id && boxHitsCircle(label.box, o))) continue;
			placed.push(label);
			break;
		}
	}
	return placed;
}
