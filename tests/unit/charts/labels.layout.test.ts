import { describe, expect, it } from 'vitest';
import {
	boxHitsCircle,
	estimateTextWidth,
	overlaps,
	placeLabels,
	type LabelCandidate
} from '$lib/charts/labels.layout';

const bounds = { x0: 0, y0: 0, x1: 400, y1: 300 };
const cand = (id: string, x: number, y: number, priority: number, r = 5): LabelCandidate => ({
	id,
	text: id,
	x,
	y,
	r,
	priority
});

describe('placeLabels', () => {
	it('labels the most important mark first and never overlaps two labels', () => {
		// Three marks on top of each other: only one label fits at each spot.
		const cands = [cand('small', 200, 150, 1), cand('big', 200, 150, 10), cand('mid', 200, 150, 5)];
		const placed = placeLabels(cands, { bounds, spots: ['right'] });
		expect(placed.map((p) => p.id)).toEqual(['big']);
		const all = placeLabels(cands, { bounds });
		expect(all[0]!.id).toBe('big');
		for (let i = 0; i < all.length; i++)
			for (let j = i + 1; j < all.length; j++)
				expect(overlaps(all[i]!.box, all[j]!.box)).toBe(false);
	});

	it('tries the next spot when one leaves the drawing area', () => {
		const [l] = placeLabels([cand('edge-right', 395, 150, 1)], { bounds });
		expect(l!.anchor).toBe('end');
		expect(l!.box.x1).toBeLessThanOrEqual(395);
	});

	it('does not cover other marks, but may sit on its own', () => {
		const obstacles = [
			{ id: 'a', x: 100, y: 100, r: 5 },
			{ id: 'b', x: 120, y: 100, r: 30 }
		];
		const [l] = placeLabels([cand('a', 100, 100, 1)], { bounds, obstacles });
		expect(l!.anchor).toBe('end');
	});

	it.each([
		[undefined, 3],
		[2, 2],
		[0, 0]
	])('stops at max=%s labels', (max, n) => {
		const cands = [cand('a', 50, 50, 3), cand('b', 200, 100, 2), cand('c', 300, 200, 1)];
		expect(placeLabels(cands, { bounds, max })).toHaveLength(n);
	});

	it('is deterministic for equal priorities (ties by id)', () => {
		const cands = [cand('b', 200, 150, 1), cand('a', 200, 150, 1)];
		expect(placeLabels(cands, { bounds, spots: ['right'] })[0]!.id).toBe('a');
	});
});

describe('geometry helpers', () => {
	it('estimates text width proportionally to length and font size', () => {
		expect(estimateTextWidth('abcd', 10)).toBeCloseTo(2 * estimateTextWidth('ab', 10));
		expect(estimateTextWidth('ab', 20)).toBeCloseTo(2 * estimateTextWidth('ab', 10));
	});

	it.each([
		[{ x0: 0, y0: 0, x1: 10, y1: 10 }, { x: 15, y: 5, r: 6 }, true],
		[{ x0: 0, y0: 0, x1: 10, y1: 10 }, { x: 15, y: 5, r: 4 }, false],
		[{ x0: 0, y0: 0, x1: 10, y1: 10 }, { x: 14, y: 14, r: 5 }, false]
	])('boxHitsCircle(%o, %o) = %s', (b, c, hit) => expect(boxHitsCircle(b, c)).toBe(hit));
});
