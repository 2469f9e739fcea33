/**
 * Chart colours, defined once as CSS custom properties for the light and dark themes.
 *
 * Marks reference colours as `var(--atlas-…)` so that a theme switch recolours every chart without
 * re-rendering, and the SVG exporter can inline the computed values. The hex tables stay exported
 * for renderers that cannot read CSS (canvas falls back to them) and for the contrast tests.
 */
export type Theme = 'light' | 'dark';
export type Series = 'kubecon' | 'dockercon' | 'other';

/** Landscape categories with a colour of their own; everything else shares `other`. */
export const LANDSCAPE_CATEGORIES = [
	'Orchestration & Management',
	'Runtime',
	'App Definition and Development',
	'Observability and Analysis',
	'Provisioning',
	'Platform',
	'Serverless'
] as const;

/** Okabe–Ito (colour-blind safe), slightly lightened for the dark background. */
const CATEGORY: Record<Theme, string[]> = {
	light: ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#f0e442'],
	dark: ['#3a9be0', '#f07a2a', '#19c18e', '#de93bd', '#f2b01e', '#7cc8f2', '#f0e442']
};

const TOKENS: Record<Theme, Record<string, string>> = {
	light: {
		bg: '#ffffff',
		text: '#1f2328',
		muted: '#59636e',
		grid: '#d1d9e0',
		axis: '#818b98',
		focus: '#0969da',
		halo: '#ffffff',
		edge: '#8c959f',
		brush: '#0969da',
		other: '#767676',
		'series-kubecon': '#0072b2',
		'series-dockercon': '#c24f00',
		'series-other': '#767676'
	},
	dark: {
		bg: '#0d1117',
		text: '#e6edf3',
		muted: '#9198a1',
		grid: '#30363d',
		axis: '#656c76',
		focus: '#4493f8',
		halo: '#0d1117',
		edge: '#6e7681',
		brush: '#4493f8',
		other: '#8b949e',
		'series-kubecon': '#56b4e9',
		'series-dockercon': '#f0a030',
		'series-other': '#a4acb5'
	}
};

/** Steps of the sequential scheme; cells are binned so that a CSS variable can carry each step. */
export const SEQUENTIAL_STEPS = 9;

/**
 * Viridis in both themes, running from near the background (low) to far from it (high): dark purple
 * → yellow on dark, yellow → dark purple on light. The ends are trimmed so no step vanishes.
 * These are d3's `interpolateViridis` at 0.1 + 0.9·i/8, written out so that the page does not ship
 * d3-scale-chromatic's tables for nine colours.
 */
const VIRIDIS = [
	'#482475',
	'#3f4788',
	'#31668e',
	'#26828e',
	'#1e9c89',
	'#34b679',
	'#6ccd5a',
	'#b5de2b',
	'#fde725'
];

function sequential(theme: Theme): string[] {
	return theme === 'dark' ? [...VIRIDIS] : [...VIRIDIS].reverse();
}

/** Every custom property of one theme, name (without `--atlas-`) → colour. */
export function themeColors(theme: Theme): Record<string, string> {
	const out: Record<string, string> = { ...TOKENS[theme] };
	CATEGORY[theme].forEach((c, i) => (out[`cat-${i}`] = c));
	sequential(theme).forEach((c, i) => (out[`seq-${i}`] = c));
	return out;
}

const block = (theme: Theme) =>
	Object.entries(themeColors(theme))
		.map(([k, v]) => `--atlas-${k}:${v};`)
		.join('');

/** The stylesheet: light by default, dark by `data-theme="dark"` or the system preference. */
export const paletteCss =
	`:root{${block('light')}}` +
	`:root[data-theme='dark'],[data-theme='dark'] .atlas-chart{${block('dark')}}` +
	`@media (prefers-color-scheme: dark){:root:not([data-theme='light']){${block('dark')}}}`;

/** Adds the palette stylesheet to the document once (charts call it; the app shell may too). */
export function installPalette(doc: Document | undefined = globalThis.document): void {
	if (!doc || doc.getElementById('atlas-palette')) return;
	const style = doc.createElement('style');
	style.id = 'atlas-palette';
	style.textContent = paletteCss;
	doc.head.appendChild(style);
}

export const cssVar = (name: string) => `var(--atlas-${name})`;

export const seriesColor = (series: Series) => cssVar(`series-${series}`);

/** Colour slot of a landscape category: 0–6, or -1 for the long tail ("other"). */
export function categoryIndex(category: string): number {
	return (LANDSCAPE_CATEGORIES as readonly string[]).indexOf(category);
}

export const categoryColor = (category: string) => slotColor(categoryIndex(category));

/** Colour of a palette slot; slots past the palette and -1 fall back to `other`. */
export function slotColor(slot: number): string {
	return slot >= 0 && slot < CATEGORY.light.length ? cssVar(`cat-${slot}`) : cssVar('other');
}

export const sequentialColor = (step: number) => cssVar(`seq-${step}`);

/** Resolves a `var(--atlas-x)` against an element's computed style (canvas cannot read CSS). */
export function resolveColor(color: string, el: Element | null, theme: Theme = 'light'): string {
	const m = /^var\(--atlas-([\w-]+)\)$/.exec(color);
	if (!m) return color;
	const live = el ? getComputedStyle(el).getPropertyValue(`--atlas-${m[1]}`).trim() : '';
	return live || themeColors(theme)[m[1] as string] || '#888888';
}
