/**
 * "Jane Doe gave a talk with John Roe (Acme) on scaling etcd": a speaker, a verb of giving and a
 * talk word, maybe "with" and a co-speaker, then the subject after "on"/"about" (its title) or
 * the title in quotes ('… with John Roe (Acme), “Scaling etcd”': talkQuotes.ts calls
 * gaveWithBeforeQuote). Both speakers are the talk's, each with the organisation in brackets
 * beside them. Only people: "I gave a talk with …", "… with her team" are not read.
 */
import type { TalkCandidate } from './talks';
import { isOrgBesideName, isPersonName } from './speakers';
import { titleCased } from './talkTitle';
import { topicAt } from './talkTopic';
import { NAME, TALK_KIND } from './talkWords';

const GAVE =
	'(?:gave|delivered|presented|co-presented|did|ran)\\s+(?:a|an|the|their|his|her)\\s+(?:[\\p{Ll}-]+\\s+){0,2}';
const WHO = `(${NAME})(?:\\s*\\(([^()\\n]{2,60})\\))?`;
const CO = `(?:\\s+(?:together\\s+)?with\\s+(${NAME})(?:\\s*\\(([^()\\n]{2,60})\\))?)?`;
/** Groups: 1 the speaker, 2 their organisation, 3 the talk word, 4 the co-speaker, 5 theirs. */
const GAVE_TALK = new RegExp(`${WHO}\\s+${GAVE}${TALK_KIND}${CO}`, 'gu');
/** The same before a quoted title, "titled", "on" or a comma between them. */
const GAVE_BEFORE_QUOTE = new RegExp(
	`${WHO}\\s+${GAVE}${TALK_KIND}${CO}(?:\\s+(?:titled|called|named|on|about))?[\\s:,]*$`,
	'u'
);

/** Cheap test before gaveTalks: a verb of giving a talk in the text. */
export function mayGiveTalk(text: string): boolean {
	return (
		text.includes(' gave ') ||
		text.includes(' delivered ') ||
		text.includes(' presented ') ||
		text.includes(' ran ')
	);
}

/** The organisation in brackets beside a name, if it reads as one. */
function orgOf(org: string | undefined): string[] {
	return org && isOrgBesideName(org) ? [org.trim()] : [];
}

/** "Then Jane Doe": a capitalised word that opens the sentence before a name is none of it. */
function person(name: string | undefined): string | null {
	if (!name) return null;
	if (isPersonName(name)) return name;
	const rest = name.slice(name.indexOf(' ') + 1);
	return rest !== name && isPersonName(rest) ? rest : null;
}

/** The speakers and organisations of a match, or null when a name is no person's. */
function speakersOf(m: RegExpExecArray) {
	const who = person(m[1]);
	if (!who) return null;
	const co = m[4] === undefined ? undefined : person(m[4]);
	// "… with Tomasz Kowal on Tuesday": the co-speaker must be one.
	if (co === null) return null;
	const organizations = [...orgOf(m[2]), ...orgOf(m[5])];
	const speakers = co ? [who, co] : [who];
	return { speakers, organizations, skipped: m[1]!.length - who.length };
}

/** Each "Jane Doe gave a talk (with John Roe) on <subject>" of `text`, added to `out`. */
export function gaveTalks(text: string, out: TalkCandidate[]): void {
	for (const m of text.matchAll(GAVE_TALK)) {
		const end = m.index + m[0].length;
		const topic = text.charCodeAt(end) === 32 ? topicAt(text, end) : null;
		const names = topic ? speakersOf(m) : null;
		if (!names) continue;
		const { speakers, organizations, skipped } = names;
		out.push({
			title: topic!.title,
			speakers,
			organizations,
			start: m.index + skipped,
			end: end + topic!.length,
			generic: false
		});
	}
}

/** The talk a quoted title is when the text before it ends on "Jane Doe gave a talk with John Roe". */
export function gaveWithBeforeQuote(
	before: string,
	qStart: number,
	qEnd: number,
	title: string
): TalkCandidate | null {
	const m = GAVE_BEFORE_QUOTE.exec(before);
	if (!m || m[4] === undefined || !titleCased(title)) return null;
	const names = speakersOf(m);
	if (!names) return null;
	const { speakers, organizations, skipped } = names;
	const start = qStart - before.length + m.index + skipped;
	return { title, speakers, organizations, start, end: qEnd, generic: false };
}
