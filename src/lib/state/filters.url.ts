/**
 * Filters ⇄ URL search parameters. Pure: no router, no DOM, so both the page and tests use it.
 * The URL holds user intent only — defaults are never written — and a shared link that carries
 * values we do not understand is repaired with a notice rather than rejected.
 */
import { EMPTY_FILTERS, type Filters } from '$lib/db/types';

/** What the data knows about; without it, ids are only checked for shape. */
export interface KnownValues {
	themes: Set<string>;
	events: Set<string>;
	projects: Set<string>;
	/** Inclusive data range of years, e.g. [2014, 2021]. */
	years?: [number, number];
}

export interface ParsedFilters {
	filters: Filters;
	/** Human sentences, one per value that was ignored. */
	notices: string[];
}

export const PARAM = {
	from: 'from',
	to: 'to',
	theme: 'theme',
	event: 'event',
	project: 'project',
	q: 'q'
} as const;

/** Longer queries are almost certainly pasted by mistake, and FTS would choke on them. */
export const MAX_QUERY_LENGTH = 200;
/** A link with more ids than this is not something a person built by clicking. */
const MAX_IDS = 100;
/** Ids are slugs: lower-case letters, digits and - _ . (also what ingest produces). */
const ID_PATTERN = /^[a-z0-9][a-z0-9._-]{0,79}$/i;
const YEAR_PATTERN = /^\d{4}$/;

const KIND_LABEL = { theme: 'theme', event: 'event', project: 'project' } as const;
type ListKind = keyof typeof KIND_LABEL;

function quote(value: string): string {
	const short = value.length > 40 ? `${value.slice(0, 39)}…` : value;
	return `“${short}”`;
}

function parseYear(
	name: 'from' | 'to',
	raw: string | null,
	range: [number, number] | undefined,
	notices: string[]
): number | null {
	if (raw === null || raw.trim() === '') return null;
	const text = raw.trim();
	if (!YEAR_PATTERN.test(text)) {
		notices.push(
			`Ignored the year ${quote(text)} in the link (“${name}” must be a year like 2018).`
		);
		return null;
	}
	const year = Number(text);
	if (range && (year < range[0] || year > range[1])) {
		notices.push(`Ignored the year ${year} in the link: the data covers ${range[0]}–${range[1]}.`);
		return null;
	}
	return year;
}

function parseList(
	kind: ListKind,
	params: URLSearchParams,
	known: Set<string> | undefined,
	notices: string[]
): string[] {
	// getAll: `?theme=a&theme=b` is as valid as `?theme=a,b` (people hand-edit links).
	const raw = params
		.getAll(kind)
		.flatMap((v) => v.split(','))
		.map((v) => v.trim())
		.filter((v) => v !== '');
	const kept = new Set<string>();
	for (const id of raw) {
		if (kept.size >= MAX_IDS) {
			notices.push(`Ignored ${kind}s beyond the first ${MAX_IDS} in the link.`);
			break;
		}
		if (!ID_PATTERN.test(id) || (known && !known.has(id))) {
			notices.push(`Ignored unknown ${KIND_LABEL[kind]} ${quote(id)} in the link.`);
			continue;
		}
		kept.add(id);
	}
	return [...kept].sort();
}

/**
 * Read filters from URL parameters. Never throws: each bad value is dropped with a notice.
 * Pass `known` once the database has loaded so that ids the data lacks are reported too.
 */
export function parseFilters(params: URLSearchParams, known?: KnownValues): ParsedFilters {
	const notices: string[] = [];
	let from = parseYear('from', params.get(PARAM.from), known?.years, notices);
	let to = parseYear('to', params.get(PARAM.to), known?.years, notices);
	if (from !== null && to !== null && to < from) {
		notices.push(`Ignored the year range ${from}–${to} in the link: it ends before it starts.`);
		from = null;
		to = null;
	}
	let q = (params.get(PARAM.q) ?? '').trim();
	if (q.length > MAX_QUERY_LENGTH) {
		notices.push(
			`Ignored the search in the link: it is longer than ${MAX_QUERY_LENGTH} characters.`
		);
		q = '';
	}
	return {
		filters: {
			from,
			to,
			themes: parseList('theme', params, known?.themes, notices),
			events: parseList('event', params, known?.events, notices),
			projects: parseList('project', params, known?.projects, notices),
			q
		},
		notices
	};
}

/** Ids in their stable URL order: sorted, each once. */
export function uniqueSorted(ids: readonly string[]): string[] {
	return [...new Set(ids)].sort();
}

function stableIds(ids: readonly string[]): string {
	return uniqueSorted(ids).join(',');
}

/**
 * Filters → parameters in a fixed order (from, to, theme, event, project, q), ids sorted and
 * de-duplicated so the same view always has the same URL. Empty values are left out.
 */
export function serializeFilters(filters: Filters): URLSearchParams {
	const params = new URLSearchParams();
	if (filters.from !== null) params.set(PARAM.from, String(filters.from));
	if (filters.to !== null) params.set(PARAM.to, String(filters.to));
	if (filters.themes.length) params.set(PARAM.theme, stableIds(filters.themes));
	if (filters.events.length) params.set(PARAM.event, stableIds(filters.events));
	if (filters.projects.length) params.set(PARAM.project, stableIds(filters.projects));
	const q = filters.q.trim();
	if (q) params.set(PARAM.q, q);
	return params;
}

/**
 * The query string without the `?`, commas left literal (`theme=a,b`, not `theme=a%2Cb`):
 * commas are legal in a query and keep shared links short and readable.
 */
export function toSearchString(params: URLSearchParams): string {
	return params.toString().replace(/%2C/gi, ',');
}

/** Parameters this module owns; the page may keep others (e.g. a heatmap toggle) untouched. */
export const FILTER_PARAMS: readonly string[] = Object.values(PARAM);

/** The URL after a filter change: the page's own parameters kept, the filter ones replaced. */
export function withFilters(current: URLSearchParams, filters: Filters): URLSearchParams {
	const params = new URLSearchParams();
	for (const [k, v] of current) if (!FILTER_PARAMS.includes(k)) params.append(k, v);
	for (const [k, v] of serializeFilters(filters)) params.set(k, v);
	return params;
}

/** Same filters, ignoring id order and duplicates (what decides whether the URL changes). */
export function sameFilters(a: Filters, b: Filters): boolean {
	return serializeFilters(a).toString() === serializeFilters(b).toString();
}

/** True when nothing narrows the view. */
export function isEmptyFilters(f: Filters): boolean {
	return sameFilters(f, EMPTY_FILTERS);
}
