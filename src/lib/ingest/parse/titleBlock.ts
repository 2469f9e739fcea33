/**
 * Metadata written at the very top of a Markdown or plain-text file without `---` fences:
 *
 * - Pandoc's title block: up to three `%` lines, the title, the authors (`;` between them) and
 *   the date ("% KubeCon Seattle, day one" / "% Ana Gomez" / "% 2018-12-12"); a line may be `%`
 *   alone to skip a field, and an indented line continues the one before.
 * - MultiMarkdown metadata: "Title: …", "Author: …", "Date: …" lines down to a blank line.
 *
 * Either says what the document is, not what happened at a conference: read as front matter,
 * not kept as a passage. Conservative for MultiMarkdown, as "Label: value" lines are common in
 * recaps: only a block at the very top whose first key is a title, author or date and which has
 * a title or stands over the document's title heading (a page's property block without one is
 * properties.ts's), and no key of a session's card ("Speaker: Jane Doe", "Room: 6A": that block
 * describes a talk and stays text).
 */
import { normaliseDate } from '../frontmatter';
import { SESSION_CARD_KEYS } from './properties';

export interface TitleBlock {
	meta: Record<string, string>;
	/** The document without the block. */
	body: string;
}

/** Lines a metadata block may take; a longer run of "Key: value" lines is a list. */
const MAX_LINES = 30;
const MAX_VALUE = 300;
/** "Title: …", "Base Header Level: 2": a key of up to three words, then a colon. */
const KEY_LINE = /^([A-Za-z][\w-]*(?: [\w-]+){0,2})[ \t]*:[ \t]*(.*?)\s*$/;
const FIRST_KEYS = new Set(['title', 'author', 'authors', 'date']);
/** Keys of a session's card (properties.ts): such a block is a talk's, kept as text. */
const TALK_KEYS = new Set([...SESSION_CARD_KEYS, 'where', 'when']);

/** The Pandoc title block or MultiMarkdown metadata at the top of `body`, or null. */
export function splitTitleBlock(body: string): TitleBlock | null {
	const start = /^(?:[ \t]*\n)*/.exec(body)![0].length;
	const c = body[start];
	if (c === '%') return pandocBlock(body, start);
	// Cheap gate: the first line opens with a letter and has a colon.
	if (c === undefined || !/[A-Za-z]/.test(c)) return null;
	const nl = body.indexOf('\n', start);
	if (!body.slice(start, nl === -1 ? undefined : nl).includes(':')) return null;
	return multiMarkdownBlock(body, start);
}

/** The block's lines from `start` down to a blank line, or null when no text follows it. */
function blockLines(body: string, start: number): { lines: string[]; end: number } | null {
	const lines: string[] = [];
	let at = start;
	while (at < body.length && lines.length <= MAX_LINES) {
		const nl = body.indexOf('\n', at);
		const line = body.slice(at, nl === -1 ? body.length : nl).replace(/\r$/, '');
		if (!line.trim()) return body.slice(at).trim() ? { lines, end: at } : null;
		lines.push(line);
		if (nl === -1) break;
		at = nl + 1;
	}
	return null;
}

function pandocBlock(body: string, start: number): TitleBlock | null {
	const block = blockLines(body, start);
	if (!block) return null;
	const fields: string[] = [];
	for (const line of block.lines) {
		if (line.startsWith('%') && (line.length === 1 || /^%[ \t]/.test(line))) {
			fields.push(line.slice(1).trim());
		} else if (/^[ \t]/.test(line) && fields.length) {
			fields[fields.length - 1] += ' ' + line.trim();
		} else return null;
	}
	if (fields.length > 3 || !fields[0]) return null;
	const meta: Record<string, string> = { title: fields[0] };
	const authors = (fields[1] ?? '')
		.split(';')
		.map((a) => a.trim())
		.filter(Boolean);
	if (authors.length) meta.author = authors.join(', ');
	if (fields[2]) meta.date = fields[2];
	return { meta, body: body.slice(block.end) };
}

function multiMarkdownBlock(body: string, start: number): TitleBlock | null {
	const block = blockLines(body, start);
	if (!block || block.lines.length < 2) return null;
	const meta: Record<string, string> = {};
	const keys: string[] = [];
	for (const line of block.lines) {
		const m = /^[ \t]/.test(line) ? null : KEY_LINE.exec(line);
		if (m) {
			const key = m[1]!.toLowerCase();
			if (key in meta || TALK_KEYS.has(key) || m[2]!.length > MAX_VALUE) return null;
			keys.push(key);
			meta[key] = m[2]!;
		} else if (keys.length && /^[ \t]+\S/.test(line)) {
			// MultiMarkdown: an indented line continues the value above.
			meta[keys.at(-1)!] = `${meta[keys.at(-1)!]} ${line.trim()}`.trim();
		} else return null;
	}
	if (!FIRST_KEYS.has(keys[0]!)) return null;
	// Without a title, only over the document's own title heading ("Author: …" / "Date: …" over
	// an rST or Markdown title): a page's property block under its title is properties.ts's.
	if (!meta.title && !(meta.title === undefined && headingFollows(body, block.end))) return null;
	// "Date: May 2-4, 2018" is when the event was, not when the text was written: kept as text.
	let rest = '';
	if (meta.date !== undefined && !normaliseDate(meta.date, '', [])) {
		if (meta.date) rest = `Date: ${meta.date}\n\n`;
		delete meta.date;
	}
	return { meta, body: rest + body.slice(block.end) };
}

const ATX_HEADING = /^#{1,6}[ \t]+\S/;
const ADORNMENT = /^([=\-~^"'`#*+])\1{2,}[ \t]*$/;

/** Whether the first lines after `at` are a heading: "# Title", or a title over (and under) a rule. */
function headingFollows(body: string, at: number): boolean {
	const lines = body
		.slice(at, at + 600)
		.replace(/^\s*\n/, '')
		.split('\n', 3);
	const [a = '', b = '', c = ''] = lines.map((l) => l.trimEnd());
	if (ATX_HEADING.test(a)) return true;
	if (a && !ADORNMENT.test(a) && ADORNMENT.test(b)) return b.length >= a.trim().length;
	return ADORNMENT.test(a) && b.trim() !== '' && ADORNMENT.test(c) && a[0] === c[0];
}
