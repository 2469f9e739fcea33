import { describe, expect, it } from 'vitest';
import { forceManyBody, forceSimulation } from 'd3';
import { chargeForce, collideForce } from '$lib/charts/network/forces';
import { lcg } from '$lib/charts/network/force.layout';

type N = { id: number; r: number; x: number; y: number; vx: number; vy: number; index?: number };

function scatter(count: number, seed: number, spread = 200): N[] {
	const random = lcg(seed);
	// `index` as forceSimulation sets it (d3's forces look strengths up by it).
	return Array.from({ length: count }, (_, id) => ({
		id,
		index: id,
		r: 3 + random() * 12,
		x: (random() - 0.5) * spread,
		y: (random() - 0.5) * spread,
		vx: 0,
		vy: 0
	}));
}

const strength = (d: N) => -30 - d.r * 4;

describe('chargeForce', () => {
	// d3 with theta 0 and no reach limit sums every pair exactly (with a reach it also drops whole
	// quadrants whose centre of mass is out of reach, so it only approximates our cut-off).
	it("pushes as d3's many-body force does without approximation", () => {
		const ours = scatter(60, 7);
		const theirs = structuredClone(ours);
		const force = chargeForce<N>(strength, Infinity);
		force.initialize(ours, lcg(1));
		force(0.5);
		const d3Force = forceManyBody<N>().strength(strength).theta(0);
		d3Force.initialize!(theirs, lcg(1));
		d3Force(0.5);
		for (let i = 0; i < ours.length; i++) {
			expect(ours[i]!.vx).toBeCloseTo(theirs[i]!.vx, 9);
			expect(ours[i]!.vy).toBeCloseTo(theirs[i]!.vy, 9);
		}
		expect(ours.some((d) => Math.abs(d.vx) > 0.01)).toBe(true);
	});

	it('ignores pairs beyond its reach', () => {
		const far = [
			{ id: 0, r: 5, x: 0, y: 0, vx: 0, vy: 0 },
			{ id: 1, r: 5, x: 500, y: 0, vx: 0, vy: 0 }
		];
		const force = chargeForce<N>(strength, 160);
		force.initialize(far, lcg(1));
		force(1);
		expect(far.map((d) => [d.vx, d.vy])).toEqual([
			[0, 0],
			[0, 0]
		]);
	});
});

describe('collideForce', () => {
	it('leaves no two circles overlapping, deterministically', () => {
		const run = () => {
			const nodes = scatter(80, 3, 120);
			forceSimulation<N>(nodes)
				.randomSource(lcg(2))
				.force(
					'collide',
					collideForce<N>((d) => d.r, 2)
				)
				.stop()
				.tick(120);
			return nodes;
		};
		const nodes = run();
		for (let i = 0; i < nodes.length; i++)
			for (let j = i + 1; j < nodes.length; j++) {
				const [a, b] = [nodes[i]!, nodes[j]!];
				expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan((a.r + b.r) * 0.97);
			}
		expect(run().map((d) => [d.x, d.y])).toEqual(nodes.map((d) => [d.x, d.y]));
	});

	// The sweep compares a node only with those close enough on x to touch it: no overlapping pair
	// may be missed, whatever the order of the nodes. Pairs apart (each node overlaps at most one
	// other), so the pushes do not depend on the order pairs are met in.
	it('pushes exactly the overlapping pairs apart, as comparing every pair does', () => {
		const random = lcg(5);
		const nodes: N[] = [];
		for (let k = 0; k < 40; k++) {
			const [x, y, r] = [(random() - 0.5) * 4000, (random() - 0.5) * 4000, 4 + random() * 20];
			nodes.push({ id: nodes.length, r, x, y, vx: 0, vy: 0 });
			// Every other one with a partner overlapping it, on either side.
			if (k % 2) nodes.push({ id: nodes.length, r: 5, x: x - r + 2, y: y + 3, vx: 0, vy: 0 });
		}
		nodes.reverse();
		const expected = nodes.map((d) => ({ ...d }));
		for (let i = 0; i < expected.length; i++)
			for (let j = i + 1; j < expected.length; j++) {
				const [a, b] = [expected[i]!, expected[j]!];
				const r = a.r + b.r;
				let [x, y] = [a.x - b.x, a.y - b.y];
				const l = Math.hypot(x, y);
				if (l >= r) continue;
				const push = (r - l) / l;
				[x, y] = [x * push, y * push];
				const share = (b.r * b.r) / (a.r * a.r + b.r * b.r);
				[a.vx, a.vy] = [a.vx + x * share, a.vy + y * share];
				[b.vx, b.vy] = [b.vx - x * (1 - share), b.vy - y * (1 - share)];
			}
		const force = collideForce<N>((d) => d.r, 1);
		force.initialize(nodes, lcg(1));
		force(1);
		expect(expected.filter((d) => d.vx !== 0).length).toBe(40);
		for (let i = 0; i < nodes.length; i++) {
			expect(nodes[i]!.vx).toBeCloseTo(expected[i]!.vx, 9);
			expect(nodes[i]!.vy).toBeCloseTo(expected[i]!.vy, 9);
		}
	});

	it('separates coincident circles (jiggled with the seeded random source)', () => {
		const nodes = [
			{ id: 0, r: 5, x: 0, y: 0, vx: 0, vy: 0 },
			{ id: 1, r: 5, x: 0, y: 0, vx: 0, vy: 0 }
		];
		forceSimulation<N>(nodes)
			.randomSource(lcg(9))
			.force(
				'collide',
				collideForce<N>((d) => d.r, 2)
			)
			.stop()
			.tick(60);
		expect(Math.hypot(nodes[0]!.x - nodes[1]!.x, nodes[0]!.y - nodes[1]!.y)).toBeGreaterThan(9);
	});
});
