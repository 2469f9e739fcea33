/**
 * What every chart frame prints into its exports besides the chart: the active filters in
 * words, the source line, and the filters themselves (for file names).
 */
import { filterCaption, sourceLine } from '$lib/export/caption';
import type { Filters, MetaInfo } from '$lib/db/types';
import type { DashboardData, Slot } from './data.svelte';

export interface FrameInfo {
	caption: string;
	source: string;
	filters: Filters;
	builtAt?: string;
}

export function frameInfo(
	filters: Filters,
	atlas: {
		meta: MetaInfo | null;
		themeNames: ReadonlyMap<string, string>;
		eventNames: ReadonlyMap<string, string>;
		projectNames: ReadonlyMap<string, string>;
		years: [number, number] | undefined;
	}
): FrameInfo {
	const names = {
		themes: atlas.themeNames,
		events: atlas.eventNames,
		projects: atlas.projectNames
	};
	return {
		caption: filterCaption(filters, names, atlas.years),
		source: atlas.meta ? sourceLine(atlas.meta) : 'Source: KubeCon Atlas',
		filters,
		builtAt: atlas.meta?.builtAt
	};
}

/** What a chart frame says when the database did not load (the alert above says why). */
export const NOT_LOADED = 'Nothing to draw: the database did not load (see the message above).';

/** The loading, empty and error props of a chart frame, the same for every dashboard chart. */
export interface SlotFrame {
	loading: boolean;
	empty: true | undefined;
	error: string | null;
	emptyText: string;
	onretry: () => void;
}

/**
 * A chart's frame state from its dashboard slot: loading until its first answer and while a new
 * one is on its way (the frame dims a stale chart rather than hiding it), empty with a pointer
 * to the alert when the database did not load, its slot's error with a retry.
 */
export function slotFrame(
	atlas: { error: unknown },
	data: DashboardData | null,
	slot: Exclude<Slot, 'passages' | 'summary'>,
	emptyText: string,
	retry: () => void
): SlotFrame {
	const failed = Boolean(atlas.error);
	return {
		loading: !failed && (!data?.[slot] || Boolean(data.pending[slot])),
		empty: failed ? true : undefined,
		error: data?.errors[slot]?.message ?? null,
		emptyText: failed ? NOT_LOADED : emptyText,
		onretry: retry
	};
}
