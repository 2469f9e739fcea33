/**
 * The active filters in words, for export captions and chart descriptions:
 * "2018–2020 · Themes: Observability · Events: KubeCon EU 2018 · Search: “ebpf”".
 */
import type { Filters, MetaInfo } from '$lib/db/types';

/** Id → display name; a missing name falls back to the id. */
export interface FilterNames {
	themes?: ReadonlyMap<string, string>;
	events?: ReadonlyMap<string, string>;
	projects?: ReadonlyMap<string, string>;
}

/** Long selections are cut so a caption stays a caption. */
const MAX_NAMES = 5;

function names(ids: readonly string[], map: ReadonlyMap<string, string> | undefined): string {
	const shown = ids.slice(0, MAX_NAMES).map((id) => map?.get(id) ?? id);
	const rest = ids.length - shown.length;
	return rest > 0 ? `${shown.join(', ')} +${rest} more` : shown.join(', ');
}

export function yearsText(
	from: number | null,
	to: number | null,
	range?: readonly [number, number]
): string {
	const start = from ?? range?.[0];
	const end = to ?? range?.[1];
	if (start !== undefined && end !== undefined)
		return start === end ? `${start}` : `${start}–${end}`;
	if (start !== undefined) return `From ${start}`;
	if (end !== undefined) return `Until ${end}`;
	return 'All years';
}

export function filterCaption(
	filters: Filters,
	map: FilterNames = {},
	range?: readonly [number, number]
): string {
	const parts: string[] = [];
	if (filters.themes.length) parts.push(`Themes: ${names(filters.themes, map.themes)}`);
	if (filters.events.length) parts.push(`Events: ${names(filters.events, map.events)}`);
	if (filters.projects.length) parts.push(`Projects: ${names(filters.projects, map.projects)}`);
	const q = filters.q.trim();
	if (q) parts.push(`Search: “${q.length > 60 ? `${q.slice(0, 59)}…` : q}”`);
	const years = yearsText(filters.from, filters.to, range);
	if (!parts.length && filters.from === null && filters.to === null) {
		return years === 'All years' ? 'All events' : `All events, ${years}`;
	}
	return [years, ...parts].join(' · ');
}

/** "Source: KubeCon Atlas — atlas.sqlite built 2026-01-05, 42 recaps". */
export function sourceLine(meta: Pick<MetaInfo, 'builtAt' | 'counts'>): string {
	const date = meta.builtAt.slice(0, 10);
	const recaps = meta.counts.sources ?? meta.counts.documents;
	const count = recaps === undefined ? '' : `, ${recaps} recap${recaps === 1 ? '' : 's'}`;
	return `Source: KubeCon Atlas — atlas.sqlite built ${date}${count}`;
}
