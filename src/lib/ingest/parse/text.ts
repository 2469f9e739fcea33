/**
 * Plain text (often a web page copied as text) → Blocks. There is no markup, so structure is
 * inferred: a short, title-like line standing alone before a paragraph is a heading; bullet
 * characters (•, -, *, 1.) start list items; lines of dashes are separators.
 */
import type { Block } from './blocks';
import { readByline, readDateline, type Byline } from './byline';
import { looksLikeTalk } from './classify';
import {
	finishText,
	isHashtagLine,
	isShellPrompt,
	isUrlOnly,
	opensProse,
	plainTextHtml,
	startsWithLetter
} from './inline';
import { splitCount } from '../codeUnits';
import { QUOTED_LINE, unquoted, withoutSignature } from './mail';
import { joinBrokenWords, joinPdfPages } from './pdfText';
import { emojiItem, oneEntryALine, talkEntries } from './lists';
import { speakersUnder, withSpeakerUnder } from './speakerUnder';
import { delimitedRows, mayBeDelimited } from './delimited';
import { FORUM_GATE, withoutForumFurniture } from './forum';
import { isChatMessage } from './chat';
import { withoutEmphasis } from './textEmphasis';
import { FIRST_COUNTER, threadPosts, type Group } from './textThreads';
import { isPersonName, parseSpeakerList } from '../speakers';
import { titleCased } from '../talkTitle';
import { isPlaceName } from '../places';

// Compiled once: tsx lowers in-function literals with \p{…} to a new RegExp per call.
const ANY_LETTER = /\p{L}/u;
const TITLE_OPENING = /^[\p{Lu}\p{N}"“‘'(\p{Lo}]/u;

// A task list's checkbox ("[ ] Try Thanos", "- [x] Watch the keynote", "☐ …") marks an item too.
const ITEM =
	/^\s*(?:[•◦▪▫●○■□‣⁃∙·*+–-](?:\s+\[[ xX✓✔]\])?|\d{1,3}[.)]|[a-z][.)]|\(\w{1,3}\)|\[[ xX✓✔]\]|[☐☑☒])\s+(.*)$/;
// Separators ("--", "* * *", "———") and navigation crumbs ("[see all posts]") carry no text.
const NOISE = /^[-=_*~#.•·—–+ \t]+$|^\s*\[[^\]]{1,60}\]\s*$/;

/**
 * A line that opens with a time of day ("10:55", "9.30", "14h00"), as a schedule's do, or with
 * a video's or a podcast's timestamp ("00:12:34", "47:20", "[1:02:03]"), as chapter lists do.
 */
const SCHEDULE_LINE = /^\s*(?:(?:[01]?\d|2[0-3])[:.h][0-5]\d|[[(]?\d{1,2}:[0-5]\d)(?!\d)/;
/** "Chapters:", "Timestamps:": a short line introducing such a list. */
const LIST_INTRO = /^[^:\n]{1,60}:\s*$/;

const TRAILING_EMOJI = /(?:\s|\p{Extended_Pictographic}|\p{Emoji_Modifier}|\uFE0F|\u200D)+$/u;

const MAX_HEADING_WORDS = 12;
const MAX_TALK_WORDS = 40;

function words(line: string): number {
	return splitCount(line.trim());
}

/** Could this line, alone in its group, be a heading? */
export function isTitleLike(line: string): boolean {
	const t = line.trim();
	if (!t || t.length > 300 || ITEM.test(line) || !ANY_LETTER.test(t)) return false;
	if (isUrlOnly(t) || /https?:\/\/|www\./.test(t) || isChatMessage(t)) return false;
	const talk = looksLikeTalk(t);
	if (words(t) > (talk ? MAX_TALK_WORDS : MAX_HEADING_WORDS)) return false;
	if (!talk && t.length > 150) return false;
	// "KubeCon NA 2021 is a wrap. ✅": a social post's sentence ends before its emoji.
	const end = t.charCodeAt(t.length - 1) >= 0x2000 ? t.replace(TRAILING_EMOJI, '') : t;
	if (/[.!:;,…。！]$/.test(end) && !/\.\.\.$|\b(?:Inc|Ltd|Co|Corp)\.$/.test(end)) return false;
	return talk || TITLE_OPENING.test(t);
}

function groups(body: string): Group[] {
	const out: Group[] = [];
	let cur: string[] = [];
	let shell = false;
	const lines = body.split('\n');
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!;
		// "$ kubectl get pods" and its output, down to the next blank line or to prose: code.
		if (isShellPrompt(line) || (shell && !opensProse(lines, i))) {
			if (cur.length) out.push({ lines: cur });
			cur = [];
			shell = line.trim() !== '';
			continue;
		}
		shell = false;
		if (!line.trim() || (!startsWithLetter(line) && NOISE.test(line))) {
			if (cur.length) out.push({ lines: cur });
			cur = [];
		} else cur.push(line);
	}
	if (cur.length) out.push({ lines: cur });
	return out;
}

/** Paragraph lines, then list items (a non-indented line after the items starts a paragraph). */
function groupBlocks(g: Group, blocks: Block[]): void {
	let para: string[] = [];
	/** The lines of each item; null for a shell command's ("- $ kubectl …"), dropped. */
	let items: (string[] | null)[] = [];
	const flushPara = () => {
		if (para.length) blocks.push({ type: 'paragraph', text: finishText(para.join(' ')) });
		para = [];
	};
	const flushItems = () => {
		const kept: string[] = [];
		// "- Title" over "  Jane Doe, Acme": the item's title, then its speakers (speakerUnder.ts).
		const { unders, bare } = speakersUnder(items);
		items.forEach((p, i) => {
			if (p) kept.push(finishText(withSpeakerUnder(p, bare, unders[i]).join(' ')));
		});
		if (kept.length) blocks.push({ type: 'list', items: kept });
		items = [];
	};
	// "10:55 - 11:30  Title - Speaker, Org" on each line: a schedule, one entry a line; a video's
	// chapters ("Chapters:" over "00:12:34 Title — Speaker (Org)" lines), "A | B | C" records too.
	const intro = g.lines.length > 2 && LIST_INTRO.test(g.lines[0]!) ? 1 : 0;
	// Lines that are each a talk ("Session: "Title" - Jane Doe, Acme"): one entry a line too, not
	// a hard-wrapped paragraph run together.
	if (oneEntryALine(g.lines, intro, SCHEDULE_LINE) || talkEntries(g.lines, intro)) {
		if (intro) blocks.push({ type: 'paragraph', text: finishText(g.lines[0]!) });
		blocks.push({ type: 'list', items: g.lines.slice(intro).map((l) => finishText(l)) });
		return;
	}
	for (let k = 0; k < g.lines.length; k++) {
		const line = g.lines[k]!;
		const letter = startsWithLetter(line);
		const item = letter && !/^\s*\w[.)]/.test(line) ? null : ITEM.exec(line);
		// "👉 Title" over "✅ Done": emoji bullets, on two lines or more.
		const emoji = item ? 0 : emojiItem(g.lines, k);
		if (item || emoji) {
			flushPara();
			const text = item ? item[1]! : line.slice(emoji);
			items.push(isShellPrompt(text) ? null : [text]);
		} else if (items.length && /^\s/.test(line)) items.at(-1)?.push(line);
		else {
			flushItems();
			para.push(line);
		}
	}
	flushPara();
	flushItems();
}

/** A recap's or a day's heading, not a talk's title. */
const NOT_TALK_TITLE = /\b(?:recap|kube\s?con|docker\s?con|cloud\s?native\s?con|day\s*\d+)\b/i;

/**
 * A group whose first line is a title-cased title and whose second is only people with their
 * organisation ("Alice Smith, Acme"): a talk, its speakers, then notes on it.
 */
function talkOpening(g: Group): boolean {
	if (g.post || g.lines.length < 2) return false;
	const second = g.lines[1]!.trim();
	const c = second.charCodeAt(0);
	// Cheap gates: a short second line opening with a capital (or a letter beyond ASCII).
	if (second.length > 80 || second.length < 6 || !((c >= 65 && c <= 90) || c > 191)) return false;
	const first = g.lines[0]!;
	if (!isTitleLike(first) || SCHEDULE_LINE.test(first) || NOT_TALK_TITLE.test(first)) return false;
	if (!titleCased(finishText(first))) return false;
	const list = parseSpeakerList(second);
	return (
		list !== null &&
		list.organizations.length > 0 &&
		list.speakers.every(isPersonName) &&
		!list.speakers.some(isPlaceName)
	);
}

const NUMBERED_LINE = /^\s*(\d{1,2})[.)]\s+(\S.*)$/;

/** Body text under a heading: a paragraph (not a lone title-like line) or a bulleted list. */
function isBodyGroup(g: Group | undefined): boolean {
	if (!g || g.post) return false;
	const first = g.lines[0]!;
	if (ITEM.test(first)) return !NUMBERED_LINE.test(first);
	return g.lines.length > 1 || !isTitleLike(first);
}

/**
 * "1. Service mesh adoption" alone on a line, body text under it, then "2. Observability beyond
 * metrics", …: numbered headings, not list items. The indices of those groups, or null. Only when
 * every number from 1 on is such a line (short, title-like, standalone, a paragraph of text after
 * it): numbered sentences, or numbered lines one after another, stay a list.
 */
function numberedHeadings(gs: Group[]): Set<number> | null {
	let out: Set<number> | null = null;
	let expected = 1;
	for (let i = 1; i < gs.length; i++) {
		const g = gs[i]!;
		if (g.lines.length !== 1 || g.post) continue;
		const c = g.lines[0]!.charCodeAt(0);
		if (c < 48 || c > 57) continue;
		const m = NUMBERED_LINE.exec(g.lines[0]!);
		if (!m) continue;
		if (Number(m[1]) !== expected) continue;
		if (isTitleLike(m[2]!) && isBodyGroup(gs[i + 1])) {
			(out ??= new Set()).add(i);
			expected++;
		} else if (out) return null; // "2." a sentence, or a list item after "1.": not headings.
	}
	return out && out.size >= 2 ? out : null;
}

export interface TextParse {
	blocks: Block[];
	title: string | null;
	byline: Byline | null;
	dateline: string | null;
}

/** "Home > Blog > Events", "Blog › Conferences › KubeCon": two separators at least. */
const CRUMBS = /^[^>›»\n]{1,40}(?:\s[>›»]\s[^>›»\n]{1,80}){2,6}$/;
const CRUMB_ROOT = /^(?:home|blog|start|startseite|accueil|inicio|news|posts|articles|events)\s/i;

/** A line of crumbs: from a site's root ("Home > …"), or ending in the title under it. */
function isCrumbs(g: Group, title: string): boolean {
	const line = g.lines.length === 1 ? g.lines[0]!.trim() : '';
	if (!/[>›»]/.test(line) || !CRUMBS.test(line)) return false;
	const last = line.slice(line.search(/[^>›»]*$/)).trim();
	return CRUMB_ROOT.test(line) || last.toLowerCase() === title.trim().toLowerCase();
}

export function parseText(body: string): TextParse {
	let text = withoutEmphasis(plainTextHtml(body));
	// Text from a PDF: pages split by form feeds, with running headers and footers, and words
	// hyphenated by the typesetter. Only there: a wrapped text file breaks lines at a compound's
	// own hyphen too ("cloud-" / "native"), which must stay.
	if (text.includes('\f')) {
		text = joinPdfPages(text);
		if (text.includes('-\n')) text = joinBrokenWords(text);
	}
	if (
		(text.includes(' ago') || text.includes('Reply') || text.includes('level ')) &&
		FORUM_GATE.test(text)
	)
		text = withoutForumFurniture(text);
	if (text.includes('>') && QUOTED_LINE.test(text)) text = unquoted(text);
	if (text.includes('\n--')) text = withoutSignature(text);
	let gs = groups(text);
	// A post's closing hashtags are its labels (dropped with them): the line above is no heading.
	while (gs.length > 1 && gs.at(-1)!.lines.every(isHashtagLine)) gs.pop();
	if (text.includes('1/') && FIRST_COUNTER.test(text)) gs = threadPosts(gs);
	// "Home > Blog > KubeCon EU 2019 recap" over the title: a web page's crumbs, not its title.
	const next = gs[1]?.lines;
	if (gs.length > 2 && next!.length <= 3 && isTitleLike(next![0]!) && isCrumbs(gs[0]!, next![0]!))
		gs = gs.slice(1);
	const numbered = numberedHeadings(gs);
	const blocks: Block[] = [];
	let title: string | null = null;
	let byline: Byline | null = null;
	let dateline: string | null = null;
	let bylineAt = -1;
	for (let i = 0; i < gs.length; i++) {
		const g = gs[i]!;
		if (g.post) {
			const text = finishText(g.lines.join(' '));
			if (i === 0)
				title = text.length > 150 ? text.slice(0, text.lastIndexOf(' ', 150)) + '…' : text;
			blocks.push({ type: 'paragraph', text });
			continue;
		}
		// "Time,Title,Speaker,Company" over its rows: a schedule as CSV or TSV.
		const table = mayBeDelimited(g.lines) ? delimitedRows(g.lines) : null;
		if (table) {
			blocks.push({ type: 'table', rows: table });
			continue;
		}
		const only = g.lines.length === 1 ? g.lines[0]! : null;
		if (numbered?.has(i)) {
			blocks.push({ type: 'heading', text: finishText(only!), level: 2 });
			continue;
		}
		if (i > 0 && !byline && (byline = readByline(g.lines, (l) => finishText(l), blocks))) {
			bylineAt = i;
			continue;
		}
		if (i > 0 && !dateline && (dateline = readDateline(g.lines, (l) => finishText(l), blocks))) {
			bylineAt = i;
			continue;
		}
		if (i === 0) {
			const first = finishText(g.lines[0]!);
			title = first.length > 150 ? first.slice(0, first.lastIndexOf(' ', 150)) + '…' : first;
			if (only !== null && isTitleLike(only) && gs.length > 1) {
				blocks.push({ type: 'heading', text: first, level: 1 });
				continue;
			}
			// "KubeCon EU 2019 recap" right over "By Jane Doe" (or a byline over its date).
			const head: Block = { type: 'heading', text: first, level: 1 };
			const under = g.lines.length <= 3 && isTitleLike(g.lines[0]!) ? g.lines.slice(1) : null;
			if (under && gs.length > 1 && (byline = readByline(under, finishText, [head]))) {
				blocks.push(head);
				bylineAt = i;
				continue;
			}
		}
		const prev = blocks.at(-1);
		// A byline between a heading and this line: the line is no longer right under the heading.
		const afterHeading = prev?.type === 'heading' && bylineAt !== i - 1;
		if (only !== null && i + 1 < gs.length && isTitleLike(only)) {
			const text = finishText(only);
			// A short line right under a heading is a subtitle or a "slides" link, unless it is a talk.
			if (!afterHeading || looksLikeTalk(text)) {
				blocks.push({ type: 'heading', text, level: 2 });
				continue;
			}
		}
		// "Scaling Prometheus with Thanos" over "Alice Smith, Acme" (and notes): a talk's title and
		// its speaker, as a heading and its first paragraph.
		if (i > 0 && talkOpening(g)) {
			blocks.push({ type: 'heading', text: finishText(g.lines[0]!), level: 3 });
			blocks.push({ type: 'paragraph', text: finishText(g.lines[1]!) });
			if (g.lines.length > 2) groupBlocks({ lines: g.lines.slice(2) }, blocks);
			continue;
		}
		groupBlocks(g, blocks);
	}
	return { blocks, title, byline, dateline };
}
