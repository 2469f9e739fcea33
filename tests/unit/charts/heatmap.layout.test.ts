import { describe, expect, it } from 'vitest';
import {
	cellValue,
	colorMax,
	colorStep,
	columnLabelLayout,
	heatmapColumns,
	heatmapRows,
	moveFocus,
	truncate
} from '$lib/charts/heatmap/heatmap.layout';
import type { HeatmapCell } from '$lib/db/types';

const cell = (themeId: string, column: string, passages = 1, total = 10): HeatmapCell => ({
	themeId,
	column,
	passages,
	score: passages * 2,
	share: passages / total,
	total
});
const theme = (id: string, name: string) => ({ id, name, description: '' });

describe('rows and columns', () => {
	it('orders rows like the themes, drops empty themes, appends unknown ids', () => {
		const rows = heatmapRows(
			[cell('sec', 'a'), cell('zzz', 'a'), cell('obs', 'a')],
			[theme('obs', 'Observability'), theme('mesh', 'Mesh'), theme('sec', 'Security')]
		);
		expect(rows).toEqual([
			{ id: 'obs', label: 'Observability' },
			{ id: 'sec', label: 'Security' },
			{ id: 'zzz', label: 'zzz' }
		]);
	});

	it('keeps given columns (even empty ones) in order and sorts the rest, years numerically', () => {
		expect(
			heatmapColumns([cell('t', 'b'), cell('t', 'a')], [{ id: 'x', label: 'X' }]).map((c) => c.id)
		).toEqual(['x', 'a', 'b']);
		expect(
			heatmapColumns(['2021', '2014', '2016'].map((y) => cell('t', y))).map((c) => c.id)
		).toEqual(['2014', '2016', '2021']);
	});
});

describe('colour', () => {
	it('uses share or passages', () => {
		expect(cellValue(cell('t', 'a', 3, 12), 'share')).toBe(0.25);
		expect(cellValue(cell('t', 'a', 3, 12), 'raw')).toBe(3);
	});

	it.each([
		[0, 1, 0],
		[-1, 1, 0],
		[0.05, 1, 0],
		[0.12, 1, 1],
		[0.5, 1, 4],
		[0.999, 1, 8],
		[1, 1, 8],
		[2, 1, 8],
		[1, 0, 0]
	])('colorStep(%d of %d) = %d', (v, max, step) => expect(colorStep(v, max)).toBe(step));

	it('floors the colour domain so that tiny shares are not painted at full strength', () => {
		expect(colorMax([cell('t', 'a', 1, 100)], 'share')).toBe(0.05);
		expect(colorMax([cell('t', 'a', 3, 4)], 'share')).toBe(0.75);
		expect(colorMax([], 'raw')).toBe(1);
	});
});

describe('column labels', () => {
	it.each([
		[['2014', '2015'], 60, 0],
		[['KubeCon EU 2018', 'KubeCon NA 2018'], 40, -45],
		[['KubeCon EU 2018', 'KubeCon NA 2018'], 14, -90]
	])('%j in %dpx bands → %d°', (labels, band, angle) =>
		expect(columnLabelLayout(labels, band, 96).angle).toBe(angle)
	);

	it('cuts labels that do not fit the room, with an ellipsis', () => {
		const { texts } = columnLabelLayout(['KubeCon + CloudNativeCon North America 2019'], 10, 60);
		expect(texts[0]).toMatch(/…$/);
		expect(texts[0]!.length).toBeLessThan(15);
		expect(truncate('short', 100)).toBe('short');
	});
});

describe('keyboard focus', () => {
	// Sparse grid:  row 0: cols 0, 1, 3 · row 1: col 1 · row 2: cols 0, 2
	const pos = [
		{ row: 0, col: 0 },
		{ row: 0, col: 1 },
		{ row: 0, col: 3 },
		{ row: 1, col: 1 },
		{ row: 2, col: 0 },
		{ row: 2, col: 2 }
	];
	it.each([
		[0, 'right', 1],
		[1, 'right', 2],
		[2, 'right', 2],
		[2, 'left', 1],
		[0, 'left', 0],
		[1, 'down', 3],
		[0, 'down', 3],
		[3, 'down', 4],
		[2, 'down', 3],
		[4, 'up', 3],
		[3, 'up', 1],
		[0, 'up', 0],
		[2, 'home', 0],
		[0, 'end', 2],
		[3, 'end', 3]
	] as const)('from %d, %s → %d', (from, dir, to) => expect(moveFocus(pos, from, dir)).toBe(to));
});
