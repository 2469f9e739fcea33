/**
 * The event a document is about by default, scored from evidence of decreasing strength: the
 * title, front-matter tags, the file name, the first headings and passages (names, cities,
 * dates such as "May 1-4, 2018"), and the publication date (a recap appears within weeks
 * after the edition of the series it names; a preview shortly before).
 */
import type { ParsedDocument } from './types';
import type { EventIndex, EventRef } from './eventRefs';
import { refRole } from './eventCues';
import { dayNumber, distanceToRange, findDates } from './dates';
import { eventYear } from './eventRefs';

export interface Scored {
	/** Catalog id, or `external:<name>` key for an edition outside the catalog. */
	key: string;
	score: number;
	ref: EventRef;
}

export interface DocEvidence {
	scores: Map<string, Scored>;
	/** Series named anywhere (even generically) in the document. */
	series: Set<string>;
}

const LEAD_PASSAGES = 6;

export function externalKey(ref: EventRef): string {
	return `external:${ref.external!.name.toLowerCase()}`;
}

export function collectEvidence(doc: ParsedDocument, index: EventIndex): DocEvidence {
	const scores = new Map<string, Scored>();
	const series = new Set<string>();
	const credit = (ref: EventRef, weight: number) => {
		if (ref.generic) {
			series.add(ref.series);
			return;
		}
		if (ref.series !== 'other') series.add(ref.series);
		if (ref.external) {
			const key = externalKey(ref);
			const s = scores.get(key) ?? { key, score: 0, ref };
			s.score += weight;
			scores.set(key, s);
			return;
		}
		const n = ref.candidates.length;
		ref.candidates.forEach((id, i) => {
			const share = n === 1 ? 1 : ref.preferred ? (i === 0 ? 0.6 : 0.4 / (n - 1)) : 1 / n;
			const s = scores.get(id) ?? { key: id, score: 0, ref };
			s.score += weight * share;
			scores.set(id, s);
		});
	};
	const scan = (text: string | null | undefined, weight: number, roles: boolean) => {
		if (!text) return;
		for (const ref of index.findRefs(text)) {
			const role = roles ? refRole(text, ref.start, ref.end) : 'neutral';
			credit(ref, role === 'passing' ? weight * 0.1 : weight);
		}
	};

	scan(doc.title ?? doc.frontMatter.title, 5, false);
	if (doc.frontMatter.title && doc.frontMatter.title !== doc.title)
		scan(doc.frontMatter.title, 5, false);
	for (const tag of doc.frontMatter.tags) scan(tag.replace(/[-_]+/g, ' '), 3, false);
	scan(
		doc.path
			.replace(/^.*\//, '')
			.replace(/\.[a-z]+$/i, '')
			.replace(/[-_]+/g, ' '),
		1,
		false
	);

	const lead: string[] = [];
	let seen = 0;
	// A document organised by one heading per edition has no single event of its own.
	const perEditionHeadings = headingEditions(doc, index) > 1;
	doc.sections.forEach((section, si) => {
		// Later headings set their own sections' events; only the opening ones speak for the whole.
		if (section.heading && si <= 1 && !perEditionHeadings) {
			scan(section.heading, 3, false);
			lead.push(section.heading);
		}
		for (const p of section.passages) {
			const early = seen++ < LEAD_PASSAGES;
			scan(p.text, early ? 2 : 0.5, true);
			if (early) lead.push(p.text);
		}
	});

	contextEvidence(doc, index, [doc.title ?? '', ...lead], scores, series);
	return { scores, series };
}

function headingEditions(doc: ParsedDocument, index: EventIndex): number {
	const named = new Set<string>();
	for (const section of doc.sections) {
		if (!section.heading) continue;
		for (const ref of index.findRefs(section.heading)) {
			if (ref.generic) continue;
			named.add(ref.external ? externalKey(ref) : ref.candidates.join('|'));
		}
	}
	return named.size;
}

/** Cities, dates and the publication date tip the balance between editions of a named series. */
function contextEvidence(
	doc: ParsedDocument,
	index: EventIndex,
	texts: string[],
	scores: Map<string, Scored>,
	series: Set<string>
) {
	const pool = index.catalog.filter((e) => series.has(e.series) || scores.has(e.id));
	if (pool.length === 0) return;
	const bump = (id: string, w: number) => {
		const s = scores.get(id);
		if (s) s.score += w;
		else {
			const e = index.byId.get(id)!;
			scores.set(id, {
				key: id,
				score: w,
				ref: {
					start: 0,
					end: 0,
					surface: e.name,
					series: e.series,
					candidates: [id],
					preferred: false,
					generic: false,
					external: null
				}
			});
		}
	};
	const publishedYear = doc.published ? Number(doc.published.slice(0, 4)) : null;
	for (const text of texts) {
		for (const place of index.places.find(text)) {
			for (const e of pool) {
				if (place.kind === 'city' && e.city?.toLowerCase() === place.name.toLowerCase())
					bump(e.id, 1.5);
				if (place.kind === 'country' && e.country?.toLowerCase() === place.name.toLowerCase())
					bump(e.id, 0.5);
			}
		}
		for (const date of findDates(text)) {
			for (const e of pool) {
				const year = date.year ?? publishedYear ?? eventYear(e);
				if (date.year === null && year !== eventYear(e)) continue;
				const d = distanceToRange(date, year, e.start_date, e.end_date);
				if (d <= 1) bump(e.id, date.day !== null ? 3 : 1);
				else if (d <= 7 && date.day !== null) bump(e.id, 1);
			}
		}
	}
	const published = doc.published ? dayNumber(doc.published) : null;
	if (published === null) return;
	for (const e of pool) {
		const s = dayNumber(e.start_date);
		const end = dayNumber(e.end_date);
		if (s === null || end === null) continue;
		if (published >= s && published <= end) bump(e.id, 2.5);
		else if (published > end && published - end <= 21) bump(e.id, 2);
		else if (published < s && s - published <= 45) bump(e.id, 1);
	}
}

export interface DefaultChoice {
	winner: Scored | null;
	/** Why there is no winner. */
	reason: string | null;
}

export function chooseDefault(evidence: DocEvidence): DefaultChoice {
	const ranked = [...evidence.scores.values()].sort(
		(a, b) => b.score - a.score || (a.key < b.key ? -1 : 1)
	);
	const [best, second] = ranked;
	if (!best || best.score < 1) {
		return {
			winner: null,
			reason:
				evidence.series.size > 0
					? 'the document names a conference series but no edition (year, city or region)'
					: 'the document names no conference edition'
		};
	}
	if (second && best.score < second.score * 1.25) {
		return {
			winner: null,
			reason: `ambiguous: the document fits several editions (${ranked
				.slice(0, 3)
				.map((r) => r.key.replace(/^external:/, ''))
				.join(', ')})`
		};
	}
	return { winner: best, reason: null };
}
