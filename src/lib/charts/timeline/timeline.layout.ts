/**
 * Timeline geometry, free of the DOM: where each event sits, how big it is, how the series panel's
 * lines run, and how a brushed pixel range or an arrow key becomes a year range.
 */
import type { EventSummary, SeriesPoint } from '$lib/db/types';
import { parseDay } from '../formats';

export type Volume = 'passages' | 'words';

export interface YearRange {
	from: number;
	to: number;
}

/** An event's date on the axis: its start date, else the middle of its year. */
export function eventDate(e: Pick<EventSummary, 'startDate' | 'year'>): Date {
	return parseDay(e.startDate) ?? new Date(Date.UTC(e.year, 6, 1));
}

/** First and last year of the data; the sample's 2014–2021 when there is none. */
export function yearExtent(events: Pick<EventSummary, 'year'>[]): YearRange {
	if (events.length === 0) return { from: 2014, to: 2021 };
	let from = Infinity;
	let to = -Infinity;
	for (const e of events) {
		from = Math.min(from, e.year);
		to = Math.max(to, e.year);
	}
	return { from, to };
}

/** The time axis spans whole years: 1 Jan of the first to 1 Jan after the last. */
export const timeDomain = (r: YearRange): [Date, Date] => [
	new Date(Date.UTC(r.from, 0, 1)),
	new Date(Date.UTC(r.to + 1, 0, 1))
];

export interface SwarmItem {
	id: string;
	x: number;
	r: number;
}

/**
 * Vertical offsets (from the band's centre line) so that no two circles overlap: items are placed
 * in date order, each at the free offset nearest the centre line (0, +1, −1, +2, … px).
 */
export function dodge(items: SwarmItem[], gap = 1.5, limit = 400): Map<string, number> {
	const order = [...items].sort((a, b) => a.x - b.x || (a.id < b.id ? -1 : 1));
	const placed: { x: number; y: number; r: number }[] = [];
	const out = new Map<string, number>();
	for (const it of order) {
		const near = placed.filter((p) => Math.abs(p.x - it.x) < p.r + it.r + gap);
		let y = 0;
		for (let k = 0; k <= 2 * limit; k++) {
			y = k % 2 === 1 ? (k + 1) / 2 : -k / 2;
			const free = near.every((p) => (p.x - it.x) ** 2 + (p.y - y) ** 2 >= (p.r + it.r + gap) ** 2);
			if (free) break;
		}
		y = y === 0 ? 0 : y; // no -0 in the output
		placed.push({ x: it.x, y, r: it.r });
		out.set(it.id, y);
	}
	return out;
}

/** Pixel range of a pointer drag → whole years, in order, clamped to the axis. */
export function brushYears(
	px0: number,
	px1: number,
	invert: (px: number) => Date,
	bounds: YearRange
): YearRange {
	const [a, b] = px0 <= px1 ? [px0, px1] : [px1, px0];
	const clamp = (y: number) => Math.min(bounds.to, Math.max(bounds.from, y));
	return { from: clamp(invert(a).getUTCFullYear()), to: clamp(invert(b).getUTCFullYear()) };
}

/**
 * Arrow keys on the brush: move the range by `delta` years (kept inside the bounds), or with
 * `resize` move only its end. Without a range, the first key starts a one-year range at the edge
 * the arrow points away from.
 */
export function stepRange(
	range: YearRange | null,
	delta: number,
	bounds: YearRange,
	resize = false
): YearRange {
	if (!range) {
		const y = delta > 0 ? bounds.from : bounds.to;
		return { from: y, to: y };
	}
	if (resize) {
		return { from: range.from, to: Math.min(bounds.to, Math.max(range.from, range.to + delta)) };
	}
	const d = Math.max(bounds.from - range.from, Math.min(bounds.to - range.to, delta));
	return { from: range.from + d, to: range.to + d };
}

export interface SeriesLine {
	key: string;
	label: string;
	kind: SeriesPoint['kind'];
	/** Palette slot, in order of each line's total (largest first). */
	slot: number;
	points: (SeriesPoint & { at: Date })[];
}

/** Groups points by key into date-ordered lines, biggest total first (stable colours and labels). */
export function seriesLines(points: SeriesPoint[]): SeriesLine[] {
	const byKey = new Map<string, SeriesLine & { total: number }>();
	for (const p of points) {
		const at = parseDay(p.date);
		if (!at) continue;
		let line = byKey.get(p.key);
		if (!line) {
			line = { key: p.key, label: p.label, kind: p.kind, slot: 0, points: [], total: 0 };
			byKey.set(p.key, line);
		}
		line.points.push({ ...p, at });
		line.total += p.value;
	}
	const lines = [...byKey.values()].sort((a, b) => b.total - a.total || (a.key < b.key ? -1 : 1));
	return lines.map(({ total: _total, ...l }, slot) => ({
		...l,
		slot,
		points: l.points.sort(
			(a, b) => a.at.getTime() - b.at.getTime() || (a.eventId < b.eventId ? -1 : 1)
		)
	}));
}

/** Nudges end-of-line labels apart vertically (input: desired y per label), keeping their order. */
export function spreadLabels(ys: number[], minGap: number, top: number, bottom: number): number[] {
	const idx = ys.map((y, i) => ({ y, i })).sort((a, b) => a.y - b.y || a.i - b.i);
	const out = idx.map((d) => d.y);
	for (let i = 1; i < out.length; i++) out[i] = Math.max(out[i]!, out[i - 1]! + minGap);
	const overflow = (out[out.length - 1] ?? 0) - bottom;
	if (overflow > 0) for (let i = 0; i < out.length; i++) out[i] = out[i]! - overflow;
	for (let i = 0; i < out.length; i++) out[i] = Math.max(top, out[i]!);
	const res = new Array<number>(ys.length);
	idx.forEach((d, k) => (res[d.i] = out[k]!));
	return res;
}

export interface TimelineBands {
	/** Top and bottom of the events band. */
	events: [number, number];
	/** Top of the time axis (the brush zone); the axis is `AXIS_HEIGHT` tall. */
	axis: number;
	/** Top and bottom of the series panel; empty ([h, h]) without series. */
	series: [number, number];
}

export const AXIS_HEIGHT = 26;

/** Splits the drawing area: events on top, the axis under them, the series panel below. */
export function timelineBands(height: number, hasSeries: boolean): TimelineBands {
	const h = Math.max(height, AXIS_HEIGHT + 40);
	if (!hasSeries) return { events: [0, h - AXIS_HEIGHT], axis: h - AXIS_HEIGHT, series: [h, h] };
	const axis = Math.round((h - AXIS_HEIGHT) * 0.52);
	return { events: [0, axis], axis, series: [axis + AXIS_HEIGHT + 14, h] };
}

/**
 * Largest circle radius: at most 24 px, a sixth of the band and a fourteenth of the width (on a
 * phone the big events otherwise crowd each other and the edges), and small enough that all
 * circles together cover about a third of the band, so a narrow screen still fits every event.
 * `weight` is Σ volume / max volume over the events (each circle's area relative to the largest).
 */
export function maxRadius(bands: TimelineBands, width: number, weight: number): number {
	const bandH = bands.events[1] - bands.events[0];
	const byArea = Math.sqrt((Math.max(0, width) * bandH * 0.33) / (Math.PI * Math.max(1, weight)));
	return Math.max(4, Math.min(24, bandH / 6, width / 14, byArea));
}

/** Average width of a character of the 11 px bold series names. */
const SERIES_GLYPH = 7;

/**
 * Room in the right margin for the series names (swatch, then name): as many characters as the
 * longest name, up to 18 (10 on a narrow chart, so the plot keeps most of the width). Returns
 * the characters a name may keep and the right padding that holds them.
 */
export function seriesLabelRoom(
	labels: string[],
	width: number
): { chars: number; padding: number } {
	const longest = Math.max(0, ...labels.map((l) => l.length));
	const chars = Math.min(longest, width > 0 && width < 520 ? 10 : 18);
	return { chars, padding: 18 + Math.ceil(chars * SERIES_GLYPH) + 6 };
}
