import { describe, expect, it } from 'vitest';
import { chartClicks, selectionFits } from '$lib/app/dashboard/clicks';
import { FilterState } from '$lib/state/filters.svelte';
import { FakeHistory } from '../state/fakeUrl';

function setup(search = '') {
	const url = new FakeHistory(search);
	const state = new FilterState(url, {
		themes: new Set(['observability', 'security']),
		events: new Set(['kubecon-eu-2018', 'kubecon-na-2019']),
		projects: new Set(['envoy', 'prometheus']),
		years: [2014, 2021]
	});
	state.syncFromUrl();
	return { url, state, clicks: chartClicks(state) };
}

describe('chart clicks', () => {
	it('a heatmap cell filters to its theme and event in one history step, and lists its passages', () => {
		const { url, state, clicks } = setup();
		clicks.cell('observability', 'kubecon-eu-2018', 'event');
		expect(url.writes).toEqual([
			{ search: 'theme=observability&event=kubecon-eu-2018', replace: false }
		]);
		expect(state.selection).toEqual({
			kind: 'cell',
			themeId: 'observability',
			column: 'kubecon-eu-2018',
			columns: 'event'
		});
		// The same cell again undoes both.
		clicks.cell('observability', 'kubecon-eu-2018', 'event');
		expect(state.filters.themes).toEqual([]);
		expect(state.filters.events).toEqual([]);
		expect(state.selection).toBeNull();
		expect(url.current).toBe('');
	});

	it('a year column cell filters to the theme and that single year', () => {
		const { state, clicks } = setup();
		clicks.cell('security', '2019', 'year');
		expect(state.filters).toMatchObject({ themes: ['security'], from: 2019, to: 2019 });
		expect(state.selection).toMatchObject({ kind: 'cell', column: '2019', columns: 'year' });
	});

	it('an event click toggles the event filter; a node click the project filter', () => {
		const { state, clicks } = setup('theme=security');
		clicks.event('kubecon-na-2019');
		clicks.node('envoy');
		expect(state.filters).toMatchObject({
			themes: ['security'],
			events: ['kubecon-na-2019'],
			projects: ['envoy']
		});
		expect(state.selection).toEqual({ kind: 'node', projectId: 'envoy' });
		clicks.node('envoy');
		expect(state.filters.projects).toEqual([]);
		expect(state.selection).toBeNull();
	});

	it('an edge click only selects (the passages naming both projects), and toggles off', () => {
		const { url, state, clicks } = setup();
		clicks.edge('envoy', 'prometheus');
		expect(url.writes).toEqual([]);
		expect(state.selection).toEqual({ kind: 'edge', source: 'envoy', target: 'prometheus' });
		clicks.edge('envoy', 'prometheus');
		expect(state.selection).toBeNull();
	});

	it('the brush writes the year range; a full-range brush writes nothing', () => {
		const { url, state, clicks } = setup();
		clicks.brush({ from: 2016, to: 2018 });
		expect(url.current).toBe('from=2016&to=2018');
		clicks.brush({ from: 2014, to: 2021 });
		expect(state.filters.from).toBeNull();
		expect(url.current).toBe('');
	});
});

describe('selectionFits', () => {
	it('drops a selection whose filter went away with Back', () => {
		const { url, state, clicks } = setup();
		clicks.node('envoy');
		url.back();
		state.syncFromUrl();
		expect(selectionFits(state.selection, state.filters)).toBe(false);
		url.forward();
		state.syncFromUrl();
		expect(selectionFits(state.selection, state.filters)).toBe(true);
	});

	it('keeps edge selections (they are not filters)', () => {
		expect(
			selectionFits(
				{ kind: 'edge', source: 'a', target: 'b' },
				{ from: null, to: null, themes: [], events: [], projects: [], q: '' }
			)
		).toBe(true);
	});
});
