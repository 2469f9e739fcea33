/**
 * Markdown (CommonMark with the habits of Hugo, Jekyll and WordPress exports) → Blocks.
 * Line-based and forgiving: `######Heading` without a space, setext headings, pipe tables,
 * kramdown attributes and shortcodes are all met in real recaps. Code is dropped: in recaps it
 * is YAML and shell noise, not prose.
 */
import type { Block } from './blocks';
import {
	readAuthorAboveDate,
	readByline,
	readDateline,
	readFollowByline,
	type Byline
} from './byline';
import { isShellPrompt, opensProse, startsWithLetter } from './inline';
import { markdownInline } from './markdownInline';
import { FENCE, unwrapAdmonitions, unwrapCallout } from './admonitions';
import { emojiItem, joinDefinitions, ListCollector, oneEntryALine } from './lists';
import { withSpeakerUnder } from './speakerUnder';
import { boldTalkLine } from './boldTalkLine';
import { boldOverSpeakers } from './boldOverSpeakers';
import { htmlTableRows, isLinkRow, pipeCells, tableRows } from './tables';
import { indentedCode } from './indentedProse';

const ATX = /^ {0,3}(#{1,6})(?:[ \t]+|(?<=##)(?=[^#\s]))(.*)$/;
const SETEXT = /^ {0,3}(=+|-+)[ \t]*$/;
const RULE = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const ITEM = /^([ \t]*)([-*+•]|\d{1,9}[.)])(?:[ \t]+(.*)|$)/;
const QUOTE = /^ {0,3}>[ ]?(.*)$/;
const CHECKBOX_LINE = /^\[[ xX]\]\s+(\S.*)$/;
const REF_DEF = /^ {0,3}\[[^\]]+\]:\s*\S+/;
/** PHP Markdown Extra's abbreviation definition, `*[HTML]: Hyper Text Markup Language`. */
const ABBR_DEF = /^ {0,3}\*\[[^\]\n]+\]:/;
/** A display-math block's `$$` fence (KaTeX, MathJax): formulas, no prose. */
const MATH_FENCE = /^ {0,3}\$\$/;
/**
 * A date as Korean and Japanese posts write it, "2019. 5. 28.", is no ordered list's item 2019
 * (CommonMark allows nine digits, but a year followed by a dotted month and day is a date).
 */
const YEAR_MARKER = /^(?:19|20)\d\d\.$/;
const DOTTED_MONTH_DAY = /^\d{1,2}\.\s?\d{1,2}\.?(?:\s|$)/;
/** A footnote's definition, `[^1]: text`: its text is prose, its marker is not. */
const FOOTNOTE_DEF = /^ {0,3}\[\^[^\]\s]{1,50}\]:[ \t]*(.*)$/;
/** `<details><summary>Show config</summary>`: the label of a folded block, no prose. */
const DETAILS_TAG = /<\/?details\b[^>]*>|<summary\b[^>]*>.*?<\/summary\s*>/gi;
/** A heading that is a shell command run as root: "# kubectl apply -f mesh.yaml". */
const ROOT_COMMAND =
	/^(?:(?:kubectl|kubeadm|istioctl|minikube|sudo|curl|wget|apt-get)[ \t]+[\w.-]|(?:helm|docker|docker-compose|kind|linkerd|git|npm|export)[ \t][^\n]*?(?:[ \t]-|\/|=|\.ya?ml\b|\.json\b))/;
const ATTR_LINE = /^\s*\{:[^}]*\}\s*$|^\s*\{[.#][^}]*\}\s*$/;
/** "**Title** (Speaker, Org)": a bold run, then only a bracket. */
const BOLD_THEN_PARENS = /^\*\*[^*\n]{4,200}\*\*\s*\([^()\n]{3,160}\)\s*$/;
const BOLD_LINE = /^\s*(\*\*|__)([^*_\n]{1,100}?)\1\s*:?\s*$/;
const TABLE_SEP = /^ {0,3}\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?$/;
const HTML_OPEN = /^\s*<(script|style|pre|iframe|noscript)\b/i;
/** Jekyll code blocks, `{% highlight bash %}` … `{% endhighlight %}`; `{% comment %}` notes. */
const LIQUID_CODE = /^\s*\{%-?\s*(highlight|codeblock|comment)\b[^%]{0,200}%\}\s*$/;
/** MDX module lines: `import X from './x'`, `export const meta = {…}`. */
const MDX_ESM =
	/^(?:import\s+(?:[\w*{}\s,]+\s+from\s+)?['"][^'"\n]+['"];?|export\s+(?:const|let|var|default|function|async)\b.*)\s*$/;

function isMdxEsm(lines: string[]): boolean {
	const first = lines[0]!;
	return (
		(first.startsWith('import ') || first.startsWith('export ')) &&
		lines.every((l) => MDX_ESM.test(l))
	);
}
const HTML_TABLE = /^\s*<table\b/i;
const HTML_HEADING = /^\s*<h([1-6])\b[^>]*>(.*?)<\/h\1\s*>\s*$/i;
const HTML_TABLE_END = /<\/table\s*>/i;
/** A closing sequence (`## Title ##`, `== Title ==`) is not part of a heading. */
export function stripClosing(text: string, mark: string): string {
	const t = text.trimEnd();
	let end = t.length;
	while (end > 0 && t[end - 1] === mark) end--;
	return end < t.length && (end === 0 || /\s/.test(t[end - 1]!)) ? t.slice(0, end).trimEnd() : t;
}

/** Index of the first line after `from` (within `limit` lines) that matches, else -1. */
export function findLine(
	lines: string[],
	from: number,
	limit: number,
	ok: (l: string) => boolean
): number {
	const end = Math.min(lines.length, from + 1 + limit);
	for (let j = from + 1; j < end; j++) if (ok(lines[j]!)) return j;
	return -1;
}

/**
 * A line that opens with a time of day ("10:55", "**9.30**", "14h00"), as a schedule's do, or
 * with a video's or a podcast's timestamp ("00:12:34", "[14:55]"), as chapter lists do.
 */
const SCHEDULE_LINE = /^\s*[*_]{0,2}(?:(?:[01]?\d|2[0-3])[:.h][0-5]\d|[[(]?\d{1,2}:[0-5]\d)(?!\d)/;

export function parseMarkdown(body: string): {
	blocks: Block[];
	byline: Byline | null;
	dateline: string | null;
} {
	let lines = body.split('\n');
	if (body.includes('!!!') || body.includes('???') || body.includes(':::'))
		lines = unwrapAdmonitions(lines);
	const blocks: Block[] = [];
	let para: string[] = [];
	let byline: Byline | null = null;
	let dateline: string | null = null;
	/** A byline or a dateline near the top is the author or the date, not a passage (byline.ts). */
	const isByline = (raw: string[]) =>
		(!byline && (byline = readByline(raw, markdownInline, blocks)) !== null) ||
		(!byline &&
			(byline = readFollowByline(raw, markdownInline, blocks)) !== null &&
			!!blocks.pop()) ||
		(!dateline &&
			(dateline = readDateline(raw, markdownInline, blocks)) !== null &&
			authorAbove(raw));
	/** "Jane Doe" over "May 6, 2019 · 5 min read" (Medium): the author, not a passage. */
	const authorAbove = (raw: string[]) => {
		if (byline || !(byline = readAuthorAboveDate(raw, markdownInline, blocks))) return true;
		const name = byline.author;
		blocks.pop();
		// The avatar's image link before it, when it reads as the same name.
		const prev = blocks.at(-1);
		if (prev?.type === 'paragraph' && prev.text.trim() === name) blocks.pop();
		return true;
	};
	const list = new ListCollector(markdownInline);
	const flushPara = (): void => {
		// "**10:55** Title - Speaker, Org", "Title | Speaker | Event" on each line: one entry a line.
		if (oneEntryALine(para, 0, SCHEDULE_LINE)) {
			blocks.push({ type: 'list', items: para.map((l) => markdownInline(l)) });
			para = [];
			return;
		}
		// "**Title** (Speaker, Org)" over its notes: the session's line is a paragraph of its own.
		const notes = para.length > 1 && boldTalkLine(para[0]!) ? para.splice(1) : null;
		if (notes) return void (flushPara(), (para = notes), flushPara());
		if (para.length && !isMdxEsm(para) && !isByline(para)) {
			const links: string[] = [];
			const sessions: string[] = [];
			const text = markdownInline(
				// "Title" over "Jane Doe, Acme": a talk and its speakers (speakerUnder.ts).
				(para.length > 1 ? joinDefinitions(withSpeakerUnder(para, false)) : para).join('\n'),
				links,
				sessions
			);
			const block: Block = !links.length
				? { type: 'paragraph', text }
				: !sessions.length
					? { type: 'paragraph', text, links }
					: { type: 'paragraph', text, links, sessions };
			// "**Title** (Speaker, Org)" alone on its line: a session, as a list item of it is.
			if (para.length === 1 && para[0]!.startsWith('**') && BOLD_THEN_PARENS.test(para[0]!))
				block.talk = true;
			blocks.push(block);
		}
		para = [];
	};
	const flushAll = () => {
		flushPara();
		list.flushInto(blocks);
	};
	let blankBefore = true;
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!;
		if (!line.trim()) {
			flushPara();
			blankBefore = true;
			continue;
		}
		const wasBlank = blankBefore;
		blankBefore = false;
		// Most lines are prose: a letter first, no table pipe, not indented code, not in a list.
		const indented = line.charCodeAt(0) === 32 || line.charCodeAt(0) === 9;
		if (
			!list.active &&
			(!indented || para.length) &&
			startsWithLetter(line) &&
			!line.includes('|')
		) {
			para.push(line);
			continue;
		}
		const liquid = line.charCodeAt(0) === 123 ? LIQUID_CODE.exec(line) : null;
		if (liquid) {
			const end = new RegExp(`^\\s*\\{%-?\\s*end${liquid[1]}\\s*-?%\\}\\s*$`);
			const j = findLine(lines, i, 5000, (l) => end.test(l));
			if (j !== -1) {
				flushAll();
				i = j;
				continue;
			}
		}
		if (HTML_TABLE.test(line)) {
			const j = HTML_TABLE_END.test(line)
				? i
				: findLine(lines, i, 2000, (l) => HTML_TABLE_END.test(l));
			const rows =
				j === -1 ? null : htmlTableRows(lines.slice(i, j + 1).join('\n'), markdownInline);
			if (rows) {
				flushAll();
				blocks.push({ type: 'table', rows });
				i = j;
				continue;
			}
		}
		if (
			line.includes('<') &&
			(line.includes('<details') || line.includes('<summary') || line.includes('</details'))
		) {
			const rest = line.replace(DETAILS_TAG, '');
			flushAll();
			// "<summary>" alone, its label on the lines under it, down to "</summary>".
			if (/<summary\b[^>]*>\s*$/i.test(rest)) {
				const j = findLine(lines, i, 5, (l) => /<\/summary\s*>/i.test(l));
				if (j !== -1) {
					const after = lines[j]!.replace(/^.*<\/summary\s*>/i, '');
					if (after.trim()) para.push(after);
					i = j;
					continue;
				}
			}
			if (rest.trim()) para.push(rest);
			continue;
		}
		if (isShellPrompt(line)) {
			// The command and its output, down to the next blank line or to prose.
			flushAll();
			while (i + 1 < lines.length && lines[i + 1]!.trim() && !opensProse(lines, i + 1)) i++;
			continue;
		}
		const fence = FENCE.exec(line);
		if (fence) {
			const marker = fence[1]!;
			const close = findLine(lines, i, 5000, (l) => {
				const t = l.trim();
				return t.startsWith(marker) && /^([`~])\1*$/.test(t);
			});
			if (close !== -1) {
				flushAll();
				i = close;
				continue;
			}
		}
		if (line.includes('$$') && MATH_FENCE.test(line)) {
			// "$$ E = mc^2 $$" on one line, or "$$" down to the line that ends in "$$".
			const t = line.trim();
			const close =
				t.length > 2 && t.endsWith('$$')
					? i
					: findLine(lines, i, 200, (l) => l.trimEnd().endsWith('$$'));
			if (close !== -1) {
				flushAll();
				i = close;
				continue;
			}
		}
		const html = HTML_OPEN.exec(line);
		if (html) {
			const end = new RegExp(`</${html[1]}\\s*>`, 'i');
			const j = findLine(lines, i - 1, 1000, (l) => end.test(l));
			if (j !== -1) {
				flushAll();
				i = j;
				continue;
			}
		}
		if (line.trimStart().startsWith('<!--')) {
			const j = findLine(lines, i - 1, 1000, (l) => l.includes('-->'));
			if (j !== -1) {
				flushPara();
				i = j;
				continue;
			}
		}
		// "<h2>Keynotes</h2>" on a line of its own in a Markdown body: a heading, as `##` is.
		const h = line.includes('</h') ? HTML_HEADING.exec(line) : null;
		if (h) {
			flushAll();
			blocks.push({ type: 'heading', text: markdownInline(h[2]!), level: Number(h[1]) });
			continue;
		}
		const atx = ATX.exec(line);
		if (atx) {
			flushAll();
			if (atx[1]!.length === 1 && ROOT_COMMAND.test(atx[2]!)) continue;
			blocks.push({
				type: 'heading',
				text: markdownInline(stripClosing(atx[2]!, '#')),
				level: atx[1]!.length
			});
			continue;
		}
		const setext = SETEXT.exec(line);
		if (setext && para.length > 0 && para.length <= 3 && !list.active) {
			const text = markdownInline(para.join(' '));
			para = [];
			blocks.push({ type: 'heading', text, level: setext[1]![0] === '=' ? 1 : 2 });
			continue;
		}
		if (RULE.test(line)) {
			flushAll();
			continue;
		}
		if (
			line.includes('|') &&
			TABLE_SEP.test((lines[i + 1] ?? '').trimEnd()) &&
			(lines[i + 1]!.includes('|') || line.trim().startsWith('|'))
		) {
			flushAll();
			const header = pipeCells(line, markdownInline);
			const body: string[][] = [];
			i += 2;
			while (i < lines.length && lines[i]!.includes('|') && lines[i]!.trim())
				body.push(pipeCells(lines[i++]!, markdownInline));
			i--;
			// A header-only row of links ("| [Slides](…) | [Video](…) |") is navigation, not text.
			if (body.length || !isLinkRow(line))
				blocks.push({ type: 'table', rows: tableRows(header, body) });
			continue;
		}
		const quote = QUOTE.exec(line);
		// A quote at the margin ends a list (one inside an item is indented).
		if (quote && (!list.active || line.charCodeAt(0) === 62)) {
			flushAll();
			const parts = [quote[1]!];
			while (i + 1 < lines.length && QUOTE.test(lines[i + 1]!))
				parts.push(QUOTE.exec(lines[++i]!)![1]!);
			const text = markdownInline(
				unwrapCallout(parts)
					.map((p) => p.replace(/^(?:>\s?)+/, '').replace(ITEM, '$3'))
					.join('\n')
			);
			blocks.push({ type: 'quote', text });
			continue;
		}
		const footnote = line.includes('[^') ? FOOTNOTE_DEF.exec(line) : null;
		if (footnote) {
			flushAll();
			if (footnote[1]!.trim()) para.push(footnote[1]!);
			continue;
		}
		if (REF_DEF.test(line) || ATTR_LINE.test(line) || ABBR_DEF.test(line)) {
			// kramdown's table of contents: "* TOC" over "{:toc}" is a placeholder, not a list.
			if (list.active && /^\s*\{:\s*toc\s*\}\s*$/i.test(line)) list.discardToc(blocks);
			continue;
		}
		// "[ ] Try Thanos" without a bullet: a task list's item all the same.
		const box = line.charCodeAt(0) === 91 ? CHECKBOX_LINE.exec(line) : null;
		if (box) {
			flushPara();
			list.item(box[1]!);
			continue;
		}
		const item = ITEM.exec(line);
		if (
			item &&
			(item[3] !== undefined || list.active) &&
			!(YEAR_MARKER.test(item[2]!) && DOTTED_MONTH_DAY.test(item[3] ?? ''))
		) {
			flushPara();
			list.item(item[3] ?? '');
			continue;
		}
		const emoji = item ? 0 : emojiItem(lines, i);
		if (emoji) {
			flushPara();
			list.item(line.slice(emoji));
			continue;
		}
		if (list.active) {
			// Indented or lazy lines continue the item; after a blank line only indented ones do.
			if (!wasBlank || /^\s{2,}/.test(line)) {
				list.continueItem(line.trim());
				continue;
			}
			list.flushInto(blocks);
		}
		if (wasBlank && para.length === 0 && blocks.at(-1)?.type !== 'list' && indentedCode(lines, i)) {
			// Indented code: skip it and the indented lines that follow.
			while (i + 1 < lines.length && (/^(?: {4}|\t)/.test(lines[i + 1]!) || !lines[i + 1]!.trim()))
				i++;
			continue;
		}
		const bold = para.length === 0 ? BOLD_LINE.exec(line) : null;
		if (bold) {
			// "**Title**" over "Jane Doe, Acme": one line, the talk's (boldOverSpeakers.ts).
			const joined = boldOverSpeakers(bold[2]!, lines[i + 1]);
			if (joined) void (para.push(joined), i++, flushPara());
			else if (!isByline([line])) blocks.push({ type: 'marker', text: markdownInline(bold[2]!) });
			continue;
		}
		para.push(line);
	}
	flushAll();
	return { blocks, byline, dateline };
}
