import { describe, expect, it } from 'vitest';
import {
	createPicker,
	edgeWidth,
	fitToBox,
	forceInputFor,
	keyboardOrder,
	layoutEdges,
	nearestEdge,
	layoutRadius,
	neighbourhood,
	placeNewcomer,
	positionsFor,
	visibleEdges,
	withPosition
} from '$lib/charts/network/network.layout';
import type { NetworkEdge } from '$lib/db/types';

const edge = (source: string, target: string, weight = 1): NetworkEdge => ({
	source,
	target,
	weight,
	passages: 1
});
const node = (id: string, mentions: number) => ({ id, name: id, category: '', mentions });

describe('forceInputFor', () => {
	const settings = { maxEdges: 10, seed: 1, ticks: 80, aspect: 1 };
	it('makes the input once for the arrays of a redraw, anew for new data or settings', () => {
		const nodes = [node('a', 4), node('b', 1)];
		const edges = [edge('a', 'b', 3), edge('a', 'zz', 2)];
		const input = forceInputFor(nodes, edges, settings);
		expect(input.links).toEqual([{ source: 'a', target: 'b', weight: 3 }]);
		expect(forceInputFor(nodes, edges, { ...settings })).toBe(input);
		const wider = forceInputFor(nodes, edges, { ...settings, aspect: 2 });
		expect(wider).not.toBe(input);
		expect(wider.aspect).toBe(2);
		const more = forceInputFor([...nodes, node('c', 2)], edges, settings);
		expect(more.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
	});
});

describe('sizes', () => {
	it('gives circle area in proportion to mentions', () => {
		const r1 = layoutRadius(25, 100) - 4;
		const r2 = layoutRadius(100, 100) - 4;
		expect((r2 / r1) ** 2).toBeCloseTo(4);
		expect(layoutRadius(0, 100)).toBe(4);
	});
	it.each([
		[0, 10, 0.75],
		[10, 10, 5],
		[20, 10, 0.75 + 4.25 * Math.SQRT2]
	])('edgeWidth(%d, max %d) = %d', (w, max, px) => expect(edgeWidth(w, max)).toBeCloseTo(px));
});

describe('edges and neighbourhoods', () => {
	const ids = new Set(['a', 'b', 'c']);
	it('drops light edges, dangling ends, self-loops and duplicate pairs', () => {
		const out = visibleEdges(
			[
				edge('a', 'b', 5),
				edge('b', 'a', 7),
				edge('a', 'c', 1),
				edge('a', 'x', 9),
				edge('c', 'c', 9)
			],
			ids,
			2
		);
		expect(out).toEqual([edge('b', 'a', 7)]);
	});
	it('finds a node with its direct neighbours only', () => {
		const e = [edge('a', 'b'), edge('c', 'a'), edge('c', 'd')];
		expect(neighbourhood('a', e)).toEqual(new Set(['a', 'b', 'c']));
		expect(neighbourhood('z', e)).toEqual(new Set(['z']));
	});
	it('orders the keyboard walk by mentions, ties by id', () => {
		expect(keyboardOrder([node('b', 1), node('c', 5), node('a', 1)]).map((n) => n.id)).toEqual([
			'c',
			'a',
			'b'
		]);
	});
});

describe('fitToBox', () => {
	it('centres the layout and keeps the aspect (one scale for x and y)', () => {
		const f = fitToBox(
			[
				{ x: -10, y: -5, r: 0 },
				{ x: 10, y: 5, r: 0 }
			],
			400,
			100
		);
		expect(f.k).toBe(1.6);
		const big = fitToBox(
			[
				{ x: -10, y: -5, r: 0 },
				{ x: 10, y: 5, r: 0 }
			],
			400,
			100,
			100
		);
		expect(big.k).toBe(10);
		expect(big.tx + -10 * big.k).toBe(100);
		expect(big.ty + -5 * big.k).toBe(0);
	});
	it('includes radii and copes with no points', () => {
		expect(fitToBox([{ x: 0, y: 0, r: 50 }], 100, 100).k).toBe(1);
		expect(fitToBox([], 100, 60)).toEqual({ k: 1, tx: 50, ty: 30 });
	});
});

describe('newcomers (frozen layout) and positions', () => {
	const known = new Map([
		['a', { x: 0, y: 0 }],
		['b', { x: 100, y: 0 }]
	]);
	it('places a new node near the mean of its placed neighbours, the same way every time', () => {
		const p = placeNewcomer('n', [edge('n', 'a'), edge('b', 'n')], known);
		expect(Math.hypot(p.x - 50, p.y)).toBeCloseTo(12);
		expect(placeNewcomer('n', [edge('n', 'a'), edge('b', 'n')], known)).toEqual(p);
	});
	it('keeps known positions and fills the rest', () => {
		const pos = positionsFor([{ id: 'a' }, { id: 'z' }], known, []);
		expect(pos.get('a')).toEqual({ x: 0, y: 0 });
		expect(Math.hypot(pos.get('z')!.x, pos.get('z')!.y)).toBeCloseTo(12);
	});
	it('replaces a position without touching the original map', () => {
		const next = withPosition(known, 'a', { x: 5, y: 5 });
		expect(next.get('a')).toEqual({ x: 5, y: 5 });
		expect(known.get('a')).toEqual({ x: 0, y: 0 });
	});
});

describe('createPicker (canvas hit test)', () => {
	const drawn = [
		{ node: node('a', 1), x: 10, y: 10, r: 5 },
		{ node: node('b', 1), x: 100, y: 100, r: 20 }
	];
	const pick = createPicker(drawn);
	it.each([
		[10, 10, 'a'],
		[14, 10, 'a'],
		[115, 100, 'b'],
		[50, 50, null],
		[130, 100, null]
	])('(%d, %d) → %s', (x, y, id) => expect(pick(x, y)?.node.id ?? null).toBe(id));
});

describe('layoutEdges', () => {
	const e = (source: string, target: string, weight: number) => ({
		source,
		target,
		weight,
		passages: 1
	});
	const ids = new Set(['a', 'b', 'c', 'd']);
	const edges = [e('a', 'b', 9), e('a', 'c', 5), e('b', 'c', 5), e('c', 'd', 2), e('a', 'zz', 20)];

	it('keeps the heaviest edges, never splitting a tie at the boundary', () => {
		const w = (n: number) => layoutEdges(edges, ids, n).map((x) => x.weight);
		expect(w(10)).toEqual([9, 5, 5, 2]);
		expect(w(3)).toEqual([9, 5, 5]);
		expect(w(2)).toEqual([9]);
	});

	it('keeps the whole heaviest weight when it alone exceeds the limit', () => {
		expect(layoutEdges(edges, ids, 0).map((x) => x.weight)).toEqual([9]);
	});
});

describe('nearestEdge', () => {
	const d = (x1: number, y1: number, x2: number, y2: number) => ({
		edge: { source: `${x1}`, target: `${x2}`, weight: 1, passages: 1 },
		x1,
		y1,
		x2,
		y2,
		w: 2
	});
	const edges = [d(0, 0, 100, 0), d(0, 10, 100, 10)];

	it('picks the edge nearest the pointer, within the slack of its stroke', () => {
		expect(nearestEdge(edges, 50, 3)).toBe(edges[0]);
		expect(nearestEdge(edges, 50, 8)).toBe(edges[1]);
		expect(nearestEdge(edges, 50, 30)).toBeNull();
		expect(nearestEdge(edges, 120, 0)).toBeNull();
	});
});
