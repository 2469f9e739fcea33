/**
 * One export path for every chart: the on-screen SVG, cloned with its look inlined, framed with
 * title, legend, active-filter caption and source line on the theme's background. The result
 * is a self-contained SVG document (no CSS, no variables, no foreignObject, no external refs)
 * that opens on its own in a browser or Inkscape, and is the input of the PNG export.
 */
import { FONT_STACK, inlineStyles } from './inline';
import { legendSvg, textWidth, type LegendSpec } from './legend';
import { frameColors, type ThemeName } from './theme';

export interface ExportSvgOptions {
	chartSvg: SVGSVGElement;
	title: string;
	/** Legend as an element of the page, SVG markup (see `legendSvg`) or items to draw. */
	legend?: SVGElement | string | LegendSpec;
	/** Active filters in words (see `filterCaption`). */
	caption: string;
	/** e.g. "Source: KubeCon Atlas — atlas.sqlite built 2026-01-05, 42 recaps". */
	source: string;
	theme: ThemeName;
	/** Width of the exported image; the chart keeps its aspect ratio. Default: the chart's. */
	width?: number;
}

const NS = 'http://www.w3.org/2000/svg';
const PAD = 24;
const TITLE_SIZE = 20;
const CAPTION_SIZE = 12;
const SOURCE_SIZE = 11;
const GAP = 12;
/** jsdom and hidden charts measure 0×0: a sensible size beats an empty file. */
const FALLBACK_SIZE = { width: 800, height: 450 };

function num(value: string | null): number {
	const n = Number.parseFloat(value ?? '');
	return Number.isFinite(n) && n > 0 && !value?.trim().endsWith('%') ? n : 0;
}

function viewBoxOf(el: Element): [number, number, number, number] | null {
	const parts = (el.getAttribute('viewBox') ?? '').split(/[\s,]+/).map(Number);
	return parts.length === 4 && parts.every(Number.isFinite) && parts[2]! > 0 && parts[3]! > 0
		? (parts as [number, number, number, number])
		: null;
}

export function svgSizeOf(svg: Element): { width: number; height: number } {
	const vb = viewBoxOf(svg);
	const rect = svg.getBoundingClientRect();
	const width = num(svg.getAttribute('width')) || rect.width || vb?.[2] || FALLBACK_SIZE.width;
	const height = num(svg.getAttribute('height')) || rect.height || vb?.[3] || FALLBACK_SIZE.height;
	return { width, height };
}

/** Greedy word wrap on an average glyph width. */
export function wrapText(text: string, width: number, fontSize: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		const next = line ? `${line} ${word}` : word;
		if (line && textWidth(next, fontSize) > width) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines.length ? lines : [''];
}

function el(doc: Document, name: string, attrs: Record<string, string | number> = {}): Element {
	const node = doc.createElementNS(NS, name);
	for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
	return node;
}

function textBlock(
	doc: Document,
	lines: string[],
	y: number,
	size: number,
	fill: string,
	extra: Record<string, string | number> = {}
): Element {
	const text = el(doc, 'text', { x: PAD, y, 'font-size': size, fill, ...extra });
	lines.forEach((line, i) => {
		const tspan = el(doc, 'tspan', { x: PAD, dy: i === 0 ? 0 : Math.round(size * 1.35) });
		tspan.textContent = line;
		text.append(tspan);
	});
	return text;
}

/** The legend as a nested <svg> with a known height, from any of the accepted forms. */
function legendElement(
	doc: Document,
	legend: ExportSvgOptions['legend'],
	width: number,
	textColor: string
): { node: Element; height: number } | null {
	if (!legend) return null;
	if (typeof legend === 'string' || !('nodeType' in legend)) {
		const markup = typeof legend === 'string' ? legend : legendSvg(legend, { width, textColor });
		if (!markup.trim()) return null;
		const parsed = new DOMParser().parseFromString(markup, 'image/svg+xml').documentElement;
		if (parsed.localName !== 'svg' || parsed.getElementsByTagName('parsererror').length)
			return null;
		const node = doc.importNode(parsed, true);
		return { node, height: num(node.getAttribute('height')) || viewBoxOf(node)?.[3] || 24 };
	}
	const clone = legend.cloneNode(true) as Element;
	inlineStyles(legend, clone);
	const size = svgSizeOf(legend);
	if (clone.localName === 'svg') return { node: clone, height: size.height };
	const wrapper = el(doc, 'svg', { width, height: size.height, overflow: 'visible' });
	wrapper.append(clone);
	return { node: wrapper, height: size.height };
}

/**
 * A canvas-drawn chart (the large network) as an SVG holding its pixels, so it goes through the
 * same frame as every other chart. The pixels stay at the canvas' own density.
 */
export function canvasToSvg(canvas: HTMLCanvasElement): SVGSVGElement {
	const doc = canvas.ownerDocument;
	const width = canvas.clientWidth || canvas.width;
	const height = canvas.clientHeight || canvas.height;
	const svg = el(doc, 'svg', { width, height, viewBox: `0 0 ${width} ${height}` }) as SVGSVGElement;
	svg.append(el(doc, 'image', { width, height, href: canvas.toDataURL('image/png') }));
	return svg;
}

export function buildExportSvg(opts: ExportSvgOptions): string {
	const doc = opts.chartSvg.ownerDocument;
	const colors = frameColors(opts.theme);
	const chartSize = svgSizeOf(opts.chartSvg);
	const width = Math.round(opts.width ?? Math.max(chartSize.width + 2 * PAD, 480));
	const inner = width - 2 * PAD;
	const chartWidth = Math.min(inner, chartSize.width * (opts.width ? inner / chartSize.width : 1));
	const chartHeight = chartSize.height * (chartWidth / chartSize.width);

	const root = el(doc, 'svg', { version: '1.1', 'font-family': FONT_STACK });
	const title = el(doc, 'title');
	title.textContent = opts.title;
	const desc = el(doc, 'desc');
	desc.textContent = `${opts.caption}. ${opts.source}`;
	root.append(title, desc);

	const background = el(doc, 'rect', {
		x: 0,
		y: 0,
		width: '100%',
		height: '100%',
		fill: colors.background
	});
	root.append(background);

	let y = PAD + TITLE_SIZE;
	const titleLines = wrapText(opts.title, inner, TITLE_SIZE);
	root.append(textBlock(doc, titleLines, y, TITLE_SIZE, colors.text, { 'font-weight': 600 }));
	y += (titleLines.length - 1) * TITLE_SIZE * 1.35 + GAP;

	const legend = legendElement(doc, opts.legend, inner, colors.text);
	if (legend) {
		legend.node.setAttribute('x', String(PAD));
		legend.node.setAttribute('y', String(Math.round(y)));
		root.append(legend.node);
		y += legend.height + GAP;
	}

	const chart = opts.chartSvg.cloneNode(true) as SVGSVGElement;
	inlineStyles(opts.chartSvg, chart);
	if (!viewBoxOf(chart))
		chart.setAttribute('viewBox', `0 0 ${chartSize.width} ${chartSize.height}`);
	chart.setAttribute('x', String(PAD));
	chart.setAttribute('y', String(Math.round(y)));
	chart.setAttribute('width', String(Math.round(chartWidth)));
	chart.setAttribute('height', String(Math.round(chartHeight)));
	chart.removeAttribute('xmlns');
	root.append(chart);
	y += chartHeight + GAP + CAPTION_SIZE;

	const captionLines = wrapText(opts.caption, inner, CAPTION_SIZE);
	root.append(textBlock(doc, captionLines, y, CAPTION_SIZE, colors.text));
	y += (captionLines.length - 1) * CAPTION_SIZE * 1.35 + SOURCE_SIZE * 1.6;
	const sourceLines = wrapText(opts.source, inner, SOURCE_SIZE);
	root.append(textBlock(doc, sourceLines, y, SOURCE_SIZE, colors.muted));
	y += (sourceLines.length - 1) * SOURCE_SIZE * 1.35 + PAD;

	const height = Math.ceil(y);
	root.setAttribute('width', String(width));
	root.setAttribute('height', String(height));
	root.setAttribute('viewBox', `0 0 ${width} ${height}`);
	const xml = new XMLSerializer().serializeToString(root);
	return `<?xml version="1.0" encoding="UTF-8"?>\n${xml}\n`;
}
