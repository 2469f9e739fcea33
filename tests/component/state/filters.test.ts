import { describe, expect, it } from 'vitest';
import { flushSync } from 'svelte';
import { EMPTY_FILTERS } from '$lib/db/types';
import { FilterState } from '$lib/state/filters.svelte';
import type { KnownValues } from '$lib/state/filters.url';
import { FakeHistory } from './fakeUrl';

const known: KnownValues = {
	themes: new Set(['observability', 'security']),
	events: new Set(['kubecon-eu-2018']),
	projects: new Set(['envoy', 'prometheus']),
	years: [2014, 2021]
};

function setup(search = '', k?: KnownValues) {
	const url = new FakeHistory(search);
	const state = new FilterState(url, k);
	state.syncFromUrl();
	return { url, state };
}

describe('FilterState ⇄ URL', () => {
	it('a user change writes the URL as a new history entry', () => {
		const { url, state } = setup();
		state.toggleTheme('security');
		expect(url.writes).toEqual([{ search: 'theme=security', replace: false }]);
		expect(state.filters.themes).toEqual(['security']);
		expect(state.active).toBe(true);
	});

	it('reading the URL or a no-op change never writes it', () => {
		const { url, state } = setup('from=2018&theme=security');
		expect(state.filters).toEqual({ ...EMPTY_FILTERS, from: 2018, themes: ['security'] });
		state.syncFromUrl();
		state.setThemes(['security', 'security']);
		state.setYears(2018, null);
		state.setQuery('');
		expect(url.writes).toEqual([]);
	});

	it('a full year range is the default and is not written', () => {
		const { url, state } = setup('', known);
		state.setYears(2014, 2021);
		expect(url.writes).toEqual([]);
		state.setYears(2020, 2016);
		expect(state.filters.from).toBe(2016);
		expect(state.filters.to).toBe(2020);
		expect(url.current).toBe('from=2016&to=2020');
	});

	it('clearing goes back to a bare URL and keeps parameters the page owns', () => {
		const { url, state } = setup('view=years&theme=security&project=envoy');
		state.clear();
		expect(url.current).toBe('view=years');
		expect(state.filters).toEqual(EMPTY_FILTERS);
		expect(state.active).toBe(false);
	});

	it('search edits share one history entry, the first one adds it', () => {
		const { url, state } = setup('theme=security');
		state.setQuery('e');
		state.setQuery('eb');
		state.setQuery('ebpf');
		expect(url.writes.map((w) => w.replace)).toEqual([false, true, true]);
		expect(url.entries).toEqual(['theme=security', 'theme=security&q=ebpf']);
		// Another kind of change is its own step again.
		state.toggleProject('envoy');
		state.setQuery('ebpf maps');
		expect(url.writes.slice(3).map((w) => w.replace)).toEqual([false, false]);
	});

	it('back and forward step through changes', () => {
		const { url, state } = setup();
		state.toggleTheme('security');
		state.toggleEvent('kubecon-eu-2018');
		url.back();
		state.syncFromUrl();
		expect(state.filters).toEqual({ ...EMPTY_FILTERS, themes: ['security'] });
		url.back();
		state.syncFromUrl();
		expect(state.filters).toEqual(EMPTY_FILTERS);
		url.forward();
		url.forward();
		state.syncFromUrl();
		expect(state.filters.events).toEqual(['kubecon-eu-2018']);
		expect(url.writes).toHaveLength(2);
	});

	it('unknown values from a link become dismissable notices, not a crash', () => {
		const { state } = setup('theme=security,nonsense&from=abc');
		expect(state.filters.themes).toEqual(['nonsense', 'security']);
		state.setKnown(known);
		expect(state.filters).toEqual({ ...EMPTY_FILTERS, themes: ['security'] });
		expect(state.notices).toHaveLength(2);
		expect(state.notices.join(' ')).toContain('Ignored unknown theme “nonsense”');
		state.dismissNotice(0);
		expect(state.notices).toHaveLength(1);
		state.dismissNotices();
		expect(state.notices).toEqual([]);
	});

	it('filters are plain objects the worker can receive', () => {
		const { state } = setup('theme=security');
		flushSync();
		expect(() => structuredClone(state.filters)).not.toThrow();
	});
});

describe('selection', () => {
	it('select toggles, Escape (clearSelection) clears and reports it', () => {
		const { url, state } = setup();
		state.select({ kind: 'node', projectId: 'envoy' });
		expect(state.selection).toEqual({ kind: 'node', projectId: 'envoy' });
		state.select({ kind: 'node', projectId: 'envoy' });
		expect(state.selection).toBeNull();
		state.select({ kind: 'edge', source: 'envoy', target: 'prometheus' });
		expect(state.clearSelection()).toBe(true);
		expect(state.clearSelection()).toBe(false);
		expect(url.writes).toEqual([]);
	});
});
