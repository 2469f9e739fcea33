import { describe, expect, it } from 'vitest';
import { curveMonotoneX, line } from 'd3';
import { monotoneXPath } from '$lib/charts/timeline/monotone';

type Pts = [number, number][];
const d3Path = (pts: Pts) => line().curve(curveMonotoneX)(pts);

// A seeded walk, so the long case is the same on every run.
function walk(n: number, seed = 7): Pts {
	let s = seed;
	const rnd = () => ((s = (s * 16807) % 2147483647) - 1) / 2147483646;
	let y = 50;
	return Array.from({ length: n }, (_, i) => [i * 13.37 + rnd() * 5, (y += (rnd() - 0.5) * 40)]);
}

describe('monotoneXPath draws what d3.line().curve(curveMonotoneX) draws', () => {
	it.each<[string, Pts]>([
		['no points', []],
		['one point', [[10, 20]]],
		[
			'two points',
			[
				[0, 0],
				[10, 5]
			]
		],
		[
			'three points with a peak',
			[
				[0, 100],
				[50, 10],
				[100, 100]
			]
		],
		[
			'a flat run then a rise',
			[
				[0, 50],
				[10, 50],
				[20, 50],
				[30, 0]
			]
		],
		[
			'coincident and same-x points',
			[
				[0, 10],
				[0, 10],
				[5, 30],
				[5, 40],
				[9, 0]
			]
		],
		['a long seeded walk', walk(40)]
	])('%s', (_, pts) => expect(monotoneXPath(pts)).toBe(d3Path(pts)));
});
