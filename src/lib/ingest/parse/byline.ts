/**
 * Bylines in plain text and Markdown. These formats have no author field, so recaps name their
 * author in the text, near the top: "By Jane Doe", "Posted by Jane Doe on March 3, 2019",
 * "Author: Jane Doe", "— Jane Doe", "**Jane Doe**, Developer Advocate at Acme", or a name with
 * its organisation on the next line under the title. Such a line says who wrote the document,
 * not what happened at a conference: as a passage it would show up as content and feed mentions
 * and themes. The text and Markdown parsers ask here about each short paragraph among the first
 * blocks; a byline becomes the document's author (and publisher) instead of a passage.
 *
 * Conservative: the name must read as a person's name by the speaker-list rules (speakers.ts),
 * so "By the end of day one, …" or "By 2019 Kubernetes had won" stays text. A line that is not
 * confidently a byline is never dropped.
 */
import { findDates, partialDate } from '../dates';
import { isOrgName, isPersonName, isRole, parseSpeakerList } from '../speakers';
import type { Block } from './blocks';
import { isDayText } from './classify';
import { isPlaceName, opensWithPlace } from '../places';
import { mayBeFields, readFields } from './bylineFields';
import { platformAuthor } from './bylinePlatforms';
import { COMMENTS_TAIL, handleAuthor, roleLineOrg, teamAuthor, writerFor } from './bylineMore';

export interface Byline {
	author: string;
	/** Only from an organisation line right under the name ("Jane Doe" / "Acme Labs"). */
	publisher: string | null;
	/** ISO date the byline line gives ("Posted by Jane Doe on March 3, 2019"). */
	published?: string | null;
}

/** Bylines are looked for among the first blocks only: title, subtitle, a crumb or two. */
const HEAD_BLOCKS = 5;
/** A paragraph longer than this is body text: a bare name after it is not a byline. */
const BODY_CHARS = 150;
const MAX_LINE = 100;

/**
 * "By", "Posted by", "Author:", and the same in the other languages recaps are written in:
 * "Publié par", "Par", "Veröffentlicht von", "Von", "Vom", "Publicado por", "Por", "Pelo", "Autor:",
 * "投稿者:".
 */
export const PREFIX =
	/^(?:(?:posted|written|authored|published|created|notes|report|recap|write-?up|text|words)\s+)?by\s*:?\s+|^(?:authors?|written\s+by)\s*[:：]\s*|^(?:(?:publié|écrit|rédigé|posté)\s+)?par\s+|^(?:(?:pubblicato|scritto)\s+da|di)\s+|^(?:(?:gepubliceerd|geschreven|geplaatst)\s+)?door\s+|^(?:(?:diposting|ditulis|dipublikasikan)\s+)?oleh\s+|^(?:opublikowa(?:ne|ł|ła|no)|napisa(?:ne|ł|ła))\s+przez\s+|^(?:đăng|viết)\s+bởi\s+|^(?:(?:veröffentlicht|geschrieben|verfasst)\s+)?vo[nm]\s+|^(?:(?:publicado|escrito)\s+)?p(?:or|el[oa])\s+|^(?:auteur|autor|autora|autore|autorka|verfasser|автор|yazar|yazan|penulis|tác\s+giả|작성자|글쓴이)\s*[:：]\s*|^(?:作者|投稿者|著者|筆者)\s*[:：]\s*|^原创\s*[:：]?\s*/i;
export const DASH = /^(?:[—–]|--)\s*/;
/** "Posted on", "Publié le", "Veröffentlicht am", "Publicado el", "Publicado em", "投稿日:". */
const DATED_PREFIX =
	/^(?:(?:posted|published|written|updated|submitted)\s+(?:on\s+)?|(?:publié|posté|écrit|rédigé)\s+(?:le\s+)?|(?:veröffentlicht|geschrieben)\s+(?:am\s+)?|(?:publicado|escrito)\s+(?:el\s+|em\s+|en\s+)?|(?:pubblicato|scritto)\s+(?:il\s+)?|(?:gepubliceerd|geplaatst)\s+(?:op\s+)?|(?:diposting|dipublikasikan|ditulis|diterbitkan)\s+(?:pada\s+)?|opublikowan[oey]\s+(?:dnia\s+)?|опубликовано\s+|(?:ngày\s+đăng|đăng\s+ngày)\s*[:：]?\s*|(?:yayınlanma\s+tarihi|дата\s+публикации|작성일|게시일)\s*[:：]\s*|(?:on|le|am|el|em|il|op)\s+(?=\d)|(?:date|datum|fecha|data)\s*[:：]\s*|(?:投稿日|公開日)\s*[:：]?\s*)/i;
/**
 * What joins a date to the author after it: "by", "par", "von", "por", "da", "door", "投稿者:",
 * after a time of day at most ("at 4:12 PM", "à 14h32", "um 14:32 Uhr", "às 14:32").
 */
const BY_AFTER_DATE =
	/^(?:,?\s+(?:at|à|um|a\s+las|às|alle|om)?\s*\d{1,2}[:h.]\d\d(?:\s*(?:Uhr|[ap]\.?m\.?))?)?(?:[\s,|·•]+(?:by|par|von|por|da|door|oleh|przez|bởi)\s+|[\s,|·•]*(?:authors?|autor|autora|autore|auteur|verfasser|автор|yazar|penulis|작성자)\s*[:：]\s*|[\s,|·]*(?:投稿者|作者|著者|筆者)\s*[:：]?\s*)/i;
const OTHER_AND = / (?:et|und|y|e|en) (?=\p{Lu})/gu;
const LAST_MODIFIED = /,\s+last\s+(?:modified|updated|edited)\b/i;
const BY_WORD_GATE =
	/\s(?:by|par|von|por|da|door|oleh|przez|bởi)\s|投稿者|作者|著者|筆者|автор|yazar|penulis|작성자/i;
/** A date closing a byline that names the author first ("投稿者: 山田太郎 2018年5月9日"). */
const TRAILING_DATE =
	/[\s,|·]+(?:(?:发布于|發佈於|发表于|發表於|发布时间|更新于|投稿日|公開日|작성일|게시일)\s*[:：]?\s*)?\S+$/;
/** Markdown `**Jane Doe**, Developer Advocate at Acme`: a bold name, then a comma or bracket. */
const BOLD_NAME = /^\s*(\*\*|__)([^*_]{3,60})\1\s*[,(]/;
/** A name, then a comma or a dash before the rest of the line (group 1: the name). */
const NAME_THEN_DATE = /^([^,|·•—–\d]{3,60}?)(?:,|\s+[|·•—–])\s+/;
/** What may follow the name: "| 5 min read", "· March 3", "— Acme", phpBB's "» Fri May 04, 2018". */
const AFTER = /\s+[|·•—–»]\s+/;
/** "Jane Doe on March 3, 2019", "Julie Martin le 9 mai 2018", "Julia Martin am 9. Mai 2018". */
const ON = /\s+(?:on|le|am|el|em|il|op)\s+/i;
// Names in scripts written without spaces (宋净超, 김철수), optionally with a separator.
const CJK_NAME =
	/^(?=.{2,9}$)[\p{Script=Han}\p{Script=Hangul}]+(?:[ ·・][\p{Script=Han}\p{Script=Hangul}]+)?$/u;
export const QUOTED_END = /["”’»][.!]?$/;
/** What blog platforms (Medium, dev.to) print beside the author's name or the date. */
const READ_TIME = /\s*(?:[·•|—–-]\s*)?\(?\d{1,3}\s*min(?:ute)?s?\s+read\)?\s*$/i;
const FOLLOW_AFTER = /\s*[·•|]\s*(?:Follow|\d{1,3}\s*min(?:ute)?s?\s+read)\b.*$/i;
const FOLLOW = /^(?:Follow|Follow\s*[·•|].*)$/i;

/** Capitalised words of recap titles that read as names to isPersonName ("KubeCon Europe"). */
const NOT_NAMES = new Set(
	(
		'kubecon cloudnativecon dockercon envoycon kubernetes docker summit conference europe ' +
		'america asia china north recap notes takeaways highlights keynote keynotes session ' +
		'sessions track day days week virtual live update updates edition'
	).split(' ')
);

export function personName(s: string): boolean {
	if (CJK_NAME.test(s)) return true;
	if (!isPersonName(s) || isDayText(s)) return false;
	return !s.split(' ').some((w) => NOT_NAMES.has(w.toLowerCase()));
}

/** "Jane Doe", "Jane Doe, Acme Corp", "Jane Doe on March 3, 2019", "Jane Doe | 5 min read". */
export function authorOf(text: string): string | null {
	let t = text;
	// Confluence: "Created by Jane Doe, last modified on May 09, 2018".
	const modified = LAST_MODIFIED.exec(t);
	if (modified) t = t.slice(0, modified.index);
	// "Piotr Nowak, 24 sierpnia 2020", "Ana Lima — 10 de maio de 2021": the date after the name.
	const named = /\d/.test(t) ? NAME_THEN_DATE.exec(t) : null;
	if (named && datelineOf(t.slice(named[0].length)) !== null) t = named[1]!;
	// "山田太郎 2018年5月9日", "Jane Doe, 2019-05-03": a date after the name, without "on".
	const last = /\d/.test(t) ? TRAILING_DATE.exec(t) : null;
	if (last && fullDate(last[0])) t = t.slice(0, last.index);
	const after = AFTER.exec(t);
	if (after) t = t.slice(0, after.index);
	const on = ON.exec(t);
	if (on && findDates(t.slice(on.index + on[0].length))[0]?.start === 0) t = t.slice(0, on.index);
	if (CJK_NAME.test(t)) return t;
	// "By the Northwind Labs Team", "Posted by the DevOps guild": a team signs as one.
	const team = teamAuthor(t);
	if (team) return team;
	// "Written by Maria Lopez for Acme Cloud": the writer (readByline takes the publisher).
	t = writerFor(t)?.name ?? t;
	// "Julie Martin et Luc Bernard", "Julia Martín y Pablo Ruiz": "and" in the byline's language.
	t = t.replace(OTHER_AND, ' and ');
	const list = parseSpeakerList(t);
	if (!list || !list.speakers.every(personName)) return null;
	return list.speakers.join(', ');
}

/** The author one line names, or null. `raw` is the line with its Markdown; `prev` the block before. */
function lineAuthor(raw: string, line: string, bodyBefore: boolean, prev: Block | undefined) {
	if (line.length > MAX_LINE) return null;
	line = line.replace(COMMENTS_TAIL, '');
	// "@tanaka_k 2019年12月12日に投稿", "原创 user 2018-11-20 09:12:33 发布 阅读量 2,345" (Qiita, CSDN).
	const platform = bodyBefore ? null : platformAuthor(line);
	if (platform) return platform;
	const prefix = PREFIX.exec(line);
	if (prefix) {
		const rest = line.slice(prefix[0].length);
		// "Posted by jchen": a user name, after a verb of posting only ("By default" is no byline).
		if (/^\p{L}+\s+by/iu.test(prefix[0]))
			return authorOf(rest) ?? handleAuthor(rest.split(AFTER)[0]!);
		return authorOf(rest);
	}
	// "Posted on May 25, 2019 by Jane Doe", "Publié le 9 mai 2018 par Julie Martin",
	// "2018年5月9日 投稿者: 山田太郎": the date first, then the author.
	const dated = DATED_PREFIX.exec(line);
	let rest = dated ? line.slice(dated[0].length) : line;
	// "Posted on Tuesday, May 21, 2019 by Jane Doe": a weekday before the date.
	if (dated) rest = rest.replace(DATELINE_LEAD, '');
	const date =
		dated || (/\d/.test(rest.slice(0, 12)) && BY_WORD_GATE.test(rest))
			? findDates(rest)[0]
			: undefined;
	if (date?.start === 0 && (dated || fullDate(rest.slice(0, date.end)))) {
		const by = BY_AFTER_DATE.exec(rest.slice(date.end));
		const name = by ? rest.slice(date.end + by[0].length) : '';
		if (by) return authorOf(name) ?? (dated ? handleAuthor(name) : null);
	}
	// "— Jane Doe" also closes a quotation: not after a quote, nor once the body has begun.
	const dash = DASH.exec(line);
	if (dash) {
		const quoted =
			prev?.type === 'quote' || (prev?.type === 'paragraph' && QUOTED_END.test(prev.text));
		return bodyBefore || quoted ? null : authorOf(line.slice(dash[0].length));
	}
	// "Ana Lima — 10 de maio de 2021", "Katarzyna Lewandowska, 27 maja 2019": a name, a date.
	const named = bodyBefore || !/\d/.test(line) ? null : NAME_THEN_DATE.exec(line);
	if (
		named &&
		datelineOf(line.slice(named[0].length)) !== null &&
		!opensWithPlace(named[1]!) &&
		!EVENT_WORD.test(named[1]!)
	)
		return personName(named[1]!) ? named[1]! : null;
	// "Jane Doe · Follow", "Jane Doe · 4 min read" (Medium and dev.to exports).
	const follow = FOLLOW_AFTER.exec(line);
	if (follow && follow.index > 0 && !bodyBefore) return authorOf(line.slice(0, follow.index));
	const bold = BOLD_NAME.exec(raw);
	if (bold && personName(bold[2]!.trim())) {
		const author = authorOf(line);
		return author === bold[2]!.trim() ? author : null;
	}
	return null;
}

function isBody(b: Block): boolean {
	return b.type === 'paragraph' ? b.text.length > BODY_CHARS : b.type !== 'heading';
}

/** Whether a block after `before` is still in the head of the document, and after body text. */
function headOf(before: Block[]): { head: boolean; bodyBefore: boolean } {
	if (before.length > 2 * HEAD_BLOCKS) return { head: false, bodyBefore: true };
	let seen = 0;
	let headings = 0;
	let bodyBefore = false;
	for (const b of before) {
		if (b.type === 'paragraph' && !b.text) continue;
		seen++;
		if (b.type === 'heading') headings++;
		bodyBefore ||= isBody(b);
	}
	// Under a third heading ("# Recap", "## Talks", "### A talk"): a section's credit line (a
	// talk's speaker), not the page's byline. A title and a subtitle are two.
	return { head: seen < HEAD_BLOCKS && headings < 3, bodyBefore };
}

/** ISO date of the one full date (day, month and year 2000–2030) in a line, if it has one. */
function fullDate(line: string): string | null {
	if (!/\d/.test(line)) return null;
	// A range ("June 12-15, 2018") gives the days of an event, not when the text was written.
	const dates = findDates(line).filter(
		(d) => d.day !== null && d.year !== null && d.dayTo === null
	);
	if (dates.length !== 1) return null;
	const d = dates[0]!;
	if (d.year! < 2000 || d.year! > 2030) return null;
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${d.year}-${pad(d.month!)}-${pad(d.day!)}`;
}

/**
 * "Posted on", "Published:", "Updated", "Date:" before a dateline's date ("Recorded", "Aired" for a
 * podcast's episode); "投稿日:", "작성일:", "发布于" in the Japanese, Korean and Chinese posts.
 */
const DATELINE_PREFIX =
	/^(?:(?:originally\s+)?(?:posted|published|updated|written|dated?|recorded|aired)(?:\s+on)?\s*[:：]?\s*|(?:date|datum|fecha|дата(?:\s+публикации)?|data\s+publikacji|data\s+(?:di\s+|de\s+)?(?:pubblicazione|publicação)|tanggal|tarih|yayın(?:lanma)?\s+tarihi|ngày\s+đăng)\s*[:：]\s*|(?:publié|publicado|pubblicato|veröffentlicht)(?:\s+(?:le|el|em|il|am))?\s*[:：]?\s*|(?:опубликовано|opublikowan[oey](?:\s+dnia)?|wpis\s+z|(?:diposting|dipublikasikan)(?:\s+pada)?|(?:geplaatst|gepubliceerd)(?:\s+op)?|yayınlandı)\s*[:：]?\s+|(?:投稿日|公開日|更新日|作成日|掲載日|작성일|게시일|등록일|발행일|날짜|发布于|發佈於|发表于|發表於|发布时间|發佈時間|发布日期|日期)(?:\s*[:：]\s*|\s+)?)/i;
/** An event's name ("KubeCon Europe", "DevOpsDays Amsterdam", not "Kevin Bacon"): its date. */
const EVENT_WORD = /\p{Ll}Con\b|[Ss]ummit|[Cc]onference|[Mm]eetup|\b[Dd]ays?\b|[Oo]ps\s?[Dd]ays/u;
/** "Tuesday, ", "Seattle, ": a weekday or a place before the date. */
const DATELINE_LEAD = /^(?:\p{Lu}[\p{L}.'’-]*\s+){0,2}\p{Lu}[\p{L}.'’-]*,\s+/u;

/**
 * A dateline near the top: "May 21, 2019", "Posted on May 21, 2019", "Published: 2019-05-21",
 * "Seattle, December 11, 2018", "2019年6月28日". It says when the recap was written, not what
 * happened: the publication date, not a passage. Null unless the line is a full date and nothing
 * more (a year is required: "Tuesday, May 21" heads a liveblog day).
 */
export function readDateline(raw: string[], plain: (line: string) => string, before: Block[]) {
	if (raw.length !== 1 || raw[0]!.length > 120) return null;
	const { head, bodyBefore } = headOf(before);
	if (!head || bodyBefore) return null;
	return datelineOf(plain(raw[0]!));
}

/** The date of a line that is a full date and nothing more ("Date: June 30, 2019"), or null. */
function datelineOf(text: string): string | null {
	let line = text.replace(/^[\s*_]+|[\s*_]+$/g, '');
	if (line.length > 60) return null;
	line = line.replace(DATELINE_PREFIX, '').replace(READ_TIME, '');
	const lead = DATELINE_LEAD.exec(line);
	// "KubeCon Europe, May 21, 2019", "DevOpsDays Summit, …": the date of the event named.
	if (lead && EVENT_WORD.test(lead[0])) return null;
	if (lead && fullDate(line.slice(lead[0].length)) !== null) line = line.slice(lead[0].length);
	const date = findDates(line)[0];
	if (!date || date.start !== 0) return null;
	// "Recorded November 19, 2019, San Diego.": a place may close it.
	const rest = line.slice(date.end);
	if (
		!/^[\s.,]*(?:года|г\.|roku|r\.|\d{1,2}:\d\d(?::\d\d)?)?[\s.,]*$/.test(rest) &&
		!(rest.startsWith(', ') && isPlaceName(rest.slice(2).replace(/\.$/, '')))
	)
		return null;
	return fullDate(line.slice(0, date.end));
}

/**
 * Is this paragraph (its raw lines, `plain` removing the format's markup) a byline, given the
 * blocks before it? One line in a byline shape, or a name (or byline) line over an organisation.
 */
export function readByline(
	raw: string[],
	plain: (line: string) => string,
	before: Block[]
): Byline | null {
	if (raw.length === 3 && /\d/.test(raw[2]!)) {
		// "Jane Doe" over "Acme Corp" over "May 25, 2019": a name over its organisation, dated.
		const date = datelineOf(plain(raw[2]!));
		const named = date
			? (readByline(raw.slice(0, 2), plain, before) ?? overRole(raw, plain, before))
			: null;
		return named && !named.published ? { ...named, published: date } : null;
	}
	const { head, bodyBefore } = headOf(before);
	if (!head) return null;
	// "Author: Daniel Weber" / "Date: May 27, 2019" / "Audience: Platform team": metadata fields.
	const fields =
		raw.length >= 2 && !bodyBefore && mayBeFields(raw)
			? readFields(raw.map((l) => plain(l)))
			: null;
	if (fields) {
		const author = authorOf(fields.author) ?? handleAuthor(fields.author);
		const published = fields.date === null ? null : fullDate(fields.date);
		if (author) return { author, publisher: null, published };
	}
	if (raw.length > 2) return null;
	const first = plain(raw[0]!);
	const last = before.at(-1);
	if (raw.length === 1) {
		const author = lineAuthor(raw[0]!, first, bodyBefore, last);
		const published = fullDate(first) ?? trailingDate(first)?.published ?? null;
		if (!author) return null;
		const org = writerFor(first.replace(PREFIX, '').split(',')[0]!);
		return { author, publisher: org?.name === author ? org.org : null, published };
	}
	// Two lines: "Author: Jane Doe" over "Date: June 30, 2019" (or the other way round).
	const second = plain(raw[1]!);
	const dated = bylineOverDate(raw, first, second, bodyBefore, last);
	if (dated) return dated;
	// Two lines: "Jane Doe" (or "By Jane Doe") over "Acme Labs", before the body text.
	const org = second;
	if (bodyBefore || org.length > 60 || !isOrgName(org) || isRole(org) || personName(org))
		return null;
	// "By Jane Doe" reads as three capitalised names: the byline's own reading first.
	const author = lineAuthor(raw[0]!, first, bodyBefore, last) ?? (personName(first) ? first : null);
	return author ? { author, publisher: org } : null;
}

/**
 * "Maria Gonzalez" over "Director of Platform Engineering at Globex" (over a dateline, which the
 * caller has read): the author, and the organisation the role line names as the publisher.
 */
function overRole(raw: string[], plain: (line: string) => string, before: Block[]): Byline | null {
	const { head, bodyBefore } = headOf(before);
	const name = plain(raw[0]!).trim();
	if (!head || bodyBefore || !personName(name)) return null;
	const org = roleLineOrg(plain(raw[1]!));
	return org === undefined ? null : { author: name, publisher: org };
}

/** A byline line and a dateline, in either order: the author and the publication date. */
function bylineOverDate(
	raw: string[],
	first: string,
	second: string,
	bodyBefore: boolean,
	prev: Block | undefined
): Byline | null {
	if (!/\d/.test(first + second)) return null;
	const date2 = datelineOf(second);
	const author1 = date2 ? lineAuthor(raw[0]!, first, bodyBefore, prev) : null;
	if (author1) return { author: author1, publisher: null, published: date2 };
	const date1 = datelineOf(first);
	const author2 = date1 ? lineAuthor(raw[1]!, second, bodyBefore, prev) : null;
	return author2 ? { author: author2, publisher: null, published: date1 } : null;
}

/**
 * Medium's "Follow" button under the author's name ("Jane Doe" / "Follow"): the paragraph
 * before it (the last of `before`) names the author. The caller drops both.
 */
export function readFollowByline(
	raw: string[],
	plain: (line: string) => string,
	before: Block[]
): Byline | null {
	if (raw.length !== 1 || !FOLLOW.test(plain(raw[0]!).trim())) return null;
	const prev = before.at(-1);
	if (prev?.type !== 'paragraph' || !headOf(before.slice(0, -1)).head) return null;
	return personName(prev.text.trim()) ? { author: prev.text.trim(), publisher: null } : null;
}

/**
 * Medium's author over its date: "Jane Doe" (a profile link) over "May 6, 2019 · 5 min read".
 * Given the dateline's raw line, the author the paragraph before it (the last of `before`) names,
 * or null; the caller drops that paragraph, and one more that only repeats the name (the avatar's
 * image link).
 */
export function readAuthorAboveDate(
	raw: string[],
	plain: (line: string) => string,
	before: Block[]
): Byline | null {
	if (raw.length !== 1 || !READ_TIME.test(plain(raw[0]!))) return null;
	const prev = before.at(-1);
	if (prev?.type !== 'paragraph' || !headOf(before.slice(0, -1)).head) return null;
	const name = prev.text.trim();
	return personName(name) ? { author: name, publisher: null } : null;
}

/** A year closing a signature: "— Jane Doe, 2019", "Jane Doe (2019)". */
const CLOSING_YEAR = /(?:,\s*|\s+\(?)((?:19|20)\d\d)\)?$/;

/**
 * The date ending a signature line ("Ana Gomez, 12 May 2019", "Ana Gomez, May 2019", "Jane Doe,
 * 2019"), as precise as written: a whole date, a month ("2019-05") or a year ("2019"), never a
 * day made up (docs/schema.md). `start`: where it begins; null when the line ends in none.
 */
export function trailingDate(line: string): { published: string | null; start: number } | null {
	if (!/\d/.test(line)) return null;
	const date = findDates(line).at(-1);
	if (date) {
		if (date.start === 0 || !/^[\s.,)]*$/.test(line.slice(date.end))) return null;
		const written = line.slice(date.start, date.end);
		const published = fullDate(written) ?? (date.day === null ? partialDate(written) : null);
		return { published, start: date.start };
	}
	// A year alone, which findDates does not take for a date.
	const year = CLOSING_YEAR.exec(line);
	return year && year.index > 0 ? { published: partialDate(year[1]), start: year.index } : null;
}
