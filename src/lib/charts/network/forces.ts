/**
 * Direct-sum versions of d3's many-body and collision forces for the network's small graphs
 * (≤ a few hundred nodes). d3's versions build a quadtree on every tick (two with two collision
 * passes) and visit it through closures: for 150 nodes that allocation and indirection cost more
 * than comparing every pair, and the garbage collector took a third of the worker's time. Same
 * formulas as d3-force 3 (charge: `strength · alpha / distance²` within `distanceMax`, distances
 * under 1 softened; collision: overlap resolved on predicted positions, shared by radius²), the
 * exact sum instead of Barnes–Hut's approximation. Coincident nodes are jiggled with the
 * simulation's seeded random source, so the layout stays deterministic. (Typed-array copies of
 * positions and velocities measured no faster than the nodes' own fields.)
 */
import type { SimulationNodeDatum } from 'd3';

type Node = SimulationNodeDatum & { r: number };

/** A d3 custom force: called once per tick with alpha, initialised with the nodes and random. */
export interface Force<N> {
	(alpha: number): void;
	initialize(nodes: N[], random: () => number): void;
}

const jiggle = (random: () => number) => (random() - 0.5) * 1e-6;

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

	const tick = () => {
		const n = nodes.length;
		for (let k = 0; k < iterations; k++) {
			for (let i = 0; i < n; i++) {
				const a = nodes[i]!;
				const ri = radii[i]!;
				const ri2 = ri * ri;
				// Where i is heading, fixed for this pass (as in d3).
				const xi = a.x! + a.vx!;
				const yi = a.y! + a.vy!;
				for (let j = i + 1; j < n; j++) {
					const b = nodes[j]!;
					const rj = radii[j]!;
					const r = ri + rj;
					let x = xi - b.x! - b.vx!;
					let y = yi - b.y! - b.vy!;
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
					a.vx! += x * share;
					a.vy! += y * share;
					b.vx! -= x * (1 - share);
					b.vy! -= y * (1 - share);
				}
			}
		}
	};
	return Object.assign(tick, {
		initialize(ns: N[], rnd: () => number) {
			nodes = ns;
			random = rnd;
			radii = Float64Array.from(ns, radius);
		}
	});
}
