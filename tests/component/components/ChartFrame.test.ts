import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import Harness from './ChartFrameHarness.svelte';

const table = {
	columns: [
		{ key: 'theme', header: 'Theme' },
		{ key: 'event', header: 'Event' },
		{ key: 'share', header: 'Share' }
	],
	rows: [
		{ theme: 'Observability', event: 'KubeCon EU 2018', share: 0.25 },
		{ theme: 'Security', event: 'KubeCon EU 2018', share: 0.1 },
		{ theme: 'Observability', event: 'KubeCon NA 2019', share: 0.3 }
	]
};

afterEach(() => vi.restoreAllMocks());

describe('ChartFrame', () => {
	it('is a figure with data-chart, title, note, legend and the chart', () => {
		const { container } = render(Harness, { props: { table } });
		const figure = container.querySelector('figure[data-chart="heatmap"]')!;
		expect(figure).not.toBeNull();
		expect(screen.getByRole('figure', { name: 'Themes by event' })).toBe(figure);
		expect(figure).toHaveAccessibleDescription(/Share of each event/);
		expect(screen.getByText('Legend on screen')).toBeInTheDocument();
		expect(figure.querySelector('svg[data-chart-svg]')).not.toBeNull();
	});

	it('has export buttons named exactly, GEXF only for a network', () => {
		render(Harness, { props: { table } });
		for (const name of ['Export PNG', 'Export SVG', 'Export CSV'])
			expect(screen.getByRole('button', { name })).toBeEnabled();
		expect(screen.queryByRole('button', { name: 'Export GEXF' })).toBeNull();
	});

	it('offers GEXF for a network', () => {
		render(Harness, { props: { table, network: true } });
		expect(screen.getByRole('button', { name: 'Export GEXF' })).toBeInTheDocument();
	});

	it('shows a table with one row per data row when "Table" is pressed, and hides it again', async () => {
		render(Harness, { props: { table } });
		expect(screen.queryByRole('table')).toBeNull();
		const toggle = screen.getByRole('button', { name: 'Table' });
		expect(toggle).toHaveAttribute('aria-pressed', 'false');
		await fireEvent.click(toggle);
		expect(toggle).toHaveAttribute('aria-pressed', 'true');
		const grid = screen.getByRole('table');
		await waitFor(() =>
			expect(within(grid).getAllByRole('row')).toHaveLength(1 + table.rows.length)
		);
		expect(
			within(grid)
				.getAllByRole('columnheader')
				.map((th) => th.textContent)
		).toEqual(['Theme', 'Event', 'Share']);
		await fireEvent.click(toggle);
		expect(screen.queryByRole('table')).toBeNull();
	});

	it('builds a long table after the chart, in slices, busy until every row is there', async () => {
		const rows = Array.from({ length: 500 }, (_, i) => ({ theme: `t${i}`, event: 'e', share: i }));
		const view = render(Harness, { props: { table: { ...table, rows } } });
		await fireEvent.click(screen.getByRole('button', { name: 'Table' }));
		const wrap = () => view.container.querySelector('.table-wrap')!;
		const bodyRows = () => wrap().querySelectorAll('tbody tr').length;
		expect(bodyRows()).toBe(0);
		expect(wrap()).toHaveAttribute('aria-busy', 'true');
		await waitFor(() => expect(bodyRows()).toBeGreaterThan(0));
		expect(bodyRows()).toBeLessThan(rows.length);
		await waitFor(() => expect(bodyRows()).toBe(rows.length));
		expect(wrap()).toHaveAttribute('aria-busy', 'false');
		expect(screen.getByRole('table')).toHaveAccessibleName(/500 rows/);

		// New rows replace the old ones from scratch, busy again until complete.
		await view.rerender({ table: { ...table, rows: rows.slice(0, 200).reverse() } });
		expect(wrap()).toHaveAttribute('aria-busy', 'true');
		await waitFor(() => expect(bodyRows()).toBe(200));
		expect(wrap().querySelector('tbody td')).toHaveTextContent('t199');
		expect(wrap()).toHaveAttribute('aria-busy', 'false');
	});

	it('keeps a complete table as it is when only the loading state changes', async () => {
		const rows = Array.from({ length: 500 }, (_, i) => ({ theme: `t${i}`, event: 'e', share: i }));
		const big = { ...table, rows };
		const view = render(Harness, { props: { table: big } });
		await fireEvent.click(screen.getByRole('button', { name: 'Table' }));
		const wrap = () => view.container.querySelector('.table-wrap')!;
		const bodyRows = () => wrap().querySelectorAll('tbody tr').length;
		await waitFor(() => expect(bodyRows()).toBe(rows.length));
		for (const loading of [true, false]) {
			await view.rerender({ table: big, loading });
			expect(bodyRows()).toBe(rows.length);
			expect(wrap()).toHaveAttribute('aria-busy', 'false');
			await new Promise((resolve) => setTimeout(resolve, 20));
			expect(bodyRows()).toBe(rows.length);
		}
	});

	it('keeps an open table as it is when the same rows come again as new objects', async () => {
		const rows = Array.from({ length: 300 }, (_, i) => ({ theme: `t${i}`, event: 'e', share: i }));
		const view = render(Harness, { props: { table: { ...table, rows } } });
		await fireEvent.click(screen.getByRole('button', { name: 'Table' }));
		const wrap = () => view.container.querySelector('.table-wrap')!;
		const bodyRows = () => wrap().querySelectorAll('tbody tr').length;
		await waitFor(() => expect(bodyRows()).toBe(rows.length));
		await view.rerender({ table: { ...table, rows: rows.map((r) => ({ ...r })) } });
		expect(bodyRows()).toBe(rows.length);
		expect(wrap()).toHaveAttribute('aria-busy', 'false');
		// Other values are other rows: built again from the first slice.
		await view.rerender({ table: { ...table, rows: rows.map((r) => ({ ...r, share: 0 })) } });
		expect(bodyRows()).toBe(0);
		await waitFor(() => expect(bodyRows()).toBe(rows.length));
	});

	it('says it is busy at once but dims the chart only when the answer is slow', async () => {
		vi.useFakeTimers();
		try {
			const view = render(Harness, { props: { table } });
			const chart = () => view.container.querySelector('.chart')!;
			await view.rerender({ table, loading: true });
			expect(view.container.querySelector('figure')).toHaveAttribute('aria-busy', 'true');
			expect(chart()).not.toHaveClass('updating');
			await vi.advanceTimersByTimeAsync(350);
			expect(chart()).toHaveClass('updating');
			await view.rerender({ table, loading: false });
			expect(chart()).not.toHaveClass('updating');
		} finally {
			vi.useRealTimers();
		}
	});

	it('calls onexport with the kind when given', async () => {
		const onexport = vi.fn();
		render(Harness, { props: { table, onexport } });
		await fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
		await waitFor(() => expect(screen.getByRole('button', { name: 'Export PNG' })).toBeEnabled());
		await fireEvent.click(screen.getByRole('button', { name: 'Export PNG' }));
		expect(onexport.mock.calls).toEqual([['csv'], ['png']]);
	});

	it('downloads a framed SVG and the CSV through the export module', async () => {
		const blobs: Blob[] = [];
		const names: string[] = [];
		URL.createObjectURL = vi.fn((b: Blob) => {
			blobs.push(b);
			return 'blob:test';
		});
		URL.revokeObjectURL = vi.fn();
		vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
			this: HTMLAnchorElement
		) {
			names.push(this.download);
		});
		render(Harness, { props: { table } });
		await fireEvent.click(screen.getByRole('button', { name: 'Export SVG' }));
		await waitFor(() => expect(names).toHaveLength(1));
		await fireEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
		await waitFor(() => expect(names).toHaveLength(2));
		expect(names).toEqual([
			'heatmap_2018-2020_observability.svg',
			'heatmap_2018-2020_observability.csv'
		]);
		const svg = await blobs[0]!.text();
		expect(svg).toContain('<title>Themes by event</title>');
		expect(svg).toContain('2018–2020 · Themes: Observability');
		expect(svg).toContain('KubeCon');
		expect(svg).not.toContain('tabindex');
		const csv = await blobs[1]!.text();
		expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('Theme,Event,Share');
		await waitFor(() =>
			expect(screen.getByText(/Saved heatmap_2018-2020_observability\.csv/)).toBeInTheDocument()
		);
	});

	it('shows loading first, then an empty message when there are no rows', async () => {
		const view = render(Harness, { props: { table: { ...table, rows: [] }, loading: true } });
		expect(screen.getByText('Loading…')).toBeInTheDocument();
		await view.rerender({ table: { ...table, rows: [] }, loading: false });
		expect(screen.getByText('Nothing matches the current filters.')).toBeInTheDocument();
		expect(view.container.querySelector('svg[data-chart-svg]')).toBeNull();
		expect(screen.getByRole('button', { name: 'Export SVG' })).toBeDisabled();
		expect(screen.getByRole('button', { name: 'Export CSV' })).toBeEnabled();
	});

	it('shows an error with retry instead of the chart', async () => {
		const onretry = vi.fn();
		render(Harness, { props: { table, error: 'Query failed: no such table', onretry } });
		expect(screen.getByRole('alert')).toHaveTextContent('Query failed: no such table');
		await fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
		expect(onretry).toHaveBeenCalledOnce();
	});
});
