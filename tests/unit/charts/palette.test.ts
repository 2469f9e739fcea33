import { describe, expect, it } from 'vitest';
import { interpolateViridis } from 'd3';
import {
	LANDSCAPE_CATEGORIES,
	SEQUENTIAL_STEPS,
	categoryColor,
	categoryIndex,
	paletteCss,
	resolveColor,
	slotColor,
	themeColors,
	type Theme
} from '$lib/charts/palette';

/** WCAG 2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	}) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string) => {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
};
const hex = (c: string) => {
	if (c.startsWith('#')) return c;
	const m = /rgb\((\d+), (\d+), (\d+)\)/.exec(c)!;
	return '#' + [m[1], m[2], m[3]].map((v) => (+v!).toString(16).padStart(2, '0')).join('');
};

describe.each<Theme>(['light', 'dark'])('palette, %s theme', (theme) => {
	const c = themeColors(theme);

	it.each(['text', 'muted'])('%s text has contrast ≥ 4.5:1 on the background', (name) => {
		expect(contrast(c[name]!, c.bg!)).toBeGreaterThanOrEqual(4.5);
	});

	it.each(['series-kubecon', 'series-dockercon', 'series-other', 'focus'])(
		'%s stands out from the background (≥ 3:1, non-text)',
		(name) => expect(contrast(c[name]!, c.bg!)).toBeGreaterThanOrEqual(3)
	);

	it('sequential steps move steadily away from the background', () => {
		const steps = Array.from({ length: SEQUENTIAL_STEPS }, (_, i) => hex(c[`seq-${i}`]!));
		const fromBg = steps.map((s) => contrast(s, c.bg!));
		for (let i = 1; i < fromBg.length; i++) expect(fromBg[i]).toBeGreaterThan(fromBg[i - 1]!);
	});

	it('sequential steps are viridis (colour-blind safe), ends trimmed', () => {
		const steps = Array.from({ length: SEQUENTIAL_STEPS }, (_, i) => c[`seq-${i}`]);
		const t = (i: number) => i / (SEQUENTIAL_STEPS - 1);
		const want = steps.map((_, i) =>
			interpolateViridis(theme === 'dark' ? 0.1 + 0.9 * t(i) : 1 - 0.9 * t(i))
		);
		expect(steps).toEqual(want);
	});

	it('has seven distinct category colours', () => {
		const cats = Array.from({ length: 7 }, (_, i) => c[`cat-${i}`]);
		expect(new Set(cats).size).toBe(7);
	});
});

describe('palette CSS', () => {
	it('defines every variable for light (:root) and dark (attribute and system preference)', () => {
		for (const name of Object.keys(themeColors('light')))
			expect(paletteCss.match(new RegExp(`--atlas-${name}:`, 'g'))).toHaveLength(3);
		expect(paletteCss).toContain(":root[data-theme='dark']");
		expect(paletteCss).toContain('@media (prefers-color-scheme: dark)');
		expect(paletteCss).toContain(":root:not([data-theme='light'])");
	});
});

describe('category colours', () => {
	it.each([
		['Orchestration & Management', 0],
		['Serverless', 6],
		['Special', -1],
		['', -1],
		['Wasm', -1]
	])('%s → slot %i', (cat, slot) => expect(categoryIndex(cat)).toBe(slot));

	it('gives the long tail and overflow slots the shared "other" colour', () => {
		expect(categoryColor('Special')).toBe('var(--atlas-other)');
		expect(slotColor(LANDSCAPE_CATEGORIES.length)).toBe('var(--atlas-other)');
		expect(slotColor(2)).toBe('var(--atlas-cat-2)');
	});

	it('resolves variables for canvas from the theme tables when CSS is absent', () => {
		expect(resolveColor('var(--atlas-cat-0)', null, 'dark')).toBe(themeColors('dark')['cat-0']);
		expect(resolveColor('#123456', null)).toBe('#123456');
	});
});
