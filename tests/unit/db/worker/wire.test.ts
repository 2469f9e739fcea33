import { describe, expect, it } from 'vitest';
import { packNetwork, transferables, unpackNetwork } from '$lib/db/worker/wire';

const nodes = [
	{ id: 'kubernetes', name: 'Kubernetes', category: 'Orchestration', mentions: 40 },
	{ id: 'prometheus', name: 'Prometheus', category: 'Observability', mentions: 12 },
	{ id: 'envoy', name: 'Envoy', category: 'Proxy', mentions: 7 }
];
const edges = [
	{ source: 'kubernetes', target: 'prometheus', weight: 9, passages: 4 },
	{ source: 'envoy', target: 'kubernetes', weight: 3, passages: 1 },
	{ source: 'envoy', target: 'prometheus', weight: 1.5, passages: 0 }
];

describe('network answers on the wire', () => {
	it('packs edges into typed arrays and unpacks the same answer', () => {
		const packed = packNetwork({ nodes, edges })!;
		expect(packed.ends).toBeInstanceOf(Uint32Array);
		expect([...packed.ends]).toEqual([0, 1, 2, 0, 2, 1]);
		expect(transferables(packed)).toHaveLength(3);
		// What the page receives: a structured clone with the buffers moved.
		const received = structuredClone(packed, { transfer: transferables(packed) });
		expect(packed.weights.length).toBe(0);
		expect(unpackNetwork(received)).toEqual({ nodes, edges });
	});

	it('keeps an empty network empty', () => {
		expect(unpackNetwork(packNetwork({ nodes: [], edges: [] })!)).toEqual({ nodes: [], edges: [] });
	});

	it('declines to pack an edge whose end is not among the nodes', () => {
		expect(packNetwork({ nodes, edges: [...edges, { ...edges[0]!, target: 'istio' }] })).toBeNull();
	});
});
