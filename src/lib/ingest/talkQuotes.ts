/**
 * Talks named by a quoted title, in the quotes of the language it is written in: the speaker
 * after the quote ("“Title” by Speaker", "“Title”, the X keynote, by Speaker", "“Title” (Speaker,
 * Org)", "“Title” Speaker, Org", "“Title” – Speaker (Org) walked through …") or before it
 * ("Speaker’s superb keynote, “Title”", "Speaker in her keynote, “Title”", "Der Vortrag von Jane
 * Doe über „Title“"); CJK shapes in talkCjk.ts.
 */
import type { TalkCandidate } from './talks';
import { cleanTitle, looksLikeTitle, titleCased } from './talkTitle';
import { BY_WORD, NAME, PLAIN_BY, TALK_KIND, talkLabelLength } from './talkWords';
import {
	cjkSpeakerAfter,
	cjkSpeakerBefore,
	cjkTalkAfter,
	cjkVerbBefore,
	jaHonorificBefore,
	jaSpeakerBefore
} from './talkCjk';
import { cjkOrgName, parseCjkSpeakerList } from './speakersCjk';
import { ownTalkBefore } from './talkOwn';
import {
	isOrgBesideName,
	isPersonName,
	parseSpeakerList,
	trimSpeakerTail,
	type SpeakerList
} from './speakers';

// Compiled once: tsx lowers in-function literals with \p{…} to a new RegExp per call.
const SPEAKER_AFTER_QUOTE =
	/^[^“”"\n]{0,100}\b(?:[Bb]y|von|par|por|door)\s|^\s*\n?\s*[(（]?\p{Lu}/u;
const CAPITAL_LINE = /^\s*[\p{Lu}]/u;
/** ' de Carlos López (BBVA)', ' di William Morgan (Buoyant)': "of" or "by", then a name. */
const DE_NAME_AFTER_QUOTE = /^,?\s+d[ei]\s+\p{Lu}/u;
/**
 * "Speaker’s talk was fantastic, “Title”" / "Speaker in her keynote, “Title”" / "Lukas Becker
 * (SAP) in seinem Vortrag „Title“": the text before. Group 1 is the name, group 3 the organisation.
 */
const SPEAKER_BEFORE_QUOTE = new RegExp(
	`(${NAME})(?:['’]s?\\s+(?:[\\p{Ll}-]+\\s+){0,2}${TALK_KIND}|(?:\\s*\\(([^()\\n]{2,60})\\))?\\s+(?:in|en|em|na|no|dans)\\s+(?:her|his|their|seinem|seiner|ihrem|ihrer|su|sua|seu|sa|son)\\s+(?:[\\p{Ll}-]+\\s+){0,2}${TALK_KIND})[^.“”"]{0,40}$`,
	'u'
);
/**
 * "Der Vortrag von Jane Doe (Acme GmbH) über „Title“", "the keynote by Jane Doe, titled “Title”":
 * the text before the quote. Group 2 is the name, group 3 the organisation.
 */
const TALK_BY_BEFORE_QUOTE = new RegExp(
	`${TALK_KIND}\\s+${BY_WORD}\\s+(${NAME})(?:\\s*\\(([^()\\n]{2,60})\\))?(?:,?\\s+(?:über|sobre|sur|su|about|on|titled|called|named|intitulad[ao]|chamad[ao]))?[\\s:,]*$`,
	'u'
);
const TALK_BEFORE = new RegExp(TALK_KIND, 'i');
/**
 * "Jane Doe (Acme) presented “Title”", "Jane Doe from Acme gave a great talk, “Title”",
 * "Jane Doe (Acme) talked about / on “Title”", "Presented by Jane Doe, Acme: “Title”": the
 * speaker, then a verb of presenting. Group 1 is the name, 2 or 3 the organisation, 4 the verb,
 * 5 the talk word, 6 the names after "Presented by".
 */
const PRESENTED_BEFORE_QUOTE = new RegExp(
	`(?:(${NAME})(?:\\s*\\(([^()\\n]{2,60})\\)|\\s+(?:from|of|at)\\s+(\\p{Lu}[\\p{L}\\d&.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\d&.'’-]*){0,3}))?\\s+(presented|gave|delivered|talked about|spoke (?:about|on)|on)(?:\\s+(?:a|an|the|his|her|their)\\s+(?:[\\p{Ll}-]+\\s+){0,2}${TALK_KIND}(?:\\s+(?:titled|called|named|on|about))?)?|[Pp]resented by\\s+([^:\\n“”"]{3,80}))[\\s:,]*$`,
	'u'
);
const PRESENTED_GATE =
	/\b(?:presented|gave|delivered|talked about|spoke (?:about|on))\b|\)\s+on\s*$/i;
/**
 * A quoted title, in the quotes of the language it is written in: “…”, "…", «…» (French, with
 * its inner spaces), „…“ (German), 「…」 and 『…』 (Japanese, Chinese).
 */
const QUOTE = /[“"«„「『《]\s?([^“”"«»„「」『』《》\n]{3,160}?)\s?[”"“»」』》]/g;
export const OPENING_QUOTE = /[“"«„「『《]/;

/** Talks named by a quoted title in `text`, added to `out` in text order. */
export function quotedTalks(text: string, out: TalkCandidate[]) {
	if (!OPENING_QUOTE.test(text)) return;
	for (const q of text.matchAll(QUOTE)) quotedTalk(text, q, out);
}

function quotedTalk(text: string, q: RegExpExecArray | RegExpMatchArray, out: TalkCandidate[]) {
	const qStart = q.index!;
	const qEnd = qStart + q[0].length;
	const rest = text.slice(qEnd, qEnd + 240);
	// Only a speaker after the quote, or a talk word before it, makes a quote a title.
	const skip = cjkTalkAfter(rest);
	const cjkVerb = cjkVerbBefore(text, qStart);
	// "山田太郎さん（ヤフー）による「Title」", "山田太郎さんの「Title」というセッション"
	const ja = jaHonorificBefore(text, qStart) ? jaSpeakerBefore(text, qStart, skip > 0, rest) : null;
	const presented = PRESENTED_GATE.test(text.slice(Math.max(0, qStart - 120), qStart));
	// "- 《Title》 - 张三（阿里巴巴）": a list item's quoted title, then a name in Chinese or Japanese.
	const cjkAfter = CJK_NAME_AFTER.test(rest) && opensLine(text, qStart);
	// '"Title" – Speaker (Org) walked through Notary.': a dash, then a name.
	const dash = DASH_AFTER_QUOTE.exec(rest) ?? labelledDash(rest);
	const gated =
		skip === 0 &&
		!cjkVerb &&
		!ja &&
		!cjkAfter &&
		!presented &&
		!SPEAKER_AFTER_QUOTE.test(rest) &&
		!(DE_NAME_AFTER_QUOTE.test(rest) && opensLine(text, qStart)) &&
		!TALK_BEFORE.test(text.slice(Math.max(0, qStart - 120), qStart));
	if (gated && !dash) return;
	const title = cleanTitle(q[1]!);
	if (!looksLikeTitle(title, true)) return;
	if (dash) {
		const list = dashedSpeakers(text, qStart, title, rest.slice(dash[0].length));
		if (list) {
			const end = qEnd + dash[0].length + list.end;
			out.push({ title, ...list.names, start: qStart, end, generic: false });
			return;
		}
		if (gated) return;
	}
	const oneWord = !title.includes(' ');
	// “Title”, the DockerCon Europe 2014 keynote, by Adrian Cockcroft
	// (or “Title” von / de / par Speaker, after a talk word: "la ponencia “…” de Carlos López")
	const by = QUOTE_BY_NEAR.exec(rest) ?? QUOTE_BY.exec(rest);
	const talkBefore = TALK_BEFORE.test(text.slice(Math.max(0, qStart - 120), qStart));
	// '- "Intro to Linkerd" di William Morgan (Buoyant)': a list item's quoted title, then "de" or
	// "di" and a name with its organisation in brackets (only that: "de" is "of" as well).
	const itemOf =
		by !== null && !talkBefore && by[3]!.includes('(') && opensLine(text, qStart)
			? itemSpeakerOf(by[3]!)
			: null;
	if (itemOf) {
		out.push({ title, ...itemOf, start: qStart, end: qEnd + by![0].length, generic: false });
		return;
	}
	if (by && !(oneWord && by[1]) && (talkBefore || PLAIN_BY.test(by[2]!))) {
		// "“Title” by Henning Jacobs, Zalando — must watch": a dash ends the names as well.
		const names = by[3]!.split(/[.!?](?:\s|$)|\s[–—]\s/)[0] ?? '';
		// "The talk “Title” by Ana Lopez was packed": the names end where the sentence goes on
		// (after a talk word, or a title-cased quote that opens the sentence: "the survey “…” by
		// Cheryl Hung showed" is no session, nor '"Move fast and break things" by X was the motto').
		const handle = HANDLE_START.exec(names);
		const list =
			parseSpeakerList(names) ??
			(talkBefore || titleOpensSentence(text, qStart, title, names)
				? namesBeforeProse(names)
				: null) ??
			(handle ? { speakers: [handle[0]], organizations: [] } : null);
		if (list) {
			out.push({ title, ...list, start: qStart, end: qEnd + by[0].length, generic: false });
			return;
		}
	}
	// 「Title」というセッションで、Kelsey Hightower氏が発表
	const cjkName = skip > 0 ? cjkSpeakerAfter(rest, skip) : null;
	if (cjkName) {
		const end = qEnd + cjkName.end;
		out.push({
			title,
			speakers: [cjkName.name],
			organizations: orgOf(cjkName.org),
			start: qStart,
			end,
			generic: false
		});
		return;
	}
	// “Title” (Jane Roe, MetLife)
	const paren = PAREN_AFTER_QUOTE.exec(skip ? rest.slice(skip) : rest);
	const inParen = paren ? parseSpeakerList(paren[1]!) : null;
	if (inParen) {
		const end = qEnd + skip + paren![0].length;
		out.push({ title, ...inParen, start: qStart, end, generic: false });
		return;
	}
	// “Title” Speaker, Org — the rest of the line (or the next line) is the speaker list.
	const lines = rest.split('\n');
	const first = lines[0] ?? '';
	const lineRest = first.trim() === '' && lines.length > 1 ? first + '\n' + lines[1] : first;
	const list = CAPITAL_LINE.test(lineRest) ? parseSpeakerList(lineRest.trim()) : null;
	if (list && trimSpeakerTail(lineRest).length > 0) {
		out.push({ title, ...list, start: qStart, end: qEnd + lineRest.length, generic: false });
		return;
	}
	const cjkList = cjkAfter
		? parseCjkSpeakerList(first.replace(LEADING_SEPARATOR, ''), 'any')
		: null;
	if (cjkList) {
		out.push({ title, ...cjkList, start: qStart, end: qEnd + first.length, generic: false });
		return;
	}
	// "Cheryl Hung分享了《Title》"
	const cjkLead = cjkVerb ? cjkSpeakerBefore(text, qStart) : null;
	if (cjkLead) {
		const organizations = orgOf(cjkLead.org);
		out.push({
			title,
			speakers: [cjkLead.name],
			organizations,
			start: cjkLead.start,
			end: qEnd,
			generic: false
		});
		return;
	}
	if (ja) {
		const organizations = ja.org ? [ja.org] : [];
		out.push({
			title,
			speakers: [ja.name],
			organizations,
			start: ja.start,
			end: qEnd,
			generic: false
		});
		return;
	}
	if (oneWord) return;
	// Speaker’s talk was fantastic, “Title” / Speaker in her keynote, “Title”
	const before = text.slice(Math.max(0, qStart - 120), qStart);
	// 'My talk, "Title", was …', 'I gave a talk titled "Title"': the writer's own.
	const mine = ownTalkBefore(before, qStart, qEnd, title);
	if (mine) {
		out.push(mine);
		return;
	}
	const lead = SPEAKER_BEFORE_QUOTE.exec(before);
	const talkBy = lead ? null : TALK_BY_BEFORE_QUOTE.exec(before);
	const name = lead?.[1] ?? talkBy?.[2];
	const org = lead?.[3] ?? talkBy?.[3];
	if (name && isPersonName(name)) {
		const start = qStart - before.length + (lead ?? talkBy)!.index;
		const organizations = orgOf(org);
		out.push({ title, speakers: [name], organizations, start, end: qEnd, generic: false });
		return;
	}
	const gave = presented ? PRESENTED_BEFORE_QUOTE.exec(before) : null;
	// Without a talk word, only a title-cased quote is a title ('presented "a new idea"' is not).
	if (!gave || (!gave[5] && !gave[6] && !titleCased(title))) return;
	// "Janet Kuo (Google) on “Title”", as live blogs write it: only with the organisation.
	if (gave[4] === 'on' && !gave[2]) return;
	const names = gave[1]
		? isPersonName(gave[1])
			? { speakers: [gave[1]], organizations: orgOf(gave[2] ?? gave[3]) }
			: null
		: parseSpeakerList(gave[6]!);
	if (names) {
		const start = qStart - before.length + gave.index;
		out.push({ title, ...names, start, end: qEnd, generic: false });
	}
}

const CJK_NAME_AFTER = /^[\s\-–—―:：]*[\p{Script=Han}\p{Script=Katakana}\p{Script=Hangul}]/u;
const LEADING_SEPARATOR = /^[\s\-–—―:：]+/;

/** Whether only a bullet or spaces come before `at` on its line. */
/** "William Morgan (Buoyant)": names with their organisations, or null. */
function itemSpeakerOf(names: string): SpeakerList | null {
	const list = parseSpeakerList(names.trim());
	return list && list.organizations.length > 0 ? list : null;
}

function opensLine(text: string, at: number): boolean {
	const lineStart = text.lastIndexOf('\n', at - 1) + 1;
	return /^[\s•*\-–]*$/.test(text.slice(lineStart, at));
}

/** The organisation written beside a speaker ("(Acme GmbH)", "来自Google的"), if it reads as one. */
function orgOf(org: string | undefined): string[] {
	if (!org) return [];
	if (isOrgBesideName(org)) return [org.trim()];
	// "由张三（阿里巴巴）分享的", "来自腾讯的Tim Hockin": an organisation in Chinese or Japanese script.
	const cjk = CJK_LETTER.test(org) ? cjkOrgName(org.trim()) : null;
	return cjk ? [cjk] : [];
}

const CJK_LETTER = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

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
function titleOpensSentence(text: string, qStart: number, title: string, names: string): boolean {
	return (
		SENTENCE_LEAD.test(text.slice(Math.max(0, qStart - 32), qStart)) &&
		titleCased(title) &&
		!NOT_A_SESSION.test(names)
	);
}

/** "15:30 — ", "- 9h00 | ": a schedule's time opening the line, right before a quote. */
const SCHEDULE_TIME_BEFORE =
	/(?:^|\n)[\s•*>\-–—]*(?:[01]?\d|2[0-3])[:h][0-5]\d\s*(?:[ap]\.?m\.?\s*)?(?:[-–—|:]\s*)?$/i;
const DASH_AFTER_QUOTE = /^[ \t]*(?:[–—―]|-{1,2})[ \t]+(?=\p{Lu})/u;
const DASH_FIRST = /^[ \t]*(?:[–—―]|-{1,2})[ \t]+/;

/** '„Title“ – prelegent: Jane Doe (Acme)': a dash, then a label in lower case before the names. */
function labelledDash(rest: string): RegExpExecArray | null {
	const m = DASH_FIRST.exec(rest);
	return m && talkLabelLength(rest.slice(m[0].length)) > 0 ? m : null;
}
/** A quotation's attribution goes on with a verb of saying: '"…" – Jane Doe said it best'. */
const SAID =
	/^(?:said|says|told|tweets?|tweeted|wrote|writes|quipped|joked|noted|notes|reminded|remarked|asked|added|once|famously|put\s+it|a\s+dit|disait|sagte|meinte|dijo|disse)(?![\p{L}])/iu;

const PRESENTING =
	/^(?:walked|showed|presented|demoed|demonstrated|explained|shared|gave|talked|covered|introduced|described|went|took|dove|dived|compared|detailed|outlined|unveiled|announced|discussed|a\s+(?:présenté|montré|expliqué|détaillé|partagé)|présente|zeigte|stellte|erklärte|präsentierte|presentó|mostró|explicó|apresentou|mostrou|explicou)(?![\p{L}])/iu;

/**
 * '"Securing the Supply Chain" – Jane Porter (Acme Cloud) walked through Notary.': a quote that
 * opens its sentence (title-cased, or followed by a verb of presenting), a dash, then speakers
 * whose sentence goes on with what they did (not with what they said: that is a quotation and its
 * author). `after` is the text after the dash; `end` where the names end in it.
 */
function dashedSpeakers(
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
	if (SAID.test(verb) || !(titleCased(title) || PRESENTING.test(verb) || described)) return null;
	const list = parseSpeakerList(names);
	return list ? { names: list, end: names.length } : null;
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

/** "“Title” by @hjacobs": a handle (not an e-mail address) for the speaker. */
const HANDLE_START = /^@[A-Za-z0-9_]{2,15}(?![\w@.]*\.\w)(?!\w)/;
const PAREN_AFTER_QUOTE = /^\s*[(（]([^()（）\n]{3,160})[)）]/;
/**
 * The names after "by": up to the first organisation in brackets, or several names with theirs
 * ("Jane Doe (Acme) and John Roe (Globex)", "… (Microsoft) e Matt Fisher (Microsoft)").
 */
const NAMES_WITH_ORGS =
	'[^;\\n(]+(?:\\([^()\\n]{2,60}\\)(?:\\s*(?:,|&|and|und|et|e|y|en|i)\\s+\\p{Lu}[^;\\n(]{2,60}\\([^()\\n]{2,60}\\))*)?';
const QUOTE_BY = new RegExp(
	`^\\s*(?:,\\s*([^“”"\\n;]{0,90}?))?,?\\s+(${BY_WORD})\\s+(${NAMES_WITH_ORGS})`,
	'u'
);
/**
 * The same with "by" right after the quote ("«Title», de Carlos Sánchez, fue …"): tried first, so
 * that a later "de" ("fue de las más prácticas") is not taken for it. Group 1 is empty.
 */
const QUOTE_BY_NEAR = new RegExp(`^()\\s*,?\\s+(${BY_WORD})\\s+(${NAMES_WITH_ORGS})`, 'u');
/** The first lower-case word that is not a particle or a joiner inside a speaker list. */
const PROSE_AFTER_NAMES =
	/\s+(?!(?:and|at|from|of|de|van|von|der|den|da|di|del|du|la|le)\s)\p{Ll}/u;

/** The speaker list that opens `s` when a sentence goes on after it ("Ana Lopez was packed"). */
export function namesBeforeProse(s: string): SpeakerList | null {
	const m = PROSE_AFTER_NAMES.exec(s);
	return m && m.index > 0 ? parseSpeakerList(s.slice(0, m.index)) : null;
}
