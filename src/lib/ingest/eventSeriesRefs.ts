/**
 * References by series name: "KubeCon EU 2018", "Kubecon San Diego", "DockerCon16", "#KubeConNA",
 * "KubeCon + CloudNativeCon", read with their qualifiers (eventQualifiers.ts) and resolved to the
 * catalog editions they may name, or described when the catalog lacks the edition.
 */
import type { CatalogEvent, EventSeries } from './types';
import type { EventRef, PlacesIn } from './eventRefs';
import { eventYear } from './eventRows';
import { describe, scanQualifiers, type Qualifiers } from './eventQualifiers';
import { eventRegions, regionOf, type RegionTag } from './eventRegions';
import { listedYears, shorthandItems } from './eventShorthand';
import { ordinalEdition } from './eventOrdinals';
import { distanceToDays, findDates, type TextDate } from './dates';
import { daySpans, heldOrPlannedIn } from './eventPlanned';

// "#KubeConEU", "KubeConNA19": a region written onto the series name (hashtags) is group 4.
// "KCCNC", "KubeCon/CNC", "KubeCon+CNC" abbreviate KubeCon + CloudNativeCon (group 1); Korean
// and Japanese write the names in their scripts ("쿠버콘", "クーベコン", "도커콘").
// Han, kana or Hangul next to the Latin name is a boundary ("参加了KubeCon欧洲2019").
const ANCHOR_RE =
	/(?<=^|[^\p{L}\p{N}]|[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}])(?:(kube\s?cons?(?:\s?[/+&]\s?cnc)?|kccnc|쿠버콘|クーベコン|キューブコン)|(cloud\s?native\s?cons?)|(docker\s?cons?|도커콘|ドッカーコン))(?:(EU|NA|CN)(?=['\d]|[^\p{L}\p{N}]|$))?(?:'?(\d\d)|(20\d\d))?(?=$|[^\p{L}\p{N}]|[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}])/giu;
const ATTACHED_REGION: Record<string, RegionTag> = {
	eu: 'europe',
	na: 'north-america',
	cn: 'china'
};
/** A series name somewhere in the text (the cheap test before ANCHOR_RE). */
export const ANCHOR_GATE =
	/kube\s?con|docker\s?con|native\s?con|kccnc|쿠버콘|도커콘|クーベコン|キューブコン|ドッカーコン/i;
/** "https://kccnceu19.sched.com": the abbreviation as a host name is a link, not a mention. */
const KCCNC_IN_URL = /[/.@]$/;
const DOT_AFTER = /^\.\w/;
const YEAR_COMMA_BEFORE = /(?<![\p{L}\p{N}])((?:19|20)\d\d),\s*$/u;
const JOINER_RE = /^\s*(?:\+|&|and|\/|,|&amp;)?\s*$/i;

/** The series references of a text, for a catalog: `placeHits` looks places up around them. */
export function compileSeriesRefs(
	catalog: CatalogEvent[]
): (text: string, placeHits: PlacesIn) => EventRef[] {
	const regions = new Map(catalog.map((e) => [e.id, eventRegions(e)]));
	const byId = new Map(catalog.map((e) => [e.id, e]));

	function resolve(q: Qualifiers, series: EventSeries): { ids: string[]; preferred: boolean } {
		let pool = catalog.filter((e) => e.series === series);
		if (q.year !== null) pool = pool.filter((e) => eventYear(e) === q.year);
		if (q.region !== null) pool = pool.filter((e) => regions.get(e.id)!.includes(q.region!));
		if (q.online) {
			// "DockerCon LIVE", "the virtual KubeCon": the editions held online (or hybrid).
			const online = pool.filter((e) => e.format !== 'in-person');
			if (online.length > 0) pool = online;
		}
		if (q.year === null && q.region === null && !q.city && !q.country && !q.online)
			return { ids: [], preferred: false };
		if (q.city) {
			// (Or was to be held: "KubeCon Europe (Amsterdam, March 30 – April 2)", written early in 2020.)
			const city = q.city.toLowerCase();
			const inCity = pool.filter((e) => heldOrPlannedIn(e, city));
			// A virtual edition may be named after the city it was planned for.
			if (inCity.length > 0 || q.year === null) pool = inCity;
			else pool = plannedFor(pool, q.city, q.country);
		} else if (q.country) {
			const inCountry = pool.filter((e) => e.country?.toLowerCase() === q.country!.toLowerCase());
			if (inCountry.length > 0 || q.year === null) pool = inCountry;
		}
		let preferred = false;
		if (q.region === null && pool.length > 1) {
			// "DockerCon 2014" is the main (US) edition; "DockerCon Europe 2014" names its region.
			const plain = pool.filter((e) => regionOf(e.name) === null);
			if (plain.length === 1) {
				pool = [...plain, ...pool.filter((e) => e !== plain[0])];
				preferred = true;
			}
		}
		return { ids: pool.map((e) => e.id), preferred };
	}

	// The regions of the countries editions were held in ("Spain" → europe), from the catalog.
	const countryRegions = new Map<string, RegionTag[]>();
	for (const e of catalog) {
		if (!e.country) continue;
		const key = e.country.toLowerCase();
		const tags = countryRegions.get(key) ?? [];
		for (const r of regions.get(e.id)!) if (!tags.includes(r)) tags.push(r);
		countryRegions.set(key, tags);
	}

	/**
	 * Editions of a year none of which was held in `city` ("KubeCon Boston 2020", held online):
	 * the one whose names mention the city, else those of the city's region.
	 */
	function plannedFor(pool: CatalogEvent[], city: string, country: string | null) {
		const name = city.toLowerCase();
		const named = pool.filter((e) =>
			[e.name, ...(e.aliases ?? [])].some((a) => a.toLowerCase().includes(name))
		);
		if (named.length > 0) return named;
		const tags = country ? countryRegions.get(country.toLowerCase()) : undefined;
		const inRegion = tags
			? pool.filter((e) => regions.get(e.id)!.some((r) => tags.includes(r)))
			: [];
		return inRegion.length > 0 ? inRegion : pool;
	}

	function anchorRefs(text: string, placeHits: PlacesIn): EventRef[] {
		const raw: {
			start: number;
			end: number;
			series: EventSeries;
			year: number | null;
			region: RegionTag | null;
			plural: boolean;
		}[] = [];
		for (const m of text.matchAll(ANCHOR_RE)) {
			if (
				m[1]?.length === 5 &&
				m[1].toLowerCase() === 'kccnc' &&
				(KCCNC_IN_URL.test(text.slice(Math.max(0, m.index - 1), m.index)) ||
					DOT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 2)))
			)
				continue;
			const series: EventSeries = m[3] ? 'dockercon' : 'kubecon';
			const yy = m[5] ? 2000 + Number(m[5]) : m[6] ? Number(m[6]) : null;
			const region = m[4] ? (ATTACHED_REGION[m[4].toLowerCase()] ?? null) : null;
			const prev = raw[raw.length - 1];
			if (prev && prev.series === series && JOINER_RE.test(text.slice(prev.end, m.index))) {
				prev.end = m.index + m[0].length;
				prev.year = prev.year ?? yy;
				prev.region = prev.region ?? region;
				continue;
			}
			const name = m[1] ?? m[2] ?? m[3] ?? '';
			const plural = name.endsWith('s') && !m[4] && !m[5] && !m[6];
			raw.push({ start: m.index, end: m.index + m[0].length, series, year: yy, region, plural });
		}
		/** The editions of a shortened list after the series name, when each is in the catalog. */
		function shorthand(r: { start: number; end: number; series: EventSeries }): EventRef[] | null {
			const items = shorthandItems(text, r.end, placeHits);
			if (!items) return null;
			const refs: EventRef[] = [];
			for (const item of items) {
				const { ids, preferred } = resolve({ ...item, nameEnd: item.end }, r.series);
				// Each item names one edition ("KubeCon Europe and North America" names none).
				if (ids.length !== 1 && !preferred) return null;
				const start = refs.length === 0 ? r.start : item.start;
				const surface = text.slice(start, item.end);
				const ref = { start, end: item.end, surface, series: r.series, candidates: ids };
				refs.push({ ...ref, preferred, generic: false, external: null });
			}
			return refs;
		}
		return raw.flatMap((r): EventRef | EventRef[] => {
			// "KubeCon EU 2019, China 2019 and NA 2019": an edition for each item.
			const listed = r.year === null && r.region === null && !r.plural ? shorthand(r) : null;
			if (listed) return listed;
			const q = scanQualifiers(text, r.start, r.end, placeHits);
			// "three KubeCons in 2019: Barcelona in May, Shanghai in June and …": a plural names
			// several editions, and the city after it is the first of a list, not where they were.
			if ((q.city || q.country) && r.plural) {
				q.city = null;
				q.country = null;
				q.end = q.nameEnd;
			}
			if (r.year !== null && q.year === null) q.year = r.year;
			// "- December 2018, KubeCon Seattle: …": a year set off before a name with its place.
			if (q.year === null && (q.city || q.region) && r.start > 5) {
				const y = YEAR_COMMA_BEFORE.exec(text.slice(Math.max(0, r.start - 8), r.start));
				if (y) q.year = Number(y[1]);
			}
			if (r.region !== null && q.region === null) q.region = r.region;
			// "DockerCon EU (Dec. 3–5, 2018)", "KubeCon North America, Nov. 18–21, 2019": the
			// edition's dates after its name give the year.
			const dated = q.year === null ? dateAfter(text, q.end) : null;
			if (dated) q.year = dated.year;
			// "the first DockerCon", "the second DockerCon Europe": the edition by its place in the series.
			const nth =
				q.year === null && !r.plural
					? ordinalEdition(catalog, regions, text, r.start, q.end, r.series, q)
					: null;
			const generic =
				!nth && q.year === null && q.region === null && !q.city && !q.country && !q.online;
			const resolved = nth
				? { ids: [nth], preferred: false }
				: generic
					? { ids: [], preferred: false }
					: resolve(q, r.series);
			const { ids: candidates, preferred } = dated ? heldOn(resolved, dated) : resolved;
			// "KubeCon Europe 2022 in Valencia": the name stops at its year or region, the place is
			// the row's city. "KubeCon North America in Detroit", where no edition of the catalog
			// was held: an edition of the document's year (eventContext.ts), as a meetup's.
			const external =
				!generic && candidates.length === 0 && (q.year !== null || q.city !== null)
					? describe(text.slice(r.start, Math.max(r.end, q.nameEnd)), r.series, q)
					: null;
			const ref: EventRef = {
				start: r.start,
				end: q.end,
				surface: text.slice(r.start, q.end),
				series: r.series,
				candidates,
				preferred,
				generic,
				external
			};
			// "KubeCon EU 2019, 2018 and 2017": each year after it, the same series and region.
			const yearAtEnd = q.year !== null && !q.city && text.endsWith(String(q.year), q.end);
			const years = yearAtEnd ? listedYears(text, q.end, q.year!) : [];
			if (years.length === 0) return ref;
			const name = text.slice(r.start, q.end - 4);
			return [
				ref,
				...years.map((y): EventRef => {
					const at = resolve({ ...q, year: y.year }, r.series);
					const surface = text.slice(y.start, y.end);
					return {
						start: y.start,
						end: y.end,
						surface,
						series: r.series,
						candidates: at.ids,
						preferred: at.preferred,
						generic: false,
						external:
							at.ids.length === 0
								? describe(name + surface, r.series, { ...q, year: y.year })
								: null
					};
				})
			];
		});
	}

	/** The candidates held on (or within a month of) `date`, when that leaves one. */
	function heldOn(
		resolved: { ids: string[]; preferred: boolean },
		date: TextDate & { year: number }
	): { ids: string[]; preferred: boolean } {
		if (resolved.ids.length < 2) return resolved;
		const near = resolved.ids.filter((id) =>
			daySpans(byId.get(id)!).some(
				([start, end]) => distanceToDays(date, date.year, start, end) <= 31
			)
		);
		return near.length === 1 ? { ids: near, preferred: false } : resolved;
	}

	return anchorRefs;
}

/** Where a date may open after an edition's name: brackets, a comma, a dash, "from". */
const DATE_LEAD = /^[\s,(–—:-]*(?:(?:from|on|vom|du|del?)\s+)?/;
/** What joins a range's first day to the date that ends it: "18.–", "29 – " ("April 29 – May 2"). */
const RANGE_JOIN = /^(?:\d{1,2}\.?)?\s*[–—-]\s*$/;

/**
 * The date with a year that opens right after `at`: "(Dec. 3–5, 2018)", ", 18.–21. November
 * 2019", "(April 29 – May 2, 2019)" (a range over two months: its first day, the year of its last).
 */
function dateAfter(text: string, at: number): (TextDate & { year: number }) | null {
	const slice = text.slice(at, at + 48);
	if (!/\d\d/.test(slice)) return null;
	const lead = DATE_LEAD.exec(slice)![0].length;
	const dates = findDates(slice);
	let first = dates[0];
	// A date found past the lead only after a range's joining word ("18.–21. November 2019" read
	// from a later day) still counts.
	if (first && first.start > lead && !RANGE_JOIN.test(slice.slice(lead, first.start))) return null;
	if (!first || first.start < lead) return null;
	const next = dates[1];
	if (first.year === null && next && RANGE_JOIN.test(slice.slice(first.end, next.start)))
		first = { ...first, year: next.year };
	// A month alone reads as a date only set off from the name ("KubeCon, May 2019"): "KubeCon
	// Mars 2030" names no March.
	if (first.day === null && !/[(,]/.test(slice.slice(0, lead))) return null;
	return first.year !== null ? (first as TextDate & { year: number }) : null;
}
