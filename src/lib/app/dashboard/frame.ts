/**
 * What every chart frame prints into its exports besides the chart: the active filters in
 * words, the source line, and the filters themselves (for file names).
 */
import { filterCaption, sourceLine } from '$lib/export/caption';
import type { Filters, MetaInfo } from '$lib/db/types';

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
