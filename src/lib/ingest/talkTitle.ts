/**
 * What makes a line a talk title: its clean-up (quotes, bullets, emoji, durations), and the
 * tests that tell a title from a sentence.
 */
import { splitCount } from './codeUnits';
import { isMonthName } from './dates';
import { isEditionTitle } from './talkEditionTitle';
import { isProgrammeFurniture, refersToTalk } from './talkReference';

// Compiled once: tsx lowers in-function literals with \p{…} to a new RegExp per call.
const PICTOGRAPH = /\p{Extended_Pictographic}|\uFE0F/gu;
const QUOTED_TITLE_OPENING = /^[\p{L}\p{N}“"‘'(@]/u;
const TITLE_OPENING = /^[\p{Lu}\p{N}“"‘'(@]/u;
const SENTENCE_INSIDE = /[.!?]\s+\p{Lu}/u;
const PERIOD_INSIDE = /\.\s+\p{Lu}/u;
const CAPITALISED_WORD = /^[\p{Lu}\p{N}]/u;

/** "(slides, video)", "[Slides]": what a list says of a talk's recordings, not its title. */
const MEDIA_NOTE =
	/\s*[([](?:(?:slides|video|recording|deck|pdf|youtube|links?)(?:\s*(?:,|\/|&|and)\s*)?)+[)\]]\s*/gi;

/** "Kubernetes Failure Stories [I]": a video title's level (beginner, intermediate, advanced). */
const LEVEL_TAG = /\s*\[[BIA](?:\/[BIA])?\]\s*$/;

const MEDIA_OPEN = /[([](?:slides|video|recording|deck|pdf|youtube|link)/i;
/**
 * What a video list puts before a title: the edition ("KubeCon EU 2019: …", "KubeCon EU 2019 –
 * …", "[KubeCon EU 2019] …") or a bracketed tag ("[Video] …").
 */
const EDITION_PREFIX =
	/^(?:\[[^\]\n]{1,40}\]\s+|(?:kube\s?con|docker\s?con|cloud\s?native\s?con|kccnc)(?:[^:\n]{0,40}:|[^:\n–—|]{0,40}?\s[-–—|]\s)\s*(?=\S.{3}))/i;
/** "… - KubeCon EU 2019", "… | DockerCon 2017": the edition a video list puts after a title. */
const EDITION_SUFFIX =
	/\s+[-–—|]\s+(?:kube\s?con|docker\s?con|cloud\s?native\s?con|kccnc)\b[^-–—|\n]{0,40}$/i;
/** A talk's title without the edition a video list puts before or after it (a heading keeps it). */
export function withoutEdition(title: string): string {
	if (title.length <= 12) return title;
	const bare = title.replace(EDITION_PREFIX, '');
	// 'KubeCon EU 2018: "Title"': the quotes the prefix stood before go with it.
	const t = bare === title ? title : bare.replace(/^[“"‘'«„]+(?=\S)/, '');
	return t.includes(' ') && /con\b|kccnc/i.test(t) ? t.replace(EDITION_SUFFIX, '') : t;
}

/** 'KubeCon EU 2018: 'Title'', 'Best talk: 'Title'': group 1 is the title (no apostrophe in it). */
const LABEL_THEN_SINGLE_QUOTE = /^[^'‘’:\n]{1,60}:\s+['‘]([^'‘’\n]{3,160})['’]\s*$/;

/**
 * The title of a "Title by Speaker" line: "KubeCon EU 2018: 'Envoy at Lyft'" is a label, then the
 * title in single quotes (which the quote rules do not read); an edition before it goes.
 */
export function byLineTitle(raw: string): string {
	const single = raw.includes(': ') ? LABEL_THEN_SINGLE_QUOTE.exec(raw) : null;
	return withoutEdition(cleanTitle(single ? single[1]! : raw));
}

/** "Talk 1: ", "Session 3 - ", "#2: ": a talk's number in a programme, before its title. */
const NUMBERED = /^(?:(?:talk|session|keynote|track|workshop)\s*#?\d{1,3}|#\d{1,3})\s*[:.\-–—]\s+/i;
/**
 * "Talk: ", "Session: ", "Breakout: ", "Slides: ": what the line is or links to, before the title.
 * ("Keynote: ", "Panel: " and "Lightning Talk: " stay: the schedule's own titles begin so.)
 */
const TALK_LABEL =
	/^(?:talk|session|breakout(?:\s+session)?|presentation|slides|video|recording)\s*:\s+(?=\S)/i;
/**
 * "Talk 1: ", "Session 3 – ", "Keynote: ", "Vortrag 2: ": a heading that says it is one session
 * (not "Track 2: ", nor "Keynotes").
 */
export const ONE_TALK_HEADING =
	/^(?:(?:talk|session|keynote|workshop|vortrag|charla|palestra|ponencia|conférence|intervento|lezing|prelekcja)\s*#?\d{1,3}|talk|session|presentation|keynote|vortrag|charla|palestra|ponencia)\s*[:.\-–—]\s+(?=\S)/i;

/**
 * 'Vortrag: „Title"', 'Charla: "Title"', 'Best talk: “Title”': a short label, a colon, then the
 * whole rest in quotes (no quote inside): the quoted words are the title (group 1).
 */
const LABEL_THEN_QUOTED = /^[^:“”"„«»\n]{2,40}:\s+[“"„«]([^“”"„«»\n]{3,160})[”"“»]$/;

/** Title clean-up: quotes, bullets, emoji, durations, markdown leftovers. */
export function cleanTitle(raw: string): string {
	// Fast path: most titles need only trimming.
	if (
		/^[\w“"‘'(][^*_#•·\n]*[\w)?!”"’']$/.test(raw) &&
		!/[\uD800-\uDFFF]|\uFE0F|\(\d|\s{2}|[“”"‘’']$|^[“"‘']|^\d+[.)]|:$/.test(raw) &&
		!MEDIA_OPEN.test(raw) &&
		!NUMBERED.test(raw) &&
		!TALK_LABEL.test(raw)
	)
		return raw;
	const quoted = raw.includes(': ') ? LABEL_THEN_QUOTED.exec(raw.trim()) : null;
	if (quoted) raw = quoted[1]!;
	// (A slash or a bar ends no title: "Talk: Scaling Envoy / Speaker: …" before the next label.)
	return raw
		.replace(/^[\s•*#>·\-–—\d.)]*(?=\S)/u, (m) => (/\d/.test(m) && !/[.)]\s*$/.test(m) ? m : ''))
		.replace(PICTOGRAPH, '')
		.replace(/\(\d{1,2}:\d{2}(?::\d{2})?\)/g, '')
		.replace(MEDIA_NOTE, '')
		.replace(LEVEL_TAG, '')
		.replace(NUMBERED, '')
		.replace(TALK_LABEL, '')
		.replace(/^[\s“"‘'«„「『《*_]+|[\s”"“’'»」』》*_:,–—/|]+$/g, '')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * A programme label, not a session's title: a podcast's episode or segment ("Episode 42",
 * "Interview", "Q&A"), a break in a schedule, a part or day of a series ("Part 2", "Day One"),
 * or a post's own label ("Notes", "Summary").
 */
const LABEL_ONLY =
	/^(?:(?:podcast\s+)?(?:episode|ep\.?)\s*#?\d+|(?:part|day)\s*(?:\d+|one|two|three|four|five)|(?:talk|session|keynote|track|workshop)\s*#?\d+|interview|intro(?:duction)?|outro|q\s?&\s?a|news|wrap-?up|(?:coffee\s+)?break|lunch|(?:my\s+)?notes|thoughts|summary|misc(?:ellaneous)?)$/i;

/** A part of a day ("Afternoon", "Day 2 Morning", "Late Evening"): it heads talks, it is none. */
const DAY_PART =
	/^(?:(?:day\s*(?:\d+|one|two|three)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)[,:\s–-]*)?(?:(?:early|late)\s+)?(?:morning|afternoon|evening|night)$/i;

/** Ends on a year (and a bar or a comma): the cheap gate before DATELINE. */
const YEAR_END = /(?:19|20)\d\d[\s|,]*$/;
/**
 * A post's dateline, not a title: a date, a place before it or not ("November 20, 2018",
 * "San Diego, November 2019", "Seattle, June 19-21, 2016", "12 September 2019"). Group 1 or 2 is
 * the word that must be a month's name.
 */
const DATELINE =
	/^(?:\p{Lu}[\p{L}.' -]{1,30},\s+)?(?:(\p{L}{3,10})\.?(?:\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?)?,?|\d{1,2}(?:\s*[-–]\s*\d{1,2})?\.?\s+(?:de\s+)?(\p{L}{3,10})\.?(?:\s+de)?)\s+(?:19|20)\d\d[\s|,]*$/u;

function isDateline(t: string): boolean {
	if (!YEAR_END.test(t)) return false;
	const m = DATELINE.exec(t);
	return m !== null && isMonthName(m[1] ?? m[2]!);
}

export function looksLikeTitle(t: string, quoted = false): boolean {
	if (t.length < 4 || t.length > 200) return false;
	if (t.length <= 20 && LABEL_ONLY.test(t)) return false;
	if (t.length <= 28 && DAY_PART.test(t)) return false;
	// "San Diego, November 2019 — by Owen Price": a dateline and a byline, not a talk.
	if (isDateline(t)) return false;
	// "KubeCon NA 2019 – Jane Doe, Acme": an edition's name and its author, not a talk.
	if (isEditionTitle(t)) return false;
	// "Slides from yesterday's keynote by @jdoe": words about a talk, not its title.
	if (refersToTalk(t) || isProgrammeFurniture(t)) return false;
	// A quoted title may open with a lower-case project name ("rktnetes: what's new…").
	const opening = quoted ? QUOTED_TITLE_OPENING : TITLE_OPENING;
	if (!opening.test(t) && !/^[a-z]+[A-Z]/.test(t)) return false;
	if (/[.]$/.test(t) && !/\b(?:etc|vs|Inc)\.$/.test(t)) return false;
	// "Don't Have a Meltdown! Practical Container Security": a quoted title may hold "!" or "?".
	if (SENTENCE_INSIDE.test(t) && !/\?$/.test(t) && !(quoted && !PERIOD_INSIDE.test(t)))
		return false;
	return splitCount(t) <= 25;
}

/** Most longer words capitalised, as titles are written. */
export function titleCased(s: string): boolean {
	const words = s.split(/\s+/).filter((w) => w.length > 3);
	return (
		words.length > 0 && words.filter((w) => CAPITALISED_WORD.test(w)).length / words.length >= 0.6
	);
}

/** 'Money quote: "…". Panel: Ask Me Anything' → the title is what follows the last sentence end. */
const SENTENCE_BREAK = /(?<=[.!?]["”’)]?)\s+(?=[\p{Lu}“"])/u;

export function lastSentence(s: string): string {
	// Without sentence punctuation there is no break (most titles): no split needed.
	if (!/[.!?]/.test(s)) return s;
	const parts = s.split(SENTENCE_BREAK);
	return parts[parts.length - 1] ?? s;
}
