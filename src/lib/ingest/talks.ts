/**
 * Sessions a recap names. Shapes recognised (precision first: a sentence is never a talk):
 *   "Title – Speaker, Org & Speaker2, Org2"   "Title - Speaker (Company)"   "Title by Speaker"
 *   "“Title”, the X keynote, by Speaker"      "“Title” Speaker, Org" (schedule lists)
 *   "keynote by Speaker", "A talk by Speaker", "Speaker’s superb keynote", "Speaker in her keynote, “Title”"
 *   (headings naming a talk: talkHeadings.ts)
 */
import type { ParsedPassage } from './types';
import { cleanTitle, looksLikeTitle, titleCased } from './talkTitle';
import { SERIES } from './eventExternal';
import { compilePlaces, type PlaceFinder } from './places';
import {
	isOrgName,
	isPersonName,
	parseSpeakerList,
	trimSpeakerTail,
	type SpeakerList
} from './speakers';

// Compiled once: tsx lowers in-function literals with \p{…} to a new RegExp per call.
const SPEAKER_OPENING = /^[\s*_]*\p{Lu}/u;
const SPEAKER_AFTER_QUOTE = /^[^“”"\n]{0,100}\b(?:[Bb]y|von|par)\s|^\s*\n?\s*[(（]?\p{Lu}/u;
/** 「Title」というセッション, 《Title》的演讲: a Japanese or Chinese talk word after the title. */
const CJK_TALK_AFTER =
	/^\s*(?:という|の|的|라는)?\s*(?:セッション|講演|発表|キーノート|基调演讲|主题演讲|演讲|议题|分享|세션|발표|강연|키노트)(?:で|は|が|も|은|는|이|가|에서|도)?/u;
/** "…が発表しました", "…가 발표했습니다": the verb that makes the name the speaker's. */
const CJK_PRESENTED = /発表|登壇|講演|話し|紹介|发表|演讲|分享|발표|강연|소개/;
/**
 * After a CJK talk word, a speaker written in Latin letters and closed by a particle or an
 * honorific: "「Title」というセッションで、Kelsey Hightower氏が", "세션은 Ian Coldwater가".
 */
const CJK_SPEAKER =
	/^[\s、，,]*(\p{Lu}[\p{Script=Latin}'’-]+(?:\s+\p{Lu}[\p{Script=Latin}'’-]+){1,2})\s?(?:さん|氏|님|씨)?(?:が|は|の|가|이|는|은|께서)/u;
/**
 * Chinese puts the speaker before the title: "Cheryl Hung分享了《…》", "来自Google的Tim Hockin带来了
 * 《…》", "CNCF的Cheryl Hung分享了", "由Liz Rice（Aqua Security）分享的《…》", "X在主题演讲中介绍了「…」",
 * "X做了一场名为《…》的分享", "X的主题演讲《…》".
 * Group 1, 2 or 4 is the organisation, group 3 the name (in Latin letters: a Chinese name is not told from a word).
 */
const CJK_SPEAKER_BEFORE =
	/(?:来自\s*([^\s，。、,.《「“]{2,30}?)\s*的\s*|(?<![\p{Script=Latin}\d])(\p{Lu}[\p{Script=Latin}\d&.-]*(?:\s\p{Lu}[\p{Script=Latin}\d&.-]*){0,2})\s*的\s*|由\s*)?(\p{Lu}[\p{Script=Latin}'’-]+(?:\s+\p{Lu}[\p{Script=Latin}'’-]+){1,2})\s*(?:[（(]([^()（）\n]{2,60})[)）])?\s*(?:在[^，。,.;；《「“”]{0,20}?)?(?:分享了|带来了|发表了|介绍了|做了|讲了|演讲了|分享的|带来的|发表的|演讲的|主讲的|的主题演讲|的演讲|的分享|的议题)\s*(?:(?:题为|名为|主题为|一场|一个|关于)\s*){0,2}$/u;
/** Cheap gate for it: one of its verbs just before the quote. */
const CJK_VERB_BEFORE = /[享来表绍做讲]了|[享来表讲]的|题为|名为|一场|一个|关于|演讲|分享|议题/;
const CAPITAL_LINE = /^\s*[\p{Lu}]/u;
const COLON_TITLE = /^[^.:\n]{0,80}:\s+(\p{Lu}[^\n]{6,140}?)\s*$/u;

export interface TalkCandidate extends SpeakerList {
	title: string;
	/** Span of the passage text that names the talk (for the event named next to it). */
	start: number;
	end: number;
	/** No real title was given ("keynote by X"): a title-less reference to a session. */
	generic: boolean;
}

const SEPARATOR = /\s+(?:–|—|―|-{1,2})\s+/g;
const QUICK_SEPARATOR = /\s(?:–|—|―|-{1,2})\s/;

function hasSeparator(text: string): boolean {
	return QUICK_SEPARATOR.test(text);
}
const NAME =
	"\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:de|van|von|der|da|di|del|la|le)?\\s*\\p{Lu}[\\p{L}'’.-]+){1,2}";
/** The English talk words, then German, Spanish, Portuguese, French and Italian ones. */
const TALK_KIND =
	'([Kk]eynote|[Tt]alk|[Ss]ession|[Pp]resentation|[Ww]orkshop|[Dd]emo|[Tt]utorial|[Ll]ightning talk|' +
	'[Vv]ortrag|[Cc]harla|[Pp]onencia|[Pp]resentación|[Ss]esión|[Pp]alestra|[Aa]presentação|[Ss]essão|' +
	'[Cc]onférence|[Pp]résentation|[Ii]ntervento)';
/**
 * "by" in the languages of TALK_KIND. "von" and "par" say only that; "de" and "di" also
 * mean "of" ("la charla de Service Mesh"): a name after them needs its organisation or a title
 * next to it ("la charla de María García (Google)", "la ponencia “…” de Carlos López, Red Hat").
 */
const BY_WORD = '(?:[Bb]y|von|par|de|di)';
const BY_TALK = new RegExp(
	`\\b${TALK_KIND}(?:\\s+session)?,?\\s+(${BY_WORD})\\s+(${NAME})(?=(\\s*\\(|,\\s*\\p{Lu}|\\s+(?:über|sobre|sur|su)\\s)?)`,
	'gu'
);
const BY_HANDLE =
	/\b([Kk]eynote|[Tt]alk|[Ss]ession|[Pp]resentation|[Ww]orkshop|[Dd]emo|[Tt]utorial) by (@[A-Za-z0-9_]{2,15})(?![\w.@-]*\.\w)(?!\w)/g;
/** A "by" word that says only "by". */
const PLAIN_BY = /^(?:[Bb]y|von|par)$/;
const ANY_BY = / (?:[Bb]y|von|par|de|di) /;
/** "(Acme GmbH)" right after a speaker's name: the organisation. */
const PAREN_ORG = /^\s*\(([^()\n]{2,60})\)/;
const TALK_WORD = new RegExp(`\\b${TALK_KIND}(?![\\p{L}])`, 'gu');
// Matched backwards from a talk word found first: a name-first pattern run over every capital
// letter of a passage is what made this stage slow.
const POSSESSIVE_BEFORE = new RegExp(`(${NAME})['’]s?\\s+(?:[\\p{Ll}-]+\\s+){0,2}$`, 'u');
const IN_HER_BEFORE = new RegExp(
	`(${NAME})\\s+in\\s+(?:her|his|their)\\s+(?:[\\p{Ll}-]+\\s+){0,2}$`,
	'u'
);
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
 * A quoted title, in the quotes of the language it is written in: “…”, "…", «…» (French, with
 * its inner spaces), „…“ (German), 「…」 and 『…』 (Japanese, Chinese).
 */
const QUOTE = /[“"«„「『《]\s?([^“”"«»„「」『』《》\n]{3,160}?)\s?[”"“»」』》]/g;
export const OPENING_QUOTE = /[“"«„「『《]/;

/** 'Money quote: "…". Panel: Ask Me Anything' → the title is what follows the last sentence end. */
const SENTENCE_BREAK = /(?<=[.!?]["”’)]?)\s+(?=[\p{Lu}“"])/u;

function lastSentence(s: string): string {
	// Without sentence punctuation there is no break (most titles): no split needed.
	if (!/[.!?]/.test(s)) return s;
	const parts = s.split(SENTENCE_BREAK);
	return parts[parts.length - 1] ?? s;
}

/** Separator matches, last first (the speaker list follows the last separator). */
function separatorsFromLast(line: string): RegExpExecArray[] {
	const seps: RegExpExecArray[] = [];
	SEPARATOR.lastIndex = 0;
	for (let m = SEPARATOR.exec(line); m; m = SEPARATOR.exec(line)) seps.push(m);
	return seps.reverse();
}

/**
 * "Title – Speaker, Org", "Title - Speaker (Company)", "Title by Speaker" on one short line; a
 * list item or a heading may also read "Title (Speaker, Org)" or "Speaker (Org): Title".
 */
export function talkFromLine(line: string, offset = 0, item = false): TalkCandidate | null {
	if (line.length > 320 || line.length < 8) return null;
	// "10:30 – Title (Speaker, Org)": a schedule line is an item; its time is not the title.
	const time = TIME_PREFIX.exec(line);
	if (time) {
		line = line.slice(time[0].length);
		offset += time[0].length;
		item = true;
		if (line.length < 8) return null;
	}
	const hasBy = / by /i.test(line);
	if (!hasBy && !hasSeparator(line))
		return item && line.includes(')') ? itemTalk(line, offset) : null;
	for (const sep of separatorsFromLast(line)) {
		const right = line.slice(sep.index + sep[0].length);
		if (!SPEAKER_OPENING.test(right)) continue;
		const list = parseSpeakerList(right);
		if (!list) continue;
		const title = cleanTitle(lastSentence(line.slice(0, sep.index)));
		if (!looksLikeTitle(title)) continue;
		return { title, ...list, start: offset, end: offset + line.length, generic: false };
	}
	const by = hasBy ? /^(.{4,160}?)\s+by\s+(.+)$/iu.exec(line) : null;
	if (by) {
		const list = parseSpeakerList(by[2]!);
		const title = cleanTitle(by[1]!);
		if (
			list &&
			looksLikeTitle(title) &&
			!/\b(?:written|posted|photo|image|powered|hosted|presented|organi[sz]ed|moderated|sponsored)$/i.test(
				title
			) &&
			!/^(?:posted|published|written|updated)\b/i.test(title) &&
			!PASSIVE_END.test(title) &&
			// "Helm 3 was released during the keynote by …": a sentence telling what happened.
			!(NARRATION.test(title) && !titleCased(title)) &&
			// 'Best talk: "Title" by …': the quote is the title (read by the quote rules).
			!LABEL_THEN_QUOTE.test(title) &&
			// 'Saw “Title”, at the … meetup, by …', 'X had a talk "Title" by …': words, then a
			// quote that ends the title part (a clause may follow it): the quote is the title.
			!(OPENING_QUOTE.test(by[1]!) && WORDS_THEN_QUOTE.test(by[1]!))
		) {
			return { title, ...list, start: offset, end: offset + line.length, generic: false };
		}
	}
	if (!item || !line.includes(')')) return null;
	// "Title (Speaker, Org) – notes on it": a definition list joins its term and text by a dash.
	for (const sep of separatorsFromLast(line).reverse()) {
		const talk = itemTalk(line.slice(0, sep.index), offset);
		if (talk) return talk;
	}
	return itemTalk(line, offset);
}

const LABEL_THEN_QUOTE = /^[^“"«„「『《]*[:：]\s*[“"«„「『《]/;
const WORDS_THEN_QUOTE =
	/^[^“"«„「『《\n]*\p{L}[^“"«„「『《\n]*\s[“"«„「『《][^“”"«»„「」『』《》\n]{3,160}[”"“»」』》](?:,[^“”"«»„\n;]{0,90})?,?$/u;

/** "10:30 – ", "9.00-9.30am | ", "14h00 : ": the time that opens a schedule line. */
const TIME_PREFIX =
	/^[\s•*\-–]*(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:\s*[ap]\.?m\.?)?(?:\s*(?:-|–|—|to)\s*(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:\s*[ap]\.?m\.?)?)?\s*(?:[-–—|:]\s+|\s)/i;
/** A series name opening a line: an edition ("KubeCon NA 2019 (…)"), not a talk. */
const SERIES_FIRST = new RegExp(`^[\\W\\d]*(?:the\\s+)?(?:${SERIES.source})`, 'i');
const TIME_DIGITS = /\d[:.h][0-5]\d/;
const TIME_LINE = /(?:^|\n)[\s•*\-–]*(?:[01]?\d|2[0-3])[:.h][0-5]\d/;
const TRAILING_SPEAKERS = /^(.{4,200}?)\s*\(([^()]{3,160})\)[\s.]*$/u;
const LEADING_SPEAKER = /^[\s•*\-–]*([^():]{4,80}?)\s*\(([^()]{2,80})\)\s*:\s+(.{4,200})$/u;
/** Words of a sentence, not of a talk title (lower case only: "The Future of…" is a title). */
const SENTENCE_WORDS = /\b(?:the|is|are|was|were|we|our|i|my|they|he|she|had|has|have)\b/;

let places: PlaceFinder | null = null;

/** "San Diego, California" reads as a name and an organisation: a place is neither. */
function namesPlace(list: SpeakerList): boolean {
	places ??= compilePlaces();
	const finder = places;
	return list.speakers.some((s) => finder.find(s).some((p) => p.start === 0 && p.end === s.length));
}

/** A list item or heading: "Zero Trust Networking (Thomas Graf, Isovalent)", "Alice Wong (Globex): Title". */
function itemTalk(line: string, offset: number): TalkCandidate | null {
	const end = offset + line.length;
	const trailing = TRAILING_SPEAKERS.exec(line);
	// "KubeCon NA 2019 (San Diego, California)" names an edition, not a talk ("Keynote: Welcome
	// to DockerCon (Steve Singh, Docker)" is one).
	// "Photos (Jane Doe)": a one-word title is a credit, not a session.
	// A quoted title is read by the quote rules ('Talk: "Title" (Jane Roe, MetLife)').
	if (
		trailing &&
		!SERIES_FIRST.test(trailing[1]!) &&
		!OPENING_QUOTE.test(trailing[1]!) &&
		/\S\s+\S/.test(trailing[1]!.trim())
	) {
		const title = cleanTitle(trailing[1]!);
		const plain = titleCased(title) || !SENTENCE_WORDS.test(title);
		const list = plain && looksLikeTitle(title) ? parseSpeakerList(trailing[2]!) : null;
		if (list && !namesPlace(list)) return { title, ...list, start: offset, end, generic: false };
	}
	const leading = LEADING_SPEAKER.exec(line);
	if (leading && isPersonName(leading[1]!) && isOrgName(leading[2]!)) {
		const title = cleanTitle(leading[3]!);
		if (looksLikeTitle(title) && titleCased(title) && !OPENING_QUOTE.test(leading[3]!)) {
			const speakers = [leading[1]!];
			return { title, speakers, organizations: [leading[2]!], start: offset, end, generic: false };
		}
	}
	return null;
}

const NARRATION = /\b(?:was|were|has been|have been|had been)\b/;

/** "Service Mesh Interface was announced (by Gabe Monroy)": a sentence in the passive voice. */
const PASSIVE_END =
	/\b(?:was|were|is|are|been|being|got|gets|get)\s+(?:\w+ly\s+)?(?:\w+ed|\w+en|built|made|shown|held|led|run|done|taken|told|sold|brought|won|hit|set|put)$/i;

/**
 * A talk-table row as the parser writes it: "Talk: Title | Speaker: Name, Name | Company: Org"
 * (or bare cells "Title | Name, Org" when the table had no header).
 */
export function talkFromTableRow(text: string): TalkCandidate | null {
	const cells = text.split(' | ').map((c) => c.trim());
	if (cells.length < 2 || text.length > 400) return null;
	const labelled = cells.map((c) => /^([^:]{1,30}):\s+(.*)$/.exec(c));
	let title: string | undefined;
	let speakerCell: string | undefined;
	let orgCell: string | undefined;
	if (labelled.every(Boolean)) {
		for (const m of labelled) {
			const [label, value] = [m![1]!.toLowerCase(), m![2]!];
			if (!title && /title|talk|session|presentation|topic/.test(label)) title = value;
			else if (!speakerCell && /speaker|presenter|who|by/.test(label)) speakerCell = value;
			else if (!orgCell && /company|organi[sz]ation|affiliation|employer|org/.test(label))
				orgCell = value;
		}
	} else if (labelled.every((m) => !m)) {
		[title, speakerCell] = cells;
	}
	if (!title || !speakerCell) return null;
	const cleanedTitle = cleanTitle(title);
	if (!looksLikeTitle(cleanedTitle, true)) return null;
	const list = parseSpeakerList(orgCell ? `${speakerCell}, ${orgCell}` : speakerCell);
	if (!list) return null;
	return { title: cleanedTitle, ...list, start: 0, end: text.length, generic: false };
}

/**
 * Every shape read below needs one of these: a table cell separator, a dash between spaces,
 * "by", a quote or an apostrophe, "in her/his/their". One scan rules out most passages at once
 * instead of a test per shape.
 */
const ANY_TALK =
	/ \| |\s(?:–|—|―|-{1,2})\s| (?:by|von|par|de|di) |[“"’'«„「『《]| in (?:her|his|their) /i;

/** A label for the speakers, as notes templates write it ("Speaker: Jane Doe (Acme)"). */
const SPEAKERS_LABEL = '(?:[Ss]peakers?|SPEAKERS?|[Pp]resenters?|[Pp]resented by)\\s*[:：]';
const SPEAKER_LABEL = new RegExp(SPEAKERS_LABEL);
const TITLE_LABEL =
	'(?:[Tt]alk|TALK|[Tt]itle|TITLE|[Ss]ession|[Pp]resentation|[Kk]eynote|[Tt]opic)\\s*[:：]';
/** "Talk: Title Speaker: Name (Org)": both labels on one line (paragraph lines are joined). */
const LABELLED = new RegExp(
	`(?:^|[\\s*_])${TITLE_LABEL}[\\s*_]*([^\\n]{4,200}?)[\\s*_]+${SPEAKERS_LABEL}[\\s*_]*([^\\n]{3,240})`,
	'u'
);
const TITLE_LINE = new RegExp(`^[\\s*_]*${TITLE_LABEL}[\\s*_]*(.+)$`, 'u');
const SPEAKERS_LINE = new RegExp(`^[\\s*_]*${SPEAKERS_LABEL}[\\s*_]*(.+)$`, 'u');

function labelledTalk(
	title: string,
	names: string,
	start: number,
	end: number
): TalkCandidate | null {
	const cleaned = cleanTitle(title);
	if (!looksLikeTitle(cleaned, true)) return null;
	const list = parseSpeakerList(names) ?? namesBeforeProse(names);
	return list ? { title: cleaned, ...list, start, end, generic: false } : null;
}

/**
 * "Talk: Title" and "Speaker: Name (Org)", the labels of a notes template: on one line (a
 * paragraph) or on two (list items).
 */
function labelledTalks(text: string, out: TalkCandidate[]) {
	const lines = text.split('\n');
	let offset = 0;
	for (let k = 0; k < lines.length; k++) {
		const line = lines[k]!;
		const start = offset;
		offset += line.length + 1;
		const inline = LABELLED.exec(line);
		if (inline) {
			const talk = labelledTalk(inline[1]!, inline[2]!, start + inline.index, start + line.length);
			if (talk) out.push(talk);
			continue;
		}
		const next = lines[k + 1];
		const titled = next === undefined ? null : TITLE_LINE.exec(line);
		const by = titled ? SPEAKERS_LINE.exec(next!) : null;
		const talk =
			titled && by ? labelledTalk(titled[1]!, by[1]!, start, offset + next!.length) : null;
		if (talk) out.push(talk);
	}
}

/** Talks a passage names, in text order, without overlaps. */
export function talksInPassage(text: string, kind?: ParsedPassage['kind']): TalkCandidate[] {
	// List items may also put the speakers in parentheses: "Title (Speaker, Org)".
	const items = (kind === 'list' || kind === 'talk') && text.includes(')');
	const labelled = SPEAKER_LABEL.test(text);
	const timed = TIME_DIGITS.test(text) && TIME_LINE.test(text);
	if (!items && !labelled && !timed && !ANY_TALK.test(text)) {
		// "Kelsey Hightower: Title" items: a list with a colon and nothing else a talk needs.
		if (kind !== 'list' || !text.includes(': ') || !text.includes('\n')) return [];
		const found: TalkCandidate[] = [];
		namesFirstList(text, found);
		return found;
	}
	if (kind === 'table' || (text.includes(' | ') && !text.includes('\n'))) {
		const row = talkFromTableRow(text);
		if (row) return [row];
	}
	const found: TalkCandidate[] = [];
	if (labelled) labelledTalks(text, found);
	if (items || timed || hasSeparator(text) || / by /i.test(text)) {
		let lineStart = 0;
		for (const line of text.split('\n')) {
			const t = talkFromLine(line, lineStart, items);
			if (t) found.push(t);
			lineStart += line.length + 1;
		}
	}
	if (kind === 'list' && found.length === 0 && text.includes('\n')) namesFirstList(text, found);
	if (OPENING_QUOTE.test(text)) {
		for (const q of text.matchAll(QUOTE)) quotedTalk(text, q, found);
	}
	if (ANY_BY.test(text)) {
		// "Keynote by @cherylhung": a speaker known by a handle.
		if (text.includes(' by @')) {
			for (const m of text.matchAll(BY_HANDLE)) {
				const title = `${kindLabel(m[1]!)} by ${m[2]!}`;
				const end = m.index + m[0].length;
				found.push({
					title,
					speakers: [m[2]!],
					organizations: [],
					start: m.index,
					end,
					generic: true
				});
			}
		}
		for (const m of text.matchAll(BY_TALK)) {
			if (!PLAIN_BY.test(m[2]!) && m[4] === undefined) continue;
			genericTalk(text, m.index, m[0], m[3]!, m[1]!, found);
		}
	}
	// "Name’s keynote", "Name in her talk": both need an apostrophe or "in her/his/their".
	const mayNameSpeaker =
		text.includes('’') || text.includes("'") || / in (?:her|his|their) /.test(text);
	for (const k of mayNameSpeaker ? text.matchAll(TALK_WORD) : []) {
		const from = Math.max(0, k.index - 80);
		const before = text.slice(from, k.index);
		const possessive = before.includes('’') || before.includes("'");
		const inHer = / in (?:her|his|their) /.test(before);
		if (!possessive && !inHer) continue;
		const m =
			(possessive ? POSSESSIVE_BEFORE.exec(before) : null) ??
			(inHer ? IN_HER_BEFORE.exec(before) : null);
		if (!m) continue;
		const at = from + m.index;
		genericTalk(text, at, text.slice(at, k.index + k[0].length), m[1]!, k[1]!, found);
	}
	return dedupe(found);
}

/** "Kelsey Hightower: Title", "Liz Rice — Title": a list item that names its speaker first. */
const NAME_FIRST = /^[\s•*\-–]*([^:：–—\n]{4,40}?)\s*(?:[:：]|\s(?:–|—|―|-{1,2}))\s+(\S.{5,200})$/;
/** Words of a list label, not of a name ("Day One: …", "Key Takeaways: …"). */
const LABEL_WORD =
	/\b(?:Days?|Tracks?|Parts?|Rooms?|Stages?|Halls?|Sessions?|Keynotes?|Talks?|Key|Next|Main|Steps?|Weeks?|Lessons?|Notes?|Summary|Updates?|Takeaways?|Topics?|Themes?|Bonus|Tips?|Slides|Videos?|Links?|Demos?|Panels?|Workshops?|Morning|Afternoon|Evening|Highlights?|Mesh|Tools?|Security|Storage|Networking|Observability|Monitoring|Logging|Tracing|Serverless|Edge|Cloud|Native|Kubernetes|Containers?|Services?|Data|Machine|Learning|Operators?|Platforms?|Community|Projects?|Open|Source|Runtimes?|Clusters?|Scaling|Performance|Testing|Releases?|Future|State|News|Announcements?|Other|General|Misc|Best|Worst|Favou?rite)\b/;

const SAID = /^(?:I|I'm|I’m|We|We're|We’re|My|Our|You|Yes|No|Well|So|It|It's|It’s|They)\b|\.$/;

/**
 * A list each of whose items (two at least) names a person, then a colon or a dash, then the
 * title: the speakers come first. One item in another shape makes it an ordinary list.
 */
function namesFirstList(text: string, out: TalkCandidate[]) {
	// The first item decides most lists: read it before splitting the others.
	const firstEnd = text.indexOf('\n');
	if (!NAME_FIRST.test(firstEnd < 0 ? text : text.slice(0, firstEnd))) return;
	const lines = text.split('\n');
	const talks: TalkCandidate[] = [];
	let offset = 0;
	for (const line of lines) {
		const start = offset;
		offset += line.length + 1;
		if (line.trim() === '') continue;
		const m = NAME_FIRST.exec(line);
		if (!m || LABEL_WORD.test(m[1]!) || !isPersonName(m[1]!)) return;
		const title = cleanTitle(m[2]!);
		// A talk title is title-cased; a topic's notes ("Service Mesh: Istio everywhere") are not.
		if (!looksLikeTitle(title) || !titleCased(title) || speakersAfter(title)) return;
		// "Jane Doe: We Loved It.": what someone said (an interview), not a session.
		if (SAID.test(title)) return;
		const speakers = [m[1]!.trim()];
		talks.push({
			title,
			speakers,
			organizations: [],
			start,
			end: start + line.length,
			generic: false
		});
	}
	if (talks.length >= 2) out.push(...talks);
}

/** "Jane Doe — John Roe, Acme": what follows is a speaker list with an organisation or two names. */
function speakersAfter(s: string): boolean {
	const list = parseSpeakerList(s);
	return list !== null && (list.organizations.length > 0 || list.speakers.length > 1);
}

function quotedTalk(text: string, q: RegExpExecArray | RegExpMatchArray, out: TalkCandidate[]) {
	const qStart = q.index!;
	const qEnd = qStart + q[0].length;
	const rest = text.slice(qEnd, qEnd + 240);
	// Only a speaker after the quote, or a talk word before it, makes a quote a title.
	const cjkTalk = CJK_TALK_AFTER.exec(rest);
	const cjkVerb = CJK_VERB_BEFORE.test(text.slice(Math.max(0, qStart - 6), qStart));
	if (
		!cjkTalk &&
		!cjkVerb &&
		!SPEAKER_AFTER_QUOTE.test(rest) &&
		!TALK_BEFORE.test(text.slice(Math.max(0, qStart - 120), qStart))
	)
		return;
	const title = cleanTitle(q[1]!);
	if (!looksLikeTitle(title, true)) return;
	const oneWord = !title.includes(' ');
	// “Title”, the DockerCon Europe 2014 keynote, by Adrian Cockcroft
	// (or “Title” von / de / par Speaker, after a talk word: "la ponencia “…” de Carlos López")
	const by = QUOTE_BY.exec(rest);
	const talkBefore = TALK_BEFORE.test(text.slice(Math.max(0, qStart - 120), qStart));
	if (by && !(oneWord && by[1]) && (talkBefore || PLAIN_BY.test(by[2]!))) {
		// "“Title” by Henning Jacobs, Zalando — must watch": a dash ends the names as well.
		const names = by[3]!.split(/[.!?](?:\s|$)|\s[–—]\s/)[0] ?? '';
		// "The talk “Title” by Ana Lopez was packed": the names end where the sentence goes on
		// (only after a talk word: "the survey “…” by Cheryl Hung showed" is no session).
		const handle = HANDLE_START.exec(names);
		const list =
			parseSpeakerList(names) ??
			(talkBefore ? namesBeforeProse(names) : null) ??
			(handle ? { speakers: [handle[0]], organizations: [] } : null);
		if (list) {
			out.push({ title, ...list, start: qStart, end: qEnd + by[0].length, generic: false });
			return;
		}
	}
	// “Title” (Jane Roe, MetLife)
	const skip = cjkTalk ? cjkTalk[0].length : 0;
	const cjkName = cjkTalk ? CJK_SPEAKER.exec(rest.slice(skip)) : null;
	if (
		cjkName &&
		isPersonName(cjkName[1]!) &&
		CJK_PRESENTED.test(rest.slice(skip + cjkName[0].length, skip + cjkName[0].length + 24))
	) {
		const end = qEnd + skip + cjkName[0].length;
		out.push({
			title,
			speakers: [cjkName[1]!],
			organizations: [],
			start: qStart,
			end,
			generic: false
		});
		return;
	}
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
	if (cjkVerb && cjkSpeakerBefore(text, qStart, qEnd, title, out)) return;
	if (oneWord) return;
	// Speaker’s talk was fantastic, “Title” / Speaker in her keynote, “Title”
	const before = text.slice(Math.max(0, qStart - 120), qStart);
	const lead = SPEAKER_BEFORE_QUOTE.exec(before);
	const talkBy = lead ? null : TALK_BY_BEFORE_QUOTE.exec(before);
	const name = lead?.[1] ?? talkBy?.[2];
	const org = lead?.[3] ?? talkBy?.[3];
	if (name && isPersonName(name)) {
		const start = qStart - before.length + (lead ?? talkBy)!.index;
		const organizations = orgOf(org);
		out.push({ title, speakers: [name], organizations, start, end: qEnd, generic: false });
	}
}

/** The organisation written beside a speaker ("(Acme GmbH)", "来自Google的"), if it reads as one. */
function orgOf(org: string | undefined): string[] {
	return org && isOrgName(org) && !isPersonName(org) ? [org.trim()] : [];
}

function cjkSpeakerBefore(
	text: string,
	qStart: number,
	qEnd: number,
	title: string,
	out: TalkCandidate[]
): boolean {
	const before = text.slice(Math.max(0, qStart - 120), qStart);
	const m = CJK_SPEAKER_BEFORE.exec(before);
	if (!m || !isPersonName(m[3]!)) return false;
	const organizations = orgOf(m[1] ?? m[2] ?? m[4]);
	const start = qStart - before.length + m.index;
	out.push({ title, speakers: [m[3]!], organizations, start, end: qEnd, generic: false });
	return true;
}

/** "“Title” by @hjacobs": a handle (not an e-mail address) for the speaker. */
const HANDLE_START = /^@[A-Za-z0-9_]{2,15}(?![\w@.]*\.\w)(?!\w)/;
const PAREN_AFTER_QUOTE = /^\s*[(（]([^()（）\n]{3,160})[)）]/;
const QUOTE_BY = new RegExp(
	`^\\s*(?:,\\s*([^“”"\\n;]{0,90}?))?,?\\s+(${BY_WORD})\\s+([^;\\n(]+(?:\\([^()\\n]{2,60}\\))?)`,
	'u'
);
/** The first lower-case word that is not a particle or a joiner inside a speaker list. */
const PROSE_AFTER_NAMES = /\s+(?!(?:and|at|of|de|van|von|der|den|da|di|del|du|la|le)\s)\p{Ll}/u;

/** The speaker list that opens `s` when a sentence goes on after it ("Ana Lopez was packed"). */
function namesBeforeProse(s: string): SpeakerList | null {
	const m = PROSE_AFTER_NAMES.exec(s);
	return m && m.index > 0 ? parseSpeakerList(s.slice(0, m.index)) : null;
}

const SENTENCE_END_IN_NAME = /(\p{L}{2,})\.\s[\s\S]*$/u;

/** The English word for a talk word ("Vortrag", "charla" → "Talk"), for a title-less talk. */
function kindLabel(kind: string): string {
	const k = kind.toLowerCase();
	if (/^(?:vortrag|charla|ponencia|palestra|conférence|intervento)$/.test(k)) return 'Talk';
	if (/^(?:presentación|apresentação|présentation)$/.test(k)) return 'Presentation';
	if (/^(?:sesión|sessão)$/.test(k)) return 'Session';
	return `${kind.charAt(0).toUpperCase()}${kind.slice(1)}`;
}

function genericTalk(
	text: string,
	start: number,
	matched: string,
	name: string,
	kind: string,
	out: TalkCandidate[]
) {
	// "the keynote by Kelsey Hightower. Then…": a full stop after a word (not an initial) ends it.
	const speaker = name.replace(SENTENCE_END_IN_NAME, '$1').replace(/['’.]+$/, '');
	if (!isPersonName(speaker)) return;
	let end = start + matched.length;
	const organizations: string[] = [];
	// "the keynote by Cheryl Hung (CNCF)", "die Keynote von Cheryl Hung (CNCF)"
	const paren = PAREN_ORG.exec(text.slice(end, end + 64));
	if (paren && isOrgName(paren[1]!) && !isPersonName(paren[1]!)) {
		organizations.push(paren[1]!.trim());
		end += paren[0].length;
	}
	// "A talk by Ellen Körbes about …: Toolchains Behind Successful Workflows"
	const colon = COLON_TITLE.exec(text.slice(end, end + 230));
	let title = `${kindLabel(kind)} by ${speaker}`;
	let generic = true;
	if (colon && looksLikeTitle(cleanTitle(colon[1]!)) && titleCased(colon[1]!)) {
		title = cleanTitle(colon[1]!);
		generic = false;
		end += colon[0].length;
	}
	out.push({ title, speakers: [speaker], organizations, start, end, generic });
}

function dedupe(talks: TalkCandidate[]): TalkCandidate[] {
	if (talks.length <= 1) return talks;
	const sorted = [...talks].sort(
		(a, b) => a.start - b.start || Number(a.generic) - Number(b.generic)
	);
	const out: TalkCandidate[] = [];
	for (const t of sorted) {
		const clash = out.find(
			(o) =>
				(t.start < o.end && o.start < t.end) ||
				(t.generic && o.speakers.some((s) => t.speakers.includes(s)))
		);
		if (clash) {
			if (clash.generic && !t.generic) out[out.indexOf(clash)] = t;
			continue;
		}
		out.push(t);
	}
	return out;
}
