/**
 * What the user clicked in a chart. A selection narrows the passage list; it is not a filter
 * (it is not in the URL and the charts do not redraw for it), and Escape clears it.
 */
import type { Filters, PassageQuery } from '$lib/db/types';

export type Selection =
	/** A timeline mark. */
	| { kind: 'event'; eventId: string }
	/** A theme at one event (e.g. a timeline series point of a theme). */
	| { kind: 'theme-event'; themeId: string; eventId: string }
	/** A project node of the network. */
	| { kind: 'node'; projectId: string }
	/** A co-mention edge: passages where both projects appear. */
	| { kind: 'edge'; source: string; target: string }
	/** A heatmap cell: a theme × an event column, or × a year column. */
	| { kind: 'cell'; themeId: string; column: string; columns: 'event' | 'year' };

/** The passage question behind a selection under the current filters. */
export function selectionQuery(
	filters: Filters,
	selection: Selection | null,
	page: { limit?: number; offset?: number } = {}
): PassageQuery {
	const base: PassageQuery = { filters, ...page };
	if (!selection) return base;
	switch (selection.kind) {
		case 'event':
			return { ...base, eventId: selection.eventId };
		case 'theme-event':
			return { ...base, themeId: selection.themeId, eventId: selection.eventId };
		case 'node':
			return { ...base, withProjects: [selection.projectId] };
		case 'edge':
			return { ...base, withProjects: [selection.source, selection.target] };
		case 'cell':
			return selection.columns === 'year'
				? { ...base, themeId: selection.themeId, year: Number(selection.column) }
				: { ...base, themeId: selection.themeId, eventId: selection.column };
	}
}

/** Same selection, so clicking a selected mark again can toggle it off. */
export function sameSelection(a: Selection | null, b: Selection | null): boolean {
	return JSON.stringify(a) === JSON.stringify(b);
}
