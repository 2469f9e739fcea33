/**
 * MediaWiki markup (a company wiki's trip report, pasted or exported as text) → the Markdown it
 * maps to, as Org mode is: `== Heading ==` levels, `* ` and `# ` list items (bullets and
 * numbers, not headings), `'''bold'''` / `''italic''`, `[url label]` and `[[Page|label]]` links,
 * and the page's `[[Category:…]]` tags and `{{templates}}` dropped. Read as AsciiDoc (whose
 * symmetric headings look the same) its numbered items became headings and its quotes stayed.
 *
 * DokuWiki writes the same way with its levels the other way round (`====== Title ======` is the
 * top), list items indented by two spaces (`  * `, `  - `), `//italic//`, `''monospace''` and
 * `{{images}}`: a page whose first heading has six signs, or with such items, is read as one.
 *
 * Only a page that shows two such headings and a construct only a wiki writes is read so.
 */

const HEADING = /^(={1,6})[ \t]*(\S(?:.*?\S)?)[ \t]*\1[ \t]*$/;
const HEADING_LINES = /^={1,6}[^\S\n]*\S[^\n]*[^\S\n]*={1,6}[^\S\n]*$/gm;
/** `'''bold'''`, `[https://… label]`, `[[Category:…]]`, `{{template}}`: a wiki's own writing. */
const WIKI_ONLY = /'''\S|\[https?:\/\/\S+ [^\]\n]+\]|\[\[[^\]\n]+\]\]|\{\{[^}\n]+\}\}/;
/** DokuWiki's headings: text between runs of two to six signs, spaced. */
const DOKU_HEADINGS = /^(={2,6})[ \t]+[^=\n]*[^=\s][ \t]+\1[ \t]*$/gm;
/** Its own writing: a link or image in braces, `//italic//`, or a list item indented by two. */
const DOKU_ONLY = /\[\[[^\]\n]+\]\]|\{\{[^}\n]+\}\}|(?<![:/])\/\/\p{L}[^/\n]*\/\/|^ {2,}[*-] \S/mu;
/** What tells it from MediaWiki: a top heading of six signs, or indented list items. */
const DOKU_GATE = /^={6}[ \t]+\S|^ {2,}[*-] \S/m;
/** DokuWiki's list item: two spaces or more, then `*` or `-`. */
const DOKU_ITEM = /^( {2,})([*-])[ \t]+(.*)$/;
const LIST_ITEM = /^([*#]+)[ \t]*(.*)$/;
const DEFINITION = /^;[ \t]*([^:\n]*?)[ \t]*(?::[ \t]*(.*))?$/;
const TEMPLATE_LINE = /^\s*\{\{[^}\n]*\}\}\s*$/;

/** Cheap test over the opening lines: is this body a wiki page, and in which dialect? */
export function wikiDialect(body: string): 'mediawiki' | 'dokuwiki' | null {
	const head = body.slice(0, 4000);
	if (!head.includes('==')) return null;
	if (isDokuWiki(head)) return 'dokuwiki';
	const headings = head.match(HEADING_LINES);
	return headings !== null && headings.length >= 2 && WIKI_ONLY.test(head) ? 'mediawiki' : null;
}

/** The opening lines of a page in DokuWiki's dialect. */
function isDokuWiki(head: string): boolean {
	if (!DOKU_GATE.test(head)) return false;
	const headings = head.match(DOKU_HEADINGS);
	return headings !== null && headings.length >= 2 && DOKU_ONLY.test(head);
}

/** A wiki page (wikiDialect) as Markdown; `doku` for DokuWiki's dialect. */
export function wikiToMarkdown(body: string, doku = false): string {
	const out: string[] = [];
	let inList = false;
	for (const raw of body.split('\n')) {
		const line = raw.replace(/\r$/, '');
		const heading = HEADING.exec(line);
		const dokuItem = doku && !heading ? DOKU_ITEM.exec(line) : null;
		const item = heading || dokuItem ? null : LIST_ITEM.exec(line);
		// A list ends at the first line that is no item: a blank line keeps Markdown from joining.
		if (inList && !item && !dokuItem) out.push('');
		inList = item !== null || dokuItem !== null;
		if (heading) {
			const n = heading[1]!.length;
			out.push('', `${'#'.repeat(doku ? 7 - n : n)} ${inline(heading[2]!, doku)}`, '');
		} else if (dokuItem) {
			const depth = dokuItem[1]!.length / 2 - 1;
			const marker = dokuItem[2] === '-' ? '1.' : '-';
			out.push(`${'   '.repeat(depth)}${marker} ${inline(dokuItem[3]!, doku)}`);
		} else if (item) {
			const depth = item[1]!.length - 1;
			const marker = item[1]!.endsWith('#') ? '1.' : '-';
			out.push(`${'   '.repeat(depth)}${marker} ${inline(item[2]!)}`);
		} else if (TEMPLATE_LINE.test(line)) {
			continue;
		} else {
			const def = DEFINITION.exec(line);
			const text = doku ? line.trim() : line;
			out.push(
				def ? `**${inline(def[1]!)}**${def[2] ? ' ' + inline(def[2]) : ''}` : inline(text, doku)
			);
		}
	}
	return out.join('\n');
}

/** A wiki line's inline markup as Markdown (or plain text: tags and templates go). */
function inline(s: string, doku = false): string {
	// DokuWiki: `//italic//` (not a url's "//"), `__underline__`.
	if (doku && s.includes('//')) s = s.replace(/(?<![:/])\/\/(?=\S)(.+?)(?<=\S)\/\//g, '*$1*');
	if (doku && s.includes('__')) s = s.replace(/__(?=\S)(.+?)(?<=\S)__/g, '$1');
	if (!/['[{<]/.test(s)) return s;
	if (doku) s = s.replace(/\[\[(https?:\/\/[^\]|\s]+)\|([^\]\n]+)\]\]/g, '[$2]($1)');
	return s
		.replace(/\[\[(?:Category|File|Image):[^\]\n]*\]\]/gi, '')
		.replace(/\[\[(?:[^\]|\n]*\|)?([^\]|\n]+)\]\]/g, '$1')
		.replace(/\[(https?:\/\/[^\s\]]+) ([^\]\n]+)\]/g, '[$2]($1)')
		.replace(/\[(https?:\/\/[^\s\]]+)\]/g, '$1')
		.replace(/\{\{[^}\n]*\}\}/g, '')
		.replace(/<ref[^>]*>.*?<\/ref>|<ref[^>]*\/>|<br\s*\/?>/gi, '')
		.replace(/'''(.+?)'''/g, '**$1**')
		.replace(/''(.+?)''/g, '*$1*')
		.trim();
}
