import { describe, expect, it } from 'vitest';
import type { NetworkEdge, NetworkNode } from '$lib/db/types';
import { toGexf } from '$lib/export/gexf';

const nodes: NetworkNode[] = [
	{ id: 'kubernetes', name: 'Kubernetes', category: 'Orchestration & Management', mentions: 120 },
	{ id: 'envoy', name: 'Envoy <proxy> "L7"', category: 'Service Proxy', mentions: 30 },
	{ id: 'prometheus', name: 'Prometheus', category: 'Observability & Analysis', mentions: 55 }
];
const edges: NetworkEdge[] = [
	{ source: 'kubernetes', target: 'envoy', weight: 7, passages: 3 },
	{ source: 'kubernetes', target: 'prometheus', weight: 12, passages: 5 },
	{ source: 'kubernetes', target: 'missing', weight: 1, passages: 1 }
];

function parse(xml: string) {
	const doc = new DOMParser().parseFromString(xml, 'application/xml');
	expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
	return doc;
}

describe('toGexf', () => {
	const xml = toGexf(nodes, edges, {
		description: 'All events & "more"',
		lastModified: '2026-01-05T10:00:00Z',
		color: (n) => (n.id === 'envoy' ? '#0072b2' : undefined)
	});

	it('is well-formed GEXF 1.2 (1.2draft, which Gephi and NetworkX read)', () => {
		const doc = parse(xml);
		const root = doc.documentElement;
		expect(root.localName).toBe('gexf');
		expect(root.namespaceURI).toBe('http://www.gexf.net/1.2draft');
		expect(root.getAttribute('version')).toBe('1.2');
		expect(doc.getElementsByTagName('meta')[0]!.getAttribute('lastmodifieddate')).toBe(
			'2026-01-05'
		);
	});

	it('has every node with category and mentions, labels escaped', () => {
		const doc = parse(xml);
		const nodeEls = [...doc.getElementsByTagName('node')];
		expect(nodeEls).toHaveLength(3);
		const envoy = nodeEls.find((n) => n.getAttribute('id') === 'envoy')!;
		expect(envoy.getAttribute('label')).toBe('Envoy <proxy> "L7"');
		const values = [...envoy.getElementsByTagName('attvalue')].map((a) => [
			a.getAttribute('for'),
			a.getAttribute('value')
		]);
		expect(values).toEqual([
			['category', 'Service Proxy'],
			['mentions', '30']
		]);
		const color = envoy.getElementsByTagNameNS('http://www.gexf.net/1.2draft/viz', 'color')[0]!;
		expect([color.getAttribute('r'), color.getAttribute('g'), color.getAttribute('b')]).toEqual([
			'0',
			'114',
			'178'
		]);
	});

	it('has weighted edges and leaves out edges to missing nodes', () => {
		const doc = parse(xml);
		const edgeEls = [...doc.getElementsByTagName('edge')];
		expect(
			edgeEls.map((e) => [
				e.getAttribute('source'),
				e.getAttribute('target'),
				e.getAttribute('weight')
			])
		).toEqual([
			['kubernetes', 'envoy', '7'],
			['kubernetes', 'prometheus', '12']
		]);
		expect(new Set(edgeEls.map((e) => e.getAttribute('id'))).size).toBe(2);
	});

	it('declares the attributes it uses', () => {
		const doc = parse(xml);
		const ids = [...doc.getElementsByTagName('attribute')].map((a) => a.getAttribute('id'));
		expect(ids).toEqual(['category', 'mentions', 'passages']);
	});

	it('stays well-formed with control characters in names, and empty', () => {
		parse(
			toGexf([{ id: 'a', name: 'bad\u0001name & co', category: '', mentions: 0 }], [], {
				description: ''
			})
		);
		parse(toGexf([], [], { description: 'empty' }));
	});
});
