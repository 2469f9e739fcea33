/**
 * Passage text → segments to render as text nodes and <mark> elements (never HTML): project
 * mentions from the database spans, search hits from the query terms.
 */
import type { MentionSpan } from '$lib/db/types';

export type SegmentKind = 'text' | 'mention' | 'hit' | 'mention-hit';

export interface Segment {
	text: string;
	kind: SegmentKind;
	/** The mentioned project, on mention segments. */
	projectId?: string;
}

/** FTS syntax is not text to find: operators, quotes, column filters and a trailing `*`. */
const OPERATORS = new Set(['and', 'or', 'not', 'near']);

/** Words of a search query worth highlighting. */
export function queryTerms(q: string): string[] {
	const terms = q
		.toLowerCase()
		.split(/[^\p{L}\p{N}_.-]+/u)
		.map((t) => t.replace(/^[-.]+|[-.]+$/g, ''))
		.filter((t) => t.length >= 2 && !OPERATORS.has(t));
	// Longest first, so "kubernetes" wins over "kube" where both start at the same place.
	return [...new Set(terms)].sort((a, b) => b.length - a.length || a.localeCompare(b));
}

function escapeRegExp(s: string): string {
	return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Character ranges where a term starts a word (FTS matches tokens and their prefixes). */
function hitRanges(text: string, terms: readonly string[]): boolean[] {
	const hit: boolean[] = new Array(text.length).fill(false);
	if (!terms.length) return hit;
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${terms.map(escapeRegExp).join('|')})`, 'giu');
	for (const m of text.matchAll(pattern)) {
		for (let i = m.index; i < m.index + m[0].length; i++) hit[i] = true;
	}
	return hit;
}

export function highlight(
	text: string,
	mentions: readonly MentionSpan[] = [],
	terms: readonly string[] = []
): Segment[] {
	const owner: (string | null)[] = new Array(text.length).fill(null);
	// Spans come from the database; a bad one is skipped rather than trusted.
	for (const span of [...mentions].sort((a, b) => a.start - b.start)) {
		const start = Math.max(0, Math.floor(span.start));
		const end = Math.min(text.length, Math.floor(span.end));
		if (!(end > start) || owner.slice(start, end).some((o) => o !== null)) continue;
		owner.fill(span.projectId, start, end);
	}
	const hit = hitRanges(text, terms);
	const segments: Segment[] = [];
	let i = 0;
	while (i < text.length) {
		const project = owner[i]!;
		const isHit = hit[i]!;
		let j = i + 1;
		while (j < text.length && owner[j] === project && hit[j] === isHit) j++;
		const kind: SegmentKind = project
			? isHit
				? 'mention-hit'
				: 'mention'
			: isHit
				? 'hit'
				: 'text';
		segments.push(
			project
				? { text: text.slice(i, j), kind, projectId: project }
				: { text: text.slice(i, j), kind }
		);
		i = j;
	}
	return segments;
}

/**
 * Writes `segments` into `el` as text nodes and <mark> elements (`textContent`, never HTML),
 * replacing what it held. The passage list writes its texts this way rather than with a Svelte
 * `{#each}` over the segments: a page of passages is a few hundred segments, and a block per
 * segment made the list's first drawing one of the longest tasks after the page loads.
 */
export function writeSegments(
	el: Element,
	segments: readonly Segment[],
	names?: ReadonlyMap<string, string>
): void {
	const doc = el.ownerDocument;
	const out = doc.createDocumentFragment();
	for (const seg of segments) {
		if (seg.kind === 'text') {
			out.append(seg.text);
			continue;
		}
		const mark = doc.createElement('mark');
		mark.textContent = seg.text;
		if (seg.kind === 'hit') mark.className = 'hit';
		else {
			mark.className = seg.kind === 'mention-hit' ? 'mention hit' : 'mention';
			mark.dataset.project = seg.projectId;
			mark.title = names?.get(seg.projectId ?? '') ?? seg.projectId ?? '';
		}
		out.append(mark);
	}
	el.replaceChildren(out);
}

/** Only http(s) links are shown: a `javascript:` or `data:` URL in a recap is never a link. */
export function safeHref(url: string | null | undefined): string | null {
	if (!url) return null;
	try {
		const parsed = new URL(url.trim());
		return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
	} catch {
		return null;
	}
}

const UNITS = ['B', 'KB', 'MB', 'GB'];

/** 1 234 567 → "1.2 MB" (decimal units, like browsers' download bars). */
export function formatBytes(bytes: number): string {
	let value = Math.max(0, bytes);
	let unit = 0;
	while (value >= 1000 && unit < UNITS.length - 1) {
		value /= 1000;
		unit++;
	}
	return `${unit === 0 ? Math.round(value) : value.toFixed(1)} ${UNITS[unit]}`;
}
