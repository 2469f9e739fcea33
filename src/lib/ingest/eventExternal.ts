/**
 * Names of gatherings outside the catalog: "EnvoyCon", "Helm Summit", "DevOps-Chicago meetup",
 * "Cloud Native Day". Only proper names qualify (capitalised words before the keyword); the
 * series the catalog covers (KubeCon, DockerCon) are left to the series references.
 */
import type { PlacesIn } from './eventRefs';

// Compiled once: tsx lowers in-function literals with \p{…} to a new RegExp per call.
const WORD_UNIT = /[\p{L}\p{N}]/u;

export interface ExternalName {
	start: number;
	end: number;
	name: string;
	city: string | null;
	country: string | null;
	/** The name to give the event when it is not the text as written ("X meetup"). */
	label?: string;
}

// A number after the keyword is a day ("Day 2", "Days 1-3"), but a year is the edition
// ("Spinnaker Summit 2019").
const KEYWORD_RE =
	/(?<=[\s-])(meetup|Meetup|meet-up|Meet-up|MeetUp|Summit|summit|Day|Days|Conf|Conference|Forum|Camp|Fest|Hackathon|Unconference|Gathering|Rejekts)(?![\p{L}\p{N}])(?!\s*(?!(?:19|20)\d\d(?!\d))\d)/gu;
/**
 * Up to four capitalised name tokens ending right before the keyword ("Cloud Native Computing
 * Berlin meetup"; with three, the name lost its first word).
 */
// A token opens with a capital, or with one lower-case letter before one ("eBPF Day", "iOS Conf").
const NAME_BEFORE =
	/((?:\p{Ll}?\p{Lu}[\p{L}\p{N}.+'’]*(?:[-/][\p{L}\p{N}.+]+)*\s+){0,3}\p{Ll}?\p{Lu}[\p{L}\p{N}.+'’]*(?:[-/][\p{L}\p{N}.+]+)*)[\s-]+$/u;
// One camel-cased word ending in a gathering word: "EnvoyCon", "HashiConf", "DevOpsDays", "KubeDay".
const CON_END = /[a-z0-9](?:Con|Conf|Days?|Summit|Camp|Fest)(?![\p{L}\p{N}])/gu;
const CON_WORD = /^(?:\p{Lu}[\p{Ll}\p{N}]*)+(?:Con|Conf|Days?|Summit|Camp|Fest)$/u;

// One pass of plain alternatives: cheaper than a substring test per keyword.
const GATE =
	/[Mm]eet-?[Uu]p|MEETUP|[Ss]ummit|Days?\b|Conf|Forum|Camp|Fest|[Hh]ackathon|Gathering|Rejekts|[a-z0-9]Con\b/;
// (A camel-cased "DevOpsDays" or "HashiConf" passes it through "Days" or "Conf".)

/** Cheap test: could the text name a gathering at all? */
export function mayNameGathering(text: string): boolean {
	return GATE.test(text);
}

/**
 * A meetup named after the keyword, as French, Spanish, Portuguese and German write it: an
 * article, "meetup", an optional "de"/"du"/"von", then capitalised name words. English writes
 * it so too ("the meetup Cloud Native Madrid"), but there a name after it may be a person's
 * ("the meetup Jane Doe ran"): only a name with a city in it counts. An article opening a
 * sentence is capitalised ("Le meetup Cloud Native Paris"), but not one that is an English word.
 */
const MEETUP_FIRST =
	/(?<=^|[\s(])((?:[Ee]l|[Ll]a|[Ll]e|[Dd]u|[Dd]el|al|[Aa]u|o|do|da|um|[Uu]n|[Uu]ne|[Cc]e|[Ee]ste|[Nn]uestro|[Nn]otre|[Nn]osso|[Dd]er|[Dd]as|[Dd]em|[Bb]eim|im|[Vv]om|[Aa]o|no|na|[Tt]he|[Oo]ur|[Tt]his|[Tt]hat)\s+)([Mm]eet-?up\s+(?:(?:de|del|du|des|do|da|von)\s+)?)(\p{Lu}[\p{L}\p{N}.+'’-]*(?:\s+\p{Lu}[\p{L}\p{N}.+'’-]*){0,3})/gu;
/**
 * "Meetup: Cloud Native Lisbon #7", "MEETUP – Kubernetes Paris": a heading or a list item that
 * labels the name after it a meetup (group 2). Only a name with a city in it counts, as above.
 */
const MEETUP_LABEL =
	/(?<=^|\n)[^\S\n]*(?:[•*#>-]+[^\S\n]*|\d{1,2}[.)][^\S\n]*)?((?:[Mm]eet-?up|MEETUP)[^\S\n]*(?::|[—–-][^\S\n])[^\S\n]*)(\p{Lu}[\p{L}\p{N}.+'’-]*(?:[^\S\n]+\p{Lu}[\p{L}\p{N}.+'’-]*){0,3})/gu;
/** An article of the languages that name a meetup after the keyword, capitalised. */
const ARTICLE =
	/^(?:El|La|Le|Les|Los|Las|Der|Die|Das|Du|Un|Une|Um|Uma|Ce|Este|Notre|Nosso|Nuestro)$/;
/** English articles before "meetup": what follows is its name only when the name holds a city. */
const ENGLISH_ARTICLE = /^(?:[Tt]he|[Oo]ur|[Tt]his|[Tt]hat)\s/;

/** A name of the conference series the catalog covers (KubeCon, CloudNativeCon, DockerCon). */
export const SERIES = /kube\s?con|docker\s?con|cloud\s?native\s?con/i;
/**
 * Leading words that are not part of a name ("The", "Last", weekdays…), and the articles of the
 * other languages that open a sentence on a gathering ("Der Cloud Native Summit 2019 fand …",
 * "El …", "Il …"; not "Los", "Las", "Den", "Des", which open city names).
 */
const NOT_NAME = new Set(
	(
		'a an the this that these those our my your their his her its last next first second third ' +
		'der die das ein eine einen einem le la les un une el una uno il lo gli o het een ' +
		'final each every one another day monday tuesday wednesday thursday friday saturday sunday ' +
		'opening closing keynote general community-day on at in of for and or with during after before ' +
		'spring summer autumn fall winter christmas q1 q2 q3 q4 h1 h2 since until fiscal fy ' +
		'attended visited joined hosted organised organized presented yesterday today tonight ' +
		'tomorrow recently also'
	).split(' ')
);

/** The word before "Day" that makes a holiday: a possessive, or one of the usual names. */
const HOLIDAY =
	/['’]s?$|^(?:Labou?r|Memorial|Independence|Thanksgiving|Boxing|Earth|Pi|Election|Veterans|Presidents|Columbus|Australia|Canada|Bastille|Victoria)$/;
const SEASON = /^(?:spring|summer|autumn|fall|winter|q[1-4]|h[12])$/i;
const MONTH_TOKEN = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:-\d{2,4})?$/i;

function notName(token: string): boolean {
	return NOT_NAME.has(token.toLowerCase()) || MONTH_TOKEN.test(token) || /^\d/.test(token);
}

/**
 * The name in `words` (found at `at` in the text) without its leading words that are no name
 * ("The", "Last", a month): its start in the text and its tokens, or null when none is left.
 */
function nameIn(words: string, at: number): { start: number; tokens: string[] } | null {
	const tokens = words.split(/\s+/);
	let skip = 0;
	while (skip < tokens.length && notName(tokens[skip]!)) skip++;
	if (skip === tokens.length) return null;
	return { start: at + words.indexOf(tokens[skip]!), tokens: tokens.slice(skip) };
}

export function externalRefs(text: string, placeHits: PlacesIn): ExternalName[] {
	const out: ExternalName[] = [];
	for (const k of text.matchAll(KEYWORD_RE)) {
		const m = NAME_BEFORE.exec(text.slice(Math.max(0, k.index - 90), k.index));
		if (!m) continue;
		const nameStart = k.index - m[0].length;
		if (nameStart > 0 && WORD_UNIT.test(text[nameStart - 1]!)) continue;
		const name = nameIn(m[1]!, nameStart);
		if (!name || name.tokens.some((t) => SERIES.test(t))) continue;
		// "Le meetup Cloud Native Paris": an article opening a sentence, the name is after the keyword.
		if (name.tokens.length === 1 && ARTICLE.test(name.tokens[0]!)) continue;
		// "Day" and "Conference" need a name that is more than one generic word.
		if (/^(?:Days?|Conf|Conference|Forum)$/.test(k[1]!) && name.tokens.join(' ').length < 4)
			continue;
		// "Singles' Day", "Mother's Day", "Labor Day": a holiday, no gathering.
		if (k[1] === 'Day' && HOLIDAY.test(name.tokens.at(-1)!)) continue;
		push(out, text, placeHits, name.start, k.index + k[0].length);
	}
	// "el meetup de Cloud Native Madrid", "du meetup Paris Kubernetes": the name after the keyword.
	if (text.includes('eetup')) {
		for (const m of text.matchAll(MEETUP_FIRST)) {
			const names = m[3]!.split(/\s+/);
			if (names.some((t) => SERIES.test(t) || notName(t))) continue;
			// Named as the English word order writes it ("Cloud Native Madrid meetup"): one event
			// whichever language the recap names it in.
			const at = m.index + m[1]!.length;
			const end = m.index + m[0].length;
			if (ENGLISH_ARTICLE.test(m[1]!)) {
				const nameAt = at + m[2]!.length;
				if (!placeHits(nameAt, end).some((p) => p.kind === 'city' && p.end <= end)) continue;
			}
			push(out, text, placeHits, at, end);
			out[out.length - 1]!.label = `${names.join(' ')} meetup`;
		}
	}
	if (text.includes('eetup:') || text.includes('EETUP')) {
		for (const m of text.matchAll(MEETUP_LABEL)) {
			const names = m[2]!.split(/\s+/);
			if (names.some((t) => SERIES.test(t) || notName(t))) continue;
			const at = m.index + m[0].length - m[2]!.length;
			const end = m.index + m[0].length;
			if (!placeHits(at, end).some((p) => p.kind === 'city' && p.end <= end)) continue;
			push(out, text, placeHits, at, end);
			out[out.length - 1]!.label = `${names.join(' ')} meetup`;
		}
	}
	// "EnvoyCon", "DevOpsDays": find the "…Con" (…) endings first, then walk back to the word start.
	for (const m of text.matchAll(CON_END)) {
		const end = m.index + m[0].length;
		let start = m.index;
		while (start > 0 && WORD_UNIT.test(text[start - 1]!)) start--;
		const word = text.slice(start, end);
		if (!CON_WORD.test(word) || SERIES.test(word) || word.length < 5) continue;
		push(out, text, placeHits, start, end);
	}
	return out.sort((a, b) => a.start - b.start);
}

function push(out: ExternalName[], text: string, places: PlacesIn, start: number, end: number) {
	const inside = places(start, end).find((p) => p.kind === 'city');
	out.push({
		start,
		end,
		name: text.slice(start, end).replace(/\s+/g, ' '),
		city: inside?.name ?? null,
		country: inside?.country ?? null
	});
}

/**
 * Cheap test for namedYearRefs: a year, and a word that presents what precedes it as something
 * one attends ("attended", "back from", "recap"…).
 */
const NAMED_YEAR_GATE = /(?:19|20)\d\d/;
const ATTEND_CUE =
	/\b(?:attend(?:ed|ing)?|went to|back from|notes|recap|report|takeaways|highlights|impressions|spoke|speaking|presented|took place|was held|held in|at)\b/i;

export function mayNameYearEdition(text: string): boolean {
	return NAMED_YEAR_GATE.test(text) && ATTEND_CUE.test(text);
}

const YEAR_TOKEN = /(?<=[^\S\n])((?:19|20)\d\d)(?![\p{L}\p{N}])/gu;
/** Up to four capitalised tokens right before the year (spaces only between them). */
// A token opens with a capital, or with a lower-case prefix before one ("re:Invent", "iOS").
const PROPER_BEFORE =
	/(?<![\p{L}\p{N}])((?:(?:\p{Lu}|\p{Ll}{1,3}:?\p{Lu})[\p{L}\p{N}.+&'’:/-]*[^\S\n]+){0,3}(?:\p{Lu}|\p{Ll}{1,3}:?\p{Lu})[\p{L}\p{N}.+&'’:/-]*)[^\S\n]+$/u;
/** What precedes a gathering one attended: "attended", "back from", "notes from", "at". */
const CUE_BEFORE =
	/(?:\b(?:attend(?:ed|ing)?|went to|go(?:ing)? to|back from|notes from|recap of|report from|review of|impressions (?:of|from)|takeaways from|highlights (?:of|from)|(?:spoke|speaking|presented|presenting|talk|talks|keynote) at|was at|were at|at)\s+(?:the\s+|this\s+year['’]s\s+)?)$/i;
/** What follows the year of a gathering: its place, that it took place, or a recap word. */
const CUE_AFTER =
	/^(?:\s+(?:took place|was held|happened|kicked off|is over|recap|notes|takeaways|highlights|report|review|impressions|trip report|wrap-?up)\b|:\s+(?:my\s+)?(?:notes|recap|takeaways|highlights|impressions|lessons))/i;
const IN_PLACE = /^,?\s+in\s+/;
/** "the CNCF 2019 survey", "Windows Server 2019 release": a year of a product or a report. */
const NOT_EDITION =
	/^\s+(?:survey|report|results|release|roadmap|version|update|budget|study|census|awards?|data|statistics|edition of)\b/i;

/**
 * The last word of a product's or a report's name before its year ("Windows Server 2019",
 * "Visual Studio 2019", "Gartner Magic Quadrant 2019", "Technology Radar 2019").
 */
const PRODUCT_WORD =
	/^(?:Server|Studio|Office|Windows|Edition|Enterprise|Workstation|Datacenter|Pro|Professional|LTS|Quadrant|Survey|Report|Index|Study|Radar|Wave|Trends|Predictions|Roadmap|Review|Awards?|Census|Benchmark)$/;
const BARE_AT = /^at\s+$/i;
/** A verb right after the year: the year is what the sentence is about ("… 2019 was big"). */
const YEAR_SUBJECT = /^,?\s+(?:was|is|has|had|will|brought|saw|has been)\b/i;

/**
 * A gathering whose name has no gathering word ("All Things Open 2019", "Devoxx Belgium 2019",
 * "Google I/O 2019"): a capitalised name and a year, that the text presents as something
 * attended ("I attended …", "back from …", "at … in Raleigh", "… took place", "… recap").
 * Names already read as references (`taken`) are left to them.
 */
export function namedYearRefs(
	text: string,
	placeHits: PlacesIn,
	taken: { start: number; end: number }[]
): ExternalName[] {
	const out: ExternalName[] = [];
	for (const y of text.matchAll(YEAR_TOKEN)) {
		// A year inside a reference already read ("KubeCon NA 2019"): its name would overlap it.
		const yearEnd = y.index + y[0].length;
		if (taken.some((t) => t.start < yearEnd && y.index < t.end)) continue;
		const from = Math.max(0, y.index - 70);
		const m = PROPER_BEFORE.exec(text.slice(from, y.index));
		if (!m) continue;
		const name = nameIn(m[1]!, from + m.index);
		if (!name) continue;
		const nameTokens = name.tokens;
		// "Google Cloud Next 2019" is a name, "Meetup Spring 2019" or "Recap May 2019" is a date.
		if (nameTokens.some((t) => SERIES.test(t) || MONTH_TOKEN.test(t) || SEASON.test(t))) continue;
		const { start } = name;
		const end = yearEnd;
		if (taken.some((t) => t.start < end && start < t.end)) continue;
		const after = text.slice(end, end + 40);
		if (NOT_EDITION.test(after)) continue;
		const before = text.slice(Math.max(0, start - 40), start);
		const opening = start === 0 || /^[\s#*_>"“]*$/.test(text.slice(0, start));
		const inPlace = IN_PLACE.exec(after);
		const placed =
			inPlace !== null &&
			placeHits(end + inPlace[0].length, end + inPlace[0].length + 30).some(
				(p) => p.start === end + inPlace[0].length
			);
		const cueBefore = CUE_BEFORE.exec(before);
		if (!cueBefore && !CUE_AFTER.test(after) && !(placed && opening)) continue;
		// "Windows Server 2019 highlights": a product's year, whatever the cue.
		if (PRODUCT_WORD.test(nameTokens[nameTokens.length - 1]!)) continue;
		// "At Datadog 2019 was big": the year is the subject of the sentence, "at" its place.
		if (cueBefore && BARE_AT.test(cueBefore[0]) && YEAR_SUBJECT.test(after)) continue;
		push(out, text, placeHits, start, from + m.index + m[1]!.length);
	}
	return out;
}
