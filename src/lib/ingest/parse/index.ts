/**
 * Public entry point of the structure stage: bytes → ParsedDocument (sections and passages of
 * plain text) plus warnings. Event attribution, talks, mentions and themes build on this.
 */
import { decodeBytes } from '../decode';
import { detectFormat } from '../detect';
import { mergeFrontMatter, normaliseFrontMatter, splitFrontMatter } from '../frontmatter';
import { sha256Hex } from '../sha256';
import type { DocFormat, IngestWarning, ParsedDocument, SourceFormat, SourceInput } from '../types';
import { parseAsciidoc } from './asciidoc';
import { htmlMeta, htmlToMarkdown, isHtmlBody } from './html';
import { assemble, type Block } from './blocks';
import type { Byline } from './byline';
import { readClosingBio, readClosingByline } from './bylineClosing';
import { originLine } from './bylineMore';
import { withoutPageFurnitureIntl } from './furnitureIntl';
import { withoutPlainToc } from './tocPlain';
import { isHashtagLine } from './inline';
import { parseMarkdown } from './markdown';
import { isOrgBody, orgToMarkdown } from './org';
import { wikiDialect, wikiToMarkdown } from './wiki';
import { splitPropertyBlock } from './properties';
import { splitTitleBlock } from './titleBlock';
import { confluenceTables } from './confluence';
import { parseRst } from './rst';
import { countWords } from './split';
import { parseText } from './text';
import { CHAT_GATE, chatRuns } from './chat';
import { withoutSalutations } from './salutations';
import { mayBeMdx, splitMdxModule } from './mdx';
import { isRtf, rtfToMarkdown } from './rtf';
import { isSavedMail, savedMailText } from './eml';
import { officeToMarkdown } from './office';
import { bbcodeToMarkdown, isBbcodeBody } from './bbcode';

export interface FormatParse {
	blocks: Block[];
	/** Document metadata written in the format itself (rST `.. post::`, AsciiDoc attributes). */
	meta?: Record<string, unknown> | null;
	title?: string | null;
	/** Author (and publisher) named in the text: plain text and Markdown (byline.ts). */
	byline?: Byline | null;
	/** A dateline near the top ("Posted on May 21, 2019"): the publication date (byline.ts). */
	dateline?: string | null;
}

const PARSERS: Record<DocFormat, (body: string) => FormatParse> = {
	markdown: parseMarkdown,
	rst: parseRst,
	asciidoc: parseAsciidoc,
	text: parseText
};

/** Data files and web pages are not recaps; say so instead of parsing them as prose. */
function notProse(text: string): string | null {
	const head = text.trimStart().slice(0, 200).toLowerCase();
	if ((head.startsWith('{') || head.startsWith('[{')) && text.length < 50_000_000) {
		try {
			JSON.parse(text);
			return 'is JSON data, not a document; skipped';
		} catch {
			return null;
		}
	}
	return null;
}

/**
 * `hash` gives the document's hex SHA-256: the portable one by default; Node passes its native
 * digest (IngestOptions.sha256Hex), the same hex a few times faster.
 */
export function parseDocument(
	input: SourceInput,
	hash: (bytes: Uint8Array) => string = sha256Hex
): {
	doc: ParsedDocument | null;
	warnings: IngestWarning[];
} {
	const file = input.path;
	// A Word or OpenDocument file: the Markdown its text maps to, its properties as front matter.
	const office = input.bytes[0] === 0x50 ? officeToMarkdown(input.bytes) : null;
	const decoded = office ? { text: office.markdown, warnings: [] } : decodeBytes(file, input.bytes);
	const warnings = [...decoded.warnings];
	if (decoded.text === null) return { doc: null, warnings };
	// Rich Text Format: read as the Markdown it maps to, its {\info} as front matter (rtf.ts).
	const rtf = isRtf(decoded.text) ? rtfToMarkdown(decoded.text) : null;
	if (rtf) decoded.text = rtf.markdown;
	// A whole saved e-mail (.eml): its From, Subject and Date over its decoded text part (eml.ts).
	else if (isSavedMail(decoded.text)) decoded.text = savedMailText(decoded.text);
	const problem = notProse(decoded.text);
	if (problem)
		return { doc: null, warnings: [...warnings, { file, severity: 'error', message: problem }] };
	const htmlPage = /^\s*<(?:!doctype html|html[\s>])/i.test(decoded.text);
	if (htmlPage) {
		warnings.push({
			file,
			severity: 'warning',
			message: 'is an HTML page: tags are stripped and the text read as Markdown'
		});
	}

	const fenced = splitFrontMatter(decoded.text, file, warnings);
	// Pandoc's `%` title block, MultiMarkdown's "Title: …" lines: front matter without fences.
	const titleBlock = fenced.kind === null && !htmlPage ? splitTitleBlock(fenced.body) : null;
	const split = titleBlock ? { raw: titleBlock.meta, kind: null, body: titleBlock.body } : fenced;
	// Confluence tables ("||Session||Speaker||" over "|cell|cell|" rows): Markdown pipe tables.
	if (split.body.includes('||')) split.body = confluenceTables(split.body);
	// MDX: import/export statements are code; `export const meta = {…}` is front matter (mdx.ts).
	const mdx = !htmlPage && mayBeMdx(split.body) ? splitMdxModule(split.body) : null;
	if (mdx?.found) split.body = mdx.body;
	// An HTML page, or a body in HTML blocks (WordPress exports): read as the Markdown it maps to.
	const html = htmlPage || isHtmlBody(split.body);
	// Org mode: read as the Markdown it maps to, its #+TITLE: and the like as front matter.
	const org = html ? null : isOrgBody(split.body) ? orgToMarkdown(split.body) : null;
	// A MediaWiki page: read as the Markdown it maps to as well.
	const dialect = html || org ? null : wikiDialect(split.body);
	const wiki = dialect ? wikiToMarkdown(split.body, dialect === 'dokuwiki') : null;
	// A forum post in BBCode ("[b]…[/b]", "[url=…]…[/url]"): the Markdown it maps to (bbcode.ts).
	const bb =
		html || org || wiki !== null || !isBbcodeBody(split.body) ? null : bbcodeToMarkdown(split.body);
	const format =
		html || org || wiki !== null || bb !== null || rtf || office
			? 'markdown'
			: detectFormat(split.body, { frontMatter: split.kind !== null || mdx?.found === true });
	// A Notion page's "Created: …" / "Tags: …" lines under the title: front matter in all but name.
	const props =
		split.kind === null &&
		!html &&
		!org &&
		wiki === null &&
		bb === null &&
		(format === 'markdown' || format === 'text')
			? splitPropertyBlock(split.body)
			: null;
	const body = html
		? htmlToMarkdown(split.body)
		: org
			? org.markdown
			: (wiki ?? bb ?? props?.body ?? split.body);
	// A chat export ("[10:32] alice: …" lines): one passage per run of one person's messages.
	const parsed = PARSERS[format](
		format !== 'rst' && CHAT_GATE.test(body) ? (chatRuns(body) ?? body) : body
	);
	// A property block is read as front matter by inference: a value it cannot use ("Date: May 2-4,
	// 2018", an event's days) is no mistake worth a warning.
	let frontMatter = normaliseFrontMatter(split.raw, file, warnings);
	if (mdx?.meta)
		frontMatter = mergeFrontMatter(normaliseFrontMatter(mdx.meta, file, warnings), frontMatter);
	if (props)
		frontMatter = mergeFrontMatter(normaliseFrontMatter(props.meta, file, []), frontMatter);
	if (org)
		frontMatter = mergeFrontMatter(normaliseFrontMatter(org.meta, file, warnings), frontMatter);
	if (office?.meta)
		frontMatter = mergeFrontMatter(normaliseFrontMatter(office.meta, file, warnings), frontMatter);
	if (rtf?.meta)
		frontMatter = mergeFrontMatter(normaliseFrontMatter(rtf.meta, file, warnings), frontMatter);
	if (parsed.meta)
		frontMatter = mergeFrontMatter(normaliseFrontMatter(parsed.meta, file, warnings), frontMatter);
	const pageMeta = html ? htmlMeta(split.body) : null;
	if (pageMeta)
		frontMatter = mergeFrontMatter(normaliseFrontMatter(pageMeta, file, warnings), frontMatter);

	let blocks = withoutTrailingTags(
		withoutPlainToc(withoutPageFurnitureIntl(withoutNewsletterFurniture(parsed.blocks)))
	);
	// "Written by Ana Gomez, May 2019." closing the text: its author when no other is known.
	// "Jane Doe is a platform engineer at Acme." closing it (under "About the author" or not).
	let closing: Byline | null = null;
	if (format !== 'rst' && format !== 'asciidoc' && !frontMatter.author && !parsed.byline) {
		closing = readClosingByline(blocks);
		const bio = closing ? null : readClosingBio(blocks);
		if (closing || bio) blocks = blocks.slice(0, bio ? -bio.drop : -1);
		closing ??= bio?.byline ?? null;
	}
	// "Originally published at https://…": where the post first appeared, not a passage.
	const origin = originLine(blocks, split.body);
	if (origin) blocks = blocks.filter((_, i) => i !== origin.index);
	// "Hi all," opening a mailed trip report, "Cheers, Ravi" closing it.
	if (format === 'text' || format === 'markdown') blocks = withoutSalutations(blocks);
	const { sections, firstHeading } = assemble(blocks);
	const passages = sections.reduce((n, s) => n + s.passages.length, 0);
	if (passages === 0) {
		warnings.push({
			file,
			severity: 'error',
			message: `no paragraphs of text found (read as ${format}); skipped`
		});
		return { doc: null, warnings };
	}
	let words = 0;
	for (const s of sections) {
		if (s.heading) words += countWords(s.heading);
		for (const p of s.passages) words += countWords(p.text);
	}
	// The markup it was written in: what was read as Markdown says what it was.
	const sourceFormat: SourceFormat =
		office?.kind ??
		(rtf ? 'rtf' : html ? 'html' : org ? 'org' : (dialect ?? (bb !== null ? 'bbcode' : format)));
	const doc: ParsedDocument = {
		path: file,
		format: sourceFormat,
		frontMatter,
		title: frontMatter.title ?? parsed.title ?? firstHeading ?? null,
		author: frontMatter.author ?? parsed.byline?.author ?? closing?.author ?? null,
		publisher: frontMatter.publisher ?? parsed.byline?.publisher ?? null,
		url: frontMatter.url ?? origin?.url ?? null,
		published:
			frontMatter.date ??
			parsed.byline?.published ??
			parsed.dateline ??
			origin?.date ??
			closing?.published ??
			dateInPath(file),
		sections,
		words,
		sha256: hash(input.bytes)
	};
	return { doc, warnings };
}

/**
 * A newsletter's furniture (Substack, Ghost, Mailchimp, a blog's footer), not text of the recap:
 * "Thanks for reading Cloud Native Weekly! Subscribe for free to receive new posts.",
 * "Thanks for reading! Follow me on Twitter.", "Subscribe now", "© 2021 Rita Kowalski.
 * Unsubscribe", "Share this post", "You are receiving this because you subscribed at …",
 * "View this email in your browser".
 */
const FURNITURE =
	/^(?:thanks?(?: you)? for reading\b.*\b(?:subscri|follow (?:me|us)\b)|subscribe\b|you(?:['’]re| are)? receiv(?:ing|ed) this\b|view this (?:e-?mail|issue|newsletter) in (?:your|a) browser|(?:copyright\s*)?(?:©|\(c\)\s*(?:19|20)\d\d)|(?:share(?: this(?: post| article)?)?|unsubscribe|leave a comment|like|comment|restack)[.!]?$)/i;
const MAX_FURNITURE = 160;

function withoutNewsletterFurniture(blocks: Block[]): Block[] {
	const isFurniture = (b: Block) =>
		b.type === 'paragraph' && b.text.length <= MAX_FURNITURE && FURNITURE.test(b.text);
	return blocks.some(isFurniture) ? blocks.filter((b) => !isFurniture(b)) : blocks;
}

/** "Tags: kubernetes, istio", "Filed under: Events": a blog's labels under the post. */
const TAG_LINE =
	/^(?:tags|tagged(?: with| in)?|categories|category|filed under|posted in|labels|topics|tag(?=\s*[:：])|tagi|etichette|etiquetas|categorias|categorie|kategorie|kategori|label(?=\s*[:：])|etiketler|kategoriler|теги|метки|рубрики|категории|schlagwörter|schlagworte|étiquettes|catégories|标签|分类|タグ|태그|카테고리)(?:\s*[:：]\s*|\s+)[^\n.!?]{1,200}$/iu;

/**
 * The post's labels at its end ("Tags: …", a line of hashtags) are the blog's, not text of the
 * recap (as front matter's tags are): up to two such paragraphs closing the document are dropped.
 */
function withoutTrailingTags(blocks: Block[]): Block[] {
	// Headings left with nothing under them ("Comentários" once its furniture is gone) close
	// the page after the labels.
	let tail = blocks.length;
	while (tail > 0 && blocks[tail - 1]!.type === 'heading') tail--;
	let end = tail;
	while (end > 0 && tail - end < 2) {
		const b = blocks[end - 1]!;
		if (b.type !== 'paragraph' || b.text.length > 200) break;
		// "#Kubernetes #CloudNative": a social post's hashtags.
		if (isHashtagLine(b.text)) {
			end--;
			continue;
		}
		if (!TAG_LINE.test(b.text)) break;
		// Short labels, listed ("kubernetes, istio"), not a sentence ("Tagged in the photo are…").
		const items = b.text.slice(b.text.search(/[:：\s]/) + 1).split(/[,;·|]|\s#/);
		if (items.some((x) => x.trim().split(/\s+/).length > 4)) break;
		end--;
	}
	return end === tail ? blocks : [...blocks.slice(0, end), ...blocks.slice(tail)];
}

/**
 * The date a blog engine writes into the file's name or folders ("2019-11-22-kubecon-notes.md",
 * "posts/2019/11/22/recap.md"), or a note-taker at its end ("meetup-2019-03-14.md",
 * "k8s_meetup_20190314.txt"): the publication date when the document states none.
 */
export function dateInPath(path: string): string | null {
	const name = /(?:^|\/)((?:19|20)\d\d)-(\d\d)-(\d\d)[-_.][^/]*$/.exec(path);
	const dirs = name ? null : /(?:^|\/)((?:19|20)\d\d)\/(\d\d)\/(\d\d)\/[^/]+$/.exec(path);
	const words = name || dirs ? null : NAMED_DATE.exec(path.slice(path.lastIndexOf('/') + 1));
	const m = name ?? dirs ?? (words && [words[0], words[1], words[3], words[4]]);
	if (!m) return null;
	const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
	if (y > 2030 || mo < 1 || mo > 12 || d < 1 || d > 31) return null;
	return `${m[1]}-${m[2]}-${m[3]}`;
}

/** A whole date among the words of a file name: "-2019-03-14.", "_20190314_" (one separator). */
const NAMED_DATE = /(?<=[-_ .])((?:19|20)\d\d)([-_.]?)(\d\d)\2(\d\d)(?=[-_ .])/;
