import { describe, expect, it } from 'vitest';
import { defaultMinWeight, stopIndex, weightStops } from '$lib/app/dashboard/weights';

const edges = (...weights: number[]) => weights.map((weight) => ({ weight }));

describe('network weight slider', () => {
	it('steps through the weights that occur', () => {
		expect(weightStops(edges(5, 1, 5, 300, 2))).toEqual([1, 2, 5, 300]);
		expect(weightStops([])).toEqual([]);
	});

	it('defaults to the weight that keeps at most the given number of heaviest edges', () => {
		const e = edges(1, 1, 1, 2, 2, 3, 7, 9);
		expect(defaultMinWeight(e, 100)).toBe(1); // everything fits
		expect(defaultMinWeight(e, 3)).toBe(3); // 3, 7, 9
		expect(defaultMinWeight(e, 4)).toBe(3); // a tie at 2 would make 5: keep 3
		expect(defaultMinWeight(e, 5)).toBe(2);
		expect(defaultMinWeight(edges(4, 4, 4), 1)).toBe(4); // never hides everything
		expect(defaultMinWeight([], 10)).toBe(1);
	});

	it('finds the stop for a weight, clamped to the range', () => {
		const stops = [1, 2, 5, 300];
		expect(stopIndex(stops, 1)).toBe(0);
		expect(stopIndex(stops, 3)).toBe(2);
		expect(stopIndex(stops, 1000)).toBe(3);
		expect(stopIndex([], 3)).toBe(0);
	});
});

/** The rule spelled out: distinct weights, counted from the heaviest down. */
function reference(weights: number[], max: number): number {
	const stops = [...new Set(weights)].sort((a, b) => a - b);
	if (stops.length === 0) return 1;
	let kept = 0;
	for (let i = stops.length - 1; i >= 0; i--) {
		kept += weights.filter((w) => w === stops[i]).length;
		if (kept > max) return stops[Math.min(i + 1, stops.length - 1)]!;
	}
	return stops[0]!;
}

describe('network weight slider on the database’s order (heaviest first)', () => {
	it('gives what the rule gives on unordered edges, ties and all', () => {
		let seed = 11;
		const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
		for (let round = 0; round < 200; round++) {
			const weights = Array.from({ length: Math.floor(random() * 40) }, () =>
				Math.ceil(random() ** 3 * 12)
			);
			const shuffled = edges(...weights);
			const heaviestFirst = edges(...[...weights].sort((a, b) => b - a));
			const stops = [...new Set(weights)].sort((a, b) => a - b);
			expect(weightStops(heaviestFirst)).toEqual(stops);
			expect(weightStops(shuffled)).toEqual(stops);
			for (const max of [0, 1, 3, 10, 50]) {
				expect(defaultMinWeight(heaviestFirst, max)).toBe(reference(weights, max));
				expect(defaultMinWeight(shuffled, max)).toBe(reference(weights, max));
			}
		}
	});
});
