/**
 * The network's force layout as a pure function: the worker runs it, and so do the tests and the
 * no-Worker fallback. Deterministic: seeded random source (d3 only uses it to jiggle coincident
 * nodes), a fixed number of ticks, no timers, and the caller's rows are copied, never mutated
 * (`forceSimulation` writes x, y, vx, vy and index into the objects it is given).
 */
import { forceLink, forceSimulation, forceX, forceY } from 'd3';
import type { SimulationLinkDatum, SimulationNodeDatum } from 'd3';
import { chargeForce, collideForce } from './forces';
import { DEFAULT_TICKS, forceKey, type ForceInput, type ForceResult } from './force.protocol';

export { forceKey, type ForceInput, type ForceResult } from './force.protocol';

/** Park–Miller style LCG in [0, 1): the same seed gives the same sequence everywhere. */
export function lcg(seed: number): () => number {
	let s = (Math.abs(Math.floor(seed)) % 2147483646) + 1;
	return () => {
		s = (s * 48271) % 2147483647;
		return (s - 1) / 2147483646;
	};
}

type SimNode = SimulationNodeDatum & { id: string; r: number };
type SimLink = SimulationLinkDatum<SimNode> & { weight: number };

/**
 * Charge and collision compare every pair (forces.ts): for the networks drawn here (the dashboard
 * caps them at 150 nodes, pages at 500) that is faster than d3's quadtree forces, and keeps
 * d3-quadtree out of the worker.
 */
const CHARGE_REACH = 160;
const charge = (d: SimNode) => -30 - d.r * 4;
const collideRadius = (d: SimNode) => d.r + 2;

export function runForce(input: ForceInput): ForceResult {
	const nodes: SimNode[] = input.nodes.map((n) => ({ id: n.id, r: n.r }));
	const ids = new Set(nodes.map((n) => n.id));
	const links: SimLink[] = input.links
		.filter((l) => ids.has(l.source) && ids.has(l.target) && l.source !== l.target)
		.map((l) => ({ source: l.source, target: l.target, weight: l.weight }));
	const maxW = Math.max(1, ...links.map((l) => l.weight));
	const aspect = input.aspect ?? 1;

	const ticks = input.ticks ?? DEFAULT_TICKS;
	const sim = forceSimulation<SimNode>(nodes)
		.randomSource(lcg(input.seed ?? 1))
		// Cool down to d3's resting alpha in exactly `ticks` steps, however many that is.
		.alphaDecay(1 - Math.pow(0.001, 1 / Math.max(1, ticks)))
		.force(
			'link',
			forceLink<SimNode, SimLink>(links)
				.id((d) => d.id)
				.distance((l) => 30 + (l.source as SimNode).r + (l.target as SimNode).r)
				.strength((l) => 0.05 + 0.6 * Math.sqrt(l.weight / maxW))
		)
		// Limited reach: isolated nodes and small components stay near the main one instead of
		// being pushed to the edges, where they would shrink everything else on screen.
		.force('charge', chargeForce<SimNode>(charge, CHARGE_REACH))
		.force('collide', collideForce<SimNode>(collideRadius, 2))
		// Weak centring keeps disconnected components on screen; pulling harder across the short side
		// of the drawing area makes the layout fill a wide (or tall) box instead of a circle in it.
		.force('x', forceX<SimNode>(0).strength(0.06 * Math.max(1, 1 / aspect)))
		.force('y', forceY<SimNode>(0).strength(0.06 * Math.max(1, aspect)))
		.stop();

	for (let i = 0; i < ticks; i++) sim.tick();

	const round = (v: number | undefined) => Math.round((v ?? 0) * 100) / 100;
	return {
		key: forceKey(input),
		positions: nodes.map((n) => ({ id: n.id, x: round(n.x), y: round(n.y) }))
	};
}
