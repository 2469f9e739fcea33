/**
 * The format-neutral middle of the parser. Each format turns its lines into Blocks (plain text,
 * markup already removed); `assemble` turns Blocks into sections and passages with the same
 * rules for every format, so "one passage = one thought" means the same thing everywhere.
 */
import type { ParsedSection, PassageKind } from '../types';
import { headingKind, isDayText, looksLikeTalk } from './classify';
import { isUrlOnly } from './inline';
import { splitLines, splitLong } from './split';

// Compiled once: tsx lowers in-function literals with \p{…} to a new RegExp per call.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Three words or more. */
const MANY_WORDS = /\S\s+\S+\s+\S/;

export type Block =
	/** `level` is the format's own depth (1 = `#`, `=`…); assemble ranks the levels it sees. */
	| { type: 'heading'; text: string; level: number }
	/** A line that is only bold text: a day marker ("**Tuesday**") or a label ("**Speakers**"). */
	| { type: 'marker'; text: string }
	/**
	 * `links`: the text of the links in it, when the format keeps them (Markdown); `sessions`:
	 * the links among them to one session's page. `talk`: its markup showed it names a session
	 * ("**Title** (Speaker, Org)").
	 */
	| { type: 'paragraph'; text: string; links?: string[]; sessions?: string[]; talk?: boolean }
	| { type: 'list'; items: string[]; links?: string[]; sessions?: string[] }
	/** One entry per body row, cells already joined. */
	| { type: 'table'; rows: string[] }
	| { type: 'quote'; text: string };

/** List items longer than this are a thought of their own and become their own passage. */
export const LONG_ITEM_CHARS = 200;
/** A paragraph that introduces a list ("…the following:") joins it when no longer than this. */
const INTRO_CHARS = 300;

function hasText(s: string): boolean {
	return LETTER_OR_DIGIT.test(s) && !isUrlOnly(s);
}

function push(
	section: ParsedSection,
	text: string,
	kind: PassageKind,
	links?: string[],
	sessions?: string[]
): void {
	if (!hasText(text)) return;
	const pieces = kind === 'list' ? splitLines(text) : splitLong(text);
	for (const p of pieces) {
		const own = links?.filter((l) => p.includes(l));
		if (!own?.length) section.passages.push({ text: p, kind });
		else {
			const ownSessions = sessions?.filter((l) => p.includes(l));
			section.passages.push(
				ownSessions?.length
					? { text: p, kind, links: own, sessions: ownSessions }
					: { text: p, kind, links: own }
			);
		}
	}
}

/** A list: talk lines one passage each, short items together, long items alone. */
function pushList(
	section: ParsedSection,
	intro: string | null,
	rawItems: string[],
	links?: string[],
	sessions?: string[]
): void {
	const items = rawItems.filter(hasText);
	if (items.length === 0) {
		if (intro) push(section, intro, 'paragraph');
		return;
	}
	const talks = items.filter((i) => i.length <= 400 && looksLikeTalk(i)).length;
	if (talks * 2 >= items.length) {
		if (intro) push(section, intro, 'paragraph');
		for (const item of items)
			push(section, item, looksLikeTalk(item) ? 'talk' : 'list', links, sessions);
		return;
	}
	const allShort = items.every((i) => i.length <= LONG_ITEM_CHARS);
	if (allShort) {
		push(section, (intro ? [intro, ...items] : items).join('\n'), 'list', links, sessions);
		return;
	}
	if (intro) push(section, intro, 'paragraph');
	let run: string[] = [];
	const flush = () => {
		if (run.length) push(section, run.join('\n'), 'list', links, sessions);
		run = [];
	};
	for (const item of items) {
		if (item.length <= LONG_ITEM_CHARS) run.push(item);
		else {
			flush();
			push(section, item, 'list', links, sessions);
		}
	}
	flush();
}

/** A line naming a session's speakers ("Speaker: Jane Doe (Acme)", "Presented by: …"). */
const SPEAKER_LINE = /^(?:[Ss]peakers?|SPEAKERS?|[Pp]resenters?|[Pp]resented by)\s*[:：]/;

function isIntro(b: Block | undefined): b is { type: 'paragraph' | 'marker'; text: string } {
	if (!b) return false;
	if (b.type === 'marker') return !isDayText(b.text);
	return b.type === 'paragraph' && b.text.length <= INTRO_CHARS && /[:：]$/.test(b.text);
}

export interface Assembled {
	sections: ParsedSection[];
	/** Text of the first top-level heading, for documents without a title in front matter. */
	firstHeading: string | null;
}

/** A subtitle is short: a section with more than this under the title has begun its text. */
const SUBTITLE_CHARS = 200;

function sameText(a: string, b: string): boolean {
	return a === b || a.trim().toLowerCase() === b.trim().toLowerCase();
}

/** Whether `heading` repeats the title `first`, with at most a subtitle in `current` under it. */
function repeatsTitle(heading: string, first: string | null, current: ParsedSection): boolean {
	if (first === null || current.heading !== first || !sameText(heading, first)) return false;
	const p = current.passages;
	return p.length === 0 || (p.length === 1 && p[0]!.text.length <= SUBTITLE_CHARS);
}

export function assemble(blocks: Block[]): Assembled {
	const levels: number[] = [];
	for (const b of blocks)
		if (b.type === 'heading' && !levels.includes(b.level)) levels.push(b.level);
	levels.sort((a, b) => a - b);
	const rank = (level: number) => levels.indexOf(level) + 1;

	const sections: ParsedSection[] = [];
	let current: ParsedSection = { heading: null, level: 0, kind: 'preamble', passages: [] };
	let lastLevel = levels[0] ?? 1;
	let firstHeading: string | null = null;
	const open = (heading: string, level: number, kind: ParsedSection['kind']) => {
		if (current.kind !== 'preamble' || current.passages.length) sections.push(current);
		current = { heading, level, kind, passages: [] };
	};

	let headingsSeen = 0;
	// Only a heading that opens the document is its title (not a first section after an intro).
	const opensWithTitle = blocks[0]?.type === 'heading';
	let titleRepeatedAt = -2;
	for (let i = 0; i < blocks.length; i++) {
		const b = blocks[i]!;
		const next = blocks[i + 1];
		// "**KubeCon NA 2017 — Notes**" opening a document with no headings (a Google Docs
		// export's bold lines): its title, still a passage of its own.
		if (i === 0 && b.type === 'marker' && levels.length === 0 && MANY_WORDS.test(b.text))
			firstHeading = b.text;
		if (b.type === 'heading') {
			if (!b.text) continue;
			// The title printed twice (a page's header, then the post's own first heading, as
			// Medium exports do), a subtitle at most between: one section, not two.
			if (headingsSeen++ === 1 && opensWithTitle && repeatsTitle(b.text, firstHeading, current)) {
				titleRepeatedAt = i;
				continue;
			}
			// …and the subtitle printed again under it (Medium's "graf--subtitle").
			const sub = current.passages.length === 1 ? current.passages[0]!.text : null;
			if (i === titleRepeatedAt + 1 && sub !== null && sameText(b.text, sub)) continue;
			lastLevel = b.level;
			// The title: a heading that opens the document, else the first top-level heading.
			if (firstHeading === null && (i === 0 || rank(b.level) === 1)) firstHeading = b.text;
			open(b.text, rank(b.level), headingKind(b.text));
		} else if (b.type === 'marker' && isDayText(b.text)) {
			open(b.text, levels.length ? rank(lastLevel) : 1, 'day');
		} else if (b.type === 'marker' && next?.type === 'paragraph' && SPEAKER_LINE.test(next.text)) {
			// "**Title**" over "Speaker: Jane Doe (Acme)": the session and its speaker, one passage.
			push(current, `${b.text}\n${next.text}`, 'paragraph', next.links);
			i++;
		} else if (isIntro(b) && next?.type === 'list') {
			const intro = b.type === 'marker' && !/[:：]$/.test(b.text) ? `${b.text}:` : b.text;
			pushList(current, intro, next.items, next.links, next.sessions);
			i++;
		} else if (b.type === 'list') pushList(current, null, b.items, b.links, b.sessions);
		else if (b.type === 'table') for (const row of b.rows) push(current, row, 'table');
		else if (b.type === 'quote') push(current, b.text, 'quote');
		else {
			const talk = b.type === 'paragraph' && b.talk === true;
			const kind = talk || (b.text.length <= 300 && looksLikeTalk(b.text)) ? 'talk' : 'paragraph';
			if (b.type === 'paragraph') push(current, b.text, kind, b.links, b.sessions);
			else push(current, b.text, kind);
		}
	}
	if (current.kind !== 'preamble' || current.passages.length) sections.push(current);
	return { sections, firstHeading };
}
