import './jsdomLayout';
import { render, waitFor } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import TimelineChart from '$lib/charts/timeline/TimelineChart.svelte';
import HeatmapChart from '$lib/charts/heatmap/HeatmapChart.svelte';
import NetworkChart from '$lib/charts/network/NetworkChart.svelte';
import {
	fixtureEdges,
	fixtureEvents,
	fixtureHeatmap,
	fixtureNodes,
	fixtureSeries,
	fixtureThemes
} from '$lib/charts/fixtures';
import { eventLabel } from '$lib/charts/formats';
import { runForce } from '$lib/charts/network/force.layout';
import type { ForceInput } from '$lib/charts/network/force.protocol';
import type { HeatmapCell } from '$lib/db/types';
import { checkSnapshot, normalizeSvg } from './svgSnapshot';

const svgOf = (c: HTMLElement) => c.querySelector('svg.atlas-chart-svg')!;

/** Year columns: the fixture's event cells summed per year. */
function byYear(cells: HeatmapCell[]): HeatmapCell[] {
	const year = new Map(fixtureEvents.map((e) => [e.id, String(e.year)]));
	const acc = new Map<string, HeatmapCell>();
	for (const c of cells) {
		const col = year.get(c.column)!;
		const k = `${c.themeId}|${col}`;
		const a = acc.get(k) ?? {
			themeId: c.themeId,
			column: col,
			passages: 0,
			score: 0,
			share: 0,
			total: 0
		};
		a.passages += c.passages;
		a.score += c.score;
		a.total += c.total;
		a.share = a.passages / a.total;
		acc.set(k, a);
	}
	return [...acc.values()];
}

describe('SVG snapshots (tests/svg)', () => {
	it('normalises numbers, ids, comments and scoped classes', () => {
		const raw =
			'<svg aria-labelledby="c7-title"><!----><title id="c7-title">T</title>' +
			'<circle class="event svelte-abc123" data-theme-id="security" cx="12.34567" cy="-0.0001"></circle></svg>';
		expect(normalizeSvg(raw)).toBe(
			'<svg aria-labelledby="id0">\n<title id="id0">T</title>\n' +
				'<circle class="event" data-theme-id="security" cx="12.346" cy="0"></circle>\n</svg>\n'
		);
	});

	it.each([
		[
			'timeline',
			{ series: fixtureSeries, range: { from: 2017, to: 2019 }, selected: 'kubecon-na-2019' }
		],
		['timeline-events-only', { volume: 'words' as const }]
	])('%s', (name, extra) => {
		const { container } = render(TimelineChart, {
			props: { events: fixtureEvents, width: 720, height: 400, ...extra }
		});
		expect(checkSnapshot(name, svgOf(container))).toBeNull();
	});

	it.each([
		['heatmap-events-share', fixtureHeatmap, 'share' as const, true],
		['heatmap-years-raw', byYear(fixtureHeatmap), 'raw' as const, false]
	])('%s', (name, cells, measure, withColumns) => {
		const columns = withColumns
			? fixtureEvents.map((e) => ({ id: e.id, label: eventLabel(e) }))
			: undefined;
		const { container } = render(HeatmapChart, {
			props: { cells, themes: fixtureThemes, columns, measure, width: 720 }
		});
		expect(checkSnapshot(name, svgOf(container))).toBeNull();
	});

	it('network', async () => {
		const { container } = render(NetworkChart, {
			props: {
				nodes: fixtureNodes,
				edges: fixtureEdges,
				minWeight: 4,
				selected: 'prometheus',
				width: 720,
				height: 480,
				layout: async (input: ForceInput) => runForce(input)
			}
		});
		await waitFor(() =>
			expect(container.querySelectorAll('circle.node').length).toBeGreaterThan(0)
		);
		expect(checkSnapshot('network', svgOf(container))).toBeNull();
	});
});
