/**
 * What follows a quoted title after a dash ('"Title" – Jane Doe (Acme) walked through …', '„Title“
 * – prelegent: Jane Doe (Acme)') and what opens the sentence before it: the readings of a quote's
 * speakers that talkQuotes.ts shares, kept here to keep that file small.
 */
import { titleCased } from './talkTitle';
import { NAME, talkLabelLength } from './talkWords';
import { isOrgBesideName, isPersonName, parseSpeakerList, type SpeakerList } from './speakers';

/** Whether only a bullet or spaces come before `at` on its line. */
export function opensLine(text: string, at: number): boolean {
	const lineStart = text.lastIndexOf('\n', at - 1) + 1;
	return /^[\s•*\-–]*$/.test(text.slice(lineStart, at));
}

/**
 * What may come before a title that opens a sentence: bullets, a list number ("3/", "2.") or a
 * live blog's time ("14:00 —"), or the words of someone who watched it ("I really enjoyed", "My
 * favourite was").
 */
const SENTENCE_LEAD =
	/(?:(?:^|\n|[.!?:]\s)[\s•*>\-–—]*(?:\d{1,2}[./)]\s*|(?:[01]?\d|2[0-3])[:h][0-5]\d\s*(?:[ap]\.?m\.?\s*)?[-–—|:]?\s*)?|\b(?:saw|watched|attended|enjoyed|loved|liked|caught|missed|recommend|favou?rite (?:was|is)|highlights? (?:was|were))\s+(?:the\s+)?)$/i;
/** Works that are not sessions, named in the rest of a sentence ("… by Gene Kim is a must-read"). */
const NOT_A_SESSION =
	/\b(?:books?|novel|article|blog|post|paper|essay|report|survey|study|song|album|film|movie|podcast|newsletter|tweet|thread|motto|mantra|slogan|quote|saying|read|reading|wrote|written|published)\b/i;

/**
 * '"Scaling Prometheus to a Billion Series" by Jane Doe was a highlight': a title-cased quote that
 * opens its sentence, "by" a speaker whose sentence goes on, and no book or article named there.
 */
export function titleOpensSentence(
	text: string,
	qStart: number,
	title: string,
	names: string
): boolean {
	return (
		SENTENCE_LEAD.test(text.slice(Math.max(0, qStart - 32), qStart)) &&
		titleCased(title) &&
		!NOT_A_SESSION.test(names)
	);
}

/** "15:30 — ", "- 9h00 | ": a schedule's time opening the line, right before a quote. */
const SCHEDULE_TIME_BEFORE =
	/(?:^|\n)[\s•*>\-–—]*(?:[01]?\d|2[0-3])[:h][0-5]\d\s*(?:[ap]\.?m\.?\s*)?(?:[-–—|:]\s*)?$/i;
export const DASH_AFTER_QUOTE = /^[ \t]*(?:[–—―]|-{1,2})[ \t]+(?=\p{Lu})/u;
const DASH_FIRST = /^[ \t]*(?:[–—―]|-{1,2})[ \t]+/;

/** '„Title“ – prelegent: Jane Doe (Acme)': a dash, then a label in lower case before the names. */
export function labelledDash(rest: string): RegExpExecArray | null {
	const m = DASH_FIRST.exec(rest);
	return m && talkLabelLength(rest.slice(m[0].length)) > 0 ? m : null;
}
/** How a quotation, not a title, opens: a pronoun, a yes or a no. */
const STATEMENT_OPENING =
	/^(?:I|I'm|I’m|We|We're|We’re|You|You're|You’re|It|It's|It’s|They|Yes|No|Don't|Don’t|Never|Always)\b/;
/** A quotation's attribution goes on with a verb of saying: '"…" – Jane Doe said it best'. */
const SAID =
	/^(?:said|says|told|tweets?|tweeted|wrote|writes|quipped|joked|noted|notes|reminded|remarked|asked|added|argued|insisted|warned|pleaded|stressed|urged|agreed|admitted|claimed|declared|replied|answered|summed|pointed|once|famously|put\s+it|a\s+dit|disait|sagte|meinte|dijo|disse)(?![\p{L}])/iu;

const PRESENTING =
	/^(?:walked|showed|presented|demoed|demonstrated|explained|shared|gave|talked|covered|introduced|described|went|took|dove|dived|compared|detailed|outlined|unveiled|announced|discussed|a\s+(?:présenté|montré|expliqué|détaillé|partagé)|présente|zeigte|stellte|erklärte|präsentierte|presentó|mostró|explicó|apresentou|mostrou|explicou)(?![\p{L}])/iu;

/**
 * '"Securing the Supply Chain" – Jane Porter (Acme Cloud) walked through Notary.': a quote that
 * opens its sentence (title-cased, or followed by a verb of presenting), a dash, then speakers
 * whose sentence goes on with what they did (not with what they said: that is a quotation and its
 * author). `after` is the text after the dash; `end` where the names end in it.
 */
export function dashedSpeakers(
	text: string,
	qStart: number,
	title: string,
	after: string
): { names: SpeakerList; end: number } | null {
	if (!SENTENCE_LEAD.test(text.slice(Math.max(0, qStart - 32), qStart))) return null;
	// '"Title" – Vortrag von Jane Doe (Acme)': the talk label names a session whatever the title's
	// case, and is none of the names.
	const label = talkLabelLength(after);
	if (label) return labelledNames(after, label);
	const sentence = after.split(/[.!?](?:\s|$)|\n/)[0]!;
	if (NOT_A_SESSION.test(sentence)) return null;
	const prose = PROSE_AFTER_NAMES.exec(sentence);
	// '"Title" — Jane Porter, Acme Cloud. She walked through …': the names and their organisation
	// are a sentence of their own; only under a title-cased title (a quotation's author has none).
	// A schedule's time before the quote makes it a session whatever its case ('15:30 — "Container-
	// native networking with Cilium" — Thomas Graf, Covalent.').
	if (!prose) {
		const session =
			titleCased(title) || SCHEDULE_TIME_BEFORE.test(text.slice(Math.max(0, qStart - 24), qStart));
		return session ? namesWithOrganisation(sentence) : null;
	}
	if (prose.index === 0) return null;
	const verb = sentence.slice(prose.index).trimStart();
	// A title in sentence case ("Securing the supply chain with Notary") only before a verb of
	// presenting: '"We need more docs" – Jane Doe pleaded' is a quotation.
	const names = sentence.slice(0, prose.index).replace(/[\s,;:]+$/, '');
	// '- "Java para desenvolvedores" – Arun Gupta (AWS): como usar …': a list item's names with
	// their organisation, then a colon and what the talk was about, whatever the title's case.
	const described =
		names.endsWith(')') && sentence[names.length] === ':' && opensLine(text, qStart);
	// '"Scaling service meshes" – Maria Olsen (Spotify) was the clearest talk of the day': a
	// person with an organisation in brackets, then the sentence goes on at once, whatever its
	// verb (a verb of saying aside): a quotation's author is rarely given an organisation there.
	// A quote that opens like a statement ("We need more docs") is still a quotation.
	const bracketed =
		names.endsWith(')') &&
		sentence.charCodeAt(names.length) === 32 &&
		!STATEMENT_OPENING.test(title);
	if (SAID.test(verb) || !(titleCased(title) || PRESENTING.test(verb) || described || bracketed))
		return null;
	const list = parseSpeakerList(names);
	if (!list || (bracketed && !titleCased(title) && list.organizations.length === 0)) return null;
	return { names: list, end: names.length };
}

/** The names after a talk label (`label` characters of `after`), up to where a sentence goes on. */
function labelledNames(after: string, label: number): { names: SpeakerList; end: number } | null {
	const sentence = after.slice(label).split(/[.!?:;](?:\s|$)|\n/)[0]!;
	const names = sentence.replace(/[\s,]+$/, '');
	const list = parseSpeakerList(names) ?? namesBeforeProse(names);
	return list ? { names: list, end: label + names.length } : null;
}

function namesWithOrganisation(sentence: string): { names: SpeakerList; end: number } | null {
	const names = sentence.replace(/[\s,;:]+$/, '');
	const list = parseSpeakerList(names);
	return list && list.organizations.length > 0 ? { names: list, end: names.length } : null;
}

/**
 * The first lower-case word that is not a particle or a joiner inside a speaker list, or a quote
 * ('Jane Doe (Acme) and "Next Title" by …': the sentence goes on with another talk).
 */
const PROSE_AFTER_NAMES =
	/\s+(?!(?:and|at|from|of|de|van|von|der|den|da|di|del|du|la|le)\s)[\p{Ll}“"«„]/u;

/** The speaker list that opens `s` when a sentence goes on after it ("Ana Lopez was packed"). */
export function namesBeforeProse(s: string): SpeakerList | null {
	const m = PROSE_AFTER_NAMES.exec(s);
	return m && m.index > 0 ? parseSpeakerList(s.slice(0, m.index)) : null;
}

/** ', Jane Doe (Acme) showed': after a quote, a comma, a name and its organisation in brackets. */
const COMMA_NAME_ORG = new RegExp(`^,\\s+(${NAME})\\s*\\(([^()\\n]{2,60})\\)\\s+`, 'u');
/** ', Jane Doe from Acme Cloud showed': the organisation after "from", "of" or "at". */
const COMMA_NAME_FROM_ORG = new RegExp(
	`^,\\s+(${NAME})\\s+(?:from|of|at)\\s+(\\p{Lu}[\\p{L}\\d&.-]*(?:\\s\\p{Lu}[\\p{L}\\d&.-]*){0,3})\\s+`,
	'u'
);

/**
 * 'In "Scaling Prometheus to Millions of Series", Jane Doe (Acme) showed how they shard' (or
 * "Jane Doe from Acme showed"): a title-cased quote, a comma, a person with an organisation,
 * then a verb of presenting. `rest` is the text after the quote; `end` where the organisation
 * ends in it.
 */
export function commaSpeaker(title: string, rest: string): (SpeakerList & { end: number }) | null {
	const m = COMMA_NAME_ORG.exec(rest) ?? COMMA_NAME_FROM_ORG.exec(rest);
	if (!m || !PRESENTING.test(rest.slice(m[0].length)) || !titleCased(title)) return null;
	if (!isPersonName(m[1]!) || !isOrgBesideName(m[2]!)) return null;
	return { speakers: [m[1]!], organizations: [m[2]!.trim()], end: m[0].trimEnd().length };
}
