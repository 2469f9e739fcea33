/**
 * AsciiDoc → Blocks. The document header (`= Title`, author line, `:attr:` entries) becomes
 * front matter; `==` sections become headings; listing, literal, passthrough and comment
 * blocks are dropped; `|===` tables give one row per passage.
 */
import { findDates } from '../dates';
import type { Block } from './blocks';
import type { FormatParse } from './index';
import { finishText, stripEmphasis, stripHtml } from './inline';
import { ListCollector } from './lists';
import { findLine, stripClosing } from './markdown';
import { tableRows } from './tables';

const SECTION = /^(={1,6}|#{1,6})[ \t]+(\S.*)$/;
const ATTR = /^:(!?[\w][\w-]*!?):(?:[ \t]+(.*))?$/;
const SKIPPED = /^(-{4,}|\.{4,}|\+{4,}|\/{4,})[ \t]*$/;
const QUOTE_BLOCK = /^_{4,}[ \t]*$/;
const SEPARATOR = /^(?:={4,}|\*{4,}|--)[ \t]*$/;
const BLOCK_ATTR = /^\[([^\]]*)\][ \t]*$/;
/** Block macros and preprocessor lines; a one-line "ifdef::x[text]" keeps its text. */
const BLOCK_MACRO =
	/^(?:(?:include|toc|video|audio|ifeval)::[^\s[]*\[[^\]\n]*\]|(?:ifdef|ifndef|endif)::[^\s[]*\[\])[ \t]*$/;
const INLINE_IF = /^(?:ifdef|ifndef)::[^\s[]+\[(.+)\][ \t]*$/;
const BLOCK_TITLE = /^\.[^\s.]/;
const ITEM = /^[ \t]*(\*{1,5}|-|\.{1,5}|\d{1,3}\.)[ \t]+(.*)$/;
const ADMONITION = /^(?:NOTE|TIP|IMPORTANT|WARNING|CAUTION):[ \t]+/;
/** A labeled list's entry: "Backstage:: The portal…", "Q;;", the term alone over its text. */
const LABELED = /^([^\s:;][^:;\n]{0,119}?)(?::{2,4}|;;)(?:[ \t]+(\S.*))?$/;
/** A table's delimiter line: `|===`, or `,===` (CSV) and `:===` (DSV) with their separators. */
const TABLE_DELIMITER = /^([|,:])===[ \t]*$/;
const BUILTIN: Record<string, string> = {
	nbsp: '\u00a0',
	zwsp: '',
	amp: '&',
	lt: '<',
	gt: '>',
	empty: '',
	sp: ' ',
	blank: '',
	quot: '"',
	apos: "'",
	plus: '+',
	startsb: '[',
	endsb: ']',
	vbar: '|'
};

/** A link's text, noted in `links` as plain text (when asked for and not empty). */
function linked(text: string, links: string[] | undefined, attrs: Record<string, string>): string {
	if (links && text) links.push(inline(text, attrs));
	return text;
}

function linkText(raw: string): string {
	const text = raw
		.replace(/,\s*[\w-]+=.*$/, '')
		.replace(/\^$/, '')
		.trim();
	return text.replace(/^"(.*)"$/, '$1');
}

/**
 * `links`: when given, the text of each link is added to it, as Markdown does (a linked title
 * names a talk: talkLinks.ts).
 */
function inline(raw: string, attrs: Record<string, string>, links?: string[]): string {
	let s = raw.replace(/`([^`\n]+)`/g, (_m, code: string) =>
		code.replace(/\*/g, '\ue000').replace(/_/g, '\ue001')
	);
	s = s.replace(/\bimage::?[^\s[\]]{0,500}\[[^\]\n]{0,500}\]/g, '');
	s = s.replace(
		/\b(?:link|mailto):([^\s[\]]{1,500})\[([^\]\n]{0,500})\]/g,
		(_m, _url, text: string) => linked(linkText(text), links, attrs)
	);
	s = s.replace(
		/\b(https?:\/\/[^\s[\]]{1,2000})\[([^\]\n]{0,500})\]/g,
		(_m, url: string, text: string) => linked(linkText(text), links, attrs) || url
	);
	s = s.replace(/\bxref:[^\s[\]]{1,500}\[([^\]\n]{0,500})\]/g, '$1');
	s = s.replace(
		/<<([^,>\n]{1,200})(?:,\s*([^>\n]{1,200}))?>>/g,
		(_m, id: string, text?: string) => text ?? id
	);
	s = s.replace(/\b(?:footnote|footnoteref|kbd|btn|pass):\[([^\]\n]{0,1000})\]/g, '$1');
	s = s
		.replace(/\[[.#%][\w.#%-]{0,100}\]#([^#\n]{1,1000})#/g, '$1')
		.replace(/\+\+\+([^+\n]{0,1000})\+\+\+/g, '$1');
	s = s.replace(/\{([\w-]+)\}/g, (m, name: string) => attrs[name] ?? BUILTIN[name] ?? m);
	s = s.replace(/[ \t]\+$/gm, '');
	s = stripEmphasis(stripHtml(s), '*_')
		.replace(/\ue000/g, '*')
		.replace(/\ue001/g, '_');
	return finishText(s);
}

/**
 * The revision line under the author line, as Asciidoctor reads it: "v1.0, 2019-03-14: remark",
 * "v1.0", or a date alone ("2019-11-26", "November 26, 2019"). Null when the line is not one.
 */
function revision(line: string): { date: string | null } | null {
	if (!line.trim() || line.startsWith(':')) return null;
	const numbered = /^v?\d[\d.]*,\s*([^:]+)|^v?\d[\d.]*$/.exec(line);
	if (numbered) return { date: numbered[1]?.trim() ?? null };
	const date = line.replace(/:\s.*$/, '').trim();
	const found = findDates(date)[0];
	return found && found.start === 0 && found.end === date.length && found.day !== null
		? { date }
		: null;
}

/** The header: `= Title`, optional author and revision lines, then `:attr: value` lines. */
function readHeader(lines: string[], meta: Record<string, unknown>): [number, number] {
	let i = 0;
	while (i < lines.length && (!lines[i]!.trim() || lines[i]!.startsWith('//'))) i++;
	if (!/^= \S/.test(lines[i] ?? '')) return [-1, -1];
	let j = i + 1;
	if (lines[j] && !lines[j]!.startsWith(':') && lines[j]!.trim()) {
		// "Ana Lopez <ana@x.io>; Bo Li <bo@x.io>": every author, as a list of authors is joined.
		meta.author = lines[j]!.replace(/<[^>]*>/g, '')
			.split(';')
			.map((a) => a.trim())
			.filter(Boolean)
			.join(', ');
		j++;
		const rev = revision(lines[j] ?? '');
		if (rev) {
			if (rev.date) meta.revdate = rev.date;
			j++;
		}
	}
	return [i, j];
}

export function parseAsciidoc(body: string): FormatParse {
	const lines = body.split('\n');
	const meta: Record<string, unknown> = {};
	const attrs: Record<string, string> = {};
	const blocks: Block[] = [];
	const inl = (s: string, links?: string[]) => inline(s, attrs, links);
	const list = new ListCollector(inl);
	let para: string[] = [];
	let pending = '';
	let inHeader = false;
	const flushPara = () => {
		const style = pending.split(',')[0]!.trim();
		pending = '';
		if (!para.length) return;
		const links: string[] = [];
		const text = inl(para.join('\n'), links);
		para = [];
		if (/^(?:source|listing|literal)$/.test(style) || !text) return;
		blocks.push(
			style === 'quote' || style === 'verse'
				? { type: 'quote', text }
				: links.length
					? { type: 'paragraph', text, links }
					: { type: 'paragraph', text }
		);
	};
	const flushAll = () => {
		flushPara();
		list.flushInto(blocks);
	};
	const [titleAt, afterAuthor] = readHeader(lines, meta);

	for (let i = 0; i < lines.length; i++) {
		let line = lines[i]!;
		if (!line.trim()) {
			flushPara();
			inHeader = false;
			continue;
		}
		if (line.startsWith('//') && !/^\/{4,}\s*$/.test(line)) continue;
		// "include::partials/header.adoc[]", "toc::[]", "video::id[youtube]": directives, not text.
		if (line.includes('::') && BLOCK_MACRO.test(line)) {
			flushPara();
			continue;
		}
		// "ifdef::backend-html5[Linkerd too.]": the condition's one line of text.
		const inlineIf = line.includes('::') ? INLINE_IF.exec(line) : null;
		if (inlineIf) line = inlineIf[1]!;
		const attr = ATTR.exec(line);
		if (attr) {
			const name = attr[1]!.replace(/!/g, '');
			attrs[name] = attr[2] ?? '';
			if (inHeader || blocks.length === 0) meta[name] = attrs[name];
			continue;
		}
		const section = SECTION.exec(line);
		if (section && para.length === 0) {
			flushAll();
			blocks.push({
				type: 'heading',
				text: inl(stripClosing(section[2]!, section[1]![0]!)),
				level: section[1]!.length
			});
			if (i === titleAt) {
				inHeader = true;
				i = afterAuthor - 1;
			}
			continue;
		}
		const skip = SKIPPED.exec(line);
		if (skip) {
			flushAll();
			const close = findLine(lines, i, 20_000, (l) => l.trimEnd() === skip[1]);
			i = close === -1 ? lines.length : close;
			pending = '';
			continue;
		}
		if (QUOTE_BLOCK.test(line)) {
			flushAll();
			const close = findLine(lines, i, 20_000, (l) => QUOTE_BLOCK.test(l));
			const end = close === -1 ? lines.length : close;
			const text = inl(lines.slice(i + 1, end).join('\n'));
			if (text) blocks.push({ type: 'quote', text });
			i = end;
			continue;
		}
		const table = line.endsWith('===') || line.includes('=== ') ? TABLE_DELIMITER.exec(line) : null;
		if (table) {
			// The block attributes (`[options="header"]`, `[cols=…]`) are the table's, not the
			// paragraph's that flushing closes.
			const tableAttrs = para.length === 0 ? pending : '';
			flushAll();
			const delimiter = line.trimEnd();
			const close = findLine(lines, i, 20_000, (l) => l.trimEnd() === delimiter);
			const end = close === -1 ? lines.length : close;
			const body = lines.slice(i + 1, end);
			const rows =
				table[1] === '|'
					? adocTable(body, tableAttrs, inl)
					: separatedTable(body, table[1]!, tableAttrs, inl);
			blocks.push({ type: 'table', rows });
			pending = '';
			i = end;
			continue;
		}
		if (SEPARATOR.test(line) || line.trim() === '+') {
			flushPara();
			continue;
		}
		// A block's attributes or title (".Keynote") start a new block: a list before them ends.
		const battr = BLOCK_ATTR.exec(line);
		if (battr && para.length === 0) {
			if (list.active) list.flushInto(blocks);
			pending = battr[1]!;
			continue;
		}
		if (BLOCK_TITLE.test(line) && para.length === 0) {
			if (list.active) list.flushInto(blocks);
			continue;
		}
		const item = ITEM.exec(line);
		if (item) {
			flushPara();
			list.item(item[2]!);
			continue;
		}
		// "Crossplane:: Compositions got…": the term and its text, one item ("Crossplane: …").
		const labeled =
			para.length === 0 && (line.includes('::') || line.includes(';;')) ? LABELED.exec(line) : null;
		if (labeled) {
			const term = labeled[1]!.trim();
			const mark = /[?!.:]$/.test(term) ? '' : ':';
			list.item(`${term}${mark}${labeled[2] ? ' ' + labeled[2] : ''}`);
			continue;
		}
		if (list.active) {
			if (lines[i - 1]?.trim()) {
				list.continueItem(line.trim());
				continue;
			}
			list.flushInto(blocks);
		}
		para.push(line.replace(ADMONITION, '').trim());
	}
	flushAll();
	return { blocks, meta: Object.keys(meta).length ? meta : null };
}

function adocTable(lines: string[], attrs: string, inl: (s: string) => string): string[] {
	// cols="2,1,1" or cols="3*" (three columns), "2*,1": one column per entry, N per "N*".
	const spec = /cols="?([^"\]]*)/.exec(attrs)?.[1];
	const cols = spec?.split(/[,;]/).reduce((n, c) => n + Number(/^\s*(\d+)\*/.exec(c)?.[1] ?? 1), 0);
	const firstRow = lines.find((l) => l.trim().startsWith('|'));
	const width = cols ?? (firstRow ? firstRow.split('|').length - 1 : 1);
	const cells = lines
		.join('\n')
		.split('|')
		.slice(1)
		.map((c) => inl(c));
	const rows: string[][] = [];
	for (let k = 0; k < cells.length; k += width) rows.push(cells.slice(k, k + width));
	const blankAfterFirst =
		firstRow !== undefined && !(lines[lines.indexOf(firstRow) + 1] ?? '').trim();
	const header = /header/.test(attrs) || blankAfterFirst ? (rows.shift() ?? []) : [];
	return tableRows(header, rows);
}

/** A CSV (`,===`) or DSV (`:===`) table: one row a line, cells split at the separator. */
function separatedTable(
	lines: string[],
	sep: string,
	attrs: string,
	inl: (s: string) => string
): string[] {
	const rows = lines
		.filter((l) => l.trim())
		.map((l) => l.split(sep).map((c) => inl(c.trim().replace(/^"(.*)"$/, '$1'))));
	const header = /header/.test(attrs) ? (rows.shift() ?? []) : [];
	return tableRows(header, rows);
}
