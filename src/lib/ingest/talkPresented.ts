/**
 * A speaker, then a verb of presenting, then the quoted title: "Jane Doe (Acme) presented “Title”",
 * "Saad Ali (Google) presentó “…”", "Jane Doe and John Roe (Acme) gave the keynote “…”" (split
 * from talkQuotes.ts to keep that file small).
 */
import type { TalkCandidate } from './talks';
import { titleCased } from './talkTitle';
import { NAME, TALK_KIND } from './talkWords';
import { isOrgBesideName, isPersonName, parseSpeakerList } from './speakers';
import { cjkOrgName } from './speakersCjk';
import { gaveWithBeforeQuote } from './talkGaveWith';

/**
 * "presented" in Spanish, Portuguese, Italian, French, German and Polish ("Saad Ali (Google)
 * presentó “Title”", "ha presentato", "a présenté", "przedstawił"), with the articles before a
 * talk word ("presentó la charla “Title”").
 */
const FOREIGN_PRESENTED =
	'presentó|presentaron|dio|impartió|apresentou|apresentaram|deu|(?:ha|hanno) (?:presentato|tenuto)|presentò|(?:a|ont) (?:présenté|donné)|präsentierte|hielt|przedstawił[ay]?|zaprezentował[ay]?|wygłosił[ay]?';
const FOREIGN_ARTICLE =
	'la|el|una|un|uma|um|o|il|lo|une|le|sa|son|seine[nm]?|ihre[nm]?|einen|eine|den';
const FOREIGN_PRESENTED_GATE = new RegExp(`(?:^|\\s)(?:${FOREIGN_PRESENTED})\\s`, 'u');
/**
 * "Jane Doe (Acme) presented “Title”", "Jane Doe from Acme gave a great talk, “Title”",
 * "Jane Doe (Acme) talked about / on “Title”", "Presented by Jane Doe, Acme: “Title”": the
 * speaker, then a verb of presenting. Group 1 is the name, 2 or 3 the organisation, 4 the verb,
 * 5 the talk word, 6 the names after "Presented by".
 */
const PRESENTED_BEFORE_QUOTE = new RegExp(
	`(?:(${NAME})(?:\\s*\\(([^()\\n]{2,60})\\)|\\s+(?:from|of|at)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}\\d&.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\d&.'’-]*){0,3}))?\\s+(presented|gave|delivered|talked about|spoke (?:about|on)|on|with|starts|started|kicks off|kicked off|opened with|closed with|${FOREIGN_PRESENTED})(?:\\s+(?:a|an|the|his|her|their|${FOREIGN_ARTICLE})\\s+(?:[\\p{Ll}-]+\\s+){0,2}${TALK_KIND}(?:\\s+(?:of|at|on|in)\\s+(?:the\\s+)?[\\p{Ll}-]+)?(?:\\s+(?:titled|called|named|on|about|titulada|intitulada|chamada|titolato|intitolato|intitulée?))?)?|[Pp]resented by\\s+([^:\\n“”"]{3,80}))[\\s:,]*$`,
	'u'
);
/** Verbs that need the speaker's organisation too: "Janet Kuo (Google) starts “Title”". */
const ORG_ONLY_VERBS = new Set([
	'on',
	'with',
	'starts',
	'started',
	'kicks off',
	'kicked off',
	'opened with',
	'closed with'
]);
const PRESENTED_GATE =
	/\b(?:presented|gave|delivered|talked about|spoke (?:about|on))\b|\)\s+(?:on|with|starts|started|kicks off|kicked off|opened with|closed with)\s*$/i;

/** Cheap test on the text before a quote: a verb of presenting in it. */
export function mayPresent(leadIn: string): boolean {
	return PRESENTED_GATE.test(leadIn) || FOREIGN_PRESENTED_GATE.test(leadIn);
}

/**
 * The talk a quoted `title` (from `qStart` to `qEnd`) is when `before` (the text before it) ends
 * on a speaker and a verb of presenting; or null.
 */
export function presentedTalk(
	before: string,
	qStart: number,
	qEnd: number,
	title: string
): TalkCandidate | null {
	// "Jane Doe gave a talk with John Roe (Acme) on “Title”": both speak (not John Roe alone).
	if (before.includes(' with ')) {
		const co = gaveWithBeforeQuote(before, qStart, qEnd, title);
		if (co) return co;
	}
	const gave = PRESENTED_BEFORE_QUOTE.exec(before);
	// Without a talk word, only a title-cased quote is a title ('presented "a new idea"' is not).
	if (!gave || (!gave[5] && !gave[6] && !titleCased(title))) return null;
	// "Janet Kuo (Google) on “Title”", as live blogs write it: only with the organisation.
	// ("Next up was Jane Doe (Acme) with “Title”" likewise.)
	if (ORG_ONLY_VERBS.has(gave[4]!) && !gave[2]) return null;
	// "…the first KubeCon. Kelsey Hightower gave …": the name starts after the sentence's end.
	const who = gave[1] && !isPersonName(gave[1]) ? afterSentence(gave[1]) : gave[1];
	let names = who
		? isPersonName(who)
			? { speakers: [who], organizations: orgOf(gave[2] ?? gave[3]) }
			: null
		: parseSpeakerList(gave[6]!);
	let from = gave.index + (gave[1] && who ? gave[1].length - who.length : 0);
	// "Jane Doe (Acme) and John Roe (Globex) presented “Title”": the co-speakers before.
	if (names && who && CO_SPEAKER_GATE.test(before.slice(Math.max(0, from - 6), from))) {
		const co = coSpeakersBefore(before, from, who.length);
		if (co) ({ names, from } = co);
	}
	if (!names) return null;
	return { title, ...names, start: qStart - before.length + from, end: qEnd, generic: false };
}

const CO_SPEAKER_GATE = /(?:,|\band|&|\by|\be|\bund|\bet|\bi)\s+$/;
const CO_SPEAKER_BEFORE = new RegExp(
	`(${NAME})(?:\\s*\\([^()\\n]{2,60}\\))?\\s*(?:,\\s*(?:and\\s+)?|\\s+(?:and|&|y|e|und|et|i)\\s+)$`,
	'u'
);

/**
 * The names before the one at `from` in `before` joined to it by "and" or a comma (two at most),
 * read as one speaker list with that name and its organisation in brackets; or null.
 */
function coSpeakersBefore(before: string, from: number, nameLength: number) {
	let at = from;
	for (let k = 0; k < 2; k++) {
		const lead = before.slice(Math.max(0, at - 120), at);
		const m = CO_SPEAKER_BEFORE.exec(lead);
		if (!m) break;
		const name = afterSentence(m[1]!);
		if (!isPersonName(name)) break;
		at = at - lead.length + m.index + (m[1]!.length - name.length);
	}
	if (at === from) return null;
	const after = before.slice(from + nameLength);
	const paren = /^\s*\([^()\n]{2,60}\)/.exec(after);
	const list = parseSpeakerList(
		before.slice(at, from + nameLength + (paren ? paren[0].length : 0))
	);
	return list && list.speakers.length > 1 ? { names: list, from: at } : null;
}

/** "our colleague ", "my fellow maintainer ": who a speaker is to the writer, before the name. */
export const DESCRIBED =
	/^(?:(?:our|my|his|her|their)\s+)?(?:colleague|coworker|co-worker|friend|fellow|teammate|own|cto|ceo|manager|boss|maintainer)(?:\s+[\p{Ll}-]+)?\s+(?=\p{Lu})/u;

function afterSentence(name: string): string {
	const cut = name.lastIndexOf('. ');
	return cut > 0 ? name.slice(cut + 2) : name;
}

const CJK_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

/** The organisation written beside a speaker ("(Acme GmbH)", "来自Google的"), if it reads as one. */
export function orgOf(org: string | undefined): string[] {
	if (!org) return [];
	if (isOrgBesideName(org)) return [org.trim()];
	// "由张三（阿里巴巴）分享的", "来自腾讯的Tim Hockin": an organisation in Chinese or Japanese script.
	const cjk = CJK_LETTER.test(org) ? cjkOrgName(org.trim()) : null;
	return cjk ? [cjk] : [];
}
