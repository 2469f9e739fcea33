/**
 * Finding references to conference editions in text: catalog names and aliases, series names
 * with their qualifiers ("KubeCon EU 2018", "Kubecon San Diego", "DockerCon16", "The 2018
 * KubeCon and CloudNativeCon in Copenhagen": eventSeriesRefs.ts, eventQualifiers.ts) and events
 * outside the catalog ("EnvoyCon 2019", "the March-2015 DevOps-Chicago meetup", "Helm Summit EU
 * 2019 (Amsterdam, …)": eventExternal.ts), one list per text with the longest reference kept.
 */
import type { CatalogEvent, EventSeries } from './types';
import { atWordBoundary, compileAutomaton, selectLongest } from './automaton';
import { findDates, type TextDate } from './dates';
import { compilePlaces, type PlaceFinder, type PlaceHit } from './places';
import { externalRefs, mayNameGathering, mayNameYearEdition, namedYearRefs } from './eventExternal';
import { describe, scanQualifiers } from './eventQualifiers';
import { ANCHOR_GATE, compileSeriesRefs } from './eventSeriesRefs';
import type { RegionTag } from './eventRegions';

const WORD_CHAR = /[\p{L}\p{N}]/u;

/**
 * The verbs of meeting in the other languages recaps are written in: "… fand in Hamburg statt",
 * "… s’est tenu à Lyon", "… se celebró en Madrid", "… aconteceu em Lisboa", "… si è tenuto a
 * Milano", "… odbył się w Krakowie", "… прошёл в Москве".
 */
const HELD_ABROAD =
	"fand(?:en)?|findet|finden|s['’]est\\s+(?:tenue?s?|déroulée?s?)|a\\s+eu\\s+lieu|se\\s+(?:celebró|realizó|llevó\\s+a\\s+cabo)|tuvo\\s+lugar|aconteceu|ocorreu|foi\\s+realizad[oa]|teve\\s+lugar|si\\s+è\\s+(?:tenut|svolt)[oa]|ha\\s+avuto\\s+luogo|odbył(?:a|o|y)?\\s+się|прош(?:ёл|ел|ла|ло|ли)|состоял(?:ся|ась|ось|ись)";

/**
 * A verb of meeting before a city: "… took place in Vancouver", "… is back in person, in Los
 * Angeles", "… returned to Chicago", "… came back to Amsterdam this year", "… fand in Hamburg statt".
 */
const HELD_IN = new RegExp(
	`^,?\\s+(?:took place|takes place|was held|is held|is being held|will be held|happened|happens|ran|runs|was hosted|was organi[sz]ed|(?:is|was|are|were) back|(?:came|comes|is coming) back|returned|returns|is returning)(?:,?\\s+(?:again|once again|once more|in person|in-person|physically|this year|this time))*,?\\s+(?:in|to)\\s+|^,?\\s+(?:${HELD_ABROAD})\\s+(?:in|à|a|en|em|w|в)\\s+`
);

/**
 * What leads from a gathering's name to its day: "… took place on Monday, November 18", "… was
 * held on the same day, May 1, 2018", "… meetup met online on May 6", "… fand am 3. Juni statt",
 * "… tuvo lugar el 3 de junio", "… s’est tenu du 3 au 4 juin".
 */
const HELD_ON = new RegExp(
	`^,?\\s+(?:met|meets|took place|takes place|was held|is held|happened|ran|was hosted|kicked off|gathered|convened|${HELD_ABROAD})(?:\\s+(?:online|virtually|remotely|again|in person))?\\s+(?:(?:on|am|vom|le|du|el|del|em|no dia|il|dal)\\s+)?(?:(?:the\\s+)?same day,?\\s+)?(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?\\s+)?(?:the\\s+)?`
);

/**
 * The date a verb of meeting gives right after a gathering's name. Only for the few gatherings
 * outside the catalog: an anchored regex on 50 characters.
 */
function heldOn(text: string, at: number): TextDate | undefined {
	if (text.charCodeAt(at) !== 32 && text.charCodeAt(at) !== 44) return undefined;
	const held = HELD_ON.exec(text.slice(at, at + 50));
	if (!held) return undefined;
	const from = at + held[0].length;
	return findDates(text.slice(from, from + 30)).find((d) => d.start === 0);
}

/** The city and the day verbs of meeting give after an edition's name ending at `at`. */
function placeAndDate(text: string, at: number, desc: EventDescription, placeHits: PlacesIn) {
	if (desc.city === null) heldIn(text, at, desc, placeHits);
	if (desc.month !== null) return;
	const date = heldOn(text, at);
	if (!date || date.month === null || (date.year !== null && date.year !== desc.year)) return;
	desc.month = date.month;
	desc.day = date.day;
	desc.dayTo = date.dayTo;
	desc.monthTo = date.monthTo ?? null;
}

/** The city a verb of meeting gives right after a name ending at `at` ("… took place in Vancouver"). */
function heldIn(text: string, at: number, desc: EventDescription, placeHits: PlacesIn) {
	const held = HELD_IN.exec(text.slice(at, at + 60));
	const from = held ? at + held[0].length : afterDayIn(text, at);
	if (from === null) return;
	const city = placeHits(from, from + 30).find((p) => p.start === from);
	if (city?.kind !== 'city') return;
	desc.city = city.name;
	desc.country = city.country;
}

/** "in" after the day a verb of meeting gives: "… ran on April 16–17 in Amsterdam", "… en Madrid". */
const IN_AFTER_DAY = /^,?\s+(?:in|à|a|en|em|w|в)\s+/;

/** Where a city may open after a verb of meeting and its day, or null. */
function afterDayIn(text: string, at: number): number | null {
	if (text.charCodeAt(at) !== 32 && text.charCodeAt(at) !== 44) return null;
	const held = HELD_ON.exec(text.slice(at, at + 50));
	if (!held) return null;
	const from = at + held[0].length;
	const date = findDates(text.slice(from, from + 30)).find((d) => d.start === 0);
	const inIt = date ? IN_AFTER_DAY.exec(text.slice(from + date.end, from + date.end + 8)) : null;
	return inIt ? from + date!.end + inIt[0].length : null;
}

/** A date opening a sentence, after at most a short word: "On 14 March 2017", "Am 3. Mai 2018". */
const OPENING_WORD = /^\s*(?:\p{L}{1,4}\s+)?$/u;

/**
 * "On 14 March 2017 we held our twelfth Kubernetes Munich meetup": the date that opens the
 * sentence of a gathering's name further back than a look-behind reaches, when no other
 * edition is named between them.
 */
function openingDate(
	text: string,
	at: number,
	...others: { start: number }[][]
): TextDate | undefined {
	const s = Math.max(text.lastIndexOf('. ', at), text.lastIndexOf('\n', at)) + 1;
	if (at - s > 100) return undefined;
	for (const refs of others) if (refs.some((r) => r.start >= s && r.start < at)) return undefined;
	const date = findDates(text.slice(s, at))[0];
	return date && OPENING_WORD.test(text.slice(s, s + date.start)) ? date : undefined;
}

/** What a text says about an event: enough to create it when the catalog lacks it. */
export interface EventDescription {
	name: string;
	series: EventSeries;
	year: number | null;
	month: number | null;
	/** The day (and last day of a range) when the text gives one with the month. */
	day?: number | null;
	dayTo?: number | null;
	/** The month of the last day when it is the next one ("30 April – 2 May"). */
	monthTo?: number | null;
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

/** A reference to catalog edition `e` over [start, end) of `text` (its name, a city, a date). */
export function editionRef(text: string, start: number, end: number, e: CatalogEvent): EventRef {
	return {
		start,
		end,
		surface: text.slice(start, end),
		series: e.series,
		candidates: [e.id],
		preferred: false,
		generic: false,
		external: null
	};
}

/** Shared result for the common case (no reference): callers only read it. */
const NO_REFS: EventRef[] = [];

export function compileEventIndex(catalog: CatalogEvent[]): EventIndex {
	const byId = new Map(catalog.map((e) => [e.id, e]));
	const places = compilePlaces(catalog);
	const aliasList: { text: string; id: string }[] = [];
	for (const e of catalog) {
		for (const a of new Set([e.name, ...(e.aliases ?? [])])) aliasList.push({ text: a, id: e.id });
	}
	const aliases = compileAutomaton(aliasList.map((a) => a.text));
	// Catalog aliases normally contain a series name; then the series gate covers them too.
	const aliasesNeedAnchor = aliasList.every((a) => ANCHOR_GATE.test(a.text));
	const aliasGate = (text: string) => aliases.findAll(text).length > 0;

	const seriesRefs = compileSeriesRefs(catalog);

	// Titles and headings are scanned more than once per document, and recaps repeat short
	// lines: remember the short texts that pass the gates (hashing the others costs more).
	const memo = new Map<string, EventRef[]>();
	function findRefsMemo(text: string): EventRef[] {
		// Cheap gates first: most passages name no event at all.
		const anchor =
			(text.includes('on') ||
				text.includes('ON') ||
				text.includes('CC') ||
				text.includes('cc') ||
				// "쿠버콘", "クーベコン": the names in Hangul and katakana.
				text.includes('콘') ||
				text.includes('コン')) &&
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
				named.push(editionRef(text, start, end, byId.get(aliasList[p]!.id)!));
			});
		}
		// Places are looked up only in the few characters around a reference, not the passage.
		const placeHits: PlacesIn = (from, to) => places.findIn(text, from, to);
		const anchored = anchor ? seriesRefs(text, placeHits) : [];
		const keyworded = gathering ? externalRefs(text, placeHits) : [];
		// Names without a gathering word come last: what the series, the catalog or a keyword
		// already read is theirs.
		const yearNamed = yearEdition
			? namedYearRefs(text, placeHits, [...named, ...anchored, ...keyworded])
			: [];
		const outside = [...keyworded, ...yearNamed].map((x) => {
			const q = scanQualifiers(text, x.start, x.end, placeHits);
			// The look-behind starts at a word's start: "16 March" cut to "6 March" is another day.
			let from = Math.max(0, x.start - 24);
			while (from > 0 && WORD_CHAR.test(text[from - 1]!)) from--;
			const before =
				findDates(text.slice(from, x.start)).pop() ??
				(from > 0 ? openingDate(text, x.start, anchored, named) : undefined);
			const after = findDates(text.slice(q.end, q.end + 30)).find((d) => d.start < 8);
			const date = before ?? after ?? heldOn(text, q.end);
			const year = q.year ?? date?.year ?? null;
			const tail = text.slice(x.end, Math.max(x.end, q.nameEnd));
			const desc = describe(
				x.label ? x.label + tail : text.slice(x.start, x.end) + tail,
				'other',
				q
			);
			desc.year = year;
			desc.month = date?.month ?? null;
			if (date && date.day !== null && (date.year === null || date.year === year)) {
				desc.day = date.day;
				desc.dayTo = date.dayTo;
				desc.monthTo = date.monthTo ?? null;
			}
			desc.city = desc.city ?? x.city;
			desc.country = desc.country ?? x.country;
			// "Open Source Summit NA 2018 took place in Vancouver from August 29 to 31."
			if (desc.city === null) heldIn(text, q.end, desc, placeHits);
			return { ...x, end: q.end, surface: text.slice(x.start, q.end), desc };
		});
		// "KubeCon + CloudNativeCon Europe 2022 took place in Valencia", "DockerCon 2022 ran online
		// on May 10": an edition outside the catalog, like a gathering, is placed and dated by the
		// verb after its name.
		for (const a of anchored) if (a.external) placeAndDate(text, a.end, a.external, placeHits);
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

export type PlacesIn = (from: number, to: number) => PlaceHit[];
