/**
 * The counts line under the filters ("12 events · 840 passages · 5 sources · 96 projects"),
 * derived from answers the charts already have, so it costs no query of its own.
 * - events: events with at least one passage under the filters;
 * - passages: their passages (each passage belongs to one event, so the sum counts each once);
 * - sources: recaps that cover at least one of those events;
 * - projects: projects mentioned under the filters (the network's nodes; it keeps the most
 *   mentioned `MAX_NODES`, hence "at least" when it is full).
 */
import type { SourceInfo } from '$lib/db/types';
import type { NetworkData, TimelineData } from './data.svelte';

export interface Summary {
	events: number;
	passages: number;
	sources: number | null;
	projects: number | null;
	/** The projects count is a lower bound (the network was cut at its node limit). */
	projectsAtLeast: boolean;
}

export function summarise(
	timeline: TimelineData,
	network: NetworkData | null,
	sources: SourceInfo[] | null,
	maxNodes: number
): Summary {
	const visible = timeline.events.filter((e) => e.passages > 0);
	const ids = new Set(visible.map((e) => e.id));
	return {
		events: visible.length,
		passages: visible.reduce((sum, e) => sum + e.passages, 0),
		sources: sources ? sources.filter((s) => s.events.some((id) => ids.has(id))).length : null,
		projects: network ? network.nodes.filter((n) => n.mentions > 0).length : null,
		projectsAtLeast: network ? network.nodes.length >= maxNodes : false
	};
}
