/**
 * A shortened list of editions after one series name: "KubeCon EU 2019, China 2019 and NA 2019",
 * "KubeCon Barcelona, Shanghai and San Diego (2019)", "KubeCon 2019 in Barcelona, Shanghai and San
 * Diego". Each item gives only a region or a city (and maybe a year): the series name is the
 * first's. The items are read here; eventSeriesRefs.ts makes a reference of each.
 */
import type { PlacesIn } from './eventRefs';
import { regionOf, regionWordAt, type RegionTag } from './eventRegions';

export interface ShorthandItem {
	start: number;
	end: number;
	year: number | null;
	region: RegionTag | null;
	city: string | null;
	country: string | null;
}

// Compiled once: tsx lowers in-function literals with \p{…} to a new RegExp per call.
const CAPITAL = /^\p{Lu}/u;
/** What may follow the series name before the first item: a space, or a year and "in". */
const LEAD = /^ (?:((?:19|20)\d\d) (?:in )?)?/;
const ITEM_YEAR = /^ ((?:19|20)\d\d)(?![\p{L}\p{N}])|^ ?['’](1[4-9]|2\d)(?![\p{L}\p{N}])/u;
const JOIN = /^(?:, ?(?:and |& )?| and | & )/;
/** "(2019)", " in 2019", " 2019": the year of every item, after the last. */
const SHARED_YEAR = /^(?: \(((?:19|20)\d\d)\)| in ((?:19|20)\d\d)(?![\p{L}\p{N}]))/u;

/** The cheap test: a list joiner soon after the series name. */
const JOINER_NEAR = /,|&| and /;

/**
 * The items of a shortened list that starts at `from` (right after the series name): two at
 * least, all regions or all cities, each a different one; null when the text is not one.
 */
export function shorthandItems(
	text: string,
	from: number,
	placeHits: PlacesIn
): ShorthandItem[] | null {
	if (!JOINER_NEAR.test(text.slice(from, from + 60))) return null;
	const lead = LEAD.exec(text.slice(from, from + 10));
	if (!lead) return null;
	const leadYear = lead[1] ? Number(lead[1]) : null;
	let at = from + lead[0].length;
	const items: ShorthandItem[] = [];
	// Whether "and" (or "&") came before the item last read: a list ends so ("At KubeCon
	// Barcelona, London-based startups …" is none).
	let anded = false;
	for (;;) {
		const item = itemAt(text, at, placeHits);
		if (!item) break;
		items.push(item);
		const join = JOIN.exec(text.slice(item.end, item.end + 8));
		if (!join) break;
		const and = join[0].includes('&') || join[0].includes('and');
		// A list ends with its "and" item: after it, nothing more of it.
		if (items.length > 1 && anded) break;
		anded = and;
		at = item.end + join[0].length;
	}
	if (items.length < 2 || !anded) return null;
	const cities = items.filter((i) => i.city !== null).length;
	if (cities !== 0 && cities !== items.length) return null;
	const keys = new Set(items.map((i) => i.city ?? i.region));
	if (keys.size !== items.length) return null;
	const last = items[items.length - 1]!;
	const shared = SHARED_YEAR.exec(text.slice(last.end, last.end + 12));
	let year = leadYear;
	if (shared) {
		year = Number(shared[1] ?? shared[2]);
		last.end += shared[0].length;
	} else if (year === null) {
		// "KubeCon EU, China and NA 2019": a year on the last item only is every item's.
		const dated = items.filter((i) => i.year !== null);
		if (dated.length === 1 && (dated[0] === last || dated[0] === items[0])) year = dated[0]!.year;
	}
	for (const i of items) i.year ??= year;
	return items;
}

/** A region word ("EU", "North America", "China") or a city, and the year after it, at `at`. */
function itemAt(text: string, at: number, placeHits: PlacesIn): ShorthandItem | null {
	const rest = text.slice(at, at + 40);
	if (!CAPITAL.test(rest)) return null;
	const item: ShorthandItem = {
		start: at,
		end: at,
		year: null,
		region: null,
		city: null,
		country: null
	};
	const word = regionWordAt(rest);
	if (word !== null) {
		item.region = regionOf(word);
		item.end = at + word.length;
	} else {
		const place = placeHits(at, at + 40).find((p) => p.start === at);
		if (place?.kind !== 'city') return null;
		item.city = place.name;
		item.country = place.country;
		item.end = place.end;
	}
	const y = ITEM_YEAR.exec(text.slice(item.end, item.end + 6));
	if (y) {
		item.year = y[1] ? Number(y[1]) : 2000 + Number(y[2]);
		item.end += y[0].length;
	}
	return item;
}

/** A bare year after a list joiner: ", 2018", " and 2017", " & 2016", "/2018". */
const YEAR_ITEM = /^(, ?(?:and |& )?| and | & | ?\/ ?)((?:19|20)\d\d)(?![\p{L}\p{N}])/u;
/** The first year of the series: an earlier one after a reference is a count ("2019, 2000 people"). */
const FIRST_YEAR = 2014;

export interface YearItem {
	start: number;
	end: number;
	year: number;
}

/**
 * The bare years that follow a reference ending in its year at `from`: "KubeCon EU 2019, 2018
 * and 2017" gives 2018 and 2017, each an edition of the same series and region. The list ends
 * with "and", "&" or "/" ("KubeCon NA 2019, 2020 attendees" is none), and each year is new.
 */
export function listedYears(text: string, from: number, first: number): YearItem[] {
	const items: YearItem[] = [];
	const seen = new Set([first]);
	let at = from;
	let closed = false;
	for (;;) {
		const m = YEAR_ITEM.exec(text.slice(at, at + 14));
		if (!m) break;
		const year = Number(m[2]);
		if (year < FIRST_YEAR || seen.has(year)) break;
		seen.add(year);
		const start = at + m[1]!.length;
		items.push({ start, end: start + 4, year });
		at = start + 4;
		// A list ends with its "and" item: after it, nothing more of it.
		closed = m[1] !== ',' && m[1] !== ', ';
		if (closed && !m[1]!.includes('/')) break;
	}
	return closed ? items : [];
}
