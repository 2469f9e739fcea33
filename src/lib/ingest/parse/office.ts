/**
 * Word (.docx) and OpenDocument (.odt) files, the shape most trip reports written at work take:
 * read as the Markdown their text maps to. Both are zip archives of XML; the document's body
 * (`word/document.xml`, `content.xml`) gives paragraphs, headings (Word's "Heading N" and "Title"
 * styles, ODF's `<text:h>`), list items and tables, its properties (`docProps/core.xml`,
 * `meta.xml`) the title, author and creation date, as front matter would.
 *
 * The archive is inflated with fflate (synchronous, small, in Node and the browser alike).
 */
import { unzipSync } from 'fflate';

export interface OfficeParse {
	markdown: string;
	meta: Record<string, unknown> | null;
	kind: 'docx' | 'odt';
}

const BODY = new Set(['word/document.xml', 'content.xml']);
const PROPS = new Set(['docProps/core.xml', 'meta.xml']);

/** The parts an office file is read from, or null when `bytes` are not a zip holding a body. */
function parts(bytes: Uint8Array): Record<string, string> | null {
	if (bytes[0] !== 0x50 || bytes[1] !== 0x4b) return null;
	let files: Record<string, Uint8Array>;
	try {
		files = unzipSync(bytes, { filter: (f) => BODY.has(f.name) || PROPS.has(f.name) });
	} catch {
		return null;
	}
	const out: Record<string, string> = {};
	const utf8 = new TextDecoder();
	for (const [name, data] of Object.entries(files)) out[name] = utf8.decode(data);
	return out['word/document.xml'] || out['content.xml'] ? out : null;
}

const ENTITY = /&(?:#x([0-9a-f]+)|#(\d+)|(amp|lt|gt|quot|apos));/gi;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescapeXml(s: string): string {
	return s.replace(ENTITY, (_, hex?: string, dec?: string, name?: string) =>
		hex
			? String.fromCodePoint(parseInt(hex, 16))
			: dec
				? String.fromCodePoint(Number(dec))
				: NAMED[name!.toLowerCase()]!
	);
}

/** The text of one Word paragraph's runs: `<w:t>`, tabs and breaks; deleted text left out. */
function wordText(p: string): string {
	return unescapeXml(
		p
			.replace(/<w:del\b[\s\S]*?<\/w:del>/g, '')
			.replace(/<w:(?:tab|ptab)\b[^>]*\/>/g, '\t')
			.replace(/<w:(?:br|cr)\b[^>]*\/>/g, ' ')
			.replace(/<w:instrText\b[\s\S]*?<\/w:instrText>/g, '')
			.replace(/<(?!\/?w:t[\s>])[^>]+>/g, '')
			.replace(/<\/?w:t(?:\s[^>]*)?>/g, '')
	)
		.replace(/[ \t]+/g, ' ')
		.trim();
}

function docxMarkdown(xml: string): string {
	const body = xml.slice(Math.max(0, xml.indexOf('<w:body')));
	const out: string[] = [];
	// Tables first become one Markdown table each, so their cells' paragraphs are not read twice.
	const tables: string[] = [];
	const flat = body.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, (tbl) => {
		const rows = [...tbl.matchAll(/<w:tr\b[\s\S]*?<\/w:tr>/g)].map((r) =>
			[...r[0].matchAll(/<w:tc\b[\s\S]*?<\/w:tc>/g)].map((c) =>
				[...c[0].matchAll(/<w:p\b[\s\S]*?<\/w:p>/g)].map((p) => wordText(p[0])).join(' ')
			)
		);
		tables.push(markdownTable(rows));
		return `<w:p><w:t>\uE000table${tables.length - 1}</w:t></w:p>`;
	});
	for (const m of flat.matchAll(/<w:p\b[\s\S]*?<\/w:p>|<w:p\b[^>]*\/>/g)) {
		const p = m[0];
		const text = wordText(p);
		const table = /^\uE000table(\d+)$/.exec(text);
		if (table) {
			out.push(tables[Number(table[1])]!);
			continue;
		}
		if (!text) continue;
		const style = /<w:pStyle w:val="([^"]+)"/.exec(p)?.[1] ?? '';
		// "Heading1", and its ids in German, French, Spanish, Italian and Dutch copies of Word.
		const heading = /^(?:Heading|berschrift|Titre|Ttulo|Titolo|Kop)(\d)$/i.exec(style);
		// A table of contents' entries repeat the headings.
		if (/^TOC/i.test(style)) continue;
		if (/^Title$/i.test(style)) out.push(`# ${text}`);
		else if (heading) out.push(`${'#'.repeat(Math.min(6, Number(heading[1]) + 1))} ${text}`);
		else if (/<w:numPr>/.test(p) || /^List/i.test(style)) out.push(`- ${text}`);
		else out.push(text);
	}
	return joinBlocks(out);
}

function odtText(x: string): string {
	return unescapeXml(
		x
			.replace(/<text:tab\/>/g, '\t')
			.replace(/<text:line-break\/>/g, ' ')
			.replace(/<text:s(?: text:c="(\d+)")?\/>/g, (_, n?: string) => ' '.repeat(Number(n ?? 1)))
			.replace(/<[^>]+>/g, '')
	)
		.replace(/[ \t]+/g, ' ')
		.trim();
}

function odtMarkdown(xml: string): string {
	// Footnotes hold paragraphs of their own, inside the one they annotate: not the text.
	const body = xml
		.slice(Math.max(0, xml.indexOf('<office:text')))
		.replace(/<text:note\b[\s\S]*?<\/text:note>/g, '');
	const out: string[] = [];
	const blocks =
		/<text:h\b([^>]*)>([\s\S]*?)<\/text:h>|<text:list-item\b[^>]*>([\s\S]*?)<\/text:list-item>|<table:table\b[^>]*>([\s\S]*?)<\/table:table>|<text:p\b[^>]*>([\s\S]*?)<\/text:p>/g;
	for (const m of body.matchAll(blocks)) {
		if (m[2] !== undefined) {
			const level = Number(/text:outline-level="(\d)"/.exec(m[1]!)?.[1] ?? 1);
			const text = odtText(m[2]);
			if (text) out.push(`${'#'.repeat(Math.min(6, level + 1))} ${text}`);
		} else if (m[3] !== undefined) {
			const text = odtText(m[3]);
			if (text) out.push(`- ${text}`);
		} else if (m[4] !== undefined) {
			const rows = [...m[4].matchAll(/<table:table-row\b[^>]*>([\s\S]*?)<\/table:table-row>/g)].map(
				(r) =>
					[...r[1]!.matchAll(/<table:table-cell\b[^>]*>([\s\S]*?)<\/table:table-cell>/g)].map((c) =>
						odtText(c[1]!)
					)
			);
			out.push(markdownTable(rows));
		} else {
			const text = odtText(m[5]!);
			if (text) out.push(text);
		}
	}
	return joinBlocks(out);
}

function markdownTable(rows: string[][]): string {
	const width = Math.max(0, ...rows.map((r) => r.length));
	if (width === 0) return '';
	const line = (cells: string[]) =>
		`| ${Array.from({ length: width }, (_, i) => (cells[i] ?? '').replaceAll('|', '/')).join(' | ')} |`;
	return [line(rows[0]!), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(line)].join('\n');
}

/** Blocks one per paragraph; list items in a row stay one list. */
function joinBlocks(blocks: string[]): string {
	let md = '';
	blocks.forEach((b, i) => {
		if (!b) return;
		const item = b.startsWith('- ') && blocks[i - 1]?.startsWith('- ');
		md += (md ? (item ? '\n' : '\n\n') : '') + b;
	});
	return md + '\n';
}

function tag(xml: string, name: string): string | null {
	const m = new RegExp(`<${name}\\b[^>]*>([^<]*)</${name}>`).exec(xml);
	const v = m ? unescapeXml(m[1]!).trim() : '';
	return v || null;
}

/** A .docx or .odt file's text as Markdown and its properties; null for any other bytes. */
export function officeToMarkdown(bytes: Uint8Array): OfficeParse | null {
	const p = parts(bytes);
	if (!p) return null;
	const docx = p['word/document.xml'] !== undefined;
	const markdown = docx ? docxMarkdown(p['word/document.xml']!) : odtMarkdown(p['content.xml']!);
	const props = p['docProps/core.xml'] ?? p['meta.xml'] ?? '';
	const meta: Record<string, unknown> = {};
	const title = tag(props, 'dc:title');
	const author = tag(props, 'dc:creator') ?? tag(props, 'meta:initial-creator');
	const created = tag(props, 'dcterms:created') ?? tag(props, 'meta:creation-date');
	if (title) meta.title = title;
	if (author) meta.author = author;
	if (created) meta.date = created.slice(0, 10);
	return { markdown, meta: Object.keys(meta).length ? meta : null, kind: docx ? 'docx' : 'odt' };
}
