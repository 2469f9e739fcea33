/**
 * Legends as standalone SVG markup, for exports (the on-screen legend is the chart's own):
 * swatches with labels flowing into rows, or a colour ramp with ticks.
 */
import { escapeXml as x } from './xml';

export interface LegendItem {
	label: string;
	color: string;
	shape?: 'square' | 'circle' | 'line';
}

export interface GradientLegend {
	title?: string;
	/** offset 0–1 along the ramp. */
	gradient: { offset: number; color: string }[];
	ticks: { offset: number; label: string }[];
}

export type LegendSpec = LegendItem[] | GradientLegend;

export interface LegendOptions {
	width?: number;
	textColor?: string;
	fontSize?: number;
}

const NS = 'http://www.w3.org/2000/svg';
const FONT = 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif';

/** No layout engine outside the browser (and none wanted): an average glyph width is enough. */
export function textWidth(text: string, fontSize: number): number {
	return text.length * fontSize * 0.56;
}

function swatch(item: LegendItem, x0: number, y0: number, size: number): string {
	const color = x(item.color);
	if (item.shape === 'circle')
		return `<circle cx="${x0 + size / 2}" cy="${y0 + size / 2}" r="${size / 2}" fill="${color}"/>`;
	if (item.shape === 'line')
		return `<line x1="${x0}" x2="${x0 + size}" y1="${y0 + size / 2}" y2="${y0 + size / 2}" stroke="${color}" stroke-width="3"/>`;
	return `<rect x="${x0}" y="${y0}" width="${size}" height="${size}" rx="2" fill="${color}"/>`;
}

function itemsMarkup(items: LegendItem[], width: number, fill: string, fs: number) {
	const size = Math.round(fs * 0.95);
	const rowHeight = Math.round(fs * 1.6);
	const parts: string[] = [];
	let cx = 0;
	let row = 0;
	for (const item of items) {
		const w = size + 6 + textWidth(item.label, fs);
		if (cx > 0 && cx + w > width) {
			cx = 0;
			row++;
		}
		const y = row * rowHeight;
		parts.push(
			swatch(item, cx, y + (rowHeight - size) / 2, size),
			`<text x="${cx + size + 6}" y="${y + rowHeight / 2}" dominant-baseline="central" fill="${x(fill)}">${x(item.label)}</text>`
		);
		cx += w + 16;
	}
	return { body: parts.join(''), height: (row + 1) * rowHeight };
}

function gradientMarkup(spec: GradientLegend, width: number, fill: string, fs: number) {
	const barWidth = Math.min(240, width);
	const top = spec.title ? fs * 1.5 : 0;
	const stops = spec.gradient
		.map((s) => `<stop offset="${s.offset}" stop-color="${x(s.color)}"/>`)
		.join('');
	const ticks = spec.ticks.map((t) => {
		const tx = t.offset * barWidth;
		const anchor = t.offset <= 0 ? 'start' : t.offset >= 1 ? 'end' : 'middle';
		return `<line x1="${tx}" x2="${tx}" y1="${top + 12}" y2="${top + 16}" stroke="${x(fill)}"/><text x="${tx}" y="${top + 16 + fs}" text-anchor="${anchor}" fill="${x(fill)}">${x(t.label)}</text>`;
	});
	const body = [
		`<defs><linearGradient id="atlas-legend-ramp" x1="0" x2="1" y1="0" y2="0">${stops}</linearGradient></defs>`,
		spec.title
			? `<text x="0" y="${fs}" fill="${x(fill)}" font-weight="600">${x(spec.title)}</text>`
			: '',
		`<rect x="0" y="${top}" width="${barWidth}" height="12" fill="url(#atlas-legend-ramp)"/>`,
		...ticks
	].join('');
	return { body, height: top + 16 + fs * 1.4 };
}

/** Standalone `<svg>` markup of a legend, or '' when there is nothing to show. */
export function legendSvg(spec: LegendSpec, options: LegendOptions = {}): string {
	const width = options.width ?? 600;
	const fill = options.textColor ?? '#1f2328';
	const fs = options.fontSize ?? 12;
	const isItems = Array.isArray(spec);
	if (isItems ? spec.length === 0 : spec.gradient.length === 0) return '';
	const { body, height } = isItems
		? itemsMarkup(spec, width, fill, fs)
		: gradientMarkup(spec, width, fill, fs);
	const h = Math.ceil(height);
	return `<svg xmlns="${NS}" width="${width}" height="${h}" viewBox="0 0 ${width} ${h}" font-family="${FONT}" font-size="${fs}">${body}</svg>`;
}
