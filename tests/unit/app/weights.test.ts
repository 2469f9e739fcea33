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
