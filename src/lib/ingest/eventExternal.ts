/**
 * Names of gatherings outside the catalog: "EnvoyCon", "Helm Summit", "DevOps-Chicago meetup",
 * "Cloud Native Day". Only proper names qualify (capitalised words before the keyword); the
 * series the catalog covers (KubeCon, DockerCon) are left to the series references.
 */
import type { PlaceHit } from './places';

export interface ExternalName {
	start: number;
	end: number;
	name: string;
	city: string | null;
	country: string | null;
}

const NAME_TOKEN = "\\p{Lu}[\\p{L}\\p{N}.+'’]*(?:[-/][\\p{L}\\p{N}.+]+)*";
const KEYWORD_RE = new RegExp(
	`(?<![\\p{L}\\p{N}])((?:${NAME_TOKEN}\\s+){0,2}${NAME_TOKEN})[\\s-]+(meetup|Meetup|meet-up|Meet-up|MeetUp|Summit|summit|Day|Days|Conf|Conference|Forum|Camp|Fest|Hackathon|Unconference)(?![\\p{L}\\p{N}])(?!\\s*\\d)`,
	'gu'
);
const CON_RE = /(?<![\p{L}\p{N}])((?:\p{Lu}[\p{Ll}\p{N}]*)+Con)(?![\p{L}\p{N}])/gu;

const SERIES = /kube\s?con|docker\s?con|cloud\s?native\s?con/i;
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

export function externalRefs(text: string, placeHits: PlaceHit[]): ExternalName[] {
	const out: ExternalName[] = [];
	if (/meet-?up|summit|day|conf|forum|camp|fest|hackathon/i.test(text)) {
		for (const m of text.matchAll(KEYWORD_RE)) {
			const tokens = m[1]!.split(/\s+/);
			let skip = 0;
			while (skip < tokens.length && notName(tokens[skip]!)) skip++;
			if (skip === tokens.length) continue;
			const nameTokens = tokens.slice(skip);
			if (nameTokens.some((t) => SERIES.test(t))) continue;
			// "Day" and "Conference" need a name that is more than one generic word.
			if (/^(?:Days?|Conf|Conference|Forum)$/.test(m[2]!) && nameTokens.join(' ').length < 4)
				continue;
			const start = m.index + m[0].indexOf(nameTokens[0]!, m[1]!.indexOf(tokens[skip]!));
			push(out, text, placeHits, start, m.index + m[0].length);
		}
	}
	if (text.includes('Con')) {
		for (const m of text.matchAll(CON_RE)) {
			if (SERIES.test(m[1]!) || m[1]!.length < 5) continue;
			push(out, text, placeHits, m.index, m.index + m[0].length);
		}
	}
	return out.sort((a, b) => a.start - b.start);
}

function push(out: ExternalName[], text: string, places: PlaceHit[], start: number, end: number) {
	const inside = places.find((p) => p.start >= start && p.end <= end && p.kind === 'city');
	out.push({
		start,
		end,
		name: text.slice(start, end).replace(/\s+/g, ' '),
		city: inside?.name ?? null,
		country: inside?.country ?? null
	});
}
