/**
 * The rows behind each chart, one per mark drawn: the frame's "Table" view, the screen-reader
 * table and the CSV all come from here, so what you export is what you see.
 */
import { eventLabel } from '$lib/charts/formats';
import type { TableData } from '$lib/export/exportChart';
import type { EventSummary, HeatmapCell } from '$lib/db/types';
import type { NetworkData, TimelineData } from './data.svelte';

type Row = Record<string, string | number | null>;

function table(columns: [string, string][], rows: Row[]): TableData {
	return { columns: columns.map(([key, header]) => ({ key, header })), rows };
}

export function timelineTable(
	data: TimelineData,
	events: ReadonlyMap<string, EventSummary>
): TableData {
	const label = (id: string) => {
		const e = events.get(id);
		return e ? eventLabel(e) : id;
	};
	const rows: Row[] = data.events.map((e) => ({
		mark: 'event',
		event_id: e.id,
		event: eventLabel(e),
		date: e.startDate ?? String(e.year),
		series: e.series,
		passages: e.passages,
		words: e.words,
		mentions: e.mentions
	}));
	for (const p of data.series) {
		rows.push({
			mark: `${p.kind} line`,
			event_id: p.eventId,
			event: label(p.eventId),
			date: p.date,
			series: p.label,
			passages: null,
			words: null,
			mentions: p.value
		});
	}
	return table(
		[
			['mark', 'Mark'],
			['event_id', 'Event id'],
			['event', 'Event'],
			['date', 'Date'],
			['series', 'Series'],
			['passages', 'Passages'],
			['words', 'Words'],
			['mentions', 'Mentions']
		],
		rows
	);
}

export function heatmapTable(
	cells: HeatmapCell[],
	names: { themes: ReadonlyMap<string, string>; events: ReadonlyMap<string, string> },
	columns: 'event' | 'year'
): TableData {
	return table(
		[
			['theme_id', 'Theme id'],
			['theme', 'Theme'],
			['column', columns === 'event' ? 'Event id' : 'Year'],
			['column_label', columns === 'event' ? 'Event' : 'Year label'],
			['passages', 'Passages on the theme'],
			['total', 'All passages'],
			['share', 'Share'],
			['score', 'Score']
		],
		cells.map((c) => ({
			theme_id: c.themeId,
			theme: names.themes.get(c.themeId) ?? c.themeId,
			column: c.column,
			column_label: columns === 'event' ? (names.events.get(c.column) ?? c.column) : c.column,
			passages: c.passages,
			total: c.total,
			share: Math.round(c.share * 1000) / 1000,
			score: Math.round(c.score * 1000) / 1000
		}))
	);
}

export function networkTable(data: NetworkData, names: ReadonlyMap<string, string>): TableData {
	const rows: Row[] = data.nodes.map((n) => ({
		mark: 'node',
		source: n.id,
		source_name: n.name,
		target: null,
		target_name: null,
		category: n.category,
		mentions: n.mentions,
		weight: null,
		passages: null
	}));
	for (const e of data.edges) {
		rows.push({
			mark: 'edge',
			source: e.source,
			source_name: names.get(e.source) ?? e.source,
			target: e.target,
			target_name: names.get(e.target) ?? e.target,
			category: null,
			mentions: null,
			weight: e.weight,
			passages: e.passages
		});
	}
	return table(
		[
			['mark', 'Mark'],
			['source', 'Project id (source)'],
			['source_name', 'Project'],
			['target', 'Target id'],
			['target_name', 'Target'],
			['category', 'Category'],
			['mentions', 'Mentions'],
			['weight', 'Weight'],
			['passages', 'Shared passages']
		],
		rows
	);
}
