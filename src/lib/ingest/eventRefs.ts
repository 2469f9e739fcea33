/**
 * Finding references to conference editions in text: catalog names and aliases, series names
 * with their qualifiers ("KubeCon EU 2018", "Kubecon San Diego", "DockerCon16", "The 2018
 * KubeCon and CloudNativeCon in Copenhagen") and events outside the catalog ("EnvoyCon 2019",
 * "the March-2015 DevOps-Chicago meetup", "Helm Summit EU 2019 (Amsterdam, …)").
 */
import type { CatalogEvent, EventSeries } from './types';
import { atWordBoundary, compileAutomaton, selectLongest } from './automaton';
import { findDates } from './dates';
import { compilePlaces, type PlaceFinder, type PlaceHit } from './places';
import { externalRefs, mayNameGathering, mayNameYearEdition, namedYearRefs } from './eventExternal';
import {
	CJK_REGION_START,
	eventRegions,
	REGION_START,
	REGION_WORD,
	regionOf,
	type RegionTag
} from './eventRegions';

// Compiled once: tsx lowers in-function literals with \p{…} to a new RegExp per call.
// Chinese, Japanese and Korean write a year against the words around it ("KubeCon北美2019的",
// "2019年KubeCon"): their characters end a year as a space does.
const YEAR_OR_WORD_BEFORE =
	/(?:^|[^\p{L}\p{N}]|[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}])(?:((?:19|20)\d\d)(?:\s+|\s*[年년]\s*)|([A-Z][A-Za-z]+)\s+)$/u;
const CAPITAL_START = /^\p{Lu}|^[\p{Lo}]/u;
const YEAR_START =
	/^((?:19|20)\d\d)(?=$|[^\p{L}\p{N}]|[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}])/u;
/** "EU '19", "NA19", "Barcelona ’19": a two-digit year after a region or city. */
const SHORT_YEAR_START = /^(['’]?)(1[4-9]|2\d)(?![\p{L}\p{N}])/u;
/** What may follow a two-digit year set off by a space ("KubeCon EU 19 recap", not "EU 20 talks"). */
const AFTER_SHORT_YEAR =
	/^(?:$|[)\]:!?,;|]|\s+(?:$|[–—|(-]|\p{Lu}|(?:recap|notes|takeaways|highlights|report|review|impressions|keynotes?|day)\b))/u;
const HELD_IN =
	/^,?\s+(?:took place|takes place|was held|is held|is being held|will be held|happened|happens)\s+in\s+/;
const FILLER_START = /^\(and virtual\)|^[\p{L}]+/iu;

/** What a text says about an event: enough to create it when the catalog lacks it. */
export interface EventDescription {
	name: string;
	series: EventSeries;
	year: number | null;
	month: number | null;
	city: string | null;
	country: string | null;
	region: RegionTag | null;
}

export interface EventRef {
	start: number;
	end: number;
	surface: string;
	series: EventSeries;
	/** Catalog ids consistent with the reference, most likely first. */
	candidates: string[];
	/** The first candidate is the likely one ("DockerCon 2014" is the US edition, not Europe). */
	preferred: boolean;
	/** Only the series is named ("KubeCon", "this DockerCon"). */
	generic: boolean;
	/** Set when the text names an edition the catalog does not hold. */
	external: EventDescription | null;
}

export interface EventIndex {
	catalog: CatalogEvent[];
	byId: Map<string, CatalogEvent>;
	places: PlaceFinder;
	findRefs(text: string): EventRef[];
	/** A front-matter `event:` value: catalog id, name or alias, or a described edition. */
	resolveName(value: string): EventRef | null;
}

// "#KubeConEU", "KubeConNA19": a region written onto the series name (hashtags) is group 4.
// "KCCNC", "KubeCon/CNC", "KubeCon+CNC" abbreviate KubeCon + CloudNativeCon (group 1).
// Han, kana or Hangul next to the Latin name is a boundary ("参加了KubeCon欧洲2019").
const ANCHOR_RE =
	/(?<=^|[^\p{L}\p{N}]|[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}])(?:(kube\s?cons?(?:\s?[/+&]\s?cnc)?|kccnc)|(cloud\s?native\s?cons?)|(docker\s?cons?))(?:(EU|NA|CN)(?=['\d]|[^\p{L}\p{N}]|$))?(?:'?(\d\d)|(20\d\d))?(?=$|[^\p{L}\p{N}]|[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}])/giu;
const ATTACHED_REGION: Record<string, RegionTag> = {
	eu: 'europe',
	na: 'north-america',
	cn: 'china'
};
/** Shared result for the common case (no reference): callers only read it. */
const NO_REFS: EventRef[] = [];
const ANCHOR_GATE = /kube\s?con|docker\s?con|native\s?con|kccnc/i;
/** "https://kccnceu19.sched.com": the abbreviation as a host name is a link, not a mention. */
const KCCNC_IN_URL = /[/.@]$/;
const DOT_AFTER = /^\.\w/;
const JOINER_RE = /^\s*(?:\+|&|and|\/|,|&amp;)?\s*$/i;

export function compileEventIndex(catalog: CatalogEvent[]): EventIndex {
	const byId = new Map(catalog.map((e) => [e.id, e]));
	const places = compilePlaces(catalog);
	const regions = new Map(catalog.map((e) => [e.id, eventRegions(e)]));
	const aliasList: { text: string; id: string }[] = [];
	for (const e of catalog) {
		for (const a of new Set([e.name, ...(e.aliases ?? [])])) aliasList.push({ text: a, id: e.id });
	}
	const aliases = compileAutomaton(aliasList.map((a) => a.text));
	// Catalog aliases normally contain a series name; then the series gate covers them too.
	const aliasesNeedAnchor = aliasList.every((a) => ANCHOR_GATE.test(a.text));
	const aliasGate = (text: string) => aliases.findAll(text).length > 0;

	function resolve(q: Qualifiers, series: EventSeries): { ids: string[]; preferred: boolean } {
		let pool = catalog.filter((e) => e.series === series);
		if (q.year !== null) pool = pool.filter((e) => eventYear(e) === q.year);
		if (q.region !== null) pool = pool.filter((e) => regions.get(e.id)!.includes(q.region!));
		if (q.year === null && q.region === null && !q.city && !q.country)
			return { ids: [], preferred: false };
		if (q.city) {
			const inCity = pool.filter((e) => e.city?.toLowerCase() === q.city!.toLowerCase());
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
		}[] = [];
		for (const m of text.matchAll(ANCHOR_RE)) {
			if (
				m[1]?.length === 5 /* "KCCNC" */ &&
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
			raw.push({ start: m.index, end: m.index + m[0].length, series, year: yy, region });
		}
		return raw.map((r) => {
			const q = scanQualifiers(text, r.start, r.end, placeHits);
			if (r.year !== null && q.year === null) q.year = r.year;
			if (r.region !== null && q.region === null) q.region = r.region;
			const generic = q.year === null && q.region === null && !q.city && !q.country;
			const { ids: candidates, preferred } = generic
				? { ids: [], preferred: false }
				: resolve(q, r.series);
			const external =
				!generic && candidates.length === 0 && q.year !== null
					? // "KubeCon Europe 2022 in Valencia": the name stops at its year or region, the
						// place is the row's city.
						describe(text.slice(r.start, Math.max(r.end, q.nameEnd)), r.series, q)
					: null;
			return {
				start: r.start,
				end: q.end,
				surface: text.slice(r.start, q.end),
				series: r.series,
				candidates,
				preferred,
				generic,
				external
			};
		});
	}

	// Titles and headings are scanned more than once per document, and recaps repeat short
	// lines: remember the short texts that pass the gates (hashing the others costs more).
	const memo = new Map<string, EventRef[]>();
	function findRefsMemo(text: string): EventRef[] {
		// Cheap gates first: most passages name no event at all.
		const anchor =
			(text.includes('on') || text.includes('ON') || text.includes('CC') || text.includes('cc')) &&
			ANCHOR_GATE.test(text);
		const gathering = mayNameGathering(text);
		const yearEdition = mayNameYearEdition(text);
		if (!anchor && !gathering && !yearEdition && (aliasesNeedAnchor || !aliasGate(text)))
			return NO_REFS;
		if (text.length > 200) return findRefs(text, anchor, gathering, yearEdition);
		let refs = memo.get(text);
		if (!refs) {
			if (memo.size > 4096) memo.clear();
			refs = findRefs(text, anchor, gathering, yearEdition);
			memo.set(text, refs);
		}
		return refs;
	}

	/** `gathering`, `yearEdition`: the gates of externalRefs and namedYearRefs passed. */
	function findRefs(
		text: string,
		anchor: boolean,
		gathering: boolean,
		yearEdition: boolean
	): EventRef[] {
		const named: EventRef[] = [];
		if (anchor || !aliasesNeedAnchor) {
			aliases.scanWords(text, (p, start, end) => {
				if (!atWordBoundary(text, start, end)) return;
				const e = byId.get(aliasList[p]!.id)!;
				named.push({
					start,
					end,
					surface: text.slice(start, end),
					series: e.series,
					candidates: [e.id],
					preferred: false,
					generic: false,
					external: null
				});
			});
		}
		// Places are looked up only in the few characters around a reference, not the passage.
		const placeHits: PlacesIn = (from, to) => places.findIn(text, from, to);
		const anchored = anchor ? anchorRefs(text, placeHits) : [];
		const keyworded = gathering ? externalRefs(text, placeHits) : [];
		// Names without a gathering word come last: what the series, the catalog or a keyword
		// already read is theirs.
		const yearNamed = yearEdition
			? namedYearRefs(text, placeHits, [...named, ...anchored, ...keyworded])
			: [];
		const outside = [...keyworded, ...yearNamed].map((x) => {
			const q = scanQualifiers(text, x.start, x.end, placeHits);
			const before = findDates(text.slice(Math.max(0, x.start - 24), x.start)).pop();
			const after = findDates(text.slice(q.end, q.end + 30)).find((d) => d.start < 8);
			const date = before ?? after;
			const year = q.year ?? date?.year ?? null;
			const tail = text.slice(x.end, Math.max(x.end, q.nameEnd));
			const desc = describe(
				x.label ? x.label + tail : text.slice(x.start, x.end) + tail,
				'other',
				q
			);
			desc.year = year;
			desc.month = date?.month ?? null;
			desc.city = desc.city ?? x.city;
			desc.country = desc.country ?? x.country;
			if (desc.city === null) {
				// "Open Source Summit NA 2018 took place in Vancouver from August 29 to 31."
				const held = HELD_IN.exec(text.slice(q.end, q.end + 40));
				const at = held ? q.end + held[0].length : -1;
				const city = held ? placeHits(at, at + 30).find((p) => p.start === at) : undefined;
				if (city?.kind === 'city') {
					desc.city = city.name;
					desc.country = city.country;
				}
			}
			return { ...x, end: q.end, surface: text.slice(x.start, q.end), desc };
		});
		const described: EventRef[] = outside.map((x) => ({
			start: x.start,
			end: x.end,
			surface: x.surface,
			series: 'other',
			candidates: [],
			preferred: false,
			generic: false,
			external: x.desc
		}));
		// Longest wins on overlap; on a tie the catalog alias, then the series reference.
		return selectLongest([...named, ...anchored, ...described]);
	}

	function resolveName(value: string): EventRef | null {
		const v = value.trim();
		if (!v) return null;
		const exact = byId.get(v) ?? catalog.find((e) => e.id.toLowerCase() === v.toLowerCase());
		const named =
			exact ??
			catalog.find((e) =>
				[e.name, ...(e.aliases ?? [])].some((a) => a.toLowerCase() === v.toLowerCase())
			);
		if (named) {
			return {
				start: 0,
				end: v.length,
				surface: v,
				series: named.series,
				candidates: [named.id],
				preferred: false,
				generic: false,
				external: null
			};
		}
		const refs = findRefsMemo(v).filter((r) => !r.generic);
		const best = refs.find((r) => r.candidates.length === 1) ?? refs[0];
		return best ?? null;
	}

	return { catalog, byId, places, findRefs: findRefsMemo, resolveName };
}

export function eventYear(e: { start_date: string }): number {
	return Number(e.start_date.slice(0, 4));
}

export type PlacesIn = (from: number, to: number) => PlaceHit[];

interface Qualifiers {
	year: number | null;
	region: RegionTag | null;
	city: string | null;
	country: string | null;
	/** End of the last qualifier consumed (or the anchor end). */
	end: number;
	/** End of the last year or region word: where a name like "Helm Summit EU 2019" stops. */
	nameEnd: number;
}

// "in" and "the" in the languages recaps are written in: "KubeCon 2016 à Londres", "la KubeCon
// de 2019 en Barcelona", "KubeCon 2019 em San Diego".
const FILLER =
	/^(?:in|at|the|and|virtual|online|hybrid|edition|conference|event|\(and virtual\)|à|en|em|de|del|la|el|le|virtuel|virtuelle)$/i;

/**
 * Reads the qualifiers that follow (and, for a year or region, precede) a series name:
 * "KubeCon NA (and virtual) 2021", "KubeCon 2019 in San Diego", "Kubecon San Diego".
 */
function scanQualifiers(text: string, start: number, end: number, placeHits: PlacesIn): Qualifiers {
	const q: Qualifiers = { year: null, region: null, city: null, country: null, end, nameEnd: end };
	const before = YEAR_OR_WORD_BEFORE.exec(text.slice(Math.max(0, start - 16), start));
	if (before?.[1]) q.year = Number(before[1]);
	else if (before?.[2] && REGION_WORD.test(before[2])) q.region = regionOf(before[2]);
	else if (before?.[2]) {
		// "the Barcelona KubeCon", "last year's San Diego KubeCon": the city right before it.
		const hits = placeHits(Math.max(0, start - 24), start);
		const city = hits[hits.length - 1];
		if (city?.kind === 'city' && /^\s+$/.test(text.slice(city.end, start))) {
			q.city = city.name;
			q.country = city.country;
		}
	}
	let i = end;
	let fillers = 0;
	const limit = Math.min(text.length, end + 70);
	while (i < limit) {
		const skip = /^[\s,()\-–—/:+|*_]*/.exec(text.slice(i, i + 8))![0].length;
		const at = i + skip;
		const rest = text.slice(at, at + 40);
		if (/^[.!?;\n]/.test(text.slice(i, at + 1)) && skip === 0) break;
		let m: RegExpExecArray | null;
		const place = CAPITAL_START.test(rest)
			? placeHits(at, at + 40).find((p) => p.start === at)
			: undefined;
		if ((m = YEAR_START.exec(rest)) && q.year === null) {
			q.year = Number(m[1]);
			q.nameEnd = at + m[0].length;
		} else if (
			q.year === null &&
			(q.region !== null || q.city !== null) &&
			(m = SHORT_YEAR_START.exec(rest)) &&
			(m[1] ||
				skip === 0 ||
				(/^ +$/.test(text.slice(i, at)) && AFTER_SHORT_YEAR.test(text.slice(at + m[0].length))))
		) {
			q.year = 2000 + Number(m[2]);
			q.nameEnd = at + m[0].length;
		} else if (place && (place.kind === 'city' ? !q.city : !q.country && !q.city)) {
			if (place.kind === 'city') q.city = place.name;
			q.country = q.country ?? place.country;
			m = [text.slice(place.start, place.end)] as unknown as RegExpExecArray;
		} else if (
			(m = CJK_REGION_START.exec(rest)) ||
			((m = REGION_START.exec(rest)) && REGION_WORD.test(m[0]))
		) {
			if (q.region === null) q.region = regionOf(m[0]);
			if (q.city === null) q.nameEnd = at + m[0].length;
		} else if ((m = FILLER_START.exec(rest)) && FILLER.test(m[0]) && fillers < 2) {
			fillers++;
			i = at + m[0].length;
			continue;
		} else break;
		fillers = 0;
		i = at + m[0].length;
		q.end = i;
	}
	return q;
}

function describe(surface: string, series: EventSeries, q: Qualifiers): EventDescription {
	return {
		name: surface
			.replace(/\s+/g, ' ')
			.replace(/[\s,(–—-]+$/, '')
			.trim(),
		series,
		year: q.year,
		month: null,
		city: q.city,
		country: q.country,
		region: q.region
	};
}
