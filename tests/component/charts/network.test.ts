import './jsdomLayout';
import { fireEvent, render, screen, waitFor } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import NetworkChart from '$lib/charts/network/NetworkChart.svelte';
import { fixtureEdges, fixtureNodes } from '$lib/charts/fixtures';
import { runForce, type ForceResult } from '$lib/charts/network/force.layout';
import type { ForceLayoutFn } from '$lib/charts/network/force.client';
import { DEFAULT_TICKS, forceKey } from '$lib/charts/network/force.protocol';
import { forceInputFor, layoutAspect } from '$lib/charts/network/network.layout';

const layout: ForceLayoutFn = async (input) => runForce(input);
const base = { width: 800, height: 520, layout, nodes: fixtureNodes, edges: fixtureEdges };

async function drawn(container: HTMLElement, n = fixtureNodes.length) {
	await waitFor(() => expect(container.querySelectorAll('circle.node')).toHaveLength(n));
}

describe('NetworkChart', () => {
	it('draws one circle per node and one line per edge', async () => {
		const { container } = render(NetworkChart, { props: base });
		await drawn(container);
		expect(container.querySelectorAll('line.edge')).toHaveLength(fixtureEdges.length);
		expect(container.querySelector('svg[data-chart-svg="network"]')).toHaveAccessibleName(
			'Projects mentioned together'
		);
	});

	it('asks the layout for forceInputFor(its data, its settings), so a warmed cache is hit', async () => {
		const spy = vi.fn(layout);
		const { container } = render(NetworkChart, { props: { ...base, layout: spy } });
		await drawn(container);
		const settings = {
			maxEdges: 250,
			seed: 1,
			ticks: DEFAULT_TICKS,
			aspect: layoutAspect(800, 520)
		};
		expect(spy).toHaveBeenCalledTimes(1);
		expect(forceKey(spy.mock.calls[0]![0])).toBe(
			forceKey(forceInputFor(fixtureNodes, fixtureEdges, settings))
		);
	});

	it('hides edges under minWeight without moving any node', async () => {
		const { container, rerender } = render(NetworkChart, { props: base });
		await drawn(container);
		const pos = () =>
			[...container.querySelectorAll('circle.node')].map((c) => c.getAttribute('cx')).join();
		const before = pos();
		await rerender({ minWeight: 10 });
		const heavy = fixtureEdges.filter((e) => e.weight >= 10).length;
		expect(heavy).toBeGreaterThan(0);
		expect(container.querySelectorAll('line.edge')).toHaveLength(heavy);
		expect(pos()).toBe(before);
	});

	it('selects a node by click and by Enter, an edge by click', async () => {
		const onselectnode = vi.fn();
		const onselectedge = vi.fn();
		const { container } = render(NetworkChart, { props: { ...base, onselectnode, onselectedge } });
		await drawn(container);
		const k8s = screen.getByRole('button', { name: /^Kubernetes \(Orchestration/ });
		await fireEvent.click(k8s);
		await fireEvent.keyDown(k8s, { key: 'Enter' });
		expect(onselectnode.mock.calls).toEqual([['kubernetes'], ['kubernetes']]);
		const edge = container.querySelector('line.edge[data-source="kubernetes"]')!;
		await fireEvent.click(edge);
		expect(onselectedge).toHaveBeenCalledWith({
			source: 'kubernetes',
			target: edge.getAttribute('data-target')
		});
	});

	it('lets a pointer pick an edge through one hit area for all edges', async () => {
		const onselectedge = vi.fn();
		const { container } = render(NetworkChart, { props: { ...base, onselectedge } });
		await drawn(container);
		expect(container.querySelectorAll('.edge-hit')).toHaveLength(1);
		const line = container.querySelector('line.edge')!;
		const [x1, y1, x2, y2] = ['x1', 'y1', 'x2', 'y2'].map((a) => +line.getAttribute(a)!);
		await fireEvent.click(container.querySelector('.edge-hit')!, {
			clientX: (x1! + x2!) / 2,
			clientY: (y1! + y2!) / 2
		});
		expect(onselectedge).toHaveBeenCalledWith({
			source: line.getAttribute('data-source'),
			target: line.getAttribute('data-target')
		});
	});

	it('highlights a hovered node’s neighbours and dims the rest', async () => {
		const { container } = render(NetworkChart, { props: base });
		await drawn(container);
		await fireEvent.pointerEnter(container.querySelector('circle[data-id="vitess"]')!);
		const neighbours = new Set(['vitess']);
		for (const e of fixtureEdges) {
			if (e.source === 'vitess') neighbours.add(e.target);
			if (e.target === 'vitess') neighbours.add(e.source);
		}
		const lit = [...container.querySelectorAll('circle.node:not(.dim)')].map((c) =>
			c.getAttribute('data-id')
		);
		expect(new Set(lit)).toEqual(neighbours);
	});

	it('drags a node to a new place; the drag is not a click', async () => {
		const onselectnode = vi.fn();
		const { container } = render(NetworkChart, { props: { ...base, onselectnode } });
		await drawn(container);
		const node = container.querySelector('circle[data-id="helm"]')!;
		const [x, y] = [+node.getAttribute('cx')!, +node.getAttribute('cy')!];
		await fireEvent.pointerDown(node, { clientX: x, clientY: y, pointerId: 1 });
		await fireEvent.pointerMove(node, { clientX: x + 40, clientY: y - 30, pointerId: 1 });
		await fireEvent.pointerUp(node, { clientX: x + 40, clientY: y - 30, pointerId: 1 });
		await fireEvent.click(node);
		expect(+node.getAttribute('cx')!).toBeCloseTo(x + 40, 1);
		expect(+node.getAttribute('cy')!).toBeCloseTo(y - 30, 1);
		expect(onselectnode).not.toHaveBeenCalled();
		const edge = container.querySelector(
			'line.edge[data-source="helm"], line.edge[data-target="helm"]'
		)!;
		const end = edge.getAttribute('data-source') === 'helm' ? ['x1', 'y1'] : ['x2', 'y2'];
		expect(+edge.getAttribute(end[0]!)!).toBeCloseTo(x + 40, 1);
	});

	it('zooms with the buttons and the wheel, pans by dragging the background', async () => {
		const onselectedge = vi.fn();
		const { container } = render(NetworkChart, { props: { ...base, onselectedge } });
		await drawn(container);
		const at = () =>
			[...container.querySelectorAll('circle.node')].map((c) => [
				+c.getAttribute('cx')!,
				+c.getAttribute('cy')!
			]);
		const before = at();
		// The buttons zoom about the middle of the drawing (800 × 520).
		await fireEvent.click(screen.getByRole('button', { name: 'Zoom in' }));
		at().forEach(([x, y], i) => {
			expect(x).toBeCloseTo(400 + (before[i]![0]! - 400) * 1.5, 6);
			expect(y).toBeCloseTo(260 + (before[i]![1]! - 260) * 1.5, 6);
		});
		await fireEvent.click(screen.getByRole('button', { name: 'Reset view' }));
		expect(at()).toEqual(before);

		// The wheel zooms about the pointer: the point under it stays put.
		const svg = container.querySelector('svg[data-chart-svg="network"]')!;
		await fireEvent.wheel(svg, { deltaY: -100, clientX: 100, clientY: 50 });
		const f = 2 ** 0.2;
		at().forEach(([x, y], i) => {
			expect(x).toBeCloseTo(100 + (before[i]![0]! - 100) * f, 6);
			expect(y).toBeCloseTo(50 + (before[i]![1]! - 50) * f, 6);
		});
		await fireEvent.click(screen.getByRole('button', { name: 'Reset view' }));

		// Dragging the background moves everything; the release is not a click.
		const backdrop = container.querySelector('rect.backdrop')!;
		await fireEvent.pointerDown(backdrop, { clientX: 10, clientY: 10, pointerId: 2 });
		await fireEvent.pointerMove(backdrop, { clientX: 60, clientY: 40, pointerId: 2 });
		await fireEvent.pointerUp(backdrop, { clientX: 60, clientY: 40, pointerId: 2 });
		at().forEach(([x, y], i) => {
			expect(x).toBeCloseTo(before[i]![0]! + 50, 6);
			expect(y).toBeCloseTo(before[i]![1]! + 30, 6);
		});
		const edge = container.querySelector('line.edge')!;
		await fireEvent.click(edge);
		expect(onselectedge).not.toHaveBeenCalled();
		await fireEvent.click(edge);
		expect(onselectedge).toHaveBeenCalledTimes(1);
	});

	it('moves keyboard focus through nodes from most to least mentioned', async () => {
		const { container } = render(NetworkChart, { props: base });
		await drawn(container);
		const nodes = [...container.querySelectorAll<SVGCircleElement>('circle.node')];
		expect(nodes.filter((n) => n.getAttribute('tabindex') === '0')).toHaveLength(1);
		expect(nodes[0]).toHaveAttribute('data-id', 'kubernetes');
		nodes[0]!.focus();
		await fireEvent.keyDown(nodes[0]!, { key: 'ArrowRight' });
		expect(document.activeElement).toBe(nodes[1]);
	});

	it('shows a status while the layout runs and keeps positions when frozen', async () => {
		let release: (r: ForceResult) => void = () => {};
		const slow: ForceLayoutFn = (input) =>
			new Promise((resolve) => (release = () => resolve(runForce(input))));
		const { container, rerender } = render(NetworkChart, { props: { ...base, layout: slow } });
		expect(screen.getByRole('status')).toHaveTextContent('Laying out the network');
		expect(container.querySelectorAll('circle.node')).toHaveLength(0);
		release({} as ForceResult);
		await drawn(container);
		expect(screen.getByRole('status')).toHaveTextContent('');

		await fireEvent.click(screen.getByRole('button', { name: 'Freeze layout' }));
		expect(screen.getByRole('button', { name: 'Layout frozen' })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		const cx = container.querySelector('circle[data-id="kubernetes"]')!.getAttribute('cx');
		// New data while frozen: no new layout is requested, known nodes stay put.
		const spy = vi.fn(slow);
		await rerender({ layout: spy, nodes: fixtureNodes.slice(0, 20) });
		expect(spy).not.toHaveBeenCalled();
		expect(container.querySelectorAll('circle.node')).toHaveLength(20);
		expect(screen.getByRole('status')).toHaveTextContent('');
		expect(container.querySelector('circle[data-id="kubernetes"]')).toHaveAttribute('cx', cx);

		// Unfreezing lays out the new data.
		await fireEvent.click(screen.getByRole('button', { name: 'Layout frozen' }));
		expect(spy).toHaveBeenCalledTimes(1);
	});

	it('switches to the canvas renderer past the threshold and stays keyboard reachable', async () => {
		// jsdom has no canvas backend; the renderer must cope with a missing 2d context.
		vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
		const onselectnode = vi.fn();
		const { container } = render(NetworkChart, {
			props: { ...base, canvasThreshold: 10, onselectnode }
		});
		await waitFor(() => expect(container.querySelector('rect.canvas-keys')).not.toBeNull());
		expect(container.querySelector('canvas')).not.toBeNull();
		expect(container.querySelectorAll('circle.node')).toHaveLength(0);
		const keys = container.querySelector('rect.canvas-keys')!;
		expect(keys.getAttribute('aria-label')).toMatch(/^Kubernetes:/);
		await fireEvent.keyDown(keys, { key: 'ArrowRight' });
		await fireEvent.keyDown(keys, { key: 'Enter' });
		expect(onselectnode).toHaveBeenCalledWith('prometheus');
	});
});
