/**
 * What the force client and force.worker.ts exchange, and the cache key of a layout. Kept apart
 * from force.layout.ts so that the page can key its cache without loading d3-force.
 */

/**
 * Ticks per layout. With the cooling spread over them, 80 settle the graphs the dashboard draws
 * (≤ 150 nodes, a few hundred edges) about as well as d3's usual 300 (compared side by side on
 * the sample's network at 60, 80 and 120), in about a quarter of the time. The layout is on the
 * path of every redraw: the charts change together once it is done.
 */
export const DEFAULT_TICKS = 80;

export interface ForceInput {
	/** Node ids with their drawn radius (collision) in layout units. */
	nodes: { id: string; r: number }[];
	links: { source: string; target: string; weight: number }[];
	/** Default DEFAULT_TICKS. */
	ticks?: number;
	/** Default 1. */
	seed?: number;
	/** Width / height of the drawing area (default 1): the layout is pulled into that shape. */
	aspect?: number;
}

/** Positions in layout units (around 0,0), one per input node, in input order. */
export interface ForceResult {
	key: string;
	positions: { id: string; x: number; y: number }[];
}

const keys = new WeakMap<ForceInput, string>();

/** FNV-1a over the input: equal inputs share a cache entry. Made once per input object. */
export function forceKey(input: ForceInput): string {
	let key = keys.get(input);
	if (key === undefined) keys.set(input, (key = hashInput(input)));
	return key;
}

function hashInput(input: ForceInput): string {
	let h = 0x811c9dc5;
	const add = (s: string) => {
		for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
	};
	add(`${input.ticks ?? DEFAULT_TICKS}|${input.seed ?? 1}|${input.aspect ?? 1}|`);
	for (const n of input.nodes) add(`${n.id}:${n.r.toFixed(2)};`);
	for (const l of input.links) add(`${l.source}>${l.target}:${l.weight};`);
	return `${(h >>> 0).toString(36)}-${input.nodes.length}-${input.links.length}`;
}

export interface ForceRequest {
	id: number;
	input: ForceInput;
}

export type ForceResponse =
	{ id: number; ok: true; result: ForceResult } | { id: number; ok: false; message: string };
