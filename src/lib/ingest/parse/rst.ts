/**
 * reStructuredText → Blocks. Section levels follow the order in which adornment styles first
 * appear (as docutils does); `.. post::` (ABlog) fields become front matter; directives that
 * carry prose (notes, tables) are read, the rest (images, contents, spelling, code) dropped.
 */
import { type Block } from './blocks';
import type { FormatParse } from './index';
import { ListCollector } from './lists';
import { tableRows } from './tables';
import { startsWithLetter } from './inline';
import { gridTableRows, listTableRows, rstInline, simpleTableRows } from './rst-inline';

const ADORN = /^([=\-~^*+#"'`:._<>!$%&,;?@/|\\])\1{2,}\s*$/;
const DIRECTIVE = /^(\s*)\.\.\s+([\w:.+-]+)::[ \t]*(.*)$/;
const EXPLICIT = /^\s*\.\.(?:\s|$)/;
const OPTION = /^\s+:([\w][\w .-]*):\s*(.*)$/;
const ITEM = /^(\s*)(?:[-*+•‣⁃]|#\.|\d{1,3}[.)]|\(\d{1,3}\)|[a-zA-Z][.)]|\([a-zA-Z]\))\s+(.*)$/;
const BOLD_LINE = /^\s*\*\*([^*\n]{1,100})\*\*\s*:?\s*$/;
const FIELD = /^:([\w][\w .-]*):\s*(.*)$/;
const GRID = /^\s*\+[-=+]+\+\s*$/;
const SIMPLE_BORDER = /^\s*=+(?:\s+=+)+\s*$/;

/** Directives whose content is prose; everything else (image, contents, code…) is dropped. */
const PROSE = new Set(
	'note tip warning important attention caution danger error hint admonition seealso topic sidebar container compound only'.split(
		' '
	)
);
const QUOTES = new Set(['epigraph', 'highlights', 'pull-quote']);
/** Admonitions whose argument is the first words of their text (not a title or a condition). */
const ARG_IS_TEXT = new Set(
	'note tip warning important attention caution danger error hint seealso'.split(' ')
);

function indentOf(line: string): number {
	return line.length - line.trimStart().length;
}

/** End (exclusive) of the block indented deeper than `indent` that follows line `i`. */
function blockEnd(lines: string[], i: number, indent: number): number {
	let last = i;
	for (let j = i + 1; j < lines.length; j++) {
		const l = lines[j]!;
		if (!l.trim()) continue;
		if (indentOf(l) <= indent) break;
		last = j;
	}
	return last + 1;
}

function dedent(lines: string[]): string[] {
	const indents = lines.filter((l) => l.trim()).map(indentOf);
	const min = indents.length ? Math.min(...indents) : 0;
	return lines.map((l) => l.slice(min));
}

function csvRows(content: string[]): string[][] {
	return content
		.filter((l) => l.trim())
		.map((l) =>
			[...l.matchAll(/(?:^|,)\s*("(?:[^"]|"")*"|[^,]*)/g)].map((m) =>
				rstInline(m[1]!.replace(/^"|"$/g, '').replace(/""/g, '"'))
			)
		);
}

interface Directive {
	name: string;
	arg: string;
	options: Record<string, string>;
	content: string[];
}

function readDirective(lines: string[], i: number, m: RegExpExecArray): [Directive, number] {
	const end = blockEnd(lines, i, m[1]!.length);
	const inner = lines.slice(i + 1, end);
	const options: Record<string, string> = {};
	let k = 0;
	for (; k < inner.length; k++) {
		const o = OPTION.exec(inner[k]!);
		if (!o) break;
		options[o[1]!.toLowerCase()] = o[2]!.trim();
	}
	const content = dedent(inner.slice(k));
	return [{ name: m[2]!.toLowerCase(), arg: m[3]!.trim(), options, content }, end - 1];
}

function directiveBlocks(d: Directive, meta: Record<string, unknown>): Block[] {
	if (d.name === 'post') {
		if (d.arg) meta.date = d.arg;
		for (const [k, v] of Object.entries(d.options)) meta[k === 'category' ? 'categories' : k] = v;
		return [];
	}
	if (d.name === 'list-table' || d.name === 'csv-table') {
		const rows = d.name === 'list-table' ? listTableRows(d.content) : csvRows(d.content);
		let header = d.options.header ? csvRows([d.options.header])[0]! : [];
		const headerRows = Number(d.options['header-rows'] ?? 0);
		if (headerRows > 0 && rows.length) header = rows.splice(0, headerRows)[0]!;
		return [{ type: 'table', rows: tableRows(header, rows) }];
	}
	if (PROSE.has(d.name)) {
		// ".. note:: The slides are online.": an admonition's text may start on its own line.
		const content = d.arg && ARG_IS_TEXT.has(d.name) ? [d.arg, ...d.content] : d.content;
		return parseRst(content.join('\n')).blocks;
	}
	if (QUOTES.has(d.name)) {
		const text = rstInline(d.content.join('\n'));
		return text ? [{ type: 'quote', text }] : [];
	}
	return [];
}

/** `.. |event| replace:: KubeCon + CloudNativeCon Europe 2017`: a text substitution. */
const REPLACE_DEF = /^\.\.\s+\|([^|\n]+)\|\s+replace::(.*)$/;
const SUBSTITUTION_REF = /\|([^|\s](?:[^|\n]{0,200}?[^|\s])?)\|(?:__?)?/g;

/**
 * The lines with each `|name|` whose definition is a `replace::` put as its text, as docutils
 * does ("We spent three days in Berlin at |event|."); other substitutions (images, dates) keep
 * their name (rstInline). Table rows keep theirs: a longer cell would break a grid's columns.
 */
function substituted(lines: string[]): string[] {
	const defs = new Map<string, string>();
	for (let i = 0; i < lines.length; i++) {
		const m = REPLACE_DEF.exec(lines[i]!);
		if (!m) continue;
		let text = m[2]!.trim();
		// The replacement text may go on over indented lines.
		while (i + 1 < lines.length && /^\s+\S/.test(lines[i + 1]!)) text += ' ' + lines[++i]!.trim();
		defs.set(m[1]!.trim(), text);
	}
	if (defs.size === 0) return lines;
	return lines.map((l) =>
		!l.includes('|') || REPLACE_DEF.test(l) || /^\s*[|+]/.test(l)
			? l
			: l.replace(SUBSTITUTION_REF, (ref, name: string) => defs.get(name.trim()) ?? ref)
	);
}

/** A line of a line block: a bar, then a space or nothing; a table's row ends with a bar. */
const LINE_BLOCK = /^\|(?:[ \t].*[^|\s]|[ \t]*)$/;

export function parseRst(body: string): FormatParse {
	const split = body.split('\n');
	const lines = body.includes('replace::') ? substituted(split) : split;
	const blocks: Block[] = [];
	const styles: string[] = [];
	const meta: Record<string, unknown> = {};
	const list = new ListCollector(rstInline);
	let para: string[] = [];
	let literalIndent = -1;
	let paraIndent = 0;
	const level = (key: string) =>
		(styles.includes(key) ? styles.indexOf(key) : styles.push(key) - 1) + 1;
	const flushPara = () => {
		if (!para.length) return;
		// A line block ("| The keynote started late,"): its lines without their bars.
		if (para[0]!.startsWith('|') && para.every((l) => LINE_BLOCK.test(l)))
			para = para.map((l) => l.slice(1).trim());
		let text = para.join('\n');
		// "Paragraph::" introduces a literal (code) block: keep "Paragraph:", drop the block.
		if (/::$/.test(text)) {
			literalIndent = paraIndent;
			text = /\s::$/.test(text) ? text.slice(0, -2) : text.slice(0, -1);
		}
		const plain = rstInline(text);
		if (plain) blocks.push({ type: 'paragraph', text: plain });
		para = [];
	};
	const flushAll = () => {
		flushPara();
		list.flushInto(blocks);
	};

	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!;
		const t = line.trim();
		if (!t) {
			flushPara();
			continue;
		}
		const ind = indentOf(line);
		// Fast path for prose: a letter first, inside a paragraph or not underlined, no enumerator.
		if (ind === 0 && literalIndent < 0 && !list.active && startsWithLetter(line)) {
			const next = lines[i + 1] ?? '';
			const nextPunct = next !== '' && !startsWithLetter(next) && ADORN.test(next);
			// An indented line right under a first line makes a definition list item (below).
			const term = para.length === 0 && (next.charCodeAt(0) === 32 || next.charCodeAt(0) === 9);
			if (!nextPunct && !term && t[1] !== '.' && t[1] !== ')') {
				if (para.length === 0) paraIndent = 0;
				para.push(t);
				continue;
			}
		}
		if (literalIndent >= 0) {
			const skip = ind > literalIndent;
			literalIndent = -1;
			if (skip) {
				i = blockEnd(lines, i - 1, ind - 1) - 1;
				continue;
			}
		}
		const dm = DIRECTIVE.exec(line);
		if (dm) {
			flushAll();
			const [d, end] = readDirective(lines, i, dm);
			blocks.push(...directiveBlocks(d, meta));
			i = end;
			continue;
		}
		if (EXPLICIT.test(line)) {
			// Comments, hyperlink targets, footnotes, substitution definitions.
			flushAll();
			i = blockEnd(lines, i, ind) - 1;
			continue;
		}
		const next = lines[i + 1] ?? '';
		const over = ADORN.exec(t);
		if (
			over &&
			ind === 0 &&
			lines[i + 1]?.trim() &&
			ADORN.exec(lines[i + 2]?.trim() ?? '')?.[1] === over[1]
		) {
			flushAll();
			blocks.push({ type: 'heading', text: rstInline(next), level: level(`o${over[1]}`) });
			i += 2;
			continue;
		}
		const under = ADORN.exec(next.trim());
		if (under && !over && para.length === 0 && ind === 0 && indentOf(next) === 0) {
			flushAll();
			blocks.push({ type: 'heading', text: rstInline(t), level: level(`u${under[1]}`) });
			i++;
			continue;
		}
		if (over && t.length >= 4) {
			flushAll(); // a transition
			continue;
		}
		if (GRID.test(line) || SIMPLE_BORDER.test(line)) {
			const table = readTable(lines, i);
			if (table) {
				flushAll();
				blocks.push({ type: 'table', rows: tableRows(table.header, table.body) });
				i = table.end;
				continue;
			}
		}
		const item = ITEM.exec(line);
		if (item && (para.length === 0 || list.active)) {
			flushPara();
			list.item(item[2]!);
			continue;
		}
		if (list.active) {
			if (ind > 0) {
				list.continueItem(t);
				continue;
			}
			list.flushInto(blocks);
		}
		const bold = para.length === 0 ? BOLD_LINE.exec(line) : null;
		if (bold) {
			blocks.push({ type: 'marker', text: rstInline(bold[1]!) });
			continue;
		}
		const field = para.length === 0 && ind === 0 ? FIELD.exec(line) : null;
		if (field) {
			// Fields before any content (at the top, or right under the title and subtitle, where
			// docutils reads its docinfo) are bibliographic (:Author:, :Date:); later ones are content.
			if (blocks.every((b) => b.type === 'heading'))
				meta[field[1]!.toLowerCase()] = field[2]!.trim();
			else blocks.push({ type: 'paragraph', text: rstInline(`${field[1]}: ${field[2]}`) });
			continue;
		}
		if (para.length === 0 && ind > 0) {
			const end = blockEnd(lines, i - 1, ind - 1);
			const text = rstInline(lines.slice(i, end).join('\n'));
			if (text) blocks.push({ type: 'quote', text });
			i = end - 1;
			continue;
		}
		if (para.length === 0 && ind === 0 && next.trim() && indentOf(next) > 0 && !/::$/.test(t)) {
			// A definition list item: a term line over its indented definition. A short
			// definition reads with its term ("Helm 3 deep dive – Matt Fisher, Microsoft").
			flushAll();
			const end = blockEnd(lines, i, 0);
			const body = lines.slice(i + 1, end);
			const definition = rstInline(dedent(body).join('\n'));
			const term = rstInline(t);
			const oneLine = body.filter((l) => l.trim()).length === 1;
			if (definition && oneLine && definition.length <= 150)
				blocks.push({ type: 'paragraph', text: `${term} – ${definition}` });
			else {
				if (term) blocks.push({ type: 'paragraph', text: term });
				if (definition) blocks.push({ type: 'paragraph', text: definition });
			}
			i = end - 1;
			continue;
		}
		if (para.length === 0) paraIndent = ind;
		para.push(t);
	}
	flushAll();
	return { blocks, meta: Object.keys(meta).length ? meta : null };
}

function readTable(
	lines: string[],
	i: number
): { header: string[]; body: string[][]; end: number } | null {
	if (GRID.test(lines[i]!)) {
		let j = i;
		while (j + 1 < lines.length && /^\s*[+|]/.test(lines[j + 1]!)) j++;
		return j > i ? { ...gridTableRows(lines.slice(i, j + 1)), end: j } : null;
	}
	let borders = 1;
	for (let j = i + 1; j < Math.min(lines.length, i + 500); j++) {
		if (!SIMPLE_BORDER.test(lines[j]!)) continue;
		borders++;
		if (borders >= 2 && !(lines[j + 1] ?? '').trim())
			return { ...simpleTableRows(lines.slice(i, j + 1)), end: j };
	}
	return null;
}
