/**
 * The property block of a page exported from Notion (or copied out of Confluence or a wiki):
 * "Key: value" lines under the title, before the text ("Created: May 9, 2018 4:12 PM",
 * "Tags: kubecon, observability", "Event: KubeCon EU 2018", "Author: Jane Doe"). It says what the
 * page is, like front matter, not what happened at a conference: read as front matter (date,
 * author, tags, an event), not kept as a passage.
 *
 * Conservative: only at the top (after a title at most), only a paragraph whose every line is a
 * short "Key: value", and only when two keys or more are ones such blocks use. "Where: Copenhagen"
 * over "When: May 2-4" is what a recap says of an event, and stays text.
 *
 * An e-mail saved as text opens on such a block too ("Subject: …", "From: …", "Date: …"): its
 * subject, sender and date are the title, author and date.
 */

/** Lines of the document's start looked at: a title, a blank line, the block. */
const HEAD_LINES = 40;
/** Lines the block must open within: a title, blank lines. */
const START_LINES = 8;
const MAX_VALUE = 200;
/** "Created", "Last edited time", "Created By": up to three words, capitalised. */
const PROPERTY = /^\s*(\p{Lu}[\p{L}\d]*(?:[ _-][\p{L}\d]+){0,2})\s*[:：]\s+(\S.*?)\s*$/u;
/** Keys of Notion's and wikis' page properties, lower-cased. */
const KNOWN = new Set([
	'created',
	'created time',
	'created at',
	'created by',
	'date',
	'date created',
	'last edited',
	'last edited time',
	'last edited by',
	'last updated',
	'last modified',
	'updated',
	'author',
	'authors',
	'owner',
	'tags',
	'tag',
	'category',
	'categories',
	'event',
	'conference',
	'location',
	'status',
	'type',
	'url'
]);
/** Keys only a session's card has ("Speaker:", "Track:", "Room:"; titleBlock.ts refuses them too). */
export const SESSION_CARD_KEYS = [
	'speaker',
	'speakers',
	'presenter',
	'presenters',
	'moderator',
	'panelists',
	'track',
	'room',
	'session',
	'talk',
	'slides',
	'video',
	'recording',
	'abstract',
	'level',
	'time'
];
/**
 * Keys of a session's card ("Title:", "Speaker:", "Track:", "Room:"): such a block describes a
 * talk, which the text keeps for talk extraction, not the page.
 */
const TALK_KEYS = new Set(['title', ...SESSION_CARD_KEYS]);
/** Keys saying where or when: evidence of the event, kept as text when no event is named. */
const EVIDENCE = new Set(['location', 'place', 'city', 'venue', 'date', 'dates', 'when', 'where']);
const PLACE_KEYS = new Set(['location', 'place', 'city', 'venue', 'where']);
const WHEN_KEYS = new Set(['date', 'dates', 'when']);
const TITLE = /^ {0,3}#{1,6}[ \t]+\S/;
const LINK = /\[([^\]\n]{1,200})\]\([^()\n]{0,500}\)/g;
const SETEXT = /^ {0,3}(?:=+|-+)[ \t]*$/;

export interface PropertyBlock {
	meta: Record<string, string>;
	/** The document without the block. */
	body: string;
}

function blank(line: string | undefined): boolean {
	return line !== undefined && line.trim() === '';
}

/** The property block at the top of `body` (after a title at most), or null. */
export function splitPropertyBlock(body: string): PropertyBlock | null {
	// Cheap gates: a colon near the top, the block opening within the first lines.
	const top = body.slice(0, 400);
	if (!top.includes(':') && !top.includes('：')) return null;
	const from = blockStart(body.slice(0, nthNewline(body, START_LINES)).split('\n'));
	if (from === null) return null;
	const headEnd = nthNewline(body, HEAD_LINES);
	const lines = body.slice(0, headEnd).split('\n');
	// Only whole lines: the one cut off at HEAD_LINES is not read.
	if (headEnd < body.length) lines.pop();
	let i = from;
	const meta: Record<string, string> = {};
	const keys = new Set<string>();
	let known = 0;
	for (; i < lines.length && !blank(lines[i]); i++) {
		const m = PROPERTY.exec(lines[i]!);
		if (!m || m[2]!.length > MAX_VALUE) return null;
		const key = keyOf(lines[i]!);
		const lower = key.toLowerCase();
		// A key said twice is a list of something, not a page's properties.
		if (keys.has(lower) || TALK_KEYS.has(lower)) return null;
		keys.add(lower);
		if (KNOWN.has(lower)) known++;
		// A relation exported as a link ("Event: [KubeCon EU 2018](KubeCon%20EU%202018%20a1b2.md)").
		meta[key] = m[2]!.includes('](') ? m[2]!.replace(LINK, '$1') : m[2]!;
	}
	// An e-mail saved as text: its headers say what the page is, as a page's properties do.
	const mail = keys.has('subject') && keys.has('from');
	// The block must end within the lines read, at a blank line (text follows) or the end.
	if (i - from < 2 || (known < 2 && !mail) || (i === lines.length && headEnd < body.length))
		return null;
	const start = lineOffset(body, from);
	const end = lineOffset(body, i);
	if (mail) return { meta: mailMeta(meta), body: body.slice(0, start) + body.slice(end) };
	// Without an event named, where and when the page was written of stay text: the event is
	// told from them ("Location: Copenhagen" over "Date: May 2-4, 2018").
	const named = keys.has('event') || keys.has('conference');
	const kept = named
		? []
		: lines.slice(from, i).filter((l) => EVIDENCE.has(keyOf(l).toLowerCase()));
	// Text, not metadata: "Date: May 2-4, 2018" is the event's, and "Created:" dates the page.
	for (const line of kept) delete meta[keyOf(line)];
	// "Event: KubeCon Europe 2019" over "Date: May 21, 2019" and "Location: Barcelona": an event's
	// card, whose date is the event's, not the page's ("Created:" still dates the page).
	if (named && [...keys].some((k) => PLACE_KEYS.has(k)))
		for (const k of Object.keys(meta)) if (WHEN_KEYS.has(k.toLowerCase())) delete meta[k];
	const rest = kept.length ? kept.join('\n') + '\n' : '';
	return { meta, body: body.slice(0, start) + rest + body.slice(end) };
}

/** "Re: [sre-guild] Trip report": a reply's and a mailing list's marks before the subject. */
const SUBJECT_MARKS = /^(?:(?:re|fwd?|aw|wg|tr|sv|vs)\s*:\s*|\[[^\]\n]{1,40}\]\s*)+/i;
/** '"Jane Doe" <jane@example.org>', 'Jane Doe <jane@…>', 'jane@example.org (Jane Doe)'. */
const MAIL_ADDRESS = /<[^<>\s]*@[^<>\s]*>|\S+@\S+/g;

/**
 * Mail headers as front matter: the subject is the title (without "Re:" or the list's
 * "[name]"), the sender's name the author (an address alone names nobody), the date the date.
 */
function mailMeta(headers: Record<string, string>): Record<string, string> {
	const meta: Record<string, string> = {};
	for (const [key, value] of Object.entries(headers)) {
		const lower = key.toLowerCase();
		if (lower === 'subject') {
			const subject = value.replace(SUBJECT_MARKS, '').trim();
			if (subject) meta.title = subject;
		} else if (lower === 'from') {
			const name = value
				.replace(MAIL_ADDRESS, '')
				.replace(/["()]/g, '')
				.replace(/\s+/g, ' ')
				.trim();
			if (name) meta.author = name;
		} else if (lower === 'date' || lower === 'sent') meta.date = value;
	}
	return meta;
}

/** The key of a property line, as `meta` has it. */
function keyOf(line: string): string {
	return PROPERTY.exec(line)![1]!.replace(/[_-]/g, ' ');
}

/**
 * The line where a property block would open (after blank lines and a title at most), when it
 * is a "Key: value" line; else null. `lines`: the document's first START_LINES lines.
 */
function blockStart(lines: string[]): number | null {
	let i = 0;
	while (blank(lines[i])) i++;
	// A title: a Markdown heading, a setext heading, or one line standing alone.
	if (i < lines.length && !PROPERTY.test(lines[i]!)) {
		if (TITLE.test(lines[i]!) || blank(lines[i + 1])) i += 1;
		else if (SETEXT.test(lines[i + 1] ?? '')) i += 2;
		else return null;
		if (!blank(lines[i])) return null;
		while (blank(lines[i])) i++;
	}
	return i < lines.length && PROPERTY.test(lines[i]!) ? i : null;
}

/** Offset just past the n-th newline of `s` (its length when it has fewer). */
function nthNewline(s: string, n: number): number {
	let at = 0;
	for (let k = 0; k < n; k++) {
		const nl = s.indexOf('\n', at);
		if (nl === -1) return s.length;
		at = nl + 1;
	}
	return at;
}

/** Offset of the start of line `n` of `s`. */
function lineOffset(s: string, n: number): number {
	return n === 0 ? 0 : nthNewline(s, n);
}
