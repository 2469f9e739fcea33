/**
 * The dashboard's first view, answered at build time: the ingest runs the very questions the
 * dashboard asks on an unfiltered visit (the same query code, on the database it has just
 * written) and saves the answers beside the database (`atlas.first.json`). The page draws its
 * charts from this small file while the database itself still downloads and opens, as static
 * site generators do with their build-time queries; any other view is asked of the database.
 * `builtAt` ties the answers to their database: if the opened one differs, they are dropped.
 * (Relative imports: the ingest script in Node uses this module too.)
 */
import {
	EMPTY_FILTERS,
	type AtlasClient,
	type AtlasSummary,
	type EventSummary,
	type Filters,
	type HeatmapCell,
	type PassageQuery,
	type ProjectInfo,
	type ThemeInfo
} from '../../db/types';
import type { NetworkData, PassagePage, TimelineData } from './data.svelte';

/** Series drawn under the timeline when no project is chosen. */
export const TOP_SERIES = 5;
/**
 * The network's default size: beyond this it is hard to read as a picture. "All projects" lifts
 * the cap (drawn on canvas past a few hundred nodes).
 */
export const MAX_NODES = 150;
export const PASSAGE_PAGE = 20;

export interface FirstView {
	builtAt: string;
	/** The reference tables the page needs before the database is open. */
	themes: ThemeInfo[];
	projects: ProjectInfo[];
	/** Every event, unfiltered: the timeline's events too. */
	catalog: EventSummary[];
	series: TimelineData['series'];
	heatmap: HeatmapCell[];
	network: NetworkData;
	summary: AtlasSummary;
	passages: PassagePage;
}

/** The passage question of an unfiltered view with nothing selected. */
export const FIRST_PASSAGES: PassageQuery = { filters: EMPTY_FILTERS, limit: PASSAGE_PAGE };

/** No filter at all: the view the first-view answers are for. */
export function isUnfiltered(f: Filters): boolean {
	return (
		f.from === null &&
		f.to === null &&
		f.themes.length + f.events.length + f.projects.length === 0 &&
		f.q.trim() === ''
	);
}

/** Asks `client` the first view's questions (at build time, of the database just written). */
export async function answerFirstView(client: AtlasClient): Promise<FirstView> {
	const f = EMPTY_FILTERS;
	const [meta, themes, projects, catalog, series, heatmap, network, summary, passages] =
		await Promise.all([
			client.meta(),
			client.themes(),
			client.projects(),
			client.events(f),
			client.timelineSeries(f, TOP_SERIES),
			client.heatmap(f, 'event', 'share'),
			client.network(f, 1, MAX_NODES),
			client.summary(f),
			client.passages(FIRST_PASSAGES)
		]);
	return {
		builtAt: meta.builtAt,
		themes,
		projects,
		catalog,
		series,
		heatmap,
		network,
		summary,
		passages
	};
}
