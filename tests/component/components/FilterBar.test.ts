import { fireEvent, render, screen, waitFor, within } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import FilterBar from '$lib/components/FilterBar.svelte';
import { EMPTY_FILTERS } from '$lib/db/types';
import { FilterState } from '$lib/state/filters.svelte';
import type { KnownValues } from '$lib/state/filters.url';
import { FakeHistory } from '../state/fakeUrl';

const themes = [
	{ id: 'observability', name: 'Observability' },
	{ id: 'security', name: 'Security' }
];
const events = [
	{ id: 'kubecon-eu-2018', name: 'KubeCon EU 2018', year: 2018 },
	{ id: 'kubecon-na-2019', name: 'KubeCon NA 2019', year: 2019 }
];
const projects = [
	{ id: 'envoy', name: 'Envoy', category: 'Service Proxy' },
	{ id: 'prometheus', name: 'Prometheus', category: 'Observability and Analysis' },
	{ id: 'promtail', name: 'Promtail', category: 'Observability and Analysis' }
];
const known: KnownValues = {
	themes: new Set(themes.map((t) => t.id)),
	events: new Set(events.map((e) => e.id)),
	projects: new Set(projects.map((p) => p.id)),
	years: [2014, 2021]
};

function setup(search = '') {
	const url = new FakeHistory(search);
	const filterState = new FilterState(url, known);
	filterState.syncFromUrl();
	const view = render(FilterBar, {
		props: { filterState, themes, events, projects, years: [2014, 2021], debounce: 5 }
	});
	return { url, filterState, view };
}

describe('FilterBar', () => {
	it('is a search landmark with labelled controls', () => {
		setup();
		const form = screen.getByRole('search', { name: 'Filters' });
		expect(within(form).getByRole('searchbox', { name: 'Search passages' })).toBeInTheDocument();
		expect(within(form).getByRole('combobox', { name: 'From' })).toBeInTheDocument();
		expect(within(form).getByRole('combobox', { name: 'Events' })).toBeInTheDocument();
		expect(within(form).getByRole('combobox', { name: 'Projects' })).toBeInTheDocument();
		expect(within(form).getByRole('group', { name: 'Themes' })).toBeInTheDocument();
		expect(screen.getByRole('button', { name: 'Clear all' })).toBeDisabled();
	});

	it('a theme checkbox changes the filters and the URL', async () => {
		const { url, filterState } = setup();
		await fireEvent.click(screen.getByRole('checkbox', { name: 'Security' }));
		expect(filterState.filters.themes).toEqual(['security']);
		expect(url.current).toBe('theme=security');
		expect(screen.getByRole('button', { name: 'Remove filter: Security' })).toBeInTheDocument();
	});

	it('year selects set the range', async () => {
		const { url } = setup();
		await fireEvent.change(screen.getByRole('combobox', { name: 'From' }), {
			target: { value: '2018' }
		});
		await fireEvent.change(screen.getByRole('combobox', { name: 'To' }), {
			target: { value: '2020' }
		});
		expect(url.current).toBe('from=2018&to=2020');
		expect(
			screen.getByRole('button', { name: 'Remove filter: Years 2018–2020' })
		).toBeInTheDocument();
	});

	it('search is debounced and typing shares one history entry', async () => {
		const { url, filterState } = setup();
		const box = screen.getByRole('searchbox', { name: 'Search passages' });
		await fireEvent.input(box, { target: { value: 'eb' } });
		await fireEvent.input(box, { target: { value: 'ebpf' } });
		expect(filterState.filters.q).toBe('');
		await waitFor(() => expect(filterState.filters.q).toBe('ebpf'));
		expect(url.writes).toEqual([{ search: 'q=ebpf', replace: false }]);
	});

	it('picks a project from the combobox with the keyboard', async () => {
		const { filterState } = setup();
		const input = screen.getByRole('combobox', { name: 'Projects' });
		await fireEvent.focus(input);
		await fireEvent.input(input, { target: { value: 'prom' } });
		expect(input).toHaveAttribute('aria-expanded', 'true');
		const listbox = screen.getByRole('listbox', { name: 'Projects' });
		expect(
			within(listbox)
				.getAllByRole('option')
				.map((o) => o.textContent?.trim())
		).toEqual([expect.stringContaining('Prometheus'), expect.stringContaining('Promtail')]);
		await fireEvent.keyDown(input, { key: 'ArrowDown' });
		await fireEvent.keyDown(input, { key: 'Enter' });
		expect(filterState.filters.projects).toEqual(['promtail']);
		expect(within(listbox).getByRole('option', { selected: true })).toHaveTextContent('Promtail');
		await fireEvent.keyDown(input, { key: 'Escape' });
		expect(input).toHaveAttribute('aria-expanded', 'false');
	});

	it('picks an event with the mouse', async () => {
		const { filterState } = setup();
		const input = screen.getByRole('combobox', { name: 'Events' });
		await fireEvent.focus(input);
		await fireEvent.click(screen.getByRole('option', { name: /KubeCon NA 2019/ }));
		expect(filterState.filters.events).toEqual(['kubecon-na-2019']);
	});

	it('active chips are removed by keyboard, and Clear all empties everything', async () => {
		const { url, filterState } = setup('theme=security&project=envoy&q=mesh');
		expect(screen.getByRole('searchbox')).toHaveValue('mesh');
		const chip = screen.getByRole('button', { name: 'Remove filter: Envoy' });
		await fireEvent.keyDown(chip, { key: 'Delete' });
		expect(filterState.filters.projects).toEqual([]);
		await fireEvent.click(screen.getByRole('button', { name: 'Clear all' }));
		expect(filterState.filters).toEqual(EMPTY_FILTERS);
		expect(url.current).toBe('');
		expect(screen.getByRole('searchbox')).toHaveValue('');
		expect(screen.getByText('No filters: showing everything.')).toBeInTheDocument();
	});

	it('shows notices for ignored link values, each dismissable', async () => {
		const { filterState } = setup('theme=nonsense&from=abc');
		const notices = screen.getAllByRole('button', { name: /^Dismiss:/ });
		expect(notices).toHaveLength(2);
		expect(screen.getByText('Ignored unknown theme “nonsense” in the link.')).toBeInTheDocument();
		await fireEvent.click(notices[0]!);
		expect(filterState.notices).toHaveLength(1);
		expect(screen.getAllByRole('button', { name: /^Dismiss:/ })).toHaveLength(1);
	});

	it('follows the URL on back/forward', async () => {
		const { url, filterState } = setup();
		await fireEvent.click(screen.getByRole('checkbox', { name: 'Observability' }));
		url.back();
		filterState.syncFromUrl();
		await waitFor(() =>
			expect(screen.getByRole('checkbox', { name: 'Observability' })).not.toBeChecked()
		);
	});
});
