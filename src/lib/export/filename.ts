/**
 * File names that say what they hold: `heatmap_2018-2020_observability.png`, `network_all.csv`.
 * Only [a-z0-9._-], so they survive every file system, mail client and shell.
 */
import type { Filters } from '$lib/db/types';

export type ChartId = 'timeline' | 'heatmap' | 'network';

/** Most file systems allow 255 bytes; leave room for "(1)" suffixes and the extension. */
const MAX_STEM = 100;
/** More ids than this are summarised ("a-b-c-and-4-more") instead of listed. */
const MAX_IDS = 3;

export function slug(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

function idsPart(ids: readonly string[]): string {
	const parts = [...new Set(ids)].sort().map(slug).filter(Boolean);
	if (parts.length <= MAX_IDS) return parts.join('-');
	return `${parts.slice(0, MAX_IDS).join('-')}-and-${parts.length - MAX_IDS}-more`;
}

function yearsPart(from: number | null, to: number | null): string {
	if (from !== null && to !== null) return from === to ? String(from) : `${from}-${to}`;
	if (from !== null) return `from-${from}`;
	if (to !== null) return `to-${to}`;
	return '';
}

export function exportFileName(chart: ChartId, filters: Filters, ext: string): string {
	const parts = [
		yearsPart(filters.from, filters.to),
		idsPart(filters.themes),
		idsPart(filters.events),
		idsPart(filters.projects),
		filters.q.trim() ? `q-${slug(filters.q).slice(0, 30).replace(/-+$/, '')}` : ''
	].filter(Boolean);
	let stem = [chart, ...(parts.length ? parts : ['all'])].join('_');
	if (stem.length > MAX_STEM) stem = stem.slice(0, MAX_STEM).replace(/[-_.]+$/, '');
	const extension = slug(ext.replace(/^\./, '')) || 'bin';
	return `${stem}.${extension}`;
}
