/**
 * Copy the look of an on-screen SVG into presentation attributes of its clone, so the clone
 * needs no stylesheet, no CSS variables and no classes: what you see is what you export.
 * In a browser `getComputedStyle` resolves everything; jsdom resolves little, so declared
 * values and `var(--x, fallback)` defaults are used there.
 */

/** Inherited properties: written only where they differ from the parent. */
const INHERITED = [
	'fill',
	'fill-opacity',
	'fill-rule',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'stroke-dashoffset',
	'stroke-linecap',
	'stroke-linejoin',
	'font-size',
	'font-weight',
	'font-style',
	'text-anchor',
	'dominant-baseline',
	'letter-spacing',
	'paint-order',
	'visibility'
] as const;

/** Not inherited: written where they are not the initial value. */
const OWN: Record<string, string> = {
	opacity: '1',
	'stop-color': 'rgb(0, 0, 0)',
	'stop-opacity': '1'
};

export const FONT_STACK = 'system-ui, -apple-system, Segoe UI, Roboto, sans-serif';
const MONO_STACK = 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace';

const REMOVE_TAGS = new Set(['style', 'script', 'foreignobject', 'iframe', 'video', 'audio']);

type Lookup = (el: Element, name: string) => string;

/** A custom property as seen from `el` (computed custom properties inherit in browsers; not in jsdom). */
function customProperty(el: Element, name: string): string {
	for (let e: Element | null = el; e; e = e.parentElement) {
		const inline = (e as HTMLElement).style?.getPropertyValue(name).trim();
		const value = inline || getComputedStyle(e).getPropertyValue(name).trim();
		if (value) return value;
	}
	return '';
}

/** Replace `var(--a, fallback)` (nested too) by concrete values; '' when nothing resolves. */
export function resolveVars(
	value: string,
	el: Element,
	lookup: Lookup = customProperty,
	depth = 0
): string {
	let out = value;
	for (let guard = 0; out.includes('var(') && guard < 50; guard++) {
		const start = out.lastIndexOf('var(');
		let level = 0;
		let end = -1;
		for (let i = start + 3; i < out.length; i++) {
			if (out[i] === '(') level++;
			else if (out[i] === ')' && --level === 0) {
				end = i;
				break;
			}
		}
		if (end < 0) return '';
		const inner = out.slice(start + 4, end);
		const comma = inner.indexOf(',');
		const name = (comma < 0 ? inner : inner.slice(0, comma)).trim();
		const fallback = comma < 0 ? '' : inner.slice(comma + 1).trim();
		let found = lookup(el, name);
		if (found.includes('var(') && depth < 5) found = resolveVars(found, el, lookup, depth + 1);
		const replacement = found || fallback;
		if (!replacement) return '';
		out = out.slice(0, start) + replacement + out.slice(end + 1);
	}
	return out.includes('var(') ? '' : out;
}

/** `url("http://host/page#id")` (as browsers compute it) → `url(#id)`: no external reference. */
function localUrls(value: string): string {
	return value.replace(/url\(\s*["']?[^"')#]*#([^"')]+)["']?\s*\)/g, 'url(#$1)');
}

function colorOf(el: Element, lookup: Lookup): string {
	for (let e: Element | null = el; e; e = e.parentElement) {
		const c = getComputedStyle(e).getPropertyValue('color').trim() || e.getAttribute('color') || '';
		const resolved = resolveVars(c, e, lookup);
		if (resolved && resolved !== 'currentcolor' && resolved !== 'currentColor') return resolved;
	}
	return '';
}

function read(el: Element, cs: CSSStyleDeclaration, prop: string, lookup: Lookup): string {
	const raw =
		(el as HTMLElement).style?.getPropertyValue(prop).trim() ||
		cs.getPropertyValue(prop).trim() ||
		el.getAttribute(prop)?.trim() ||
		'';
	let value = resolveVars(raw, el, lookup);
	if (/^currentcolor$/i.test(value)) value = colorOf(el, lookup);
	return localUrls(value);
}

/** Paints whose colour may carry an alpha, each with the opacity property that takes it over. */
const ALPHA_PAIRS = [
	['fill', 'fill-opacity'],
	['stroke', 'stroke-opacity'],
	['stop-color', 'stop-opacity']
] as const;

const RGBA = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)\s*[,/]\s*([\d.]+)(%?)\s*\)$/;

/**
 * `rgba(r, g, b, a)` as `rgb(r, g, b)` and its opacity multiplied by a (`none` when a is 0):
 * SVG 1.1 readers take no alpha in a colour, and Inkscape paints `rgba(0, 0, 0, 0)` (what a
 * browser computes for `transparent`) black.
 */
function splitAlpha(values: Record<string, string>, color: string, opacity: string): void {
	const m = RGBA.exec(values[color] ?? '');
	if (!m) return;
	const alpha = Number(m[4]) / (m[5] ? 100 : 1);
	if (!(alpha < 1)) {
		values[color] = `rgb(${m[1]}, ${m[2]}, ${m[3]})`;
		return;
	}
	if (alpha <= 0 && color !== 'stop-color') {
		values[color] = 'none';
		return;
	}
	values[color] = `rgb(${m[1]}, ${m[2]}, ${m[3]})`;
	const own = Number(values[opacity] || '1');
	values[opacity] = String(Math.round((Number.isFinite(own) ? own : 1) * alpha * 1000) / 1000);
}

function isHidden(el: Element): boolean {
	const display =
		(el as HTMLElement).style?.getPropertyValue('display') ||
		getComputedStyle(el).getPropertyValue('display') ||
		el.getAttribute('display');
	return display === 'none' || el.hasAttribute('data-export-ignore');
}

function isExternalImage(el: Element): boolean {
	if (el.localName !== 'image') return false;
	const href = el.getAttribute('href') ?? el.getAttribute('xlink:href') ?? '';
	return !href.startsWith('data:');
}

/** Interactive or framework attributes that mean nothing in a file (and trip validators). */
function isInteractiveAttribute(name: string): boolean {
	return (
		name === 'style' ||
		name === 'class' ||
		name === 'tabindex' ||
		name === 'focusable' ||
		name === 'role' ||
		name.startsWith('on') ||
		name.startsWith('data-') ||
		name.startsWith('aria-')
	);
}

/**
 * Inline the computed look of `source` (in the document) onto `clone` (a fresh deep clone of
 * it, not yet modified) and strip everything interactive.
 */
export function inlineStyles(
	source: Element,
	clone: Element,
	lookup: Lookup = customProperty
): void {
	const sources = [source, ...source.querySelectorAll('*')];
	const clones = [clone, ...clone.querySelectorAll('*')];
	if (sources.length !== clones.length)
		throw new Error('inlineStyles: the clone differs from its source');
	const effective = new Map<Element, Record<string, string>>();
	const doomed: Element[] = [];

	sources.forEach((src, i) => {
		const dst = clones[i]!;
		if (REMOVE_TAGS.has(src.localName.toLowerCase()) || isHidden(src) || isExternalImage(src)) {
			doomed.push(dst);
			return;
		}
		const cs = getComputedStyle(src);
		const parent = (src !== source && src.parentElement && effective.get(src.parentElement)) || {};
		const mine: Record<string, string> = { ...parent };
		const values: Record<string, string> = {};
		for (const prop of [...INHERITED, ...Object.keys(OWN)])
			values[prop] = read(src, cs, prop, lookup);
		for (const [color, opacity] of ALPHA_PAIRS) splitAlpha(values, color, opacity);
		for (const prop of INHERITED) {
			const value = values[prop];
			if (value && value !== parent[prop]) dst.setAttribute(prop, value);
			else if (!value && dst.getAttribute(prop)?.includes('var(')) dst.removeAttribute(prop);
			if (value) mine[prop] = value;
		}
		for (const [prop, initial] of Object.entries(OWN)) {
			const value = values[prop];
			if (value && value !== initial) dst.setAttribute(prop, value);
			else dst.removeAttribute(prop);
		}
		// An own attribute left as it was (its value equals what the parent gives) may still carry one.
		for (const [color, opacity] of ALPHA_PAIRS) {
			const paint = dst.getAttribute(color) ?? '';
			if (!RGBA.test(paint)) continue;
			const before = dst.getAttribute(opacity) ?? mine[opacity] ?? '1';
			const own = { [color]: paint, [opacity]: before };
			splitAlpha(own, color, opacity);
			dst.setAttribute(color, own[color]!);
			if (own[opacity] !== before) dst.setAttribute(opacity, own[opacity]!);
			for (const prop of [color, opacity]) if (prop in mine) mine[prop] = own[prop]!;
		}
		const family = read(src, cs, 'font-family', lookup);
		if (/mono/i.test(family)) dst.setAttribute('font-family', MONO_STACK);
		else if (src === source) dst.setAttribute('font-family', FONT_STACK);
		else dst.removeAttribute('font-family');
		effective.set(src, mine);

		for (const attr of [...dst.attributes]) {
			if (isInteractiveAttribute(attr.name)) dst.removeAttribute(attr.name);
			else if (attr.value.includes('var(')) {
				const resolved = resolveVars(attr.value, src, lookup);
				if (resolved) dst.setAttribute(attr.name, resolved);
				else dst.removeAttribute(attr.name);
			} else if (attr.value.includes('url(')) dst.setAttribute(attr.name, localUrls(attr.value));
		}
	});
	for (const el of doomed) el.remove();
	stripComments(clone);
}

/** Svelte leaves comment anchors in the DOM. */
function stripComments(root: Node): void {
	const doc = root.ownerDocument ?? (root as Document);
	const walker = doc.createTreeWalker(root, 128 /* NodeFilter.SHOW_COMMENT */);
	const comments: Node[] = [];
	while (walker.nextNode()) comments.push(walker.currentNode);
	for (const c of comments) c.parentNode?.removeChild(c);
}
