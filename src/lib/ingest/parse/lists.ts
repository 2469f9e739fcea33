/**
 * Collects list items for the line-based parsers. Nested items are flattened into the same
 * list (one item a line in the passage): recaps nest for layout far more than for meaning.
 * An item that is a shell command ("- $ kubectl apply -f deploy.yaml") is code, not text: it
 * and the lines that continue it (the command's output) are dropped.
 */
import type { Block } from './blocks';
import { looksLikeTalk } from './classify';
import { isShellPrompt } from './inline';
import { speakersUnder, withSpeakerUnder, type Under } from './speakerUnder';

/** A task list's checkbox ("- [ ] Try Thanos", "* [x] Watch the keynote"): a marker, not text. */
export const CHECKBOX = /^\[[ xX✓✔-]\]\s+/;

/**
 * A line wholly in emphasis ("**Title**", "*Jane Doe, Acme*"), not a label ending in a colon or a
 * full stop.
 */
const EMPHASISED_LINE = /^(\*\*|__|\*|_)(?=[^\s*_])[^*_\n]{1,200}[^\s*_:.]\1$/;

/**
 * An item's lines as one text. "**Title**" over "Jane Doe, Acme", or "Title" over "*Jane Doe,
 * Acme*": a line set apart by emphasis from the one under or over it is a field of its own (a
 * talk's title, then its speakers), joined with a dash as "Title – Jane Doe, Acme" reads; other
 * lines run on.
 */
function itemText(parts: string[], under: Under, bare: boolean): string {
	if (parts.length < 2) return parts[0] ?? '';
	const [a, b] = parts as [string, string];
	const c = a.charCodeAt(0);
	const d = b.charCodeAt(0);
	const emphasis =
		((c === 42 || c === 95) && EMPHASISED_LINE.test(a)) ||
		((d === 42 || d === 95) && EMPHASISED_LINE.test(b));
	// "Title" over "Jane Doe, Acme" without emphasis (speakerUnder.ts).
	if (!emphasis) return withSpeakerUnder(parts, bare, under).join('\n');
	return [`${a} – ${b}`, ...parts.slice(2)].join('\n');
}

/** An item that is only a link to a heading of the page: a table of contents' entry. */
const ANCHOR_ITEM = /^\[[^\]\n]+\]\(#[^)\s]*\)[\s.]*$/;
/** A table of contents' own label, as a heading, a bold line or a line before its list. */
export const TOC_LABEL =
	/^(?:table of contents|contents|toc|in this (?:post|article)|inhalt|inhaltsverzeichnis|sommaire|table des matières|índice|indice|contenido|sumário|sommario|inhoud(?:sopgave)?|spis treści|содержание|оглавление|içindekiler|daftar isi|mục lục|目次|目录|目錄|목차)\s*[:：]?$/iu;

const isAnchorItem = (parts: string[] | null) =>
	parts !== null &&
	parts.length === 1 &&
	parts[0]!.charCodeAt(0) === 91 &&
	ANCHOR_ITEM.test(parts[0]!);

/** Drops a table of contents' label, the block before its list, if it is one. */
function dropTocLabel(blocks: Block[]): void {
	const prev = blocks.at(-1);
	if (prev && 'text' in prev && prev.text.length < 40 && TOC_LABEL.test(prev.text.trim()))
		blocks.pop();
}

export class ListCollector {
	/** The lines of each item; null for a shell command's (dropped at the flush). */
	private items: (string[] | null)[] = [];
	/** The format's inline clean-up; it adds the text of each link to `links` when it can. */
	private inline: (raw: string, links?: string[], sessions?: string[]) => string;

	constructor(inline: (raw: string, links?: string[], sessions?: string[]) => string) {
		this.inline = inline;
	}

	get active(): boolean {
		return this.items.length > 0;
	}

	item(text: string): void {
		if (isShellPrompt(text)) {
			this.items.push(null);
			return;
		}
		this.items.push([text.charCodeAt(0) === 91 ? text.replace(CHECKBOX, '') : text]);
	}

	/** Forgets the items collected so far, kramdown's `* TOC` placeholder before `{:toc}`, and its label. */
	discardToc(blocks: Block[]): void {
		this.items = [];
		dropTocLabel(blocks);
	}

	continueItem(text: string): void {
		this.items.at(-1)?.push(text);
	}

	flushInto(blocks: Block[]): void {
		// A table of contents (every item a link to a heading of the page) says nothing the
		// headings do not: as a passage it would count each project and theme twice.
		if (this.items.length > 1 && this.items.every(isAnchorItem)) {
			this.discardToc(blocks);
			return;
		}
		if (!this.items.length) return;
		const links: string[] = [];
		const sessions: string[] = [];
		const items: string[] = [];
		// A name alone under an item's title counts when another item has one with its organisation.
		const { unders, bare } = speakersUnder(this.items);
		this.items.forEach((parts, i) => {
			const text = parts ? this.inline(itemText(parts, unders[i]!, bare), links, sessions) : '';
			if (text) items.push(text);
		});
		this.items = [];
		if (!items.length) return;
		if (!links.length) blocks.push({ type: 'list', items });
		else if (!sessions.length) blocks.push({ type: 'list', items, links });
		else blocks.push({ type: 'list', items, links, sessions });
	}
}

/**
 * "👉 Title", "✅ Done", "🔹 Point", "▶ Next", "➤ More": one emoji or arrow, a space, then the
 * item's text. (©, ® and ™ open a line of text, not an item.)
 */
const EMOJI_BULLET =
	/^[ \t]*(?:(?![©®™])\p{Extended_Pictographic}|[►▸➤➜→★])(?:\uFE0F|\p{Emoji_Modifier})?[ \t]+(?=\S)/u;

/** The length of the emoji bullet opening `line`, or 0 (most lines: one code unit tested). */
export function emojiBullet(line: string | undefined): number {
	if (line === undefined) return 0;
	let c = line.charCodeAt(0);
	if (c === 32 || c === 9) c = line.trimStart().charCodeAt(0);
	// Arrows, symbols and dingbats (U+2190–U+2BFF), or the surrogates of the emoji planes.
	if (!((c >= 0x2190 && c <= 0x2bff) || (c >= 0xd83c && c <= 0xd83e))) return 0;
	return EMOJI_BULLET.exec(line)?.[0].length ?? 0;
}

/**
 * The emoji bullet of `lines[k]` when the line before or after it opens with one too (a lone
 * "🎉 Day one" is a heading or a sentence, not a list), else 0.
 */
export function emojiItem(lines: readonly string[], k: number): number {
	const n = emojiBullet(lines[k]);
	return n > 0 && (emojiBullet(lines[k - 1]) > 0 || emojiBullet(lines[k + 1]) > 0) ? n : 0;
}

/**
 * "Title | Speaker, Org | KubeCon NA 2019" on each line: records, one a line, each with the same
 * number of bars between spaces (a playlist's or a list's fields; not a pipe table, whose rows
 * open with a bar). Two lines at least.
 */
export function pipeRecords(lines: readonly string[]): boolean {
	if (lines.length < 2 || !lines[0]!.includes(' | ')) return false;
	const bars = lines[0]!.split(' | ').length;
	return lines.every(
		(l) => l.includes(' | ') && !l.trimStart().startsWith('|') && l.split(' | ').length === bars
	);
}

/**
 * Lines that are one entry each: from `from` on (after a list's intro line) every line opens with
 * a schedule's time (`schedule`), or all are "A | B | C" records.
 */
export function oneEntryALine(lines: readonly string[], from: number, schedule: RegExp): boolean {
	if (lines.length < 2) return false;
	return lines.every((l, i) => i < from || schedule.test(l)) || (from === 0 && pipeRecords(lines));
}

/** A line that stops mid-phrase ("…, Acme and", "Title –"): the next line goes on with it. */
const RUNS_ON = /(?:[,;:(&/–—-]|\b(?:and|or|by|with|of|the|a|at|from|to|in|on))\s*$/i;
/** An entry opens with a capital, a digit or a quote. */
const ENTRY_START = /^[\p{Lu}\p{N}"“'‘«„]/u;

/**
 * `Session: "Title" - Jane Doe, Acme` over `Session: "Other" - John Roe, Globex`: lines without
 * bullets that are each a whole talk entry (each reads as a talk, none stops mid-phrase, none is
 * followed by a line that goes on in lower case). Hard-wrapped prose does not have that shape.
 */
export function talkEntries(lines: readonly string[], from: number): boolean {
	if (lines.length - from < 2) return false;
	for (let i = from; i < lines.length; i++) {
		const line = lines[i]!.trim();
		if (RUNS_ON.test(line) || !ENTRY_START.test(line) || !looksLikeTalk(line)) return false;
	}
	return true;
}

/** A definition under its term (PHP Markdown Extra, Pandoc): ": text", ":   text". */
const DEFINITION = /^ {0,3}:[ \t]+(\S.*)$/;

/**
 * A definition list's lines as the term with its definitions, one line: "Istio" over ": The
 * mesh…" reads "Istio: The mesh…", not "Istio : The mesh…".
 */
export function joinDefinitions(lines: string[]): string[] {
	const out: string[] = [];
	let term = false;
	for (const line of lines) {
		const def = out.length && line.includes(':') ? DEFINITION.exec(line) : null;
		if (!def) {
			out.push(line);
			term = false;
			continue;
		}
		const last = out.length - 1;
		out[last] = term
			? `${out[last]} ${def[1]}`
			: `${out[last]!.trimEnd().replace(/[:：]$/, '')}: ${def[1]}`;
		term = true;
	}
	return out;
}
