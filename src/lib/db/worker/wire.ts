/**
 * The network's answer on its way from the database worker to the page, packed: the edges as
 * typed arrays (the ends as indexes into the nodes), transferred rather than copied. On the
 * 5,000-document corpus an answer has about 10,000 edges (every weight, for the slider), and the
 * page spent ~10–20 ms of each filter change just reading them as 10,000 cloned objects; unpacked
 * here they cost about a millisecond, and the id strings are the nodes' own.
 */
import type { NetworkEdge, NetworkNode } from '../types';

export interface PackedNetwork {
	nodes: NetworkNode[];
	/** Per edge, the indexes of its source and target in `nodes`. */
	ends: Uint32Array;
	weights: Float64Array;
	passages: Float64Array;
}

interface Network {
	nodes: NetworkNode[];
	edges: NetworkEdge[];
}

/** Null when an edge names a node that is not in the answer (then it goes as it is). */
export function packNetwork({ nodes, edges }: Network): PackedNetwork | null {
	const index = new Map(nodes.map((n, i) => [n.id, i]));
	const ends = new Uint32Array(edges.length * 2);
	const weights = new Float64Array(edges.length);
	const passages = new Float64Array(edges.length);
	for (let i = 0; i < edges.length; i++) {
		const e = edges[i]!;
		const s = index.get(e.source);
		const t = index.get(e.target);
		if (s === undefined || t === undefined) return null;
		ends[2 * i] = s;
		ends[2 * i + 1] = t;
		weights[i] = e.weight;
		passages[i] = e.passages;
	}
	return { nodes, ends, weights, passages };
}

export function unpackNetwork({ nodes, ends, weights, passages }: PackedNetwork): Network {
	const edges: NetworkEdge[] = new Array(weights.length);
	for (let i = 0; i < weights.length; i++)
		edges[i] = {
			source: nodes[ends[2 * i]!]!.id,
			target: nodes[ends[2 * i + 1]!]!.id,
			weight: weights[i]!,
			passages: passages[i]!
		};
	return { nodes, edges };
}

export const transferables = (p: PackedNetwork): Transferable[] => [
	p.ends.buffer,
	p.weights.buffer,
	p.passages.buffer
];
