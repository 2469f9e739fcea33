/**
 * What a click on a chart mark does to the view. A click filters the other charts (and writes
 * the URL, so Back undoes it) and selects the mark, which narrows the passage list to the
 * passages behind it. Clicking the same mark again undoes both.
 */
import type { Filters } from '$lib/db/types';
import type { FilterState } from '$lib/state/filters.svelte';
import type { Selection } from '$lib/state/selection';

export interface ChartClicks {
	/** Timeline brush: a year range, or null for all years. */
	brush(range: { from: number; to: number } | null): void;
	/** Timeline event mark. */
	event(eventId: string): void;
	/** Heatmap cell: a theme at an event, or at a year. */
	cell(themeId: string, column: string, columns: 'event' | 'year'): void;
	/** Network node: the project becomes a filter (the others show its context). */
	node(projectId: string): void;
	/** Network edge: only the passage list changes (passages naming both projects). */
	edge(source: string, target: string): void;
}

function only(list: readonly string[], id: string): boolean {
	return list.length === 1 && list[0] === id;
}

export function chartClicks(state: FilterState): ChartClicks {
	return {
		brush(range) {
			state.setYears(range?.from ?? null, range?.to ?? null);
		},
		event(eventId) {
			const had = state.filters.events.includes(eventId);
			state.toggleEvent(eventId);
			state.selection = had ? null : { kind: 'event', eventId };
		},
		cell(themeId, column, columns) {
			const f = state.filters;
			let on: boolean;
			if (columns === 'event') {
				on = only(f.themes, themeId) && only(f.events, column);
				state.update(on ? { themes: [], events: [] } : { themes: [themeId], events: [column] });
			} else {
				const year = Number(column);
				on = only(f.themes, themeId) && f.from === year && f.to === year;
				state.update(
					on ? { themes: [], from: null, to: null } : { themes: [themeId], from: year, to: year }
				);
			}
			state.selection = on ? null : { kind: 'cell', themeId, column, columns };
		},
		node(projectId) {
			const had = state.filters.projects.includes(projectId);
			state.toggleProject(projectId);
			state.selection = had ? null : { kind: 'node', projectId };
		},
		edge(source, target) {
			// Clicking the selected edge again deselects it.
			state.select({ kind: 'edge', source, target });
		}
	};
}

/**
 * Whether a selection still belongs to the filters. After Back/Forward the filters change under
 * a selection made by a click (which the URL does not hold); a selection whose filter is gone
 * would narrow the passage list to something the view no longer shows.
 */
export function selectionFits(selection: Selection | null, f: Filters): boolean {
	if (!selection) return true;
	switch (selection.kind) {
		case 'event':
			return f.events.includes(selection.eventId);
		case 'node':
			return f.projects.includes(selection.projectId);
		case 'cell':
			return (
				f.themes.includes(selection.themeId) &&
				(selection.columns === 'event'
					? f.events.includes(selection.column)
					: f.from === Number(selection.column) && f.to === Number(selection.column))
			);
		default:
			return true;
	}
}
