/**
 * Org mode (Emacs notes, `.org` files kept in notes repositories) → the Markdown it maps to, as
 * HTML pages are: `* Heading` levels, `#+TITLE:` / `#+AUTHOR:` / `#+DATE:` keywords (front
 * matter), `[[url][text]]` links, `*bold*` / `/italic/` / `=code=` / `~code~`, source and example
 * blocks (dropped as code), quote blocks, property drawers. Read as plain text, its headings
 * kept their stars and its title its `#+TITLE:`.
 *
 * Only a document that shows Org's own constructs is read so: a `#+KEYWORD:` line, a
 * `#+BEGIN_…` block or an Org link. A Markdown list starting with `* ` is not a heading.
 */

const KEYWORD = /^#\+([A-Za-z_]+):[ \t]*(.*)$/;
const BLOCK_BEGIN = /^[ \t]*#\+begin_(\w+)/i;
const BLOCK_END = /^[ \t]*#\+end_(\w+)/i;
const HEADING =
	/^(\*+)[ \t]+(?:(?:TODO|DONE|NEXT|WAITING)[ \t]+)?(?:\[#[A-C]\][ \t]+)?(.*?)(?:[ \t]+:[\w@#%:]+:)?[ \t]*$/;
const DRAWER = /^[ \t]*:[A-Za-z_]+:[ \t]*$/;
const DRAWER_END = /^[ \t]*:END:[ \t]*$/i;
const ORG_LINK = /\[\[([^\]\n]{1,500})\](?:\[([^\]\n]{1,500})\])?\]/g;
const TABLE_RULE = /^[ \t]*\|[-+]+\|?[ \t]*$/;
const COMMENT_LINE = /^[ \t]*#(?:[ \t]|$)/;
const ORG_ITEM = /^([ \t]*)[-+][ \t]+(.*)$/;
const DESCRIPTION = /^(.{1,60}?)[ \t]+::[ \t]+(.*)$/;
const SPEAKER_PROPERTY = /^[ \t]*:(?:SPEAKERS?|PRESENTERS?):[ \t]+(\S.*)$/i;

/** Cheap test over the opening lines: does this body use Org's own syntax? */
export function isOrgBody(body: string): boolean {
	const head = body.slice(0, 4000);
	if (!head.includes('#+') && !head.includes('[[')) return false;
	// "== Sessions ==": a wiki's headings (MediaWiki, AsciiDoc's symmetric ones); its `* ` lines
	// are list items and its `[[Page]]` links are the wiki's, not Org's.
	if (head.includes('=\n') && WIKI_HEADING.test(head)) return false;
	// Org's own constructs: two of them, or one and two `* ` headings (a Markdown list of `* `
	// items alone is no Org).
	let own = 0;
	let stars = 0;
	for (const line of head.split('\n', 200)) {
		if (KEYWORD.test(line) || BLOCK_BEGIN.test(line)) own++;
		else if (/^\*+ \S/.test(line)) stars++;
		if (line.includes('[[') && /\[\[[^\]\n]+\](?:\[[^\]\n]+\])?\]/.test(line)) own++;
		if (own >= 2 || (own === 1 && stars >= 2)) return true;
	}
	return false;
}

const WIKI_HEADING = /^={1,6}[^\S\n]\S[^\n]*[^\S\n]={1,6}$/m;

/** Org keywords that are document metadata, under the front-matter name they map to. */
const META_KEYS: Record<string, string> = {
	title: 'title',
	author: 'author',
	date: 'date',
	email: 'email',
	filetags: 'tags',
	tags: 'tags',
	keywords: 'tags'
};

export function orgToMarkdown(body: string): { markdown: string; meta: Record<string, unknown> } {
	const meta: Record<string, unknown> = {};
	const out: string[] = [];
	let block: string | null = null;
	let drawer = false;
	/** Indentation of the current list's bullets, -1 outside a list. */
	let listIndent = -1;
	/**
	 * A heading's body indented under its title (Org's "adapted" indentation): the depth of the
	 * first line after the heading, taken off every line up to the next one. Indented Org text is
	 * prose, not Markdown's indented code (Org marks code with blocks).
	 */
	let bodyIndent = -1;
	for (const raw of body.split('\n')) {
		let line = raw.replace(/\r$/, '');
		if (block) {
			const end = BLOCK_END.exec(line);
			if (end && end[1]!.toLowerCase() === block) {
				out.push(block === 'quote' ? '' : '```', '');
				block = null;
			} else out.push(block === 'quote' ? `> ${inline(line.trim())}` : line);
			continue;
		}
		if (drawer) {
			drawer = !DRAWER_END.test(line);
			// ":SPEAKER: William Morgan" in a heading's property drawer names its speaker.
			const speaker = drawer ? SPEAKER_PROPERTY.exec(line) : null;
			if (speaker) out.push('', `Speaker: ${inline(speaker[1]!.trim())}`, '');
			continue;
		}
		if (bodyIndent < 0 ? line.trim() : line.charCodeAt(0) <= 32 && line.trim()) {
			const depth = line.length - line.trimStart().length;
			if (bodyIndent < 0) bodyIndent = depth;
			line = line.slice(Math.min(depth, bodyIndent));
		}
		const begin = BLOCK_BEGIN.exec(line);
		if (begin) {
			block = begin[1]!.toLowerCase();
			// A blank line first: a fence does not interrupt a paragraph here.
			out.push('', block === 'quote' ? '' : '```');
			continue;
		}
		const keyword = KEYWORD.exec(line);
		if (keyword) {
			const key = META_KEYS[keyword[1]!.toLowerCase()];
			const value = keyword[2]!.trim();
			if (key === 'tags') meta.tags = value.split(/[\s:,]+/).filter(Boolean);
			// A timestamp's brackets and weekday go (`<2018-05-05 Sat>`); a name or a title keeps
			// its last word ("Sam Lee", "Notes from KubeCon EU").
			else if (key === 'date' && value)
				meta[key] = value.replace(/^[<[]|[>\]]$/g, '').replace(/ \p{L}{2,3}\.?$/u, '');
			else if (key && value) meta[key] = value;
			continue;
		}
		if (DRAWER.test(line) && !line.includes('::')) {
			drawer = !DRAWER_END.test(line);
			continue;
		}
		if (COMMENT_LINE.test(line)) continue;
		const heading = /^\*+[ \t]/.test(line) ? HEADING.exec(line) : null;
		if (heading) {
			bodyIndent = -1;
			out.push('', `${'#'.repeat(Math.min(6, heading[1]!.length))} ${inline(heading[2]!)}`, '');
			continue;
		}
		if (TABLE_RULE.test(line)) {
			out.push(line.replace(/\+/g, '|'));
			continue;
		}
		// "- Speaker :: Tom Wilkie": a description list's term and its description.
		const item = ORG_ITEM.exec(line);
		if (item) {
			listIndent = item[1]!.length;
			const dl = item[2]!.includes(' :: ') ? DESCRIPTION.exec(item[2]!) : null;
			out.push(item[1] + '- ' + inline(dl ? `${dl[1]}: ${dl[2]}` : item[2]!));
			continue;
		}
		// A line no deeper than the list's bullets ends the list (Markdown would continue the item).
		if (listIndent >= 0 && line.trim()) {
			if (line.length - line.trimStart().length <= listIndent) out.push('');
			listIndent = -1;
		} else if (!line.trim()) listIndent = -1;
		out.push(inline(line));
	}
	// A block left open runs to the end, as Org reads it: its fence is closed there.
	if (block && block !== 'quote') out.push('```');
	return { markdown: out.join('\n'), meta };
}

/** Org's inline markup in Markdown's: links, emphasis, verbatim. */
function inline(line: string): string {
	let s = line;
	if (s.includes('[[')) {
		s = s.replace(ORG_LINK, (_m, target: string, text: string | undefined) =>
			text ? `[${text}](${target.replace(/\s/g, '%20')})` : target
		);
	}
	return s
		.replace(/(^|[\s(])\*(\S(?:[^*\n]{0,200}\S)?)\*(?=[\s.,;:!?)]|$)/g, '$1**$2**')
		.replace(/(^|[\s(])\/(\S(?:[^/\n]{0,200}\S)?)\/(?=[\s.,;:!?)]|$)/g, '$1*$2*')
		.replace(/(^|[\s(])[=~](\S(?:[^=~\n]{0,200}\S)?)[=~](?=[\s.,;:!?)]|$)/g, '$1`$2`');
}
