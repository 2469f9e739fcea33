import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, type Filters } from '$lib/db/types';
import type { ChartId } from '$lib/export/filename';
import { exportFileName } from '$lib/export/filename';

const f = EMPTY_FILTERS;

describe('exportFileName', () => {
	const cases: [ChartId, Filters, string, string][] = [
		[
			'heatmap',
			{ ...f, from: 2018, to: 2020, themes: ['observability'] },
			'png',
			'heatmap_2018-2020_observability.png'
		],
		['network', f, 'csv', 'network_all.csv'],
		['timeline', { ...f, from: 2019, to: 2019 }, 'svg', 'timeline_2019.svg'],
		['timeline', { ...f, from: 2016 }, 'svg', 'timeline_from-2016.svg'],
		['timeline', { ...f, to: 2016 }, '.svg', 'timeline_to-2016.svg'],
		[
			'network',
			{ ...f, projects: ['prometheus', 'envoy'] },
			'gexf',
			'network_envoy-prometheus.gexf'
		],
		[
			'heatmap',
			{ ...f, events: ['kubecon-eu-2018'], q: 'eBPF & "XDP"!' },
			'csv',
			'heatmap_kubecon-eu-2018_q-ebpf-xdp.csv'
		],
		['heatmap', { ...f, themes: ['a', 'b', 'c', 'd', 'e'] }, 'png', 'heatmap_a-b-c-and-2-more.png'],
		['network', { ...f, q: 'Zürich/../../etc' }, 'csv', 'network_q-zurich-etc.csv']
	];
	it.each(cases)('%s %j .%s → %s', (chart, filters, ext, expected) => {
		expect(exportFileName(chart, filters, ext)).toBe(expected);
	});

	it('uses only safe characters and caps the length', () => {
		const name = exportFileName(
			'heatmap',
			{
				...f,
				themes: ['x'.repeat(80)],
				events: ['y'.repeat(80)],
				projects: ['z'.repeat(80)],
				q: 'ü'.repeat(100)
			},
			'png'
		);
		expect(name).toMatch(/^[a-z0-9._-]+\.png$/);
		expect(name.length).toBeLessThanOrEqual(104);
		expect(name).not.toContain('/');
	});
});
