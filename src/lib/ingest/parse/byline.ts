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
import { findDates } from '../dates';
import { isOrgName, isPersonName, isRole, parseSpeakerList } from '../speakers';
import type { Block } from './blocks';
import { isDayText } from './classify';

export interface Byline {
	author: string;
	/** Only from an organisation line right under the name ("Jane Doe" / "Acme Labs"). */
	publisher: string | null;
}

/** Bylines are looked for among the first blocks only: title, subtitle, a crumb or two. */
const HEAD_BLOCKS = 5;
/** A paragraph longer than this is body text: a bare name after it is not a byline. */
const BODY_CHARS = 150;
const MAX_LINE = 100;

const PREFIX =
	/^(?:(?:posted|written|authored|published)\s+)?by\s*:?\s+|^(?:authors?|written\s+by)\s*[:：]\s*|^作者\s*[:：]\s*/i;
const DASH = /^(?:[—–]|--)\s*/;
/** Markdown `**Jane Doe**, Developer Advocate at Acme`: a bold name, then a comma or bracket. */
const BOLD_NAME = /^\s*(\*\*|__)([^*_]{3,60})\1\s*[,(]/;
/** What may follow the name: "| 5 min read", "· March 3", "— Acme". */
const AFTER = /\s+[|·•—–]\s+/;
const ON = /\s+on\s+/i;
// Names in scripts written without spaces (宋净超, 김철수), optionally with a separator.
const CJK_NAME =
	/^(?=.{2,9}$)[\p{Script=Han}\p{Script=Hangul}]+(?:[ ·・][\p{Script=Han}\p{Script=Hangul}]+)?$/u;
const QUOTED_END = /["”’»][.!]?$/;

/** Capitalised words of recap titles that read as names to isPersonName ("KubeCon Europe"). */
const NOT_NAMES = new Set(
	(
		'kubecon cloudnativecon dockercon envoycon kubernetes docker summit conference europe ' +
		'america asia china north recap notes takeaways highlights keynote keynotes session ' +
		'sessions track day days week virtual live update updates edition'
	).split(' ')
);

function personName(s: string): boolean {
	if (CJK_NAME.test(s)) return true;
	if (!isPersonName(s) || isDayText(s)) return false;
	return !s.split(' ').some((w) => NOT_NAMES.has(w.toLowerCase()));
}

/** "Jane Doe", "Jane Doe, Acme Corp", "Jane Doe on March 3, 2019", "Jane Doe | 5 min read". */
function authorOf(text: string): string | null {
	let t = text;
	const after = AFTER.exec(t);
	if (after) t = t.slice(0, after.index);
	const on = ON.exec(t);
	if (on && findDates(t.slice(on.index + on[0].length))[0]?.start === 0) t = t.slice(0, on.index);
	if (CJK_NAME.test(t)) return t;
	const list = parseSpeakerList(t);
	if (!list || !list.speakers.every(personName)) return null;
	return list.speakers.join(', ');
}

/** The author one line names, or null. `raw` is the line with its Markdown; `prev` the block before. */
function lineAuthor(raw: string, line: string, bodyBefore: boolean, prev: Block | undefined) {
	if (line.length > MAX_LINE) return null;
	const prefix = PREFIX.exec(line);
	if (prefix) return authorOf(line.slice(prefix[0].length));
	// "— Jane Doe" also closes a quotation: not after a quote, nor once the body has begun.
	const dash = DASH.exec(line);
	if (dash) {
		const quoted =
			prev?.type === 'quote' || (prev?.type === 'paragraph' && QUOTED_END.test(prev.text));
		return bodyBefore || quoted ? null : authorOf(line.slice(dash[0].length));
	}
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

/**
 * Is this paragraph (its raw lines, `plain` removing the format's markup) a byline, given the
 * blocks before it? One line in a byline shape, or a name (or byline) line over an organisation.
 */
export function readByline(
	raw: string[],
	plain: (line: string) => string,
	before: Block[]
): Byline | null {
	if (raw.length > 2 || before.length > 2 * HEAD_BLOCKS) return null;
	let seen = 0;
	let bodyBefore = false;
	for (const b of before) {
		if (b.type === 'paragraph' && !b.text) continue;
		seen++;
		bodyBefore ||= isBody(b);
	}
	if (seen >= HEAD_BLOCKS) return null;
	const first = plain(raw[0]!);
	const last = before.at(-1);
	if (raw.length === 1) {
		const author = lineAuthor(raw[0]!, first, bodyBefore, last);
		return author ? { author, publisher: null } : null;
	}
	// Two lines: "Jane Doe" (or "By Jane Doe") over "Acme Labs", before the body text.
	const org = plain(raw[1]!);
	if (bodyBefore || org.length > 60 || !isOrgName(org) || isRole(org) || personName(org))
		return null;
	const author = personName(first) ? first : lineAuthor(raw[0]!, first, bodyBefore, last);
	return author ? { author, publisher: org } : null;
}
