/**
 * What the project and event pages ask the database, one function per page so the pages stay
 * markup and the questions can be tested with a fake client. Every question is an AtlasClient
 * call under filters narrowed to the one project or event.
 */
import {
	EMPTY_FILTERS,
	type AtlasClient,
	type EventSummary,
	type Filters,
	type NetworkNode,
	type PassageHit,
	type PassageQuery,
	type SeriesPoint,
	type SourceInfo,
	type TalkInfo
} from '$lib/db/types';

export const PAGE_PASSAGES = 25;

/** A page of passages and the question behind it (so "Show more" can continue it). */
export interface PassagePage {
	query: PassageQuery;
	total: number;
	rows: PassageHit[];
}

/** The next passages of `page` appended to it ("Show more" on the project and event pages). */
export async function morePassages(client: AtlasClient, page: PassagePage): Promise<PassagePage> {
	const next = await client.passages({ ...page.query, offset: page.rows.length });
	return { ...page, rows: [...page.rows, ...next.rows] };
}

export interface Ranked {
	id: string;
	label: string;
	value: number;
}

export interface ProjectPageData {
	/** Events where the project is mentioned. */
	events: EventSummary[];
	/** Mentions per event. */
	mentions: SeriesPoint[];
	coMentions: (Ranked & { passages: number })[];
	themes: Ranked[];
	passages: PassagePage;
}

export interface EventPageData {
	summary: EventSummary | null;
	themes: (Ranked & { share: number })[];
	projects: (NetworkNode & { label: string })[];
	talks: TalkInfo[];
	sources: SourceInfo[];
	passages: PassagePage;
}

/** Passages per theme, summed over the heatmap's columns, largest first. */
function themeTotals(
	cells: { themeId: string; passages: number }[],
	names: ReadonlyMap<string, { name: string }>
): Ranked[] {
	const totals = new Map<string, number>();
	for (const cell of cells)
		totals.set(cell.themeId, (totals.get(cell.themeId) ?? 0) + cell.passages);
	return [...totals]
		.filter(([, value]) => value > 0)
		.map(([id, value]) => ({ id, label: names.get(id)?.name ?? id, value }))
		.sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
}

export async function loadProjectPage(
	client: AtlasClient,
	projectId: string,
	names: {
		themes: ReadonlyMap<string, { name: string }>;
		projects: ReadonlyMap<string, { name: string }>;
	}
): Promise<ProjectPageData> {
	const filters: Filters = { ...EMPTY_FILTERS, projects: [projectId] };
	const passageQuery: PassageQuery = { filters, withProjects: [projectId], limit: PAGE_PASSAGES };
	const [events, mentions, network, heatmap, passages] = await Promise.all([
		client.events(filters),
		client.timelineSeries(filters, 1),
		client.network(filters, 1, 500),
		client.heatmap(filters, 'year', 'raw'),
		client.passages(passageQuery)
	]);
	const coMentions = network.edges
		.filter((e) => e.source === projectId || e.target === projectId)
		.map((e) => {
			const id = e.source === projectId ? e.target : e.source;
			return {
				id,
				label: names.projects.get(id)?.name ?? id,
				value: e.weight,
				passages: e.passages
			};
		})
		.sort((a, b) => b.value - a.value || a.label.localeCompare(b.label));
	return {
		events: events.filter((e) => e.mentions > 0 || e.passages > 0),
		mentions: mentions.filter((p) => p.key === projectId),
		coMentions,
		themes: themeTotals(heatmap, names.themes),
		passages: { query: passageQuery, ...passages }
	};
}

export async function loadEventPage(
	client: AtlasClient,
	eventId: string,
	names: { themes: ReadonlyMap<string, { name: string }> }
): Promise<EventPageData> {
	const filters: Filters = { ...EMPTY_FILTERS, events: [eventId] };
	const passageQuery: PassageQuery = { filters, eventId, limit: PAGE_PASSAGES };
	const [events, heatmap, network, talks, sources, passages] = await Promise.all([
		client.events(filters),
		client.heatmap(filters, 'event', 'share'),
		client.network(filters, 1, 500),
		client.talks(eventId),
		client.sources(),
		client.passages(passageQuery)
	]);
	const cells = heatmap.filter((c) => c.column === eventId && c.passages > 0);
	return {
		summary: events.find((e) => e.id === eventId) ?? null,
		themes: cells
			.map((c) => ({
				id: c.themeId,
				label: names.themes.get(c.themeId)?.name ?? c.themeId,
				value: c.passages,
				share: c.share
			}))
			.sort((a, b) => b.value - a.value || a.label.localeCompare(b.label)),
		projects: network.nodes
			.filter((n) => n.mentions > 0)
			.map((n) => ({ ...n, label: n.name }))
			.sort((a, b) => b.mentions - a.mentions || a.name.localeCompare(b.name)),
		talks,
		sources: sources.filter((s) => s.events.includes(eventId)),
		passages: { query: passageQuery, ...passages }
	};
}
