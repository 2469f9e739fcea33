/**
 * HTML → Markdown-shaped text, for HTML pages and for bodies written in HTML blocks (WordPress
 * block-editor exports: `<!-- wp:paragraph --><p>…</p>`). Block elements become the line
 * structure Markdown reads (headings, paragraphs, list items, tables on their own lines);
 * page furniture (head, navigation, footer, scripts) is dropped; inline markup is left for the
 * Markdown inline pass. Every pattern is linear: one alternation or a bounded tag scan.
 */

const DOCTYPE = /<!doctype[^>]{0,200}>/gi;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const TITLE = /<title\b[^>]{0,500}>([^<]{1,300})<\/title\s*>/i;
/** Furniture and code whose text is not the recap. */
const DROPPED =
	/<(head|script|style|noscript|nav|footer|aside|template|svg|form|button|select)\b[^>]{0,2000}>[\s\S]*?(?:<\/\1\s*>|$)/gi;
const HEADING = /<h([1-6])\b[^>]{0,1000}>([\s\S]{0,2000}?)<\/h\1\s*>/gi;
const LIST_ITEM = /<li\b[^>]{0,1000}>/gi;
const BLOCK =
	/<\/?(?:p|div|section|article|main|header|ul|ol|li|blockquote|figure|figcaption|dl|dt|dd|hr|center|details|summary|body|html)\b[^>]{0,1000}>/gi;
const BREAK = /<br\s*\/?>/gi;
const TABLE_OPEN = /<table\b/gi;
const TABLE_CLOSE = /<\/table\s*>/gi;
const PRE_OPEN = /<pre\b/gi;
const BLOCK_LINE = /^\s*<(?:p|h[1-6]|div|ul|ol|li|table|figure|blockquote|section)\b/i;

/** True for a body written in HTML blocks rather than Markdown (WordPress block exports). */
export function isHtmlBody(body: string): boolean {
	if (body.includes('<!-- wp:')) return true;
	if (!body.includes('<')) return false;
	// The opening lines decide: a hundred are plenty, and the rest need not be split.
	let blocks = 0;
	let lines = 0;
	for (let at = 0; at < body.length && lines < 100;) {
		let end = body.indexOf('\n', at);
		if (end === -1) end = body.length;
		const line = body.slice(at, end);
		at = end + 1;
		if (!line.trim()) continue;
		lines++;
		if (BLOCK_LINE.test(line)) blocks++;
	}
	return blocks >= 3 && blocks * 2 >= lines;
}

const BREADCRUMBS =
	/<(ol|ul)\b[^>]{0,300}\b(?:id|class)\s*=\s*["'][^"']{0,100}\bbreadcrumbs?\b[^>]{0,300}>[\s\S]*?<\/\1\s*>/gi;
/** A Notion page's properties, a table under its title: metadata (htmlMeta), not text. */
const PROPERTIES =
	/<table\b[^>]{0,200}\bclass\s*=\s*["']properties["'][^>]{0,200}>[\s\S]*?<\/table\s*>/i;
const PROPERTY_ROW =
	/<tr\b[^>]{0,500}>\s*<th\b[^>]{0,500}>([\s\S]{0,1000}?)<\/th>\s*<td\b[^>]{0,500}>([\s\S]{0,3000}?)<\/td>/gi;
/** Notion's icons beside a key or a person ("J" for Julie Martin): not part of the value. */
const ICON =
	/<(span|div)\b[^>]{0,200}\bclass\s*=\s*["'][^"']{0,100}\bicon\b[^>]{0,200}>[^<]{0,20}<\/\1>|<img\b[^>]{0,1000}>/gi;

function cellText(html: string): string {
	return html
		.replace(ICON, '')
		.replace(/<\/span>\s*<span\b/gi, '</span>, <span')
		.replace(/<[^>]{0,1000}>/g, ' ')
		.replace(/\s+/g, ' ')
		.replace(/\s+,/g, ',')
		.trim();
}

/** Keys saying where or when: kept as text when no event is named (as in properties.ts). */
const EVIDENCE = new Set(['location', 'place', 'city', 'venue', 'date', 'dates', 'when', 'where']);

/**
 * A Notion page's properties table, split: `meta` what is read as front matter, `text` the rows
 * that stay text ("Location: Copenhagen" when no "Event" row names the event).
 */
function propertyRows(table: string): { meta: Record<string, string>; text: string[] } {
	const rows: [string, string][] = [];
	for (const row of table.matchAll(PROPERTY_ROW)) {
		const key = cellText(row[1]!);
		const value = cellText(row[2]!);
		if (key && value && key.length <= 40 && !rows.some((r) => r[0] === key))
			rows.push([key, value]);
	}
	const named = rows.some(([k]) => /^(?:event|conference)$/i.test(k));
	const meta: Record<string, string> = {};
	const text: string[] = [];
	for (const [k, v] of rows) {
		if (!named && EVIDENCE.has(k.toLowerCase())) text.push(`${k}: ${v}`);
		else meta[k] = v;
	}
	return { meta, text };
}

/** The properties of a Notion page read as front matter, or null. */
function propertiesTable(html: string): Record<string, string> | null {
	if (!html.includes('properties')) return null;
	const table = PROPERTIES.exec(html);
	const meta = table ? propertyRows(table[0]).meta : null;
	return meta && Object.keys(meta).length ? meta : null;
}

/**
 * An element that a class or id names as page furniture: a cookie or consent banner, the comment
 * thread, share buttons, a newsletter sign-up, related posts, a sidebar. Not the article itself.
 */
const FURNITURE =
	/<(div|section|aside|ul|ol|p|span|dialog|details)\b[^>]{0,1000}?\b(?:id|class)\s*=\s*["'][^"']{0,200}?\b(?:cookies?|consent|gdpr|comments?|disqus|respond|share|sharing|social|newsletter|subscribe|subscription|related|sidebar)(?:[-_](?:banner|bar|notice|box|area|list|section|thread|wrapper|container|links|buttons|form|posts|articles))?["'\s][^>]{0,1000}>/gi;
const FURNITURE_WORDS =
	/cookie|consent|gdpr|comment|disqus|respond|shar|social|newsletter|subscri|related|sidebar/i;

/** The end of the element opened at `start` (its closing tag's end), or -1 when it never closes. */
function elementEnd(html: string, start: number, tag: string): number {
	const tags = new RegExp(`<(/?)${tag}\\b[^>]{0,1000}>`, 'gi');
	tags.lastIndex = start;
	let depth = 0;
	for (let m = tags.exec(html); m; m = tags.exec(html)) {
		depth += m[1] ? -1 : 1;
		if (depth === 0) return m.index + m[0].length;
	}
	return -1;
}

/** The page without its furniture elements (never one holding most of the page: the article). */
function withoutFurniture(html: string): string {
	if (!FURNITURE_WORDS.test(html)) return html;
	let out = '';
	let at = 0;
	FURNITURE.lastIndex = 0;
	for (let m = FURNITURE.exec(html); m; m = FURNITURE.exec(html)) {
		const end = elementEnd(html, m.index, m[1]!);
		if (end === -1 || (end - m.index) * 2 > html.length) continue;
		out += `${html.slice(at, m.index)}\n`;
		at = FURNITURE.lastIndex = end;
	}
	return at === 0 ? html : out + html.slice(at);
}

const SUMMARY = /<summary\b[^>]{0,1000}>[\s\S]{0,500}?<\/summary\s*>/gi;

export function htmlToMarkdown(html: string): string {
	const title = TITLE.exec(html)?.[1]?.trim();
	let s = withoutFurniture(
		html.replace(DOCTYPE, ' ').replace(COMMENT, '\n').replace(DROPPED, '\n')
	);
	// A folded block's label ("<summary>Show config</summary>"): a button, not text.
	if (s.includes('<summary')) s = s.replace(SUMMARY, '\n');
	// Breadcrumbs ("Space › Page", Confluence's and many blogs'): navigation, not text.
	if (s.includes('breadcrumb')) s = s.replace(BREADCRUMBS, '\n');
	if (s.includes('properties'))
		s = s.replace(PROPERTIES, (table) => {
			const { text } = propertyRows(table);
			return text.length ? `\n\n<p>${text.join('<br>')}</p>\n\n` : '\n';
		});
	// The page's <title> heads the text when the page has no <h1> of its own.
	if (title && !/<h1\b/i.test(s)) s = `<h1>${title}</h1>\n${s}`;
	s = s
		.replace(HEADING, (_m, level: string, inner: string) => {
			const text = inner.replace(/\s+/g, ' ').trim();
			return text ? `\n\n${'#'.repeat(Number(level))} ${text}\n\n` : '\n\n';
		})
		.replace(TABLE_OPEN, '\n\n<table')
		.replace(TABLE_CLOSE, '</table>\n\n')
		.replace(PRE_OPEN, '\n\n<pre')
		.replace(LIST_ITEM, '\n- ')
		.replace(BLOCK, '\n\n')
		.replace(BREAK, '\n');
	// Source indentation is not Markdown indentation (four spaces would read as code).
	return s
		.replace(/^[ \t]+/gm, '')
		.replace(/[ \t]+$/gm, '')
		.replace(/\n{3,}/g, '\n\n');
}

const META = /<meta\b[^>]{0,1000}>/gi;
const ATTR = /([a-z:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/gi;
const TIME = /<time\b[^>]{0,500}\bdatetime\s*=\s*["']((?:19|20)\d\d-\d\d-\d\d)[^"']*["']/i;
const AUTHOR_KEYS = new Set(['author', 'article:author', 'dc.creator', 'twitter:creator']);
/** The site's name (its publisher) and the page's own address. */
const SITE_KEYS = new Set(['og:site_name', 'application-name']);
const URL_KEYS = new Set(['og:url']);
const CANONICAL =
	/<link\b(?=[^>]{0,1000}\brel\s*=\s*["']?canonical\b)[^>]{0,1000}\bhref\s*=\s*["'](https?:\/\/[^"'\s]{1,500})["']/i;
const DATE_KEYS = new Set([
	'date',
	'pubdate',
	'publish-date',
	'publish_date',
	'dc.date',
	'article:published_time',
	'datepublished'
]);

/**
 * The attribute that marks up the author's element, wherever it is (a footer too, which is
 * dropped as text): microformats' `class="p-author"` (Medium's exports), `rel="author"`,
 * `itemprop="author"`.
 */
const AUTHOR_ATTR = /\bp-author\b|\brel\s*=\s*["']?author\b|\bitemprop\s*=\s*["']author\b/gi;
/** The element's opening tag from its start (group 1 its name), and its content to its end. */
const ELEMENT = /^<([a-z][a-z0-9]{0,9})\b[^>]{0,1000}>([\s\S]{0,400}?)<\/\1\s*>/i;
/** A name: letters, spaces and the punctuation of names, nothing like a sentence or an address. */
const AUTHOR_TEXT = /^\p{L}[\p{L}\p{M}.'’ -]{1,60}$/u;
const CJK_AUTHOR = /^[\p{Script=Han}\p{Script=Hangul}]{2,9}$/u;

/** The author's name from the element that marks it up, or null. */
function markedAuthor(html: string): string | null {
	let tries = 0;
	// A few: `<link rel="author" href="…">` in the head has no text, the byline's element has.
	for (const attr of html.matchAll(AUTHOR_ATTR)) {
		if (++tries > 5) break;
		const open = html.lastIndexOf('<', attr.index);
		const m = open === -1 ? null : ELEMENT.exec(html.slice(open, open + 2000));
		if (!m) continue;
		const name = m[2]!
			.replace(/<[^>]{0,500}>/g, ' ')
			.replace(/\s+/g, ' ')
			.trim();
		if (AUTHOR_TEXT.test(name) && (name.includes(' ') || CJK_AUTHOR.test(name))) return name;
	}
	return null;
}

/**
 * What a page says of itself in its head (`<meta name="author">`, `article:published_time`),
 * in the element that marks up its author, or in the first `<time datetime>`: the author and
 * date a blog export carries outside its text.
 */
export function htmlMeta(html: string): Record<string, unknown> | null {
	const head = html.slice(0, Math.max(0, html.search(/<\/head\s*>/i)));
	// Notion: its properties first; the head's <meta> fills in what they do not say.
	const meta: Record<string, unknown> = { ...propertiesTable(html) };
	for (const tag of head.includes('<meta') || head.includes('<META') ? head.matchAll(META) : []) {
		const attrs: Record<string, string> = {};
		for (const a of tag[0].matchAll(ATTR)) attrs[a[1]!.toLowerCase()] = a[2] ?? a[3] ?? '';
		const key = (attrs.name ?? attrs.property ?? attrs.itemprop ?? '').toLowerCase();
		const value = attrs.content?.trim();
		if (!value) continue;
		// An author given as a profile address or a handle is not a name.
		if (AUTHOR_KEYS.has(key) && !meta.author && !/^(?:https?:|@)/.test(value)) meta.author = value;
		else if (DATE_KEYS.has(key) && !meta.date) meta.date = value.slice(0, 10);
		else if (SITE_KEYS.has(key) && !meta.site_name) meta.site_name = value;
		else if (URL_KEYS.has(key) && !meta.url && /^https?:\/\//.test(value)) meta.url = value;
	}
	// The canonical address says where the page lives, over og:url's share address.
	const canonical = head.includes('canonical') ? CANONICAL.exec(head) : null;
	if (canonical) meta.url = canonical[1];
	if (!meta.author) {
		const author = markedAuthor(html);
		if (author) meta.author = author;
	}
	if (!meta.date) {
		const time = TIME.exec(html);
		if (time) meta.date = time[1];
	}
	return Object.keys(meta).length ? meta : null;
}
