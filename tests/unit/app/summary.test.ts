import { describe, expect, it } from 'vitest';
import { summarise } from '$lib/app/dashboard/summary';
import type { EventSummary, SourceInfo } from '$lib/db/types';

const event = (id: string, passages: number): EventSummary => ({
	id,
	name: id,
	series: 'kubecon',
	region: null,
	year: 2019,
	startDate: null,
	endDate: null,
	city: null,
	country: null,
	format: null,
	inCatalog: true,
	passages,
	words: passages * 50,
	sources: 1,
	talks: 0,
	mentions: 0
});

const source = (id: number, events: string[]): SourceInfo => ({
	id,
	path: `${id}.md`,
	title: null,
	author: null,
	publisher: null,
	url: null,
	published: null,
	format: 'markdown',
	words: 100,
	events
});

describe('summarise', () => {
	it('counts events with passages, their passages, the sources covering them and the projects', () => {
		const s = summarise(
			{ events: [event('a', 10), event('b', 0), event('c', 5)], series: [] },
			{
				nodes: [
					{ id: 'k8s', name: 'Kubernetes', category: 'x', mentions: 4 },
					{ id: 'envoy', name: 'Envoy', category: 'x', mentions: 0 }
				],
				edges: []
			},
			[source(1, ['a']), source(2, ['b']), source(3, ['c', 'b'])],
			150
		);
		expect(s).toEqual({ events: 2, passages: 15, sources: 2, projects: 1, projectsAtLeast: false });
	});

	it('says "at least" when the network is cut at its node limit, and dashes what is unknown', () => {
		const nodes = Array.from({ length: 3 }, (_, i) => ({
			id: `p${i}`,
			name: `P${i}`,
			category: 'x',
			mentions: 1
		}));
		expect(summarise({ events: [], series: [] }, { nodes, edges: [] }, null, 3)).toMatchObject({
			projects: 3,
			projectsAtLeast: true,
			sources: null
		});
		expect(summarise({ events: [], series: [] }, null, [], 3).projects).toBeNull();
	});
});
