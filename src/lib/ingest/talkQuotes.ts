/**
 * Talks named by a quoted title, in the quotes of the language it is written in: the speaker
 * after the quote ("“Title” by Speaker", "“Title”, the X keynote, by Speaker", "“Title” (Speaker,
 * Org)", "“Title” Speaker, Org", "“Title” – Speaker (Org) walked through …") or before it
 * ("Speaker’s superb keynote, “Title”", "Speaker in her keynote, “Title”", "Der Vortrag von Jane
 * Doe über „Title“"); CJK shapes in talkCjk.ts.
 */
import type { TalkCandidate } from './talks';
import { cleanTitle, looksLikeTitle } from './talkTitle';
import { BY_WORD, KIND_AFTER_QUOTE, NAME, PLAIN_BY, TALK_KIND } from './talkWords';
import {
	cjkSpeakerAfter,
	cjkSpeakerBefore,
	cjkTalkAfter,
	cjkVerbBefore,
	jaHonorificBefore,
	jaSpeakerBefore,
	zhSpeakersAfter
} from './talkCjk';
import { parseCjkSpeakerList } from './speakersCjk';
import { ownTalkBefore } from './talkOwn';
import { nextSentenceSpeakers } from './talkNextSentence';
import { DESCRIBED, mayPresent, orgOf, presentedTalk } from './talkPresented';
import {
	DASH_AFTER_QUOTE,
	commaSpeaker,
	dashedSpeakers,
	labelledDash,
	namesBeforeProse,
	opensLine,
	titleOpensSentence
} from './talkQuoteDash';

export { namesBeforeProse } from './talkQuoteDash';
import { isPersonName, parseSpeakerList, trimSpeakerTail, type SpeakerList } from './speakers';

// Compiled once: tsx lowers in-function literals with \p{…} to a new RegExp per call.
const SPEAKER_AFTER_QUOTE =
	/^[^“”"\n]{0,100}\b(?:[Bb]y|von|par|por|door|av|af)\s|^\s*\n?\s*[(（]?\p{Lu}|^,?\s(?:with|com|con|avec|mit) \p{Lu}/u;
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
/** ' with Jane Doe (Acme)' after a quote: the speaker, only with an organisation (group 1). */
const WITH_NAME_ORG = new RegExp(
	`^,?\\s(?:with|com|con|avec|mit) (${NAME}\\s*\\([^()\\n]{2,60}\\)(?:\\s*(?:,|&|and|und|et|e|y|i)\\s+${NAME}\\s*\\([^()\\n]{2,60}\\))*)`,
	'u'
);
/** ' with ', ', com ': "with" in English, Portuguese, Spanish or Italian, French, German. */
const WITH_AFTER_QUOTE = /^,?\s(?:with|com|con|avec|mit) \p{Lu}/u;
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
	const leadIn = text.slice(Math.max(0, qStart - 120), qStart);
	const presented = mayPresent(leadIn);
	// "- 《Title》 - 张三（阿里巴巴）": a list item's quoted title, then a name in Chinese or Japanese.
	const cjkAfter = CJK_NAME_AFTER.test(rest) && opensLine(text, qStart);
	// '"Title" – Speaker (Org) walked through Notary.': a dash, then a name.
	const dash = DASH_AFTER_QUOTE.exec(rest) ?? labelledDash(rest);
	// 'In "Title", Jane Doe (Acme) showed …': a comma, then a name and its organisation.
	const comma = rest.charCodeAt(0) === 44 ? commaSpeaker(cleanTitle(q[1]!), rest) : null;
	// "我最喜欢《Title》——张磊（阿里巴巴）", "《Title》，演讲者是 王伟（华为）": names after the quote.
	const zh = ZH_AFTER_GATE.test(rest.slice(0, 8)) ? zhSpeakersAfter(rest, q[0][0] === '《') : null;
	const gated =
		skip === 0 &&
		!cjkVerb &&
		!ja &&
		!cjkAfter &&
		!presented &&
		!comma &&
		!zh &&
		!SPEAKER_AFTER_QUOTE.test(rest) &&
		!(DE_NAME_AFTER_QUOTE.test(rest) && opensLine(text, qStart)) &&
		!TALK_BEFORE.test(text.slice(Math.max(0, qStart - 120), qStart));
	if (gated && !dash) return;
	const title = cleanTitle(q[1]!);
	if (!looksLikeTitle(title, true)) return;
	if (zh) {
		const { end, ...names } = zh;
		out.push({ title, ...names, start: qStart, end: qEnd + end, generic: false });
		return;
	}
	if (comma) {
		const { end, ...names } = comma;
		out.push({ title, ...names, start: qStart, end: qEnd + end, generic: false });
		return;
	}
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
	// '“Title” with Jane Doe (Acme) was the highlight': "with" a name and its organisation.
	const withNames = itemOf || !WITH_AFTER_QUOTE.test(rest) ? null : WITH_NAME_ORG.exec(rest);
	const withList = withNames ? itemSpeakerOf(withNames[1]!) : null;
	if (withList) {
		out.push({
			title,
			...withList,
			start: qStart,
			end: qEnd + withNames![0].length,
			generic: false
		});
		return;
	}
	if (itemOf) {
		out.push({ title, ...itemOf, start: qStart, end: qEnd + by![0].length, generic: false });
		return;
	}
	if (by && !(oneWord && by[1]) && (talkBefore || PLAIN_BY.test(by[2]!))) {
		// "“Title” by Henning Jacobs, Zalando — must watch": a dash ends the names as well.
		// "by our colleague Ana Ruiz (PlanetScale)": who the speaker is to the writer goes.
		const names = (by[3]!.split(/[.!?](?:\s|$)|\s[–—]\s/)[0] ?? '').replace(DESCRIBED, '');
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
	// 'the keynote “Title”. Its speaker was Bryan Liles of VMware': the next sentence names them.
	const next = talkBefore && !by ? nextSentenceSpeakers(rest) : null;
	if (next) {
		out.push({ title, ...next.names, start: qStart, end: qEnd + next.end, generic: false });
		return;
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
	// "《Title》——王伟（华为）：介绍了…": the names end at a full-width colon or a sentence's end.
	const cjkList = cjkAfter
		? parseCjkSpeakerList(first.replace(LEADING_SEPARATOR, '').split(CJK_NAMES_END)[0]!, 'any')
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
	const talk = presented ? presentedTalk(before, qStart, qEnd, title) : null;
	if (talk) out.push(talk);
}

/** Cheap gate for zhSpeakersAfter: a dash or a speaker word's first character. */
const ZH_AFTER_GATE = /[—―–演讲講分主]/;
const CJK_NAME_AFTER = /^[\s\-–—―:：]*[\p{Script=Han}\p{Script=Katakana}\p{Script=Hangul}]/u;
const LEADING_SEPARATOR = /^[\s\-–—―:：]+/;
/** What ends the names after a title in Chinese or Japanese: what the talk was about follows. */
const CJK_NAMES_END = /[：。；！？]/;

/** "William Morgan (Buoyant)": names with their organisations, or null. */
function itemSpeakerOf(names: string): SpeakerList | null {
	const list = parseSpeakerList(names.trim());
	return list && list.organizations.length > 0 ? list : null;
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
	`^\\s*(?:,\\s*([^“”"\\n;]{0,90}?)|\\s+${KIND_AFTER_QUOTE})?,?\\s+(${BY_WORD})\\s+(${NAMES_WITH_ORGS})`,
	'u'
);
/**
 * The same with "by" right after the quote ("«Title», de Carlos Sánchez, fue …"): tried first, so
 * that a later "de" ("fue de las más prácticas") is not taken for it. Group 1 is empty.
 */
const QUOTE_BY_NEAR = new RegExp(`^()\\s*,?\\s+(${BY_WORD})\\s+(${NAMES_WITH_ORGS})`, 'u');
