/**
 * A talk named inside a sentence by its subject, without quotes: "Brendan Burns (Microsoft) on
 * patterns for distributed systems", "Kelsey Hightower's keynote on serverless". Conservative:
 * a person's name with an organisation in brackets (or a talk word after the name), then "on" or
 * "about" and a phrase that reads as a subject, not as the rest of a sentence.
 */
import type { TalkCandidate } from './talks';
import { cleanTitle, looksLikeTitle } from './talkTitle';
import { isOrgBesideName, isPersonName } from './speakers';
import { NAME, TALK_KIND } from './talkWords';

/** Cheap test before namedOnTopic: a closing bracket, then "on" or "about". */
export function mayNameTopic(text: string): boolean {
	return text.includes(') on ') || text.includes(') about ');
}

const ON_TOPIC = /^[ \t]+(?:on|about)[ \t]+/;
/** The phrase runs to a punctuation mark or a line end. */
const PHRASE = /^[^\n,.;:!?()"“”]{2,120}/;
/** Words that end a subject and go on with the sentence ("… systems was great", "… drew a crowd"). */
const CLAUSE_WORD =
	/^(?:was|were|is|are|will|would|could|can|should|did|does|had|has|have|which|who|that|and|but|where|when|while|as|gave|gives|showed|shows|said|says|explained|talked|spoke|presented|demoed|walked|got|made|took|drew|packed|filled|impressed|blew|stole|won|went|ran|opened|closed|kicked|ended|started|reminded|yesterday|today|this|last|earlier|later)$/;
/** "… at KubeCon", "… in Barcelona": a place or an event after the subject ("at scale" stays). */
const PLACE_WORD = /^(?:at|in|during)$/;
/** What "on"/"about" is followed by in a sentence rather than a subject ("on stage", "on the panel"). */
const NOT_TOPIC =
	/^(?:the|a|an|this|that|these|those|his|her|their|its|our|my|your|it|him|them|us|me|stage|behalf|twitter|youtube|slack|site|camera|video|screen|board|day|top|time|hand|air|call|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;
const SMALL_WORD = /^(?:for|of|the|and|in|on|with|to|a|an|at|by|vs\.?|from|into|without|or)$/;
const CAPITAL = /^[\p{Lu}\p{N}]/u;
const LOWER_WORD = /^\p{Ll}+$/u;

/**
 * The subject that follows at `at` (" on patterns for distributed systems"), capitalised, with
 * the length of text it spans; null when what follows is no subject.
 */
export function topicAt(text: string, at: number): { title: string; length: number } | null {
	const lead = ON_TOPIC.exec(text.slice(at, at + 8));
	if (!lead) return null;
	const phrase = PHRASE.exec(text.slice(at + lead[0].length, at + lead[0].length + 120));
	if (!phrase) return null;
	const words = phrase[0].split(' ');
	if (!words[0] || NOT_TOPIC.test(words[0])) return null;
	const capitalised = CAPITAL.test(words[0]);
	const kept: string[] = [];
	for (let k = 0; k < words.length; k++) {
		const w = words[k]!;
		if (!w) break;
		// A title-cased subject ends on its first lower-case word that is no small word.
		if (capitalised ? !CAPITAL.test(w) && !SMALL_WORD.test(w) : CLAUSE_WORD.test(w)) break;
		if (!capitalised && PLACE_WORD.test(w) && CAPITAL.test(words[k + 1] ?? '')) break;
		kept.push(w);
	}
	while (kept.length > 0 && SMALL_WORD.test(kept.at(-1)!)) kept.pop();
	// "on Twitter", "on Monday": one capitalised word is a name, not a subject.
	if (kept.length === 0 || kept.length > 10 || (capitalised && kept.length < 2)) return null;
	const raw = kept.join(' ');
	// "patterns for …" → "Patterns for …"; "eBPF superpowers" keeps its spelling.
	const plain = LOWER_WORD.test(kept[0]!);
	const title = cleanTitle(plain ? raw.charAt(0).toUpperCase() + raw.slice(1) : raw);
	if (!looksLikeTitle(title)) return null;
	return { title, length: lead[0].length + raw.length };
}

const NAME_WORD = /^\p{Lu}[\p{L}'’-]*$/u;

/** "Brendan Burns (Microsoft) on patterns for distributed systems": each such talk. */
export function namedOnTopic(text: string, found: TalkCandidate[]): void {
	for (let close = text.indexOf(')'); close >= 0; close = text.indexOf(')', close + 1)) {
		const topic = topicAt(text, close + 1);
		if (!topic) continue;
		const open = text.lastIndexOf('(', close);
		if (open < 2 || close - open > 62 || text.charCodeAt(open - 1) !== 32) continue;
		const org = text.slice(open + 1, close).trim();
		const name = nameBefore(text, open - 1);
		if (!name || !heard(text, name.start) || !isOrgBesideName(org)) continue;
		found.push({
			title: topic.title,
			speakers: [name.name],
			organizations: [org],
			start: name.start,
			end: close + 1 + topic.length,
			generic: false
		});
	}
}

/**
 * The person's name of two or three capitalised words that ends at `end`; three only when the
 * first does not open a sentence ("Then Brendan Burns (Microsoft)" is Brendan Burns).
 */
function nameBefore(text: string, end: number): { name: string; start: number } | null {
	const head = text.slice(Math.max(0, end - 60), end);
	const words = head.split(' ');
	for (let n = Math.min(3, words.length); n >= 2; n--) {
		const part = words.slice(-n);
		if (!part.every((w) => NAME_WORD.test(w))) continue;
		const name = part.join(' ');
		const start = end - name.length;
		if (n === 3 && SENTENCE_START.test(text.slice(Math.max(0, start - 2), start))) continue;
		if (isPersonName(name)) return { name, start };
	}
	return null;
}

const SENTENCE_START = /(?:^|[.!?:]\s|\n)$/;

/** What may stand before the name: a sentence's or a clause's start, or a word of listening. */
const BEFORE_SPEAKER =
	/(?:^|[.!?:;–—(\n]\s*|-\s|\b(?:from|by|was|were|then|next|saw|heard|watched|caught|attended|featured|featuring|included|including|followed|came|see|hear|watch|speaker|speakers|keynote)\s)$/i;

/**
 * "We heard from Jane Doe (Acme) on …", "Next up was …", a sentence opening on the name: the
 * talk's speaker. "I chatted with Jane Doe (Acme) about hiring" is a conversation, not a talk.
 */
function heard(text: string, start: number): boolean {
	return BEFORE_SPEAKER.test(text.slice(Math.max(0, start - 20), start));
}

/**
 * "the talk on eBPF tracing by Laura Chen (Google)": a talk word, "on" or "about" and a subject,
 * then "by" and a person (group 1: the talk word, 2: the subject, 3: the name).
 */
const TALK_ON_BY = new RegExp(
	`\\b${TALK_KIND}\\s+(?:on|about)\\s+([^\\n,.;:!?()"“”]{2,80}?)\\s+by\\s+(${NAME})`,
	'gu'
);
const ORG_IN_BRACKETS = /^\s*\(([^()\n]{2,60})\)/;

/** Cheap test before talksOnTopicBy: "by" and "on" or "about" in the text. */
export function mayNameTopicBy(text: string): boolean {
	return text.includes(' by ') && (text.includes(' on ') || text.includes(' about '));
}

/** Each "talk on <subject> by <Name> (Org)" of `text`, the subject as its title. */
export function talksOnTopicBy(text: string, found: TalkCandidate[]): void {
	for (const m of text.matchAll(TALK_ON_BY)) {
		const words = m[2]!.split(' ');
		if (NOT_TOPIC.test(words[0]!) || words.some((w) => CLAUSE_WORD.test(w))) continue;
		// "… by Laura Chen Then …": a third capitalised word may open the next sentence.
		const name = [m[3]!, m[3]!.split(' ').slice(0, 2).join(' ')].find(isPersonName);
		if (!name) continue;
		const raw = m[2]!;
		const title = cleanTitle(
			LOWER_WORD.test(words[0]!) ? raw[0]!.toUpperCase() + raw.slice(1) : raw
		);
		if (!looksLikeTitle(title)) continue;
		let end = m.index + m[0].length - m[3]!.length + name.length;
		const org = ORG_IN_BRACKETS.exec(text.slice(end, end + 64));
		const organizations = org && isOrgBesideName(org[1]!) ? [org[1]!.trim()] : [];
		if (organizations.length > 0) end += org![0].length;
		found.push({ title, speakers: [name], organizations, start: m.index, end, generic: false });
	}
}
