import './jsdomLayout';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import HeatmapChart from '$lib/charts/heatmap/HeatmapChart.svelte';
import { fixtureEvents, fixtureHeatmap, fixtureThemes } from '$lib/charts/fixtures';
import { eventLabel } from '$lib/charts/formats';
import type { HeatmapCell } from '$lib/db/types';

const columns = fixtureEvents.map((e) => ({ id: e.id, label: eventLabel(e) }));
const base = { width: 900, themes: fixtureThemes, columns };

const cell = (themeId: string, column: string, passages: number, total = 100): HeatmapCell => ({
	themeId,
	column,
	passages,
	score: passages,
	share: passages / total,
	total
});

describe('HeatmapChart', () => {
	it('draws one rect per cell, no more (missing cells stay empty)', () => {
		const { container } = render(HeatmapChart, { props: { ...base, cells: fixtureHeatmap } });
		expect(container.querySelectorAll('rect.cell')).toHaveLength(fixtureHeatmap.length);
		const svg = container.querySelector('svg[data-chart-svg="heatmap"]')!;
		expect(svg).toHaveAccessibleName('Themes by event');
	});

	it('labels rows with theme names and columns with the given labels', () => {
		const { container } = render(HeatmapChart, { props: { ...base, cells: fixtureHeatmap } });
		expect(container.querySelector('.row-labels')?.textContent).toContain('Observability');
		const titles = [...container.querySelectorAll('.col-labels title')].map((t) => t.textContent);
		expect(titles).toEqual(columns.map((c) => c.label));
	});

	it('colours by share, so a long write-up does not dominate; raw shows counts', () => {
		// Same theme: 10 of 20 passages (50%) vs 30 of 300 (10%).
		const cells = [cell('security', 'short', 10, 20), cell('security', 'long', 30, 300)];
		const step = (c: HTMLElement, col: string) =>
			c.querySelector(`rect[data-column="${col}"]`)!.getAttribute('style');
		const share = render(HeatmapChart, { props: { ...base, columns: undefined, cells } }).container;
		expect(step(share, 'short')).toContain('--atlas-seq-8');
		expect(step(share, 'long')).toContain('--atlas-seq-1');
		const raw = render(HeatmapChart, {
			props: { ...base, columns: undefined, cells, measure: 'raw' }
		}).container;
		expect(step(raw, 'long')).toContain('--atlas-seq-8');
		expect(step(raw, 'short')).toContain('--atlas-seq-3');
	});

	it('draws a colour legend with ticks in the svg', () => {
		const { container } = render(HeatmapChart, { props: { ...base, cells: fixtureHeatmap } });
		const legend = container.querySelector('svg .color-legend')!;
		expect(legend.querySelectorAll('rect')).toHaveLength(9);
		expect(legend.textContent).toMatch(/0%.*%.*%/);
	});

	it('selects a cell by click and by Enter', async () => {
		const onselectcell = vi.fn();
		render(HeatmapChart, {
			props: { ...base, cells: [cell('security', 'kubecon-eu-2019', 5)], onselectcell }
		});
		const rect = screen.getByRole('button', { name: /^Security at KubeCon EU 2019: 5\.0%/ });
		await fireEvent.click(rect);
		await fireEvent.keyDown(rect, { key: 'Enter' });
		expect(onselectcell.mock.calls).toEqual([
			[{ themeId: 'security', column: 'kubecon-eu-2019' }],
			[{ themeId: 'security', column: 'kubecon-eu-2019' }]
		]);
	});

	it('is one tab stop; arrow keys move focus between cells and show the tooltip', async () => {
		const cells = [
			cell('observability', 'kubecon-eu-2018', 5),
			cell('observability', 'kubecon-eu-2019', 7),
			cell('security', 'kubecon-eu-2019', 3)
		];
		const { container } = render(HeatmapChart, { props: { ...base, cells } });
		const rects = [...container.querySelectorAll<SVGRectElement>('rect.cell')];
		expect(rects.filter((r) => r.getAttribute('tabindex') === '0')).toHaveLength(1);
		rects[0]!.focus();
		await fireEvent.keyDown(rects[0]!, { key: 'ArrowRight' });
		expect(document.activeElement).toBe(rects[1]);
		await fireEvent.keyDown(rects[1]!, { key: 'ArrowDown' });
		expect(document.activeElement).toBe(rects[2]);
		expect(rects[2]).toHaveAttribute('tabindex', '0');
		expect(container.querySelector('.atlas-tooltip')?.textContent).toContain('Security');
	});
});
