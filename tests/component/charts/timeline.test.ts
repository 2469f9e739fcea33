import './jsdomLayout';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import TimelineChart from '$lib/charts/timeline/TimelineChart.svelte';
import { fixtureEvents, fixtureSeries } from '$lib/charts/fixtures';
import type { EventSummary } from '$lib/db/types';

const base = { width: 800, height: 420 };

function event(over: Partial<EventSummary>): EventSummary {
	return { ...fixtureEvents[0]!, ...over };
}

describe('TimelineChart', () => {
	it('progressive: draws the events first and the axis and lines a task later', async () => {
		const { container } = render(TimelineChart, {
			props: { events: fixtureEvents, series: fixtureSeries, width: 800, progressive: true }
		});
		expect(container.querySelectorAll('circle.event')).toHaveLength(fixtureEvents.length);
		expect(container.querySelectorAll('text.year, path.series-line')).toHaveLength(0);
		await new Promise((resolve) => setTimeout(resolve, 0));
		expect(container.querySelectorAll('text.year').length).toBeGreaterThan(0);
		expect(container.querySelectorAll('path.series-line').length).toBeGreaterThan(0);
	});

	it('draws one focusable circle per event, named for screen readers', () => {
		const { container } = render(TimelineChart, { props: { ...base, events: fixtureEvents } });
		const circles = container.querySelectorAll('circle.event');
		expect(circles).toHaveLength(fixtureEvents.length);
		for (const c of circles) expect(c).toHaveAttribute('tabindex', '0');
		const e = fixtureEvents.find((x) => x.id === 'kubecon-na-2019')!;
		expect(
			screen.getByRole('button', { name: `KubeCon NA 2019, San Diego, ${e.passages} passages` })
		).toBeInTheDocument();
	});

	it('has an accessible name and description on its svg', () => {
		const { container } = render(TimelineChart, {
			props: { ...base, events: fixtureEvents, title: 'Events 2014–2021' }
		});
		const svg = container.querySelector('svg[data-chart-svg="timeline"]')!;
		expect(svg).toHaveAccessibleName('Events 2014–2021');
		expect(svg).toHaveAccessibleDescription(/21 events from 2014 to 2021/);
		expect(svg.getAttribute('width')).toBe('800');
	});

	it('sizes circles by the chosen volume (bigger write-up, bigger circle)', () => {
		const events = [
			event({ id: 'a', passages: 10, words: 9000, startDate: '2015-03-01', year: 2015 }),
			event({ id: 'b', passages: 40, words: 1000, startDate: '2018-03-01', year: 2018 })
		];
		const r = (c: HTMLElement, id: string) =>
			+c.querySelector(`circle[data-id="${id}"]`)!.getAttribute('r')!;
		const byPassages = render(TimelineChart, { props: { ...base, events } }).container;
		expect(r(byPassages, 'b')).toBeGreaterThan(r(byPassages, 'a'));
		const byWords = render(TimelineChart, {
			props: { ...base, events, volume: 'words' }
		}).container;
		expect(r(byWords, 'a')).toBeGreaterThan(r(byWords, 'b'));
	});

	it('keeps events of the same month from overlapping', () => {
		const events = ['x', 'y', 'z'].map((id) =>
			event({ id, startDate: '2019-11-18', year: 2019, passages: 30 })
		);
		const { container } = render(TimelineChart, { props: { ...base, events } });
		const pts = [...container.querySelectorAll('circle.event')].map((c) => ({
			x: +c.getAttribute('cx')!,
			y: +c.getAttribute('cy')!,
			r: +c.getAttribute('r')!
		}));
		for (let i = 0; i < pts.length; i++)
			for (let j = i + 1; j < pts.length; j++) {
				const [a, b] = [pts[i]!, pts[j]!];
				expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThanOrEqual(a.r + b.r);
			}
	});

	it('selects an event by click and by Enter', async () => {
		const onselectevent = vi.fn();
		render(TimelineChart, { props: { ...base, events: fixtureEvents, onselectevent } });
		const mark = screen.getByRole('button', { name: /^KubeCon EU 2018,/ });
		await fireEvent.click(mark);
		await fireEvent.keyDown(mark, { key: 'Enter' });
		expect(onselectevent.mock.calls).toEqual([['kubecon-eu-2018'], ['kubecon-eu-2018']]);
	});

	it('brushes years by dragging over the axis', async () => {
		const onbrush = vi.fn();
		render(TimelineChart, { props: { ...base, events: fixtureEvents, onbrush } });
		const zone = screen.getByRole('slider', { name: 'Year range' });
		// 8 years over 800 - 28 px of axis (padding 14 each side): ~96.5 px per year.
		await fireEvent.pointerDown(zone, { clientX: 14 + 96.5 * 2.5, pointerId: 1 });
		await fireEvent.pointerMove(zone, { clientX: 14 + 96.5 * 4, pointerId: 1 });
		await fireEvent.pointerUp(zone, { clientX: 14 + 96.5 * 4.5, pointerId: 1 });
		expect(onbrush).toHaveBeenLastCalledWith({ from: 2016, to: 2018 });
	});

	it('moves and resizes the range with arrow keys, clears it with Escape', async () => {
		const onbrush = vi.fn();
		const { rerender } = render(TimelineChart, {
			props: { ...base, events: fixtureEvents, onbrush, range: { from: 2016, to: 2017 } }
		});
		const zone = screen.getByRole('slider', { name: 'Year range' });
		expect(zone).toHaveAttribute('aria-valuetext', '2016–2017');
		await fireEvent.keyDown(zone, { key: 'ArrowRight' });
		expect(onbrush).toHaveBeenLastCalledWith({ from: 2017, to: 2018 });
		await fireEvent.keyDown(zone, { key: 'ArrowLeft', shiftKey: true });
		expect(onbrush).toHaveBeenLastCalledWith({ from: 2016, to: 2016 });
		await fireEvent.keyDown(zone, { key: 'Escape' });
		expect(onbrush).toHaveBeenLastCalledWith(null);
		await rerender({ range: { from: 2020, to: 2021 } });
		await fireEvent.keyDown(zone, { key: 'ArrowRight' });
		expect(onbrush).toHaveBeenLastCalledWith({ from: 2020, to: 2021 });
	});

	it('draws one line per series key and one dot per point below the events', () => {
		const { container } = render(TimelineChart, {
			props: { ...base, events: fixtureEvents, series: fixtureSeries }
		});
		const keys = new Set(fixtureSeries.map((p) => p.key));
		expect(container.querySelectorAll('path.series-line')).toHaveLength(keys.size);
		expect(container.querySelectorAll('circle.series-point')).toHaveLength(fixtureSeries.length);
		expect(container.querySelector('.series-labels')?.textContent).toContain('Kubernetes');
	});

	it('shows the tooltip when an event gets keyboard focus', async () => {
		const { container } = render(TimelineChart, { props: { ...base, events: fixtureEvents } });
		const mark = container.querySelector('circle[data-id="kubecon-na-2019"]')!;
		await fireEvent.focus(mark);
		expect(container.querySelector('.atlas-tooltip')?.textContent).toContain('Nov 18, 2019');
		await fireEvent.blur(mark);
		expect(container.querySelector('.atlas-tooltip')).toBeNull();
	});
});
