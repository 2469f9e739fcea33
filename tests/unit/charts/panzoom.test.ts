import { describe, expect, it } from 'vitest';
import { zoomIdentity } from 'd3';
import {
	IDENTITY,
	applyX,
	applyY,
	invertX,
	wheelFactor,
	zoomAt,
	type View
} from '$lib/charts/network/panzoom';

const EXTENT = [0.5, 8] as const;

describe('zoomAt', () => {
	it('keeps the screen point under the pointer where it is', () => {
		const v: View = { k: 1.5, x: 20, y: -10 };
		const z = zoomAt(v, 2, 300, 200, EXTENT);
		expect(z.k).toBe(3);
		// The layout point that was under (300, 200) is still there.
		expect(applyX(z, invertX(v, 300))).toBeCloseTo(300, 9);
		expect(applyY(z, (200 - v.y) / v.k)).toBeCloseTo(200, 9);
	});

	it('matches d3-zoom’s transform for the same scale about the same point', () => {
		const d3 = zoomIdentity.translate(40, 15).scale(2);
		const p: [number, number] = [120, 90];
		const k1 = d3.k * 1.5;
		const q = d3.invert(p);
		const want = zoomIdentity.translate(p[0] - q[0] * k1, p[1] - q[1] * k1).scale(k1);
		const got = zoomAt({ k: 2, x: 40, y: 15 }, 1.5, p[0], p[1], EXTENT);
		expect(got.k).toBeCloseTo(want.k, 12);
		expect(got.x).toBeCloseTo(want.x, 9);
		expect(got.y).toBeCloseTo(want.y, 9);
	});

	it.each([
		[100, 8],
		[0.001, 0.5]
	])('clamps ×%s to the scale extent (k = %s)', (factor, k) => {
		expect(zoomAt(IDENTITY, factor, 0, 0, EXTENT).k).toBe(k);
	});
});

describe('wheelFactor (d3-zoom’s default wheel delta)', () => {
	it.each([
		[{ deltaY: -100, deltaMode: 0, ctrlKey: false }, 2 ** 0.2],
		[{ deltaY: 100, deltaMode: 0, ctrlKey: false }, 2 ** -0.2],
		[{ deltaY: -3, deltaMode: 1, ctrlKey: false }, 2 ** 0.15],
		[{ deltaY: -10, deltaMode: 0, ctrlKey: true }, 2 ** 0.2]
	])('%j → ×%f', (ev, f) => expect(wheelFactor(ev)).toBeCloseTo(f, 12));
});
