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
}

// A number after the keyword is a day ("Day 2", "Days 1-3"), but a year is the edition
// ("Spinnaker Summit 2019").
const KEYWORD_RE =
	/(?<=[\s-])(meetup|Meetup|meet-up|Meet-up|MeetUp|Summit|summit|Day|Days|Conf|Conference|Forum|Camp|Fest|Hackathon|Unconference|Gathering|Rejekts)(?![\p{L}\p{N}])(?!\s*(?!(?:19|20)\d\d(?!\d))\d)/gu;
/** Up to three capitalised name tokens ending right before the keyword. */
const NAME_BEFORE =
	/((?:\p{Lu}[\p{L}\p{N}.+'’]*(?:[-/][\p{L}\p{N}.+]+)*\s+){0,2}\p{Lu}[\p{L}\p{N}.+'’]*(?:[-/][\p{L}\p{N}.+]+)*)[\s-]+$/u;
// One camel-cased word ending in a gathering word: "EnvoyCon", "HashiConf", "DevOpsDays", "KubeDay".
const CON_END = /[a-z0-9](?:Con|Conf|Days?|Summit|Camp|Fest)(?![\p{L}\p{N}])/gu;
const CON_WORD = /^(?:\p{Lu}[\p{Ll}\p{N}]*)+(?:Con|Conf|Days?|Summit|Camp|Fest)$/u;

// One pass of plain alternatives: cheaper than a substring test per keyword.
const GATE =
	/[Mm]eet-?[Uu]p|[Ss]ummit|Days?\b|Conf|Forum|Camp|Fest|[Hh]ackathon|Gathering|Rejekts|[a-z0-9]Con\b/;
// (A camel-cased "DevOpsDays" or "HashiConf" passes it through "Days" or "Conf".)

/** Cheap test: could the text name a gathering at all? */
export function mayNameGathering(text: string): boolean {
	return GATE.test(text);
}

/** A name of the conference series the catalog covers (KubeCon, CloudNativeCon, DockerCon). */
export const SERIES = /kube\s?con|docker\s?con|cloud\s?native\s?con/i;
/** Leading words that are not part of a name ("The", "Last", weekdays…). */
const NOT_NAME = new Set(
	(
		'a an the this that these those our my your their his her its last next first second third ' +
		'final each every one another day monday tuesday wednesday thursday friday saturday sunday ' +
		'opening closing keynote general community-day on at in of for and or with during after before'
	).split(' ')
);

const MONTH_TOKEN = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?(?:-\d{2,4})?$/i;

function notName(token: string): boolean {
	return NOT_NAME.has(token.toLowerCase()) || MONTH_TOKEN.test(token) || /^\d/.test(token);
}

export function externalRefs(text: string, placeHits: PlacesIn): ExternalName[] {
	const out: ExternalName[] = [];
	for (const k of text.matchAll(KEYWORD_RE)) {
		const m = NAME_BEFORE.exec(text.slice(Math.max(0, k.index - 90), k.index));
		if (!m) continue;
		const nameStart = k.index - m[0].length;
		if (nameStart > 0 && WORD_UNIT.test(text[nameStart - 1]!)) continue;
		const tokens = m[1]!.split(/\s+/);
		let skip = 0;
		while (skip < tokens.length && notName(tokens[skip]!)) skip++;
		if (skip === tokens.length) continue;
		const nameTokens = tokens.slice(skip);
		if (nameTokens.some((t) => SERIES.test(t))) continue;
		// "Day" and "Conference" need a name that is more than one generic word.
		if (/^(?:Days?|Conf|Conference|Forum)$/.test(k[1]!) && nameTokens.join(' ').length < 4)
			continue;
		const start = nameStart + m[1]!.indexOf(nameTokens[0]!, m[1]!.indexOf(tokens[skip]!));
		push(out, text, placeHits, start, k.index + k[0].length);
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
