/**
 * MediaWiki markup (a company wiki's trip report, pasted or exported as text) → the Markdown it
 * maps to, as Org mode is: `== Heading ==` levels, `* ` and `# ` list items (bullets and
 * numbers, not headings), `'''bold'''` / `''italic''`, `[url label]` and `[[Page|label]]` links,
 * and the page's `[[Category:…]]` tags and `{{templates}}` dropped. Read as AsciiDoc (whose
 * symmetric headings look the same) its numbered items became headings and its quotes stayed.
 *
 * Only a page that shows two such headings and a construct only a wiki writes is read so.
 */

const HEADING = /^(={1,6})[ \t]*(\S(?:.*?\S)?)[ \t]*\1[ \t]*$/;
const HEADING_LINES = /^={1,6}[^\S\n]*\S[^\n]*[^\S\n]*={1,6}[^\S\n]*$/gm;
/** `'''bold'''`, `[https://… label]`, `[[Category:…]]`, `{{template}}`: a wiki's own writing. */
const WIKI_ONLY = /'''\S|\[https?:\/\/\S+ [^\]\n]+\]|\[\[[^\]\n]+\]\]|\{\{[^}\n]+\}\}/;
const LIST_ITEM = /^([*#]+)[ \t]*(.*)$/;
const DEFINITION = /^;[ \t]*([^:\n]*?)[ \t]*(?::[ \t]*(.*))?$/;
const TEMPLATE_LINE = /^\s*\{\{[^}\n]*\}\}\s*$/;

/** Cheap test over the opening lines: is this body a MediaWiki page? */
export function isWikiBody(body: string): boolean {
	const head = body.slice(0, 4000);
	if (!head.includes('==')) return false;
	const headings = head.match(HEADING_LINES);
	return headings !== null && headings.length >= 2 && WIKI_ONLY.test(head);
}

export function wikiToMarkdown(body: string): string {
	const out: string[] = [];
	let inList = false;
	for (const raw of body.split('\n')) {
		const line = raw.replace(/\r$/, '');
		const heading = HEADING.exec(line);
		const item = heading ? null : LIST_ITEM.exec(line);
		// A list ends at the first line that is no item: a blank line keeps Markdown from joining.
		if (inList && !item) out.push('');
		inList = item !== null;
		if (heading) {
			out.push('', `${'#'.repeat(heading[1]!.length)} ${inline(heading[2]!)}`, '');
		} else if (item) {
			const depth = item[1]!.length - 1;
			const marker = item[1]!.endsWith('#') ? '1.' : '-';
			out.push(`${'   '.repeat(depth)}${marker} ${inline(item[2]!)}`);
		} else if (TEMPLATE_LINE.test(line)) {
			continue;
		} else {
			const def = DEFINITION.exec(line);
			out.push(def ? `**${inline(def[1]!)}**${def[2] ? ' ' + inline(def[2]) : ''}` : inline(line));
		}
	}
	return out.join('\n');
}

/** A wiki line's inline markup as Markdown (or plain text: tags and templates go). */
function inline(s: string): string {
	if (!/['[{<]/.test(s)) return s;
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
