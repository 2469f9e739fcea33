/**
 * A talk on one line: "Title – Speaker, Org & Speaker2, Org2", "Title - Speaker (Company)",
 * "Title by Speaker", a schedule line "10:30 – Title (Speaker, Org)", and in a list item or a
 * heading "Title (Speaker, Org)" or "Speaker (Org): Title".
 */
import type { TalkCandidate } from './talks';
import {
	byLineTitle,
	cleanTitle,
	lastSentence,
	looksLikeTitle,
	titleCased,
	withoutEdition
} from './talkTitle';
import { OPENING_QUOTE } from './talkQuotes';
import { SERIES } from './eventExternal';
import { isPlaceName } from './places';
import { isOrgName, isPersonName, parseSpeakerList, type SpeakerList } from './speakers';
import { KIND_AFTER_QUOTE, talkLabelLength } from './talkWords';
import { commaNamed, namesFirst, orgMarked, orgOnlyByWord } from './talkNamesFirst';
import { handlesOnly } from './talkHandles';
import { cjkAfterDash } from './talkCjk';
import { withoutVenue } from './talkVenue';
import { labelLeadTalk } from './talkLabelLead';
import {
	jointSpeakers,
	namesDashTitle,
	readsAsBio,
	readsAsStatement,
	statedTitle
} from './talkNamesLead';

// Compiled once: tsx lowers in-function literals with \p{…} to a new RegExp per call.
const SPEAKER_OPENING = /^[\s*_]*\p{Lu}/u;
const SEPARATOR = /\s+(?:–|—|―|-{1,2})\s+/g;
const QUICK_SEPARATOR = /\s(?:–|—|―|-{1,2})\s/;

/** A dash between spaces, as "Title – Speaker" has (the quick test before SEPARATOR). */
export function hasSeparator(text: string): boolean {
	return QUICK_SEPARATOR.test(text);
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
	if (line.length < 8) return null;
	// "Keynote — Cheryl Hung (CNCF): State of the Union": the kind, the speaker, the title.
	const labelled = labelLeadTalk(line, offset);
	if (labelled) return labelled;
	// A long line may still open with "Title — Speaker (Org). Notes on it…": only that shape.
	if (line.length > 320) return hasSeparator(line) ? talkBeforeProse(line, offset) : null;
	// "Title (Speaker, Org) [video] [slides]": the links' labels after the talk.
	if (line.endsWith(']') || line.endsWith(')')) line = line.replace(TRAILING_MEDIA, '');
	// "10:30 – Title (Speaker, Org)": a schedule line is an item; its time is not the title.
	const time = TIME_PREFIX.exec(line);
	if (time) {
		line = line.slice(time[0].length);
		offset += time[0].length;
		item = true;
		// "31:05 Title | Chad Metcalf (Docker)": a chapter's bar between title and names is a dash;
		// so is a schedule's middle dot ("10:55–11:30 · Title · Jane Doe (Acme)").
		if (line.includes(' | ')) line = line.replaceAll(' | ', ' – ');
		if (line.includes(' · ')) line = line.replaceAll(' · ', ' – ');
		if (line.length < 8) return null;
	}
	// "Cilium Mesh – Thomas Graf, Isovalent – Hall 7": the room is none of the talk.
	if (hasSeparator(line)) line = withoutVenue(line);
	const hasBy = / by /i.test(line);
	if (!hasBy && !hasSeparator(line)) {
		if (!item || !line.includes(')')) return null;
		return (
			(FOREIGN_BY_GATE.test(line) ? foreignByItem(line, offset) : null) ?? itemTalk(line, offset)
		);
	}
	for (const sep of separatorsFromLast(line)) {
		// "Title – Talk by Jane Doe (Acme)", "Titel – Vortrag von …": the label is no name.
		let right = line.slice(sep.index + sep[0].length);
		right = right.slice(talkLabelLength(right));
		// "Title — @jdoe and @jroe": a list item's speakers by their handles.
		if (item && right.charCodeAt(0) === 64) {
			const title = titleBefore(line, sep.index);
			const handles = looksLikeTitle(title) ? handlesOnly(right, title) : null;
			if (handles)
				return { title, ...handles, start: offset, end: offset + line.length, generic: false };
		}
		if (!SPEAKER_OPENING.test(right)) {
			// "Title – 孙宏亮 (Alibaba)": Chinese names after the dash (talkCjk.ts).
			const zh =
				right.charCodeAt(0) > 0x33ff ? cjkAfterDash(titleBefore(line, sep.index), right) : null;
			if (zh) return { ...zh, start: offset, end: offset + line.length, generic: false };
			continue;
		}
		const list = parseSpeakerList(right);
		if (!list) {
			// "Title — Jane Doe (Acme). Great tips…": a paragraph goes on after the names.
			const talk = proseTalk(line, sep, offset);
			if (talk) return talk;
			continue;
		}
		// "DockerCon 2018 — San Francisco": a place after the dash, not a speaker.
		if (namesPlace(list)) continue;
		const title = titleBefore(line, sep.index);
		// "The community grew by 50% this year – Chris Aniszczyk, CNCF": a headline, no title.
		if (!looksLikeTitle(title) || statedTitle(title)) continue;
		// "Jane Doe, Acme — Scaling Prometheus": the names come first when only they read as a
		// person with an organisation, and what follows is a title ("Scaling Prometheus" reads
		// as a name as well).
		// So do "Jane Doe (Acme) – Scaling Prometheus at Home": an organisation in brackets (or
		// after a comma) outweighs one that only "at"/"from" gives ("Title (Part 2) – Jane Doe
		// from Acme" keeps its order: a numbered part is no organisation).
		const first =
			list.organizations.length === 0 || (orgOnlyByWord(right) && orgMarked(title))
				? namesFirst(title, right)
				: null;
		if (first) return { ...first, start: offset, end: offset + line.length, generic: false };
		return { title, ...list, start: offset, end: offset + line.length, generic: false };
	}
	// "Jane Doe, Google — Securing the Software Supply Chain", 'Jane Doe – "Title"': names first.
	const lead = hasBy ? null : (speakerThenTitle(line) ?? namesDashTitle(line));
	if (lead) return { ...lead, start: offset, end: offset + line.length, generic: false };
	const by = hasBy ? /^(.{4,160}?)\s+by\s+(.+)$/iu.exec(line) : null;
	if (by) {
		const title = byLineTitle(by[1]!);
		const list = parseSpeakerList(by[2]!) ?? (item ? handlesOnly(by[2]!, title) : null);
		if (
			list &&
			looksLikeTitle(title) &&
			!/\b(?:written|posted|photos?|images?|pictures?|illustrations?|drawings?|sketchnotes?|artwork|notes|thread|tweets?|powered|hosted|presented|organi[sz]ed|moderated|sponsored)$/i.test(
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
			!(OPENING_QUOTE.test(by[1]!) && WORDS_THEN_QUOTE.test(by[1]!)) &&
			// 'I enjoyed "Title" – Jane Doe (Acme) and the talk on … by …': a quoted title with its
			// own speakers after a dash is a talk of its own, not the start of this one's title.
			!QUOTE_THEN_DASH.test(by[1]!) &&
			// 'We loved the keynote about platform teams by …': that talk is read by its subject.
			!TALK_ON_SUBJECT.test(title)
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

const FOREIGN_BY_GATE = / (?:von|par|por|door|av|af) \p{Lu}/u;
const FOREIGN_BY = / (?:von|par|por|door|av|af) (?=\p{Lu})/gu;
/** "… a été présenté par", "… wurde vorgestellt von": a sentence in the passive, not a title. */
const PASSIVE_FOREIGN =
	/(?<![\p{L}])(?:été|était|fue|fueron|sido|wurde|wurden|worden|werd|wordt|foi|foram|stato|stata|présentée?s?|presentad[oa]s?|apresentad[oa]s?|vorgestellt|präsentiert|gepresenteerd|gegeven|organisée?|organizad[oa]|organisiert|georganiseerd)(?![\p{L}])/u;

/**
 * "Kubernetes op de rand door Darren Shepherd (Rancher Labs)", "Deep Dive: Envoy par Matt Klein
 * (Lyft)": a list item's title, "by" in another language, and names with their organisation in
 * brackets (a title may hold the same word: the first split that leaves such names wins).
 */
function foreignByItem(line: string, offset: number): TalkCandidate | null {
	for (const m of line.matchAll(FOREIGN_BY)) {
		const names = line.slice(m.index + m[0].length).replace(/[\s.:;,!]+$/, '');
		if (!names.endsWith(')')) continue;
		const list = parseSpeakerList(names);
		if (!list || list.organizations.length === 0) continue;
		const title = cleanTitle(line.slice(0, m.index));
		if (!looksLikeTitle(title) || PASSIVE_FOREIGN.test(title)) continue;
		return { title, ...list, start: offset, end: offset + line.length, generic: false };
	}
	return null;
}

/**
 * "Michael Irwin (Virginia Tech). Great tips…", "Thomas Graf, Covalent. Great demo…": after a
 * dash, speakers with their organisation, then a sentence of prose (group 1: the names). The
 * names end on a bracket or a word of two letters, not on an initial ("Jane D. Smith").
 */
const NAMES_THEN_SENTENCE = /^([^\n]{3,120}?(?:\)|\p{L}\p{Ll}|\p{Lu}{2}))[.!?;]\s+(?=\p{Lu})/u;

/**
 * "Nishant Totla (Docker): Swarm mode internals…", "Brandon Philips (CoreOS), comparing …": names
 * whose organisation is in brackets, then a colon or a comma and notes on the talk (group 1).
 */
const COMMA = 44;
const NAMES_THEN_NOTES = /^([^\n]{3,120}?\))\s*[:,]\s+(?=\S)/;

/**
 * The speakers (with an organisation) that open `right` before a sentence goes on, and the
 * length of their text; null when a quote opens the line (a quotation's author and the words
 * after it: the quote rules read those).
 */
function namesBeforeSentence(
	right: string,
	line: string,
	sepAt: number
): (SpeakerList & { length: number }) | null {
	const notes =
		right.includes('): ') || right.includes('), ') ? NAMES_THEN_NOTES.exec(right) : null;
	if (!notes && !right.includes('. ') && !right.includes('; ')) return null;
	if (OPENING_QUOTE.test(line.slice(0, Math.min(sepAt, 4)))) return null;
	// "Derek Carr (Red Hat), Vishnu Kannan (Google). Recommended…": a comma may join two speakers
	// rather than open the notes; the names up to the sentence's end are tried first.
	const sentence = notes && right.includes('. ') ? NAMES_THEN_SENTENCE.exec(right) : null;
	const all = sentence ? parseSpeakerList(sentence[1]!) : null;
	if (all && all.speakers.length > 1 && all.organizations.length > 0)
		return { ...all, length: sentence![1]!.length };
	const m = notes ?? NAMES_THEN_SENTENCE.exec(right);
	const list = m ? parseSpeakerList(m[1]!) : null;
	return list && list.organizations.length > 0 ? { ...list, length: m![1]!.length } : null;
}

/**
 * 'Talk "Title"', 'Kasia's talk: "Title"': a few words, then a quote that ends the title part;
 * the quote is the title (group 1).
 */
const WORDS_BEFORE_QUOTE = /^[^“"«„\n]{2,100}\s[“"«„]([^“”"«»„\n]{3,160})[”"“»]$/;

/** The title a separator at `at` closes: the last sentence before it, its edition left out. */
function titleBefore(line: string, at: number): string {
	const raw = lastSentence(line.slice(0, at)).trim();
	const quoted =
		raw.length > 8 && raw.charCodeAt(raw.length - 1) !== 41 ? WORDS_BEFORE_QUOTE.exec(raw) : null;
	return withoutEdition(cleanTitle(quoted ? quoted[1]! : raw));
}

/**
 * "Title — Jane Doe (Acme). Great tips…": the talk a separator opens when names with their
 * organisation and then a sentence follow it (the talk ends with the names).
 */
function proseTalk(line: string, sep: RegExpExecArray, offset: number): TalkCandidate | null {
	let at = sep.index + sep[0].length;
	at += talkLabelLength(line.slice(at));
	const names = namesBeforeSentence(line.slice(at), line, sep.index);
	if (!names || namesPlace(names)) return null;
	const title = titleBefore(line, sep.index);
	if (!looksLikeTitle(title)) return null;
	// A sentence before the dash is the speaker's words, not a title ("We need docs").
	if (!titleCased(title) && SENTENCE_WORDS.test(title.toLowerCase())) return null;
	// "Title – Jane Doe (Acme), comparing …": after a comma only under a title-cased title ("It's
	// simple – Jane Doe (Acme), our CTO, said" quotes her).
	if (line.charCodeAt(at + names.length) === COMMA && !titleCased(title)) return null;
	const { speakers, organizations } = names;
	return {
		title,
		speakers,
		organizations,
		start: offset,
		end: offset + at + names.length,
		generic: false
	};
}

/** "Title — Speaker (Org). Notes…" opening a line too long for the other shapes. */
function talkBeforeProse(line: string, offset: number): TalkCandidate | null {
	const head = line.slice(0, 320);
	for (const sep of separatorsFromLast(head).reverse()) {
		if (sep.index > 200) break;
		if (!SPEAKER_OPENING.test(head.slice(sep.index + sep[0].length))) continue;
		const talk = proseTalk(head, sep, offset);
		if (talk) return talk;
	}
	return null;
}

const BULLET = /^[\s•*\-–]+/;
const CYRILLIC_CAPITAL = /^[А-ЯЁ]/;
/** A title that is the whole rest of the line, in quotes. */
const WHOLE_QUOTE = /^[“"«„]([^“”"«»„\n]{3,160})[”"“»]$/;

/**
 * "Jane Doe, Google — Securing the Software Supply Chain" (a person and an organisation, a dash, a
 * title-cased title of two words or more) or 'Jane Doe – "Securing the Supply Chain"' (people, a
 * dash, a title-cased quote that is the rest of the line). Only the first dash splits the line.
 */
function speakerThenTitle(line: string): (SpeakerList & { title: string }) | null {
	if (!SPEAKER_OPENING.test(line)) return null;
	SEPARATOR.lastIndex = 0;
	const sep = SEPARATOR.exec(line);
	if (!sep || sep.index > 120) return null;
	const left = line.slice(0, sep.index).replace(BULLET, '');
	let right = line.slice(sep.index + sep[0].length).trim();
	// "… — Title — great talk": notes after a second dash.
	if (hasSeparator(right)) right = right.slice(0, right.search(QUICK_SEPARATOR));
	const quoted = WHOLE_QUOTE.exec(right);
	const raw = quoted ? quoted[1]! : right;
	// Russian titles are in sentence case: quoted, one that opens with a capital is one.
	const cased = titleCased(raw) || (quoted !== null && CYRILLIC_CAPITAL.test(raw));
	if (!/\S\s+\S/.test(raw) || !cased) return null;
	const names = parseSpeakerList(left);
	// People ("Kubernetes, Prometheus — …" is no one); unquoted, with an organisation (or two
	// people or more: talkNamesLead.ts).
	if (!names || !names.speakers.every(isPersonName) || namesPlace(names)) return null;
	const joint = !quoted && names.organizations.length === 0;
	if (joint && !jointSpeakers(left, names.speakers, raw)) return null;
	const title = cleanTitle(raw);
	// "Jane Doe, Acme – Maintainer of Helm": her role, not a talk (a quoted title is one).
	return looksLikeTitle(title) && (quoted || !(readsAsBio(title) || readsAsStatement(title)))
		? { title, ...names }
		: null;
}

const TRAILING_MEDIA = /(?:\s*[([](?:slides|video|recording|deck|pdf|youtube|links?)[)\]])+\s*$/i;

const TALK_ON_SUBJECT =
	/\b(?:the|a|an|her|his|their|this)\s+(?:keynote|talk|session|presentation|workshop|demo|tutorial)\s+(?:on|about)\s/i;
const QUOTE_THEN_DASH = /[”"“»」』》]\s+(?:–|—|―|-{1,2})\s+\p{Lu}/u;
const LABEL_THEN_QUOTE = /^[^“"«„「『《]*[:：]\s*[“"«„「『《]/;
const WORDS_THEN_QUOTE = new RegExp(
	`^[^“"«„「『《\\n]*\\p{L}[^“"«„「『《\\n]*\\s[“"«„「『《][^“”"«»„「」『』《》\\n]{3,160}[”"“»」』》](?:,[^“”"«»„\\n;]{0,90}|\\s+${KIND_AFTER_QUOTE})?,?$`,
	'u'
);

/**
 * "10:30 – ", "9.00-9.30am | ", "14h00 : ": the time that opens a schedule line; "00:12:34 ",
 * "[47:20] ": the timestamp that opens a video's or a podcast's chapter.
 */
export const TIME_PREFIX =
	/^[\s•*\-–]*(?:(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:\s*[ap]\.?m\.?)?(?:\s*(?:-|–|—|to)\s*(?:[01]?\d|2[0-3])[:.h][0-5]\d(?:\s*[ap]\.?m\.?)?)?|[[(]?(?:\d{1,2}:)?[0-5]?\d:[0-5]\d[\])]?)\s*(?:[-–—|:·]\s+|\s)/i;
/** A series name opening a line: an edition ("KubeCon NA 2019 (…)"), not a talk. */
export const SERIES_FIRST = new RegExp(`^[\\W\\d]*(?:the\\s+)?(?:${SERIES.source})`, 'i');
const TRAILING_SPEAKERS = /^(.{4,200}?)\s*\(([^()]{3,160})\)[\s.]*$/u;
const LEADING_SPEAKER = /^[\s•*\-–]*([^():]{4,80}?)\s*\(([^()]{2,80})\)\s*:\s+(.{4,200})$/u;
/** Words of a sentence, not of a talk title (lower case only: "The Future of…" is a title). */
export const SENTENCE_WORDS = /\b(?:the|is|are|was|were|we|our|i|my|they|he|she|had|has|have)\b/;

/** "San Diego, California" reads as a name and an organisation: a place is neither. */
function namesPlace(list: SpeakerList): boolean {
	return list.speakers.some(isPlaceName);
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
		const comma = list ? null : commaNamed(trailing[1]!, trailing[2]!);
		if (comma) return { ...comma, start: offset, end, generic: false };
	}
	const leading = LEADING_SPEAKER.exec(line);
	// "Alice Wong (Globex): Title", "Jane Doe & John Roe (Acme): Title".
	// "Vortrag von Jane Doe (SAP): Title": the talk's label is no part of her name.
	const lead = leading && isOrgName(leading[2]!) ? leading[1]! : null;
	const names = lead ? leadingNames(lead.slice(talkLabelLength(lead))) : null;
	if (names) {
		const title = cleanTitle(leading![3]!);
		const quoted = OPENING_QUOTE.test(leading![3]!);
		if (looksLikeTitle(title) && titleCased(title) && !quoted && !readsAsStatement(title)) {
			const organizations = [leading![2]!];
			return { title, speakers: names, organizations, start: offset, end, generic: false };
		}
	}
	return null;
}

/** The people before "(Org):": one name, or names joined by "&", "and" or commas. */
function leadingNames(s: string): string[] | null {
	if (isPersonName(s)) return [s];
	const list = /&|,| and /.test(s) ? parseSpeakerList(s) : null;
	return list && list.organizations.length === 0 ? list.speakers : null;
}

const NARRATION = /\b(?:was|were|has been|have been|had been)\b/;

/** "Service Mesh Interface was announced (by Gabe Monroy)": a sentence in the passive voice. */
const PASSIVE_END =
	/\b(?:was|were|is|are|been|being|got|gets|get)\s+(?:\w+ly\s+)?(?:\w+ed|\w+en|built|made|shown|held|led|run|done|taken|told|sold|brought|won|hit|set|put)$/i;
