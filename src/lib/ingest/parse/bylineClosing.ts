/**
 * The author named at the foot of a post, when its head names none: a signature line ("Written
 * by Ana Gomez, May 2019.", "— Ana Gomez, Developer Advocate, Acme") or the author's bio ("Jane
 * Doe is a platform engineer at Acme.", under "About the author" or not). Such a block says who
 * wrote the recap, not what happened at the conference: the caller drops it from the passages.
 */
import type { Block } from './blocks';
import {
	authorOf,
	DASH,
	personName,
	PREFIX,
	QUOTED_END,
	trailingDate,
	type Byline
} from './byline';

/** A closing byline is one short line; a longer last paragraph is text. */
const MAX_CLOSING = 100;
/** A short line, no sentence, or a heading right before: a talk's title over its speaker. */
const TITLE_CHARS = 80;
/** What joins the name to a date after it: "Ana Gomez, May 2019", "Ana Gomez on 12 May 2019". */
const NAME_DATE_JOIN = /(?:[\s,;(]|\s(?:on|in|le|am|el|em|il|op)\s)+$/i;
/**
 * "-* Jane Doe, Acme" (an em dash as some blog exports mangle it; Markdown leaves "- "): a hyphen,
 * only at the foot of a post (a list's item would be a list, not a paragraph).
 */
const MANGLED_DASH = /^-\*?\s+/;

/**
 * A byline closing the document ("Written by Ana Gomez, May 2019.", "— Ana Gomez, 12 May 2019"):
 * the author, and the date when it is a whole one, from the last block, or null. The caller
 * reads it only when no author is known and drops the block. A dated line is a signature; an
 * undated one needs "Written by", "Author:" or a dash, and is not taken under a heading or a
 * short line (a talk's title over its speaker); a dash line is never taken after a quotation.
 */
export function readClosingByline(blocks: Block[]): Byline | null {
	const last = blocks.at(-1);
	if (last?.type !== 'paragraph' || last.text.length > MAX_CLOSING || last.text.includes('\n'))
		return null;
	const line = last.text.trim().replace(/[.!]$/, '');
	const dash = DASH.exec(line) ?? MANGLED_DASH.exec(line);
	const lead = PREFIX.exec(line) ?? dash;
	if (!lead) return null;
	const prev = blocks.at(-2);
	const quoted =
		prev?.type === 'quote' || (prev?.type === 'paragraph' && QUOTED_END.test(prev.text));
	if (dash && quoted) return null;
	let rest = line.slice(lead[0].length);
	const date = trailingDate(rest);
	let published: string | null = null;
	if (date) {
		published = date.published;
		rest = rest.slice(0, date.start).replace(NAME_DATE_JOIN, '');
	} else {
		const title =
			prev?.type === 'heading' ||
			(prev?.type === 'paragraph' &&
				prev.text.length <= TITLE_CHARS &&
				!/[.!?:]["”’)]?$/.test(prev.text));
		// A bare "By Jane Doe" closing the text can be a talk's or a photo's credit: dated only.
		if (!prev || title || /^(?:by|par|von|por|da|door)\s/i.test(lead[0])) return null;
	}
	const author = authorOf(rest);
	return author ? { author, publisher: null, published } : null;
}

/** A bio is a short paragraph: a sentence or three. */
const MAX_BIO = 400;
/** "About the author", "About me", "Author bio": a label over the bio, or opening it. */
const ABOUT =
	/^(?:about\s+(?:the\s+)?(?:author|writer)|about\s+me|(?:the\s+)?author(?:['’]s)?\s+bio|bio)\s*[:：.—–-]?\s*/i;
/**
 * "Jane Doe is a platform engineer at Acme", "Jane Doe works as an SRE at Acme", "Jane Doe is the
 * CTO of Acme": a name of two to four words opening the paragraph (group 1), then what they are
 * (group 2, up to the end of the sentence).
 */
const NAME_IS =
	/^((?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){1,3}\p{Lu}[\p{L}\p{M}'’-]+)\s+(?:is|works\s+as)\s+(?:an?|the)\s+([^.!?]{2,160})/u;
/** The words of a bio's job: "engineer", "developer advocate", "founder", "SRE" (lower case). */
const BIO_ROLE =
	/\b(?:engineer|developer|advocate|architect|consultant|manager|founder|co-?founder|cto|ceo|sre|writer|maintainer|evangelist|director|student|researcher|programmer|administrator|admin|specialist|analyst|designer|scientist|vp|contributor|freelancer|trainer|instructor|technologist|ambassador|champion|hacker|lead|head|devops|coder|professor)s?\b/;

/**
 * "… and gave the closing keynote", "… will speak at our next meetup": a speaker the recap tells
 * of or announces, not its author.
 */
const TALK_ACT =
	/\b(?:gave|presented|spoke|talked|delivered|announced|demoed|showed|keynote|talk|session|panel|speaker|will\s+(?:speak|present|give|talk|join|be\s+speaking))\b/i;

/**
 * The author's bio closing the document ("Jane Doe is a platform engineer at Acme.", "About the
 * author: Jane Doe is …", or the bio under an "About the author" label): the author, and how many
 * blocks at the end make it (the bio and its label). Taken only when the name is nowhere else in
 * the text: a speaker the recap is about is named in its body.
 */
export function readClosingBio(blocks: Block[]): { byline: Byline; drop: number } | null {
	const last = blocks.at(-1);
	if (last?.type !== 'paragraph' || last.text.length > MAX_BIO) return null;
	let text = last.text.trim();
	if (text.indexOf(' is ') < 0 && text.indexOf(' works as ') < 0) return null;
	const about = ABOUT.exec(text);
	if (about) text = text.slice(about[0].length);
	const m = NAME_IS.exec(text);
	if (!m || !BIO_ROLE.test(m[2]!.toLowerCase()) || TALK_ACT.test(text)) return null;
	const name = m[1]!;
	if (!personName(name)) return null;
	const prev = blocks.at(-2);
	const label =
		!about && prev && prev.type !== 'list' && prev.type !== 'table' && ABOUT.test(prev.text)
			? prev.text.replace(ABOUT, '').length === 0
			: false;
	const body = label ? blocks.length - 2 : blocks.length - 1;
	for (let i = 0; i < body; i++) {
		const b = blocks[i]!;
		const texts = b.type === 'list' ? b.items : b.type === 'table' ? b.rows : [b.text];
		if (texts.some((t) => t.includes(name))) return null;
	}
	return { byline: { author: name, publisher: null, published: null }, drop: label ? 2 : 1 };
}
