/**
 * Documents organised by one heading per edition ("## KubeCon EU 2019", "## Barcelona, May
 * 20-23", "## November", "### 2019-05-21"): the edition a heading of a city, a month or a day
 * names, which sections sit under such a heading, how many editions the headings name, and
 * whether such a document still has an edition of its own.
 */
import type { CatalogEvent, EventSeries, ParsedDocument } from './types';
import { editionRef, type EventIndex, type EventRef } from './eventRefs';
import { idOf, type Ctx } from './eventContext';
import { findDates, monthNumber } from './dates';
import { datedRowEvent } from './eventDated';
import { eventYear } from './eventRows';
import { externalKey, type DocEvidence, type Scored } from './eventDefault';
import { heldOrPlannedIn, inMonth } from './eventPlanned';

/** For each section, whether its heading or a heading above it names an edition. */
export function underEditionHeading(doc: ParsedDocument, headingRefs: EventRef[][]): boolean[] {
	const stack: { level: number; edition: boolean }[] = [];
	return doc.sections.map((section, si) => {
		while (stack.length > 0 && stack[stack.length - 1]!.level >= section.level) stack.pop();
		const own = headingRefs[si]!.some((r) => !r.generic);
		const edition = own || (stack.length > 0 && stack[stack.length - 1]!.edition);
		if (section.level > 0) stack.push({ level: section.level, edition });
		return edition;
	});
}

/** How many editions (or gatherings) the headings name. */
export function headingEditions(headingRefs: EventRef[][]): number {
	const named = new Set<string>();
	for (const refs of headingRefs) {
		for (const ref of refs) {
			if (ref.generic) continue;
			named.add(ref.external ? externalKey(ref) : ref.candidates.join('|'));
		}
	}
	return named.size;
}

/**
 * "This year I went to three KubeCons" over "## Copenhagen, May 2-4", "## Shanghai, …", "##
 * Seattle, …", published a few weeks after the last: headings name three editions or more and
 * nothing outside them names one; the publication date alone does not make the document's
 * introduction about the last of them.
 */
export function onlyContextAmongSeveral(best: Scored, evidence: DocEvidence): boolean {
	return (evidence.editionHeadings ?? 0) >= 3 && best.score - (best.context ?? 0) < 1;
}

/** Words that may stand beside the city in a heading that names a place and nothing else. */
const PLACE_HEADING_FILLER =
	/^(?:in|at|the|day|days|part|week|recap|notes|highlights|edition|virtual|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)$/i;

/**
 * A heading that names a city and little else ("Barcelona (May)", "Day 2 in Shanghai", "2019:
 * Barcelona"), in a document about a conference series: the one edition of that series held
 * there in the heading's year, else the document's. A recap of two KubeCons in one summer heads each part with its city.
 */
export function cityHeadingEvent(ctx: Ctx, heading: string): string | null {
	const held = cityHeadingEdition(ctx.index, ctx.evidence.series, heading, ctx.defaultYear, 1);
	return held ? held.edition.id : laterCityHeading(ctx, heading);
}

/**
 * "## Valencia", "## Detroit" in a post of 2022 on its KubeCons: a heading naming a city and
 * little else, in a year after the catalog's (none of its editions that year), is the edition
 * of the one series the document names held there that year, created from the heading.
 */
function laterCityHeading(ctx: Ctx, heading: string): string | null {
	const series = ctx.evidence.series;
	const named = HEADING_YEAR.exec(heading);
	const year = named ? Number(named[1]) : ctx.defaultYear;
	if (year === null || series.size !== 1) return null;
	const [name] = series as Set<EventSeries>;
	if (ctx.index.catalog.some((e) => e.series === name && eventYear(e) === year)) return null;
	const hit = headingCity(ctx.index, heading, 1);
	if (!hit) return null;
	const label = name === 'dockercon' ? 'DockerCon' : 'KubeCon';
	const ref: EventRef = {
		start: hit.start,
		end: hit.end,
		surface: heading.slice(hit.start, hit.end),
		series: name!,
		candidates: [],
		preferred: false,
		generic: false,
		external: {
			name: `${label} ${hit.name} ${year}`,
			series: name!,
			year,
			month: null,
			city: hit.name,
			country: hit.country,
			region: null
		}
	};
	return idOf(ctx, ref);
}

/** The one city of a heading that names a city and at most `extra` other words (not filler). */
function headingCity(index: EventIndex, heading: string, extra: number) {
	const cities = index.places.find(heading).filter((p) => p.kind === 'city');
	if (cities.length !== 1) return null;
	const hit = cities[0]!;
	// "Barcelona (May)", "Day 2 in Shanghai", "Seattle highlights" — not "Our Seattle office".
	const rest = (heading.slice(0, hit.start) + ' ' + heading.slice(hit.end)).match(/\p{L}+/gu) ?? [];
	if (rest.filter((w) => !PLACE_HEADING_FILLER.test(w)).length > extra) return null;
	return { ...hit, rest };
}

/**
 * The edition a heading naming a city and little else names; `extra`: how many other words
 * (not filler) it may hold. A month it names must be the edition's.
 */
function cityHeadingEdition(
	index: EventIndex,
	series: Set<string>,
	heading: string,
	fallbackYear: number | null,
	extra: number
): { edition: CatalogEvent; start: number; end: number } | null {
	// "2019: Barcelona" names its year; "Barcelona (May)" is in the document's year.
	const named = HEADING_YEAR.exec(heading);
	const year = named ? Number(named[1]) : fallbackYear;
	if (year === null || series.size === 0) return null;
	const hit = headingCity(index, heading, extra);
	if (!hit) return null;
	const { rest } = hit;
	const city = hit.name.toLowerCase();
	const held = index.catalog.filter(
		(e) => series.has(e.series) && heldOrPlannedIn(e, city) && eventYear(e) === year
	);
	if (held.length !== 1) return null;
	const e = held[0]!;
	for (const w of rest) {
		const m = monthNumber(w);
		if (m === null || /^may$/i.test(w)) continue;
		if (!inMonth(e, m)) return null;
	}
	return { edition: e, start: hit.start, end: hit.end };
}

/**
 * "## Barcelona, May 20-23", "## Shanghai, June 24-26", "## San Diego, November 18-21" (or "##
 * November") in a look back on a year of one series, whose title names no edition: each heading names its edition
 * (in the heading's year, else the publication's) before the document's own is chosen, so that
 * the document counts as one organised by edition, as with headings that name the editions.
 * Only when the headings name two editions or more.
 */
export function addCityHeadingRefs(
	doc: ParsedDocument,
	index: EventIndex,
	series: Set<string>,
	headingRefs: EventRef[][],
	passageRefs: { ref: EventRef }[][][],
	publishedYear: number | null
) {
	const found: [number, EventRef][] = [];
	const editions = new Set<string>();
	doc.sections.forEach((section, si) => {
		const heading = section.heading;
		if (!heading) return;
		const own = headingRefs[si]!.find((r) => !r.generic && r.candidates.length === 1);
		if (own) editions.add(own.candidates[0]!);
		if (heading.length > 48 || headingRefs[si]!.length > 0) return;
		const read = (among: Set<string>) => {
			const held = cityHeadingEdition(index, among, heading, publishedYear, 0);
			const month = held ? null : monthHeadingEdition(index, among, heading, publishedYear);
			const e = held?.edition ?? month ?? dateHeadingEdition(index, among, heading);
			return e ? { e, start: held?.start ?? 0, end: held?.end ?? heading.length } : null;
		};
		// "## December 2018" over "DockerCon Europe at the Fira …" in a post on a DockerCon and a
		// KubeCon held that month: the series the section's first passage names decides.
		const got = read(series) ?? (series.size > 1 ? read(firstSeries(passageRefs[si]!)) : null);
		if (!got) return;
		const { e } = got;
		found.push([si, editionRef(heading, got.start, got.end, e)]);
		editions.add(e.id);
	});
	// One such heading alone is left to be read with the document's own edition known.
	if (editions.size < 2) return;
	for (const [si, ref] of found) headingRefs[si] = [ref];
}

/** The catalog series the first passage naming one names (none when it names two). */
function firstSeries(passages: { ref: EventRef }[][]): Set<string> {
	for (const refs of passages) {
		const named = new Set(refs.map((r) => r.ref.series).filter((x) => x !== 'other'));
		if (named.size > 0) return named.size === 1 ? named : new Set();
	}
	return new Set();
}

/** Words that may stand beside the month in a heading that names a month and nothing else. */
const MONTH_HEADING_FILLER = /^(?:in|the|of|de|en|im|à|a)$/i;

const LETTER_RUNS = /\p{L}+/gu;
const HEADING_YEAR = /(?<!\d)((?:19|20)\d\d)(?!\d)/;

/**
 * A heading that names a month and nothing else ("November", "In June 2019"), in a document
 * about a conference series: the one edition of that series held in that month of the heading's
 * year, else the document's. A look back on a year of KubeCons heads its parts with the month.
 */
export function monthHeadingEvent(ctx: Ctx, heading: string): string | null {
	return monthHeadingEdition(ctx.index, ctx.evidence.series, heading, ctx.defaultYear)?.id ?? null;
}

function monthHeadingEdition(
	index: EventIndex,
	series: Set<string>,
	heading: string,
	fallbackYear: number | null
): CatalogEvent | null {
	if (heading.length > 24 || series.size === 0) return null;
	// Most headings fail at their first word: the year is looked for only under a month.
	let month: number | null = null;
	for (const word of heading.match(LETTER_RUNS) ?? []) {
		const m = monthNumber(word);
		if (m !== null && month === null) month = m;
		else if (m !== null || !MONTH_HEADING_FILLER.test(word)) return null;
	}
	if (month === null) return null;
	const named = HEADING_YEAR.exec(heading);
	const year = named ? Number(named[1]) : fallbackYear;
	if (year === null) return null;
	const held = index.catalog.filter(
		(e) => series.has(e.series) && eventYear(e) === year && inMonth(e, month!)
	);
	return held.length === 1 ? held[0]! : null;
}

/**
 * "### 2019-05-21", "## Tuesday, 21 May 2019": a heading that is a full date (and at most two
 * other words), in a document about a conference series: the one edition of it held that day.
 */
export function dateHeadingEvent(ctx: Ctx, heading: string): string | null {
	return dateHeadingEdition(ctx.index, ctx.evidence.series, heading)?.id ?? null;
}

function dateHeadingEdition(
	index: EventIndex,
	series: Set<string>,
	heading: string
): CatalogEvent | null {
	if (heading.length > 40 || series.size === 0 || !HEADING_YEAR.test(heading)) return null;
	const date = findDates(heading).find((d) => d.year !== null && d.day !== null);
	if (!date) return null;
	const rest = (heading.slice(0, date.start) + ' ' + heading.slice(date.end)).match(LETTER_RUNS);
	if (rest && rest.length > 2) return null;
	const id = datedRowEvent(index.catalog, heading.slice(date.start, date.end));
	const e = id ? index.byId.get(id) : undefined;
	return e && series.has(e.series) ? e : null;
}
