/**
 * Network geometry, free of the DOM: node sizes, which edges are drawn, neighbourhoods, fitting
 * layout coordinates into the drawing area, nearest-node picking for the canvas renderer, and the
 * force layout's input.
 */
import type { NetworkEdge, NetworkNode } from '$lib/db/types';
import { DEFAULT_TICKS, type ForceInput } from './force.protocol';

/** Radius in layout units: area ∝ mentions (square root), between 4 and 26. */
export function layoutRadius(mentions: number, maxMentions: number): number {
	return 4 + 22 * Math.sqrt(Math.max(0, mentions) / Math.max(1, maxMentions));
}

/** Stroke width in px: 0.75–5, area-like (square root) in the edge weight. */
export function edgeWidth(weight: number, maxWeight: number): number {
	return 0.75 + 4.25 * Math.sqrt(Math.max(0, weight) / Math.max(1, maxWeight));
}

/**
 * The edges among `nodeIds`, without self-loops, one per pair (the heavier one, should a query
 * ever return both directions), in their order. Kept per edge array and node set: a filter
 * change asks for the drawn edges, the layout's edges and the force input, and on a big corpus
 * the data has thousands of edges (the query returns every weight for the slider), so one pass
 * over them instead of four saves several milliseconds a change.
 */
const cleaned = new WeakMap<NetworkEdge[], { ids: Set<string>; edges: NetworkEdge[] }>();
function cleanEdges(edges: NetworkEdge[], nodeIds: Set<string>): NetworkEdge[] {
	const hit = cleaned.get(edges);
	if (hit && sameSet(hit.ids, nodeIds)) return hit.edges;
	// A pair's key is a number made of its ends' indexes: no string built per edge.
	const index = new Map<string, number>();
	for (const id of nodeIds) index.set(id, index.size);
	const best = new Map<number, NetworkEdge>();
	for (const e of edges) {
		const s = index.get(e.source);
		const t = index.get(e.target);
		if (s === undefined || t === undefined || s === t) continue;
		const key = s < t ? s * index.size + t : t * index.size + s;
		const prev = best.get(key);
		if (!prev || e.weight > prev.weight) best.set(key, e);
	}
	const out = [...best.values()];
	cleaned.set(edges, { ids: nodeIds, edges: out });
	return out;
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
	if (a === b) return true;
	if (a.size !== b.size) return false;
	for (const x of a) if (!b.has(x)) return false;
	return true;
}

/**
 * Edges drawn: weight ≥ `minWeight`, both ends present, no self-loops, and one edge per pair
 * (the heavier one, should a query ever return both directions).
 */
export function visibleEdges(
	edges: NetworkEdge[],
	nodeIds: Set<string>,
	minWeight = 0
): NetworkEdge[] {
	const clean = cleanEdges(edges, nodeIds);
	return clean.every((e) => e.weight >= minWeight)
		? clean
		: clean.filter((e) => e.weight >= minWeight);
}

/** The node and its direct neighbours through the given edges. */
export function neighbourhood(id: string, edges: NetworkEdge[]): Set<string> {
	const out = new Set([id]);
	for (const e of edges) {
		if (e.source === id) out.add(e.target);
		else if (e.target === id) out.add(e.source);
	}
	return out;
}

export interface Fit {
	/** px = tx + x · k (and likewise for y). */
	k: number;
	tx: number;
	ty: number;
}

/** Uniform scale and offset that centre the layout's bounding box (with radii) in width × height. */
export function fitToBox(
	points: { x: number; y: number; r: number }[],
	width: number,
	height: number,
	maxScale = 1.6
): Fit {
	if (points.length === 0) return { k: 1, tx: width / 2, ty: height / 2 };
	let x0 = Infinity;
	let y0 = Infinity;
	let x1 = -Infinity;
	let y1 = -Infinity;
	for (const p of points) {
		x0 = Math.min(x0, p.x - p.r);
		y0 = Math.min(y0, p.y - p.r);
		x1 = Math.max(x1, p.x + p.r);
		y1 = Math.max(y1, p.y + p.r);
	}
	const k = Math.min(maxScale, width / Math.max(1, x1 - x0), height / Math.max(1, y1 - y0));
	return { k, tx: width / 2 - ((x0 + x1) / 2) * k, ty: height / 2 - ((y0 + y1) / 2) * k };
}

/**
 * Position for nodes the (frozen) layout has not seen: the mean of placed neighbours, else the
 * centre, nudged by a stable per-id angle so that newcomers do not stack exactly.
 */
export function placeNewcomer(
	id: string,
	edges: NetworkEdge[],
	known: Map<string, { x: number; y: number }>
): { x: number; y: number } {
	let sx = 0;
	let sy = 0;
	let n = 0;
	for (const nb of neighbourhood(id, edges)) {
		const p = nb === id ? undefined : known.get(nb);
		if (p) {
			sx += p.x;
			sy += p.y;
			n++;
		}
	}
	let h = 0;
	for (let i = 0; i < id.length; i++) h = (h * 31 + id.charCodeAt(i)) | 0;
	const a = ((h >>> 0) % 360) * (Math.PI / 180);
	return { x: (n ? sx / n : 0) + 12 * Math.cos(a), y: (n ? sy / n : 0) + 12 * Math.sin(a) };
}

type Point = { x: number; y: number };

/** Every node's layout position: from the layout when it has one, else `placeNewcomer`. */
export function positionsFor(
	nodes: { id: string }[],
	known: Map<string, Point>,
	edges: NetworkEdge[]
): Map<string, Point> {
	return new Map(nodes.map((n) => [n.id, known.get(n.id) ?? placeNewcomer(n.id, edges, known)]));
}

/** A copy of `map` with one position replaced (state is replaced, never mutated). */
export const withPosition = (map: Map<string, Point>, id: string, p: Point) =>
	new Map(map).set(id, p);

export interface DrawnNode {
	node: NetworkNode;
	x: number;
	y: number;
	r: number;
}

export interface DrawnEdge {
	edge: NetworkEdge;
	x1: number;
	y1: number;
	x2: number;
	y2: number;
	/** Stroke width in px. */
	w: number;
}

/**
 * Nearest-node picking for the canvas renderer: the node whose centre is nearest (x, y), if its
 * circle (plus 2 px) contains the point. A scan, not a quadtree: a few thousand nodes take
 * microseconds per pointer move, and the page need not ship d3-quadtree for it.
 */
export function createPicker(drawn: DrawnNode[]): (x: number, y: number) => DrawnNode | null {
	const maxR = Math.max(0, ...drawn.map((d) => d.r));
	return (x, y) => {
		let hit: DrawnNode | null = null;
		let best = (maxR + 2) ** 2;
		for (const d of drawn) {
			const d2 = (d.x - x) ** 2 + (d.y - y) ** 2;
			if (d2 < best) [hit, best] = [d, d2];
		}
		return hit && best <= (hit.r + 2) ** 2 ? hit : null;
	};
}

/**
 * The step the arrow keys take through marks in keyboard order: → and ↓ to the next, ← and ↑
 * to the previous, 0 for any other key.
 */
export function arrowStep(key: string): -1 | 0 | 1 {
	if (key === 'ArrowRight' || key === 'ArrowDown') return 1;
	if (key === 'ArrowLeft' || key === 'ArrowUp') return -1;
	return 0;
}

/** Keyboard order of nodes: most mentioned first, ties by id. */
export const keyboardOrder = (nodes: NetworkNode[]) =>
	[...nodes].sort((a, b) => b.mentions - a.mentions || (a.id < b.id ? -1 : 1));

/**
 * The edges the force layout uses: the heaviest `maxEdges` visible ones, ties at the boundary kept
 * together (never more than `maxEdges`, unless the heaviest weight alone has more) — the edges
 * the dashboard shows by default. A function of the data only, so moving a weight slider never
 * moves a node, and the layout skips the thousands of light edges nobody sees.
 */
export function layoutEdges(edges: NetworkEdge[], nodeIds: Set<string>, maxEdges = Infinity) {
	const all = cleanEdges(edges, nodeIds);
	if (all.length <= maxEdges) return all;
	let cuts = laid.get(all);
	if (!cuts) laid.set(all, (cuts = new Map()));
	let out = cuts.get(maxEdges);
	if (!out) {
		// The database's edges come heaviest first; others are sorted here.
		const weights = all.map((e) => e.weight);
		if (weights.some((w, i) => i > 0 && w > weights[i - 1]!)) weights.sort((a, b) => b - a);
		const cut = weights[maxEdges]!;
		out =
			cut === weights[0] ? all.filter((e) => e.weight === cut) : all.filter((e) => e.weight > cut);
		cuts.set(maxEdges, out);
	}
	return out;
}
/** `layoutEdges` answers per cleaned edge list and `maxEdges`. */
const laid = new WeakMap<NetworkEdge[], Map<number, NetworkEdge[]>>();

/** The drawn edge nearest (x, y), within `slack` px of its stroke: the one a pointer means. */
export function nearestEdge(edges: DrawnEdge[], x: number, y: number, slack = 6): DrawnEdge | null {
	let hit: DrawnEdge | null = null;
	let best = Infinity;
	for (const d of edges) {
		const dx = d.x2 - d.x1;
		const dy = d.y2 - d.y1;
		const len2 = dx * dx + dy * dy;
		const t = len2 ? Math.max(0, Math.min(1, ((x - d.x1) * dx + (y - d.y1) * dy) / len2)) : 0;
		const dist = Math.hypot(x - d.x1 - t * dx, y - d.y1 - t * dy) - d.w / 2;
		if (dist < best) [hit, best] = [d, dist];
	}
	return hit && best <= slack ? hit : null;
}

/** Layout settings a chart passes along with its data (see `forceInputFor`). */
export interface LayoutSettings {
	/** How many of the heaviest edges pull on the nodes. */
	maxEdges: number;
	seed: number;
	ticks: number;
	/** Width / height of the drawing, in coarse steps. */
	aspect: number;
}

/** Width / height in steps of 0.5 within [0.5, 3]: resizing re-runs the layout only when the shape really changes. */
export const layoutAspect = (width: number, height: number) =>
	Math.round(Math.min(3, Math.max(0.5, width / height)) * 2) / 2;

/** The network chart's defaults: its height, and how many of the heaviest edges pull on nodes. */
export const NETWORK_HEIGHT = 520;
export const LAYOUT_EDGES = 250;

/** The layout settings of a network chart `width` px wide with its defaults. */
export const defaultLayoutSettings = (width: number): LayoutSettings => ({
	maxEdges: LAYOUT_EDGES,
	seed: 1,
	ticks: DEFAULT_TICKS,
	aspect: layoutAspect(width, NETWORK_HEIGHT)
});

let lastInput: {
	nodes: NetworkNode[];
	edges: NetworkEdge[];
	settings: string;
	input: ForceInput;
} | null = null;

/**
 * The force layout's input for a graph: one place for the chart and for whoever warms the layout
 * cache before the chart asks (equal inputs share a cache entry). Both ask for the same arrays
 * on each redraw: the input is made once (the 5,000-document corpus: thousands of edges).
 */
export function forceInputFor(
	nodes: NetworkNode[],
	edges: NetworkEdge[],
	settings: LayoutSettings
): ForceInput {
	const key = `${settings.maxEdges}|${settings.seed}|${settings.ticks}|${settings.aspect}`;
	if (lastInput?.nodes === nodes && lastInput.edges === edges && lastInput.settings === key)
		return lastInput.input;
	const input = makeForceInput(nodes, edges, settings);
	lastInput = { nodes, edges, settings: key, input };
	return input;
}

function makeForceInput(
	nodes: NetworkNode[],
	edges: NetworkEdge[],
	settings: LayoutSettings
): ForceInput {
	const max = Math.max(1, ...nodes.map((n) => n.mentions));
	const ids = new Set(nodes.map((n) => n.id));
	return {
		nodes: nodes.map((n) => ({ id: n.id, r: layoutRadius(n.mentions, max) })),
		links: layoutEdges(edges, ids, settings.maxEdges).map((e) => ({
			source: e.source,
			target: e.target,
			weight: e.weight
		})),
		seed: settings.seed,
		ticks: settings.ticks,
		aspect: settings.aspect
	};
}
