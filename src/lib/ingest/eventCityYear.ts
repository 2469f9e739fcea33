/**
 * Editions named by a catalog city and a year: "Barcelona 2019 was my first KubeCon", "San Diego
 * '19" in a passage, and a heading that names a city and little else ("Barcelona (May)", "Day 2
 * in Shanghai", "2019: Barcelona"), in a document about a conference series.
 */
import type { CatalogEvent, ParsedDocument } from './types';
import { editionRef, type EventIndex, type EventRef } from './eventRefs';
import { refRole, type RefRole } from './eventCues';
import { eventYear } from './eventRows';
import { dayNumber } from './dates';
import { citiesOf, heldOrPlannedIn } from './eventPlanned';

/** The catalog series (KubeCon, DockerCon) the title, a heading or a passage names. */
export function namedSeries(
	titleRefs: EventRef[],
	headingRefs: EventRef[][],
	passageRefs: { ref: EventRef }[][][]
): Set<string> {
	const out = new Set<string>();
	const add = (r: EventRef) => {
		if (r.series !== 'other') out.add(r.series);
	};
	titleRefs.forEach(add);
	for (const refs of headingRefs) refs.forEach(add);
	for (const section of passageRefs) for (const refs of section) for (const r of refs) add(r.ref);
	return out;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const NAME_WORD_BEFORE = /([A-Z][\w'’&.-]*)\s+$/;
const LEAD_WORD =
	/^(?:At|In|From|To|The|After|Before|Since|During|Like|Unlike|And|Or|But|Both|Than)$/;
const citiesCache = new WeakMap<
	EventIndex,
	{ names: string[]; longest: number; editions: Map<string, CatalogEvent[]> }
>();

/** The catalog's cities (lower case), and their editions: what a city and a year may name. */
function catalogCities(index: EventIndex) {
	let c = citiesCache.get(index);
	if (!c) {
		const editions = new Map<string, CatalogEvent[]>();
		for (const e of index.catalog) {
			// "Amsterdam 2020": the city an edition held online was planned for names it too.
			for (const city of citiesOf(e)) {
				const key = city.toLowerCase();
				editions.set(key, [...(editions.get(key) ?? []), e]);
			}
		}
		const names = [...editions.keys()];
		c = { names, longest: Math.max(0, ...names.map((n) => n.length)), editions };
		citiesCache.set(index, c);
	}
	return c;
}

/** " 2019", " '19", " ’19": substring searches, much cheaper than a regex over every passage. */
function mayNameCityYear(text: string): boolean {
	return (
		text.includes(' 20') ||
		((text.includes("'") || text.includes('’')) && CITY_SHORT_YEAR_GATE.test(text))
	);
}
const CITY_SHORT_YEAR_GATE = / ['’][12]\d/;
const CITY_YEAR = /(?<=[ \t])(?:(20[12]\d)|['’]([12]\d))(?![A-Za-z0-9])/g;

/**
 * "Barcelona 2019 was my first KubeCon", "San Diego '19": in a document that names the series,
 * a catalog edition's city right before its year refers to that edition. Only passages that
 * name no edition otherwise are read.
 */
export function addCityYearRefs(
	doc: ParsedDocument,
	index: EventIndex,
	series: Set<string>,
	passageRefs: { ref: EventRef; role: RefRole }[][][]
) {
	doc.sections.forEach((section, si) => {
		section.passages.forEach((p, pi) => {
			const text = p.text;
			const own = passageRefs[si]![pi]!;
			if (own.some((r) => !r.ref.generic)) return;
			const found: { ref: EventRef; role: RefRole }[] = [];
			const lead = mayOpenWithCityYear(text) ? leadCityYear(text, index, series) : null;
			if (lead) found.push({ ref: lead, role: 'narrative' });
			if (!mayNameCityYear(text)) {
				if (lead) passageRefs[si]![pi] = [...own, ...found];
				return;
			}
			const byCity = catalogCities(index);
			for (const y of text.matchAll(CITY_YEAR)) {
				const year = y[1] ? Number(y[1]) : 2000 + Number(y[2]);
				const pre = text
					.slice(Math.max(0, y.index - 1 - byCity.longest), y.index - 1)
					.toLowerCase();
				let city: string | null = null;
				for (const name of byCity.names) if (pre.endsWith(name)) city = name;
				if (city === null || y.index - 1 - city.length < 0) continue;
				const cityStart = y.index - 1 - city.length;
				if (cityStart > 0 && LETTER_OR_DIGIT.test(text[cityStart - 1]!)) continue;
				// "Mobile World Congress Barcelona 2019": the city ends another name.
				const before = NAME_WORD_BEFORE.exec(text.slice(Math.max(0, cityStart - 30), cityStart));
				if (before && !LEAD_WORD.test(before[1]!)) continue;
				const editions = byCity.editions
					.get(city)!
					.filter((e) => series.has(e.series) && eventYear(e) === year);
				if (editions.length !== 1) continue;
				const end = y.index + y[0].length;
				if (lead && cityStart < lead.end) continue;
				const ref = editionRef(text, cityStart, end, editions[0]!);
				found.push({ ref, role: refRole(text, ref.start, ref.end) });
			}
			if (found.length > 0)
				passageRefs[si]![pi] = [...own, ...found].sort((a, b) => a.ref.start - b.ref.start);
		});
	});
}

/** A passage opening on a year ("2015, …") or a capitalised word and ", 2016" / "(2016)". */
function mayOpenWithCityYear(text: string): boolean {
	const c = text.charCodeAt(0);
	if (c === 50) return text.charCodeAt(1) === 48; // "20…"
	return c >= 65 && c <= 90 && (text.includes(', 20') || text.includes('(20'));
}

// "2015, San Francisco.", "2017 (Austin):", "2016 – Seattle:"; "Seattle, 2016:", "Austin (2017)".
const LEAD_YEAR = /^(20[12]\d)(?:\s*[,:]\s+|\s+[–—-]\s+|\s+in\s+|\s*\(\s*|\s+)/;
const YEAR_AFTER_CITY = /^(?:,\s*|\s*\(\s*)(20[12]\d)/;
/** What closes such a label: a period, a colon or a dash (a parenthesis closed first). */
const LEAD_LABEL_END = /^\)?\s*(?:[.:](?:\s|$)|[–—-]\s|$)/;

/**
 * "2015, San Francisco. The year of Compose …", "Seattle, 2016: swarm mode …": a passage (a
 * paragraph of a look back over a series' years) labelled by a year and the city of that year's
 * edition is about it, as a heading saying the same would make its section.
 */
function leadCityYear(text: string, index: EventIndex, series: Set<string>): EventRef | null {
	let year: number;
	let end: number;
	const y = LEAD_YEAR.exec(text);
	const window = text.length > 48 ? 48 : text.length;
	const cities = index.places.findIn(text, 0, window).filter((p) => p.kind === 'city');
	const city = y ? cities.find((p) => p.start === y[0].length) : cities.find((p) => p.start === 0);
	if (!city) return null;
	if (y) {
		year = Number(y[1]);
		end = city.end;
	} else {
		const after = YEAR_AFTER_CITY.exec(text.slice(city.end));
		if (!after) return null;
		year = Number(after[1]);
		end = city.end + after[0].length;
	}
	if (!LEAD_LABEL_END.test(text.slice(end, end + 4))) return null;
	const name = city.name.toLowerCase();
	const editions = index.catalog.filter(
		(e) => series.has(e.series) && heldOrPlannedIn(e, name) && eventYear(e) === year
	);
	return editions.length === 1 ? editionRef(text, 0, end, editions[0]!) : null;
}

/** The field of each series, as a recap that never names the series still writes it. */
const SERIES_TOPIC: Record<string, RegExp> = {
	kubecon: /kubernetes|cloud[ -]?native|\bcncf\b/i,
	dockercon: /docker|\bcontainers?\b/i
};

/**
 * "Last week in Copenhagen I spent three days with four thousand cloud native people", published
 * on 9 May 2018: a document that names no series, but names the city of an edition that ended at
 * most three weeks before it was published (or was running), and speaks of that series' field.
 * Those editions are the ones its cities and dates may then pick from (eventDefault.ts).
 */
export function editionsByCityAndDate(
	index: EventIndex,
	texts: string[],
	published: number | null
): CatalogEvent[] {
	if (published === null) return [];
	const held = index.catalog.filter((e) => {
		const start = dayNumber(e.start_date);
		const end = dayNumber(e.end_date);
		return e.city && start !== null && end !== null && published >= start && published - end <= 21;
	});
	if (held.length === 0) return [];
	const text = texts.map((t) => (t.length > 1200 ? t.slice(0, 1200) : t)).join('\n');
	const cities = new Set(
		index.places
			.find(text)
			.filter((p) => p.kind === 'city')
			.map((p) => p.name.toLowerCase())
	);
	return held.filter(
		(e) => cities.has(e.city!.toLowerCase()) && (SERIES_TOPIC[e.series]?.test(text) ?? false)
	);
}
