/**
 * Direct-sum versions of d3's many-body and collision forces for the network's small graphs
 * (≤ a few hundred nodes). d3's versions build a quadtree on every tick (two with two collision
 * passes) and visit it through closures: for 150 nodes that allocation and indirection cost more
 * than comparing the pairs directly, and the garbage collector took a third of the worker's time.
 * Same formulas as d3-force 3 (charge: `strength · alpha / distance²` within `distanceMax`,
 * distances under 1 softened; collision: overlap resolved on predicted positions, shared by
 * radius²), the exact sum instead of Barnes–Hut's approximation. Coincident nodes are jiggled
 * with the simulation's seeded random source, so the layout stays deterministic. (Typed-array
 * copies of positions and velocities measured no faster than the nodes' own fields.)
 *
 * Collision finds its pairs by a sweep along x: nodes sorted by where they are heading (the order
 * kept from pass to pass, so re-sorting is a pass over a nearly sorted list), each compared only
 * with the later ones close enough on x to touch it. Comparing every pair, collision was two
 * thirds of a 150-node layout's time, when only neighbours can touch. (The same sweep made charge,
 * whose reach spans much of the layout, slower.)
 */
import type { SimulationNodeDatum } from 'd3';

type Node = SimulationNodeDatum & { r: number };

/** A d3 custom force: called once per tick with alpha, initialised with the nodes and random. */
export interface Force<N> {
	(alpha: number): void;
	initialize(nodes: N[], random: () => number): void;
}

const jiggle = (random: () => number) => (random() - 0.5) * 1e-6;

/**
 * Sorts `order` (node indexes) by `key`, ties by index, in place: an insertion sort, since the
 * order of the previous tick is nearly right.
 */
function sortBy(order: Int32Array, key: Float64Array): void {
	for (let a = 1; a < order.length; a++) {
		const i = order[a]!;
		const k = key[i]!;
		let b = a - 1;
		for (; b >= 0; b--) {
			const j = order[b]!;
			if (key[j]! < k || (key[j] === k && j < i)) break;
			order[b + 1] = j;
		}
		order[b + 1] = i;
	}
}

const identity = (n: number) => Int32Array.from({ length: n }, (_, i) => i);

/** Repulsion between every pair closer than `distanceMax` (d3's forceManyBody with theta 0). */
export function chargeForce<N extends Node>(
	strength: (d: N) => number,
	distanceMax: number
): Force<N> {
	let nodes: N[] = [];
	let strengths = new Float64Array(0);
	let random = Math.random;
	const max2 = distanceMax * distanceMax;

	// Each pair once: the same distance pushes both ends, each by the other's strength.
	const tick = (alpha: number) => {
		const n = nodes.length;
		for (let i = 0; i < n; i++) {
			const a = nodes[i]!;
			const ax = a.x!;
			const ay = a.y!;
			const si = strengths[i]! * alpha;
			let vx = 0;
			let vy = 0;
			for (let j = i + 1; j < n; j++) {
				const b = nodes[j]!;
				let x = b.x! - ax;
				let y = b.y! - ay;
				let l = x * x + y * y;
				if (l >= max2) continue;
				if (x === 0) {
					x = jiggle(random);
					l += x * x;
				}
				if (y === 0) {
					y = jiggle(random);
					l += y * y;
				}
				if (l < 1) l = Math.sqrt(l);
				const wa = (strengths[j]! * alpha) / l;
				const wb = si / l;
				vx += x * wa;
				vy += y * wa;
				b.vx! -= x * wb;
				b.vy! -= y * wb;
			}
			a.vx! += vx;
			a.vy! += vy;
		}
	};
	return Object.assign(tick, {
		initialize(ns: N[], rnd: () => number) {
			nodes = ns;
			random = rnd;
			strengths = Float64Array.from(ns, strength);
		}
	});
}

/** Pushes overlapping circles apart (d3's forceCollide, strength 1), `iterations` passes a tick. */
export function collideForce<N extends Node>(
	radius: (d: N) => number,
	iterations: number
): Force<N> {
	let nodes: N[] = [];
	let radii = new Float64Array(0);
	let random = Math.random;

	let maxRadius = 0;
	let order = new Int32Array(0);
	let xs = new Float64Array(0);
	let sorted = new Float64Array(0);

	const tick = () => {
		const n = nodes.length;
		for (let k = 0; k < iterations; k++) {
			// Where each node is heading at the start of the pass, to find the pairs that may touch
			// (d3 prunes its quadtree by these too); the pushes use the current values.
			for (let i = 0; i < n; i++) xs[i] = nodes[i]!.x! + nodes[i]!.vx!;
			sortBy(order, xs);
			for (let a = 0; a < n; a++) sorted[a] = xs[order[a]!]!;
			for (let a = 0; a < n; a++) {
				const i = order[a]!;
				const node = nodes[i]!;
				const ri = radii[i]!;
				const ri2 = ri * ri;
				const reach = sorted[a]! + ri + maxRadius;
				// Where i is heading, fixed for this pass (as in d3).
				const xi = node.x! + node.vx!;
				const yi = node.y! + node.vy!;
				for (let b = a + 1; b < n; b++) {
					if (sorted[b]! > reach) break;
					const j = order[b]!;
					const other = nodes[j]!;
					const rj = radii[j]!;
					const r = ri + rj;
					let x = xi - other.x! - other.vx!;
					let y = yi - other.y! - other.vy!;
					let l = x * x + y * y;
					if (l >= r * r) continue;
					if (x === 0) {
						x = jiggle(random);
						l += x * x;
					}
					if (y === 0) {
						y = jiggle(random);
						l += y * y;
					}
					l = Math.sqrt(l);
					l = (r - l) / l;
					x *= l;
					y *= l;
					const share = (rj * rj) / (ri2 + rj * rj);
					node.vx! += x * share;
					node.vy! += y * share;
					other.vx! -= x * (1 - share);
					other.vy! -= y * (1 - share);
				}
			}
		}
	};
	return Object.assign(tick, {
		initialize(ns: N[], rnd: () => number) {
			nodes = ns;
			random = rnd;
			radii = Float64Array.from(ns, radius);
			maxRadius = radii.reduce((m, r) => Math.max(m, r), 0);
			order = identity(ns.length);
			xs = new Float64Array(ns.length);
			sorted = new Float64Array(ns.length);
		}
	});
}
