/**
 * "Last year in Copenhagen, the talk of the town was the service mesh.", "In 2015, in San
 * Francisco, the big announcement was …", "Im Vorjahr in Berlin, …", "El año pasado, en
 * Copenhague, …": a passage that opens on a time (a year, or the year before the document's) and
 * the city of the one edition of a series the document names held then is about that edition,
 * though "last year" elsewhere in a sentence is only a passing comparison.
 */
import type { ParsedDocument } from './types';
import type { EventIndex, EventRef } from './eventRefs';
import type { RefRole } from './eventCues';
import { eventYear } from './eventRows';
import { addLookBacks } from './eventLookBacks';

/** The time a passage opens on, then the word leading to the city ("in", "à", "en"). */
const LEAD_TIME =
	/^(?:(?:back\s+)?in\s+(20[12]\d)|(last\s+year|the\s+year\s+before|a\s+year\s+(?:earlier|before)|im\s+Vorjahr|letztes\s+Jahr|l['’]an\s+dernier|l['’]ann[ée]e\s+derni[èe]re|el\s+año\s+pasado|n?o\s+ano\s+passado|l['’]anno\s+scorso|vorig\s+jaar|w\s+(?:zeszłym|ubiegłym)\s+roku|в\s+прошлом\s+году))\s*,?\s+(?:in|à|a|en|em|w|в)\s+/i;

/** The same the other way round: "In Copenhagen last year,", "In Austin in 2017,". */
const CITY_LEAD = /^(?:in|à|en)\s+/i;
const TIME_AFTER_CITY =
	/^,?\s+(?:(?:back\s+)?in\s+(20[12]\d)|(last\s+year|the\s+year\s+before))\b/i;

/** The present the look back is set against, in the same passage. */
const THIS_YEAR =
	/(?<![\p{L}])(?:this year|this time|dieses Jahr|diesmal|cette année|cette fois|este año|esta vez)(?![\p{L}])|今年/iu;

/**
 * Cheap test on the first letter: I(n, m), L(ast, etztes, 'an), B(ack), T(he), A, E(l), À, N(o),
 * O, V(orig), W, В.
 */
function mayLead(text: string): boolean {
	const c = text.charCodeAt(0) | 32;
	return (
		c === 105 ||
		c === 108 ||
		c === 98 ||
		c === 116 ||
		c === 97 ||
		c === 101 ||
		c === 224 ||
		c === 110 ||
		c === 111 ||
		c === 118 ||
		c === 119 ||
		c === 1074
	);
}

/** "Last year's KubeCon in Seattle …", "At last year's Seattle KubeCon, …": a passage's opening. */
const LAST_YEARS = /^(?:(?:at|back\s+at|during)\s+)?last\s+year['’]s\s+/i;

/**
 * The edition a passage opening on "last year's" and a reference recalls: of the reference's
 * candidates (or, for a series alone, of its editions), the one held the year before the
 * document's, when one was.
 */
function lastYears(
	text: string,
	refs: { ref: EventRef; role: RefRole }[],
	index: EventIndex,
	publishedYear: number | null
): string | null {
	const m = publishedYear === null || refs.length === 0 ? null : LAST_YEARS.exec(text);
	const ref = m ? refs[0]!.ref : null;
	// Right after it, or after the city that qualifies it ("last year's Seattle KubeCon").
	if (!ref || ref.external || ref.start < m![0].length || ref.start > m![0].length + 16)
		return null;
	if (THIS_YEAR.test(text)) return null;
	const year = publishedYear! - 1;
	const editions = ref.generic
		? index.catalog.filter((e) => e.series === ref.series && eventYear(e) === year)
		: ref.candidates.map((id) => index.byId.get(id)!).filter((e) => e && eventYear(e) === year);
	return editions.length === 1 ? editions[0]!.id : null;
}

/**
 * The edition each passage's opening time and city name, or null: a look back at that passage
 * only (the next one is back at the section's edition unless it opens the same way). So is the
 * one a passage recalls, or dates by a season (eventLookBacks.ts).
 */
export function leadTimeEvents(
	doc: ParsedDocument,
	index: EventIndex,
	series: Set<string>,
	passageRefs: { ref: EventRef; role: RefRole }[][][],
	publishedYear: number | null
): (string | null)[][] {
	const leads = doc.sections.map((section, si) =>
		section.passages.map((p, pi) => {
			if (!mayLead(p.text)) return null;
			const refs = passageRefs[si]![pi]!;
			const recalled = refs.length > 0 ? lastYears(p.text, refs, index, publishedYear) : null;
			if (recalled) return recalled;
			if (refs.some((r) => !r.ref.generic)) return null;
			return leadTimeCity(p.text, index, series, publishedYear);
		})
	);
	addLookBacks(index.catalog, doc.sections, passageRefs, doc.published, leads);
	return leads;
}

function leadTimeCity(
	text: string,
	index: EventIndex,
	series: Set<string>,
	publishedYear: number | null
): string | null {
	const window = text.length > 64 ? 64 : text.length;
	const cityAt = (start: number) =>
		index.places.findIn(text, 0, window).find((c) => c.kind === 'city' && c.start === start);
	// Either order: the time, then the city; or the city, then the time (both give the year, or
	// a year before, in the same groups).
	const lead = LEAD_TIME.exec(text.slice(0, window));
	let city = lead ? cityAt(lead[0].length) : undefined;
	let time: RegExpExecArray | null = lead;
	if (!lead) {
		const at = CITY_LEAD.exec(text);
		city = at ? cityAt(at[0].length) : undefined;
		time = city ? TIME_AFTER_CITY.exec(text.slice(city.end, city.end + 30)) : null;
	}
	if (!city || !time) return null;
	const year = time[1] ? Number(time[1]) : publishedYear === null ? null : publishedYear - 1;
	// "Last year in Copenhagen there were 4,300 of us; this year in Barcelona 7,700": a comparison.
	if (year === null || THIS_YEAR.test(text)) return null;
	const name = city.name.toLowerCase();
	const editions = index.catalog.filter(
		(e) => series.has(e.series) && e.city?.toLowerCase() === name && eventYear(e) === year
	);
	return editions.length === 1 ? editions[0]!.id : null;
}
