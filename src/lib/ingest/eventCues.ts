/**
 * How a passage refers to an event: as what it is about ("the DockerCon Europe 2014 keynote, by
 * Adrian Cockcroft", "at the March-2015 DevOps-Chicago meetup", "I attended EnvoyCon") or in
 * passing ("Next kubecons will occur in Valencia", "just prior to KubeCon", "since DockerCon
 * 2014", "last year at DockerCon"). Only the first kind may move a passage to another event.
 */

import { isMonthName } from './dates';

/**
 * 'count': the passage gives the edition's figures ("KubeCon NA 2019 drew 12,000 attendees",
 * "dockercon14: 500 attendees"). It says which edition a document is about, but inside a recap
 * of another one it is a comparison, like a passing reference.
 */
export type RefRole = 'narrative' | 'passing' | 'neutral' | 'count';

const PASSING =
	/\b(?:next|upcoming|will|won['’]t|shall|going to|coming up|look(?:ing)? forward|can['’]t wait|hope[sd]?|hoping|hopefully|see you|plan(?:s|ning)? to|register|registration|tickets?|cfp|call for (?:papers|proposals)|save the date|last year|previous|previously|prior to|before|after|since|ago|earlier|used to|compared|than|unlike|like at|back (?:at|in)|remember|recall|followed|follows|co-located with|alongside|ahead of)\b|['’]ll\b/i;

/**
 * The same in the other languages recaps are written in ("Nächstes Jahr …", "el próximo año",
 * "l’année prochaine", "l’anno scorso", "来年", "明年", "내년"). Read only in the clause around a
 * reference, after the English words found nothing.
 */
const PASSING_OTHER =
	/(?<![\p{L}\p{N}])(?:nächste[nrs]?|kommende[nrs]?|(?:letzte[nrs]?|vergangene[nrs]?|voriges) Jahr|im Vorjahr|freue? mich auf|próxim[oa]s?|proxim[oa]s?|(?:el|del) año pasado|(?:no )?ano passado|año que viene|ano que vem|nos vemos|será|serão|serán|prochaine?s?|l['’]an (?:dernier|passé)|l['’]année (?:dernière|passée)|aura lieu|précédente?s?|prossim[oa]|l['’]anno scorso|precedente|anterior|следующ\p{L}*|будущ\p{L}*|прошл\p{L}*|предыдущ\p{L}*)(?![\p{L}\p{N}])|来年|昨年|去年|次回|前回|明年|下一?届|上一?届|내년|작년|지난해/iu;

/** Cheap test before PASSING_OTHER: a non-ASCII letter, or a piece of one of its ASCII words. */
const PASSING_OTHER_GATE =
	/[\u0080-\uffff]|ahr|mich auf|ommende|roxim|rochain|ernier|aura lieu|reced|rossim|corso|nterior|vemos|ano /;

const COUNT = /\b(?:attendees|attendance|sold out)\b/i;

const TALK_WORD =
	/\b(?:keynotes?|talks?|sessions?|presentations?|workshops?|panels?|demos?|tutorials?|lightning talks?|track|booth|boF)\b/i;
const ATTEND =
	/\b(?:attended|attending|went to|was at|were at|visited|joined|watched|live-?blog(?:ging)?|recap|takeaways|highlights|notes from|my notes|report from)\b/i;
/**
 * The same in the other languages recaps are written in: "j’étais à la KubeCon Europe", "ich war
 * auf der KubeCon", "war ich bei", "estuve en la DockerCon", "asistí a", "参加しました", "参加了".
 */
const ATTEND_OTHER =
	/(?<![\p{L}])(?:j['’]étais|nous étions|je suis allée?|nous sommes allée?s|j['’]ai assisté|(?:ich|wir) (?:war|waren)(?: \p{L}+)? (?:auf|bei|in)|war(?:en)? (?:ich|wir)(?: \p{L}+)? (?:auf|bei|in)|besuchte|estuve|estuvimos|asistí|asistimos|fui a|fuimos a)(?![\p{L}])|参加/iu;
const ATTEND_OTHER_GATE = /[\u0080-\uffff]|ich|wir|fui|estuv|asist/;
/**
 * What closes a label at the start of a passage: a colon or a dash, after a parenthesis (or
 * the rest of one the reference opened: "KubeCon NA (San Diego, November):").
 */
const LABEL_AFTER = /^(?:[^()\n:]{0,50}\))?\s*(?:\([^()\n]{1,50}\))?\s*(?::|\s[–—]\s|\s-\s)/;
const BY_NAME = /\bby\s+\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+)+/u;

/** The clause around [start, end): bounded by sentence ends and semicolons. */
export function clauseAround(text: string, start: number, end: number): [number, number] {
	let s = start;
	while (s > 0) {
		const ch = text[s - 1];
		if (ch === ';' || ch === '\n' || ch === '!' || ch === '?') break;
		if (ch === '.' && /\s/.test(text[s] ?? ' ') && !/\d/.test(text[s - 2] ?? '')) break;
		s--;
	}
	let e = end;
	while (e < text.length) {
		const ch = text[e];
		if (ch === ';' || ch === '\n' || ch === '!' || ch === '?') break;
		if (ch === '.' && /\s|$/.test(text[e + 1] ?? ' ')) break;
		e++;
	}
	return [s, e];
}

/**
 * `text` with a reference said in passing blanked from its name to the end of its clause: "Last
 * year at KubeCon Europe 2018 in Copenhagen", "… takes place in Barcelona, May 20-23"; or to the
 * next reference, `limit` ("Compared to KubeCon NA 2018 in Seattle, this KubeCon in Barcelona").
 */
export function blankPassing(
	text: string,
	ref: { start: number; end: number },
	limit = text.length
): string {
	const to = Math.max(ref.end, Math.min(limit, clauseAround(text, ref.start, ref.end)[1]));
	return text.slice(0, ref.start) + ' '.repeat(to - ref.start) + text.slice(to);
}

/** The sentence around [start, end): bounded by sentence ends only. */
function sentenceAround(text: string, start: number, end: number): string {
	const before = text.slice(0, start);
	const sStart =
		Math.max(before.lastIndexOf('. '), before.lastIndexOf('\n'), before.lastIndexOf('! '), -1) + 1;
	const after = text.slice(end);
	const stop = after.search(/[.!?](?:\s|$)|\n/);
	return text.slice(sStart, stop < 0 ? text.length : end + stop);
}

/** Cue words that relate the clause to something they name ("before KubeCon", "since 2014"). */
const RELATIONAL =
	/^(?:prior to|before|after|since|compared|than|unlike|like at|followed|follows|co-located with|alongside|ahead of)$/i;
/** A name right after a cue word ("before KubeCon", "ahead of the Open Source Summit"). */
const NAME_NEXT = /^\s+(?:the\s+)?(?:\p{Lu}|\p{Ll}+\p{Lu})/u;
const PASSING_ALL = new RegExp(PASSING.source, 'gi');
/** The preposition "compared" takes before what it compares. */
const COMPARED = /^compared$/i;
const COMPARED_TO = /^\s+(?:to|with)(?=\s)/i;
const BACK_AT = /^back /i;
/** A span of days or weeks before "ago" ("two weeks ago", "a few days ago", "a week ago"). */
const RECENT =
	/(?:\b(?:a|one|two|three|four|few|couple of|several|\d{1,2})\s+(?:days?|weeks?)|\ba (?:week|fortnight))\s+$/i;
/**
 * A span of time after a relational cue ("after two years of watching the videos", "before a
 * week of talks", "since three years"): said of the time, not of an edition.
 */
const SPAN_NEXT =
	/^\s+(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|a few|a couple of|several|many|\d{1,3})\s+(?:(?:long|full|whole|short)\s+)?(?:years?|months?|weeks?|days?|hours?)\b/i;
/** What "back at / in" looks back to: a year or a time ("back in 2015", "back in the day"). */
const BACK_TIME = /^\s+(?:\d|the (?:day|days|early|old)\b)/i;

/**
 * "back at / in" looks back when said of this reference ("back at DockerCon 2014, …") or of a
 * time ("back in 2015"); "DockerCon 2019 was back at Moscone", "KubeCon was back in person" say
 * the edition returned, and are about it.
 */
function backBears(clause: string, after: number, rs: number): boolean {
	const next = after + (/^\s+(?:the\s+)?/i.exec(clause.slice(after))?.[0].length ?? 0);
	return next === rs || BACK_TIME.test(clause.slice(after));
}

/**
 * Whether a passing cue of the clause bears on the reference at [rs, re) of it. "Rejekts took
 * place in San Diego, before KubeCon": "before" is said of KubeCon, the name right after it, not
 * of Rejekts; for KubeCon itself it stands. Cues of time ("next year", "will") bear on the whole.
 */
function passingCue(clause: string, rs: number, re: number): boolean {
	for (const m of clause.matchAll(PASSING_ALL)) {
		const at = m.index;
		if (at >= rs && at < re) continue;
		// "Two weeks ago I was at DockerCon": days or weeks ago is the edition just recapped.
		if (m[0].toLowerCase() === 'ago' && RECENT.test(clause.slice(Math.max(0, at - 24), at)))
			continue;
		if (BACK_AT.test(m[0])) {
			if (backBears(clause, at + m[0].length, rs)) return true;
			continue;
		}
		if (!RELATIONAL.test(m[0])) return true;
		// "compared to / with KubeCon NA 2018": the name after the preposition.
		let lead = at + m[0].length;
		if (COMPARED.test(m[0])) lead += COMPARED_TO.exec(clause.slice(lead))?.[0].length ?? 0;
		const after = clause.slice(lead);
		const next = lead + (/^\s+(?:the\s+)?/i.exec(after)?.[0].length ?? 0);
		if (SPAN_NEXT.test(after)) continue;
		// Right before this reference, or before no name: said of this one.
		if ((next >= rs && next <= re) || !NAME_NEXT.test(after)) return true;
	}
	return false;
}

/** Lower-case words that may stand among an edition's place and dates ("in", "de", "virtual"). */
const PLACE_DATE_WORD = /^(?:\p{Ll}{1,3}|virtual|online|hybrid|edition|until|through)$/u;

/**
 * "- KubeCon NA 2017, Austin, December 6–8.", "DockerCon 2015 (San Francisco)": a passage that
 * opens on an edition and goes on with nothing but its place, dates or format is that edition.
 */
function onlyPlaceAndDates(text: string, end: number): boolean {
	const rest = text.slice(end);
	if (rest.length > 80 || rest.includes('\n')) return false;
	if (rest.length > 0 && !/^\s*(?:[,()–—:-]|in\s|at\s|[.!]?\s*$)/.test(rest)) return false;
	for (const word of rest.split(/[\s,.;:()[\]–—/-]+/)) {
		if (word === '' || /^\p{Lu}/u.test(word) || /^\d/.test(word)) continue;
		if (!PLACE_DATE_WORD.test(word) && !isMonthName(word)) return false;
	}
	return true;
}

/**
 * "**KubeCon NA (San Diego, November):** 12,000 people!", "- May 2018, KubeCon Copenhagen:
 * …": a label naming what follows (after, at most, the date it opens with).
 */
export function isLabel(text: string, start: number, end: number): boolean {
	if (start > 4 && (start > 24 || !DATE_LEAD.test(text.slice(0, start)))) return false;
	return LABEL_AFTER.test(text.slice(end, end + 60));
}

/**
 * A sentence that looks forward to what the one before named: "DockerCon EU takes place in
 * Barcelona in December. See you there!", "… in Amsterdam. Hope to see you all there." Only
 * "there" and "then" point back: after "What a week at KubeCon EU 2019. See you next year!" or
 * "… See you in Amsterdam!", the sentence before is about the recap's own edition.
 */
const SEE_YOU_NEXT =
	/^[.!]?\s+(?:(?:I|We)\s+)?(?:(?:hope|want|wish)\s+to\s+)?(?:see|meet)\s+(?:you|y['’]all|everyone|everybody|all of you)(?:\s+all)?\s+(?:there|then)\b|^[.!]?\s+(?:Wir sehen uns (?:dort|da)|Bis dann|Nos vemos (?:allí|ahí|allá)|On se voit là-bas|Rendez-vous là-bas)(?![\p{L}])/iu;
/** A date opening a label: "May 2018, ", "12 May 2018 – ", "2018: ". */
const DATE_LEAD = /^[\s*_]*(?:(?:\d{1,2}\.?\s+)?\p{L}+\.?\s+)?(?:19|20)\d\d\s*[,:–—-]?\s*$/u;

/**
 * A table row's cell under an event column ("Talk: Debugging Envoy | Event: KubeCon NA 2019 |
 * …", as table rows read): the edition the row is about.
 */
const EVENT_CELL =
	/(?:^|\|\s*)(?:events?|event\(s\)|conferences?|conference\(s\)|editions?|conf)\s*:\s*$/i;

/** Whether the reference at `start` opens a table row's cell under an event column. */
export function inEventCell(text: string, start: number): boolean {
	return (
		text.charCodeAt(start - 2) === 58 && EVENT_CELL.test(text.slice(Math.max(0, start - 30), start))
	);
}

export function refRole(text: string, start: number, end: number): RefRole {
	if (inEventCell(text, start)) return 'narrative';
	const [cs, ce] = clauseAround(text, start, end);
	const clause = text.slice(cs, ce);
	const local = clause.replace(text.slice(start, end), ' ');
	if (
		(PASSING.test(local) && passingCue(clause, start - cs, end - cs)) ||
		(PASSING_OTHER_GATE.test(local) && PASSING_OTHER.test(local)) ||
		(ce < text.length - 8 && SEE_YOU_NEXT.test(text.slice(ce, ce + 48)))
	)
		return 'passing';
	if (COUNT.test(local)) return 'count';
	const sentence = sentenceAround(text, start, end);
	const talk = TALK_WORD.test(sentence);
	if (talk && (BY_NAME.test(clause) || TALK_WORD.test(text.slice(end, end + 30))))
		return 'narrative';
	if (ATTEND.test(sentence)) return 'narrative';
	if (ATTEND_OTHER_GATE.test(sentence) && ATTEND_OTHER.test(sentence)) return 'narrative';
	// "at the X" with a talk in the sentence; the event as the subject opening the passage.
	const lead = text.slice(Math.max(cs, start - 12), start);
	if (talk && /\b(?:at|during|from)\s+(?:the\s+)?$/i.test(lead)) return 'narrative';
	if (isLabel(text, start, end)) return 'narrative';
	if (start <= 4 && cs === 0 && onlyPlaceAndDates(text, end)) return 'narrative';
	if (
		start - cs <= 4 &&
		cs === 0 &&
		/^\s*(?:was|is|were|had|has|kicked|opened|started|featured|brought)\b/i.test(
			text.slice(end, end + 12)
		)
	)
		return 'narrative';
	return 'neutral';
}
