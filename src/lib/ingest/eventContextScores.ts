/**
 * Context evidence for a document's edition: the cities and dates its opening texts name and its
 * publication date add to the scores of the editions of the series it names (eventDefault.ts),
 * or, when it names none, of the one edition a city and the date fit.
 */
import type { CatalogEvent, ParsedDocument } from './types';
import type { EventIndex } from './eventRefs';
import type { Scored } from './eventDefault';
import { dayNumber, distanceToDays, findDates, publishedDay } from './dates';
import { eventYear } from './eventRows';
import { editionsByCityAndDate } from './eventCityYear';

/** The series and editions a document names (collectEvidence). */
export interface Subject {
	/** Series named without a region or a catalog edition ("KubeCon", "DockerCon 2023"). */
	series: Set<string>;
	/** The candidates of the names that narrow it ("KubeCon China": its editions). */
	ids: Set<string>;
}

/** Cities, dates and the publication date tip the balance between editions of a named series. */
export function contextEvidence(
	doc: ParsedDocument,
	index: EventIndex,
	texts: string[],
	scores: Map<string, Scored>,
	subject: Subject
) {
	let pool = index.catalog.filter((e) => subject.series.has(e.series) || subject.ids.has(e.id));
	// No series named: a city and the publication date that fit one edition ("Last week in…").
	if (pool.length === 0) pool = editionsByCityAndDate(index, texts, publishedDay(doc.published));
	if (pool.length === 0) return;
	const bump = (id: string, w: number) => {
		const s = scores.get(id);
		if (s) {
			s.score += w;
			s.context = (s.context ?? 0) + w;
		} else {
			const e = index.byId.get(id)!;
			scores.set(id, {
				key: id,
				score: w,
				context: w,
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
	const published = publishedDay(doc.published);
	// Where and when an edition was planned speaks for it only in the months before those days
	// (a preview, a note on its postponement), not in a recap of the year before naming its plans.
	const facts = pool
		.flatMap((e) => eventFacts(e))
		.filter((f) => !f.planned || plannedSeason(f, published));
	const publishedYear = doc.published ? Number(doc.published.slice(0, 4)) : null;
	const cityNamed = new Set<EventFacts>();
	for (const full of texts) {
		// The opening of each text is where a recap says where and when; keep this stage cheap.
		const text = full.length > 1200 ? full.slice(0, 1200) : full;
		for (const place of index.places.find(text)) {
			const name = place.name.toLowerCase();
			for (const f of facts) {
				if (place.kind === 'city' && f.city === name) {
					bump(f.id, 1.5);
					cityNamed.add(f);
				}
				if (place.kind === 'country' && f.country === name) bump(f.id, 0.5);
			}
		}
		for (const date of /\d/.test(text) ? findDates(text) : []) {
			for (const f of facts) {
				// A date without a year: the publication year, else the pattern of days alone.
				const year = date.year ?? publishedYear ?? f.year;
				if (year !== f.year || f.start === null || f.end === null) continue;
				const d = distanceToDays(date, year, f.start, f.end);
				if (d <= 1) bump(f.id, date.day !== null ? 3 : 1);
				else if (d <= 7 && date.day !== null) bump(f.id, 1);
			}
		}
	}
	if (published === null) return;
	let near = false;
	for (const f of facts) {
		if (f.start === null || f.end === null) continue;
		if (published >= f.start && published <= f.end) bump(f.id, 2.5);
		else if (published > f.end && published - f.end <= 21) bump(f.id, 2);
		else if (published < f.start && f.start - published <= 45) bump(f.id, 1);
		else continue;
		near = true;
	}
	if (near) return;
	if (cityNamed.size > 0) bumpLatestInCity(cityNamed, published, bump);
	// "KubeCon China", published five weeks after China 2018: its latest edition before then
	// (not among editions of several regions a list of talks names, each with its year).
	else if (subject.series.size === 0 && facts.length > 1 && oneRegion(pool))
		bumpLatest(facts, published, bump);
}

/** Days before an edition's planned first day in which a preview of it is likely published. */
const PREVIEW_DAYS = 150;

/** Whether a document published on day `published` may be about an edition's plans `f`. */
function plannedSeason(f: EventFacts, published: number | null): boolean {
	if (published === null) return false;
	const start = f.start ?? dayNumber(`${f.year}-01-01`)!;
	const end = f.end ?? dayNumber(`${f.year}-12-31`)!;
	return published >= start - PREVIEW_DAYS && published <= end + LATE_RECAP_DAYS;
}

/** Whether `pool` holds editions of one series in one region only (a name's candidates). */
function oneRegion(pool: CatalogEvent[]): boolean {
	const first = pool[0]!;
	return pool.every((e) => e.series === first.series && e.region === first.region);
}

/** Days after an edition in which a recap of it is still likely published (a season). */
const LATE_RECAP_DAYS = 120;

/**
 * "KubeCon Seattle", published 23 days after the 2018 edition (Seattle had 2016's too): with no
 * edition running or near the publication date, and one city named that held several editions,
 * the latest of them that ended before it, within a season, is the one written about.
 */
function bumpLatestInCity(
	cityNamed: Set<EventFacts>,
	published: number,
	bump: (id: string, w: number) => void
) {
	if (cityNamed.size < 2) return;
	let city: string | null = null;
	for (const f of cityNamed) {
		// Only between editions of one city: "Barcelona 2019" and "San Diego '19" are two.
		if (city !== null && f.city !== city) return;
		city = f.city;
	}
	bumpLatest(cityNamed, published, bump);
}

/** The latest of `editions` that ended before `published`, within a season, gets 2. */
function bumpLatest(
	editions: Iterable<EventFacts>,
	published: number,
	bump: (id: string, w: number) => void
) {
	let latest: EventFacts | null = null;
	// (Not the days an edition was planned for: it was not held then, so no recap followed them.)
	for (const f of editions)
		if (!f.planned && f.end !== null && f.end < published && (!latest || f.end > latest.end!))
			latest = f;
	if (latest && published - latest.end! <= LATE_RECAP_DAYS) bump(latest.id, 2);
}

interface EventFacts {
	id: string;
	year: number;
	start: number | null;
	end: number | null;
	city: string | null;
	country: string | null;
	/** The city and days an edition held otherwise was planned for (eventPlanned.ts). */
	planned?: boolean;
}

const factsCache = new WeakMap<CatalogEvent, EventFacts[]>();

/** The facts of an edition as held, and as planned when it was held otherwise. */
function eventFacts(e: CatalogEvent): EventFacts[] {
	let f = factsCache.get(e);
	if (!f) {
		const year = eventYear(e);
		const lower = (s: string | null | undefined) => s?.toLowerCase() ?? null;
		f = [
			{
				id: e.id,
				year,
				start: dayNumber(e.start_date),
				end: dayNumber(e.end_date),
				city: lower(e.city),
				country: lower(e.country)
			}
		];
		const p = e.planned;
		if (p) {
			const start = p.start_date ? dayNumber(p.start_date) : null;
			const end = p.end_date ? dayNumber(p.end_date) : null;
			const city = p.city === e.city ? null : lower(p.city);
			const country = p.country === e.country ? null : lower(p.country);
			// Days the same as held add nothing (KubeCon NA 2020 kept its days, lost Boston).
			const days = start !== f[0]!.start || end !== f[0]!.end;
			f.push({
				id: e.id,
				year,
				start: days ? start : null,
				end: days ? end : null,
				city,
				country,
				planned: true
			});
		}
		factsCache.set(e, f);
	}
	return f;
}
