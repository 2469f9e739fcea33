/**
 * Typed answers of the database: what the dashboard asks (`AtlasClient`) and the rows it gets.
 * All SQL lives in `src/lib/db/queries`; everything above the db layer only sees these types.
 */

/** The user's filters, as in the URL (`from`, `to`, `theme`, `event`, `project`, `q`). */
export interface Filters {
	from: number | null;
	to: number | null;
	themes: string[];
	events: string[];
	projects: string[];
	q: string;
}

export const EMPTY_FILTERS: Filters = {
	from: null,
	to: null,
	themes: [],
	events: [],
	projects: [],
	q: ''
};

export interface MetaInfo {
	schemaVersion: number;
	builtAt: string;
	corpusDigest: string;
	counts: Record<string, number>;
}

export interface EventSummary {
	id: string;
	name: string;
	series: 'kubecon' | 'dockercon' | 'other';
	region: string | null;
	year: number;
	startDate: string | null;
	endDate: string | null;
	city: string | null;
	country: string | null;
	format: string | null;
	inCatalog: boolean;
	/** Under the current filters. */
	passages: number;
	words: number;
	sources: number;
	talks: number;
	mentions: number;
}

export interface ThemeInfo {
	id: string;
	name: string;
	description: string;
}

export interface ProjectInfo {
	id: string;
	name: string;
	category: string;
	subcategory: string;
	cncfStatus: string | null;
	accepted: string | null;
	incubating: string | null;
	graduated: string | null;
	homepage: string | null;
}

/** Timeline lower panel: mentions of one project (or passages of one theme) at one event. */
export interface SeriesPoint {
	key: string;
	kind: 'project' | 'theme';
	label: string;
	eventId: string;
	date: string;
	value: number;
}

/** Heatmap cell: one theme at one column (an event id, or a year as a string). */
export interface HeatmapCell {
	themeId: string;
	column: string;
	/** Passages of the column scoring on the theme. */
	passages: number;
	/** Sum of the theme's passage scores. */
	score: number;
	/** passages / all passages of the column: 0–1. */
	share: number;
	/** All passages of the column (the denominator of share). */
	total: number;
}

export interface NetworkNode {
	id: string;
	name: string;
	category: string;
	mentions: number;
}

export interface NetworkEdge {
	source: string;
	target: string;
	/** 2 per passage with both + 1 per section (outside such passages) with both. */
	weight: number;
	passages: number;
}

export interface MentionSpan {
	start: number;
	end: number;
	projectId: string;
}

export interface PassageHit {
	id: number;
	text: string;
	eventId: string | null;
	eventName: string | null;
	sourceId: number;
	sourceTitle: string | null;
	sourceAuthor: string | null;
	sourceUrl: string | null;
	sectionHeading: string | null;
	mentions: MentionSpan[];
}

/** What to list in the passage panel: the current filters, narrowed by a clicked mark. */
export interface PassageQuery {
	filters: Filters;
	/** Projects that must all appear in the passage (an edge gives two). */
	withProjects?: string[];
	themeId?: string;
	eventId?: string;
	/** Heatmap year column. */
	year?: number;
	limit?: number;
	offset?: number;
}

export interface TalkInfo {
	id: number;
	title: string;
	speakers: string[];
	organizations: string[];
	sourceId: number;
}

export interface SourceInfo {
	id: number;
	path: string;
	title: string | null;
	author: string | null;
	publisher: string | null;
	url: string | null;
	published: string | null;
	format: string;
	words: number;
	events: string[];
}

/**
 * The counts line under the filters. Every count is over the passages matching the filters —
 * attributed, in the years and events chosen, on any chosen theme, naming any chosen project,
 * matching the search — each passage once: exact distinct counts, not sums of per-theme or
 * per-project rows.
 */
export interface AtlasSummary {
	/** Events holding at least one matching passage. */
	events: number;
	passages: number;
	/** Documents with at least one matching passage. */
	sources: number;
	/** Projects named in the matching passages (chosen or not). */
	projects: number;
	/** Project mentions in the matching passages. */
	mentions: number;
}

/** One question per method; every method honours `filters`. */
export interface AtlasClient {
	meta(): Promise<MetaInfo>;
	themes(): Promise<ThemeInfo[]>;
	projects(): Promise<ProjectInfo[]>;
	events(filters: Filters): Promise<EventSummary[]>;
	/** Top `limit` projects (or `filters.projects` when set) per event. */
	timelineSeries(filters: Filters, limit?: number): Promise<SeriesPoint[]>;
	heatmap(
		filters: Filters,
		columns: 'event' | 'year',
		measure?: 'share' | 'raw'
	): Promise<HeatmapCell[]>;
	network(
		filters: Filters,
		minWeight?: number,
		maxNodes?: number
	): Promise<{ nodes: NetworkNode[]; edges: NetworkEdge[] }>;
	passages(query: PassageQuery): Promise<{ total: number; rows: PassageHit[] }>;
	talks(eventId: string): Promise<TalkInfo[]>;
	sources(): Promise<SourceInfo[]>;
	summary(filters: Filters): Promise<AtlasSummary>;
}
