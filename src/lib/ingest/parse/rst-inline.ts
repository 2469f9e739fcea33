/**
 * reStructuredText inline markup and tables → plain text: roles, interpreted text, hyperlink
 * references, literals, footnote references, emphasis; list-tables, grid and simple tables.
 */
import { finishText, stripEmphasis } from './inline';

const LITERAL = /``([^`]+?)``/g;
const ROLE = /:[\w.+-]+:`([^`<]*)(?:<[^<>`]*>)?`/g;
const EMBEDDED_URI = /`([^`<]*)<[^<>`]*>`__?/g;
const INTERPRETED = /`([^`]+)`(?:__?|:[\w.+-]+:)?/g;
const FOOTNOTE_REF = /\s?\[(?:#|\*|\d+|#?[\w-]+)\]_/g;
const SIMPLE_REF = /(\w)__?(?=[\s.,;:!?)'"”’]|$)/g;
const SUBSTITUTION = /\|([^|\s](?:[^|\n]{0,200}?[^|\s])?)\|(?:__?)?/g;

export function rstInline(raw: string): string {
	const literals: string[] = [];
	// Literals are kept verbatim: park them while the markup around them is removed.
	let s = raw;
	const ticks = s.includes('`');
	if (ticks) {
		s = s.replace(LITERAL, (_m, code: string) => `\ue000${literals.push(code) - 1}\ue001`);
		const keep = (_m: string, text: string) => text.trim();
		s = s.replace(ROLE, keep).replace(EMBEDDED_URI, keep).replace(INTERPRETED, '$1');
	}
	if (s.includes(']_')) s = s.replace(FOOTNOTE_REF, '');
	if (s.includes('_')) s = s.replace(SIMPLE_REF, '$1');
	if (s.includes('|')) s = s.replace(SUBSTITUTION, '$1');
	s = stripEmphasis(s, '*');
	if (s.includes('\\')) s = s.replace(/\\ /g, '').replace(/\\(.)/g, '$1');
	if (literals.length)
		s = s.replace(/\ue000(\d+)\ue001/g, (_m, k: string) => literals[Number(k)] ?? '');
	return finishText(s, false);
}

/** Rows of a `.. list-table::` body (`* - a` / `  - b`), each as a list of cells. */
export function listTableRows(content: string[]): string[][] {
	const rows: string[][] = [];
	let cell: string[] | null = null;
	const close = () => {
		if (cell && rows.length) rows.at(-1)!.push(rstInline(cell.join(' ')));
		cell = null;
	};
	for (const line of content) {
		const row = /^\s*\*\s+-\s*(.*)$/.exec(line);
		const next = /^\s+-\s+(.*)$/.exec(line);
		if (row) {
			close();
			rows.push([]);
			cell = [row[1]!];
		} else if (next && rows.length) {
			close();
			cell = [next[1]!];
		} else if (cell && line.trim()) cell.push(line.trim());
	}
	close();
	return rows;
}

/** Grid table (`+---+` borders, `|` cells; multi-line cells joined). First row set is the header when `+===+` follows it. */
export function gridTableRows(lines: string[]): { header: string[]; body: string[][] } {
	const sets: { cells: string[][]; headerEnd: boolean }[] = [];
	let cur: string[][] = [];
	for (const line of lines) {
		const t = line.trim();
		if (t.startsWith('+')) {
			if (cur.length) sets.push({ cells: cur, headerEnd: t.includes('=') });
			cur = [];
		} else if (t.startsWith('|')) {
			const parts = t.replace(/^\||\|$/g, '').split('|');
			parts.forEach((p, k) => (cur[k] ??= []).push(p.trim()));
		}
	}
	if (cur.length) sets.push({ cells: cur, headerEnd: false });
	const rows = sets.map((s) => s.cells.map((c) => rstInline(c.join(' '))));
	const headerAt = sets.findIndex((s) => s.headerEnd);
	if (headerAt === 0) return { header: rows[0]!, body: rows.slice(1) };
	return { header: [], body: rows };
}

/** Simple table (`=====  =====` borders; columns from the border's runs of `=`). */
export function simpleTableRows(lines: string[]): { header: string[]; body: string[][] } {
	const border = lines[0]!;
	const spans: [number, number][] = [];
	for (const m of border.matchAll(/=+/g)) spans.push([m.index, m.index + m[0].length]);
	const borders = lines
		.map((l, k) => (/^\s*=+(?:\s+=+)*\s*$/.test(l) ? k : -1))
		.filter((k) => k >= 0);
	const cut = (l: string) =>
		spans.map(([a], k) =>
			rstInline(l.slice(a, k === spans.length - 1 ? undefined : spans[k + 1]![0]))
		);
	const rows = lines
		.filter((l, k) => !borders.includes(k) && l.trim() && !/^\s*-+(?:\s+-+)*\s*$/.test(l))
		.map(cut);
	const headerRows =
		borders.length >= 3
			? lines.slice(borders[0]! + 1, borders[1]).filter((l) => l.trim()).length
			: 0;
	return { header: headerRows ? rows[0]! : [], body: rows.slice(headerRows ? headerRows : 0) };
}
