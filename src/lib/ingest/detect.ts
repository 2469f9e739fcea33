/**
 * Format from content, never from the file name (a `.txt` can be reStructuredText). Each format
 * collects points for the constructs only it uses; markup shared by two formats (`* ` lists,
 * `**bold**`, `:field:` lines, underlined headings) scores for both or for neither.
 */
import { startsWithLetter } from './parse/inline';
import type { DocFormat } from './types';

/** Detection reads the start of a document: structure shows early, and it keeps this O(1). */
const SAMPLE_LINES = 1500;
/** Below this score the document is treated as plain text. */
const MIN_SCORE = 4;

const RST_ADORN = /^([=\-~^*+#"'`:._<>])\1{2,}\s*$/;
const RST_DIRECTIVE = /^\.\. [A-Za-z][\w:-]*::(?:\s|$)/;
const RST_TARGET = /^\.\. (?:_[^:]+:|\[[^\]]+\]|\|[^|]+\|)/;
const RST_INLINE = /`[^`\n]+`__?(?:\W|$)|:[a-z][\w-]*:`[^`]+`|``[^`\n]+``/;
const RST_TABLE = /^\+(?:[-=]+\+){2,}$|^=+(?: +=+)+$/;
const FIELD = /^:[\w][\w -]*:(?:\s|$)/;
const RST_DOCINFO =
	/^:(?:Author|Authors|Date|Organization|Contact|Address|Version|Revision|Status|Copyright):\s/;
const MD_ATX = /^ {0,3}#{1,6}(?:[ \t]+\S|(?<=##)[^#\s])/;
const MD_LINK = /\[[^\]\n]{1,300}\]\((?:https?:|\/|\.|#|mailto:)[^)\s]*\)/;
const MD_FENCE = /^ {0,3}(?:```|~~~)/;
// Tested on right-trimmed lines, so no trailing-space run competes with the groups' own.
const MD_TABLE_SEP =
	/^ {0,3}\|?[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+\|?$|^\|[ \t]*:?-{3,}:?[ \t]*\|$/;
const MD_REF = /^ {0,3}\[[^\]]+\]:\s+\S/;
/** "**Keynotes**", "**Title** (Speaker, Org)": a line that opens with a bold run. */
const BOLD_LEAD = /^\*\*[^*\s][^*\n]{0,200}\*\*/;
const MD_CALLOUT = /^ {0,3}>[ \t]?\[![\w-]+\][+-]?(?:\s|$)/;
/** An abbreviation's definition (`*[HTML]: …`) or a display-math fence (`$$`): Markdown only. */
const MD_ABBR_OR_MATH = /^ {0,3}(?:\*\[[^\]\n]+\]:\s|\$\$[ \t]*$)/;
/**
 * A line that opens with an HTML block tag (`<details>`, `<div align="center">`, `</table>`):
 * Markdown lets HTML in as it is; reStructuredText and AsciiDoc need a passthrough directive.
 */
const MD_HTML_BLOCK =
	/^<\/?(?:details|summary|div|p|table|thead|tbody|tr|td|th|figure|figcaption|img|iframe|center|br|hr|video|picture|sup|ul|ol|li|h[1-6]|blockquote|pre|dl|dt|dd|section|aside|span|a)(?:[\s>/]|$)/i;
/** A footnote's reference, "[^1]": Markdown's (reStructuredText writes `[#]_`). */
const MD_FOOTNOTE_REF = /\[\^[^\]\s]{1,50}\]/;
const ADOC_TITLE = /^= \S/;
const ADOC_SECTION = /^={2,6} \S/;
const ADOC_MACRO =
	/\b(?:image|link|include|xref|mailto|kbd|footnote)::?[^\s[\]]{0,500}\[[^\]\n]{0,500}\]|https?:\/\/[^\s[\]]{1,500}\[[^\]\n]{0,500}\]/;
const ADOC_BLOCK_ATTR =
	/^\[(?:source|quote|verse|NOTE|TIP|IMPORTANT|WARNING|CAUTION|cols=|options=|\.[\w-]+|#[\w-]+)/;

export interface DetectHints {
	/** The document had YAML/TOML front matter (a Markdown habit, though AsciiDoc uses it too). */
	frontMatter?: boolean;
}

export interface Scores {
	markdown: number;
	rst: number;
	asciidoc: number;
}

export function formatScores(text: string, hints: DetectHints = {}): Scores {
	const s: Scores = { markdown: hints.frontMatter ? 4 : 0, rst: 0, asciidoc: 0 };
	const lines = text.split('\n', SAMPLE_LINES);
	let prev = '';
	let prevPrev = '';
	let firstContent = true;
	for (const line of lines) {
		const trimmed = line.trimEnd();
		if (firstContent && trimmed) {
			if (ADOC_TITLE.test(trimmed)) s.asciidoc += 5;
			firstContent = false;
		}
		if (!trimmed) {
			// No pattern below matches a blank line.
			prevPrev = prev;
			prev = trimmed;
			continue;
		}
		if (startsWithLetter(trimmed)) {
			// Prose lines can only carry inline markup.
			if (trimmed.includes('](') && MD_LINK.test(line)) s.markdown += 3;
			if (trimmed.includes('[^') && MD_FOOTNOTE_REF.test(trimmed)) s.markdown += 2;
			if (trimmed.includes('`') && RST_INLINE.test(line)) s.rst += 2;
			if (trimmed.includes('[') && ADOC_MACRO.test(line)) s.asciidoc += 4;
			prevPrev = prev;
			prev = trimmed;
			continue;
		}
		const adorn = RST_ADORN.exec(trimmed);
		if (adorn && prev.trim() && !RST_ADORN.test(prev)) {
			const text = prev.trim();
			const ch = adorn[1]!;
			if (RST_ADORN.test(prevPrev) && prevPrev.trim()[0] === ch) s.rst += 5;
			else if (ch !== '=' && ch !== '-') s.rst += 3;
			else if (trimmed.length < text.length) s.markdown += 3;
			else if (!/^[-*+] /.test(text)) {
				s.rst += 1;
				s.markdown += 1;
			}
		}
		if (RST_DIRECTIVE.test(trimmed)) s.rst += 5;
		else if (RST_TARGET.test(trimmed)) s.rst += 3;
		// The inline patterns need a backquote, a "](" or a "[": look for it before the regex.
		if (line.includes('`') && RST_INLINE.test(line)) s.rst += 2;
		if (RST_TABLE.test(trimmed)) s.rst += 3;
		if (FIELD.test(trimmed)) {
			s.rst += 1;
			s.asciidoc += 1;
			// ":Author:", ":Date:": docutils' bibliographic fields, capitalised (AsciiDoc's
			// attributes are lower case): a short recap may have little other rST to show.
			if (RST_DOCINFO.test(trimmed)) s.rst += 2;
		}
		if (MD_ATX.test(line)) s.markdown += 4;
		if (line.includes('](') && MD_LINK.test(line)) s.markdown += 3;
		if (MD_FENCE.test(line)) s.markdown += 3;
		if (MD_TABLE_SEP.test(trimmed) && (trimmed.includes('|') || prev.includes('|')))
			s.markdown += 4;
		if (MD_REF.test(line)) s.markdown += 2;
		if (trimmed.charCodeAt(0) === 60 && MD_HTML_BLOCK.test(trimmed)) s.markdown += 2;
		if ((line.includes('*[') || line.includes('$$')) && MD_ABBR_OR_MATH.test(line)) s.markdown += 3;
		// A bold run opening a line: reStructuredText writes it too, but its documents show their
		// own headings and directives as well; a Google Docs export has only these for headings.
		if (trimmed.charCodeAt(0) === 42 && BOLD_LEAD.test(trimmed)) s.markdown += 1;
		// GitHub's alerts and Obsidian's callouts: "> [!NOTE]", "> [!tip]- Title".
		if (line.includes('[!') && MD_CALLOUT.test(line)) s.markdown += 4;
		if (ADOC_SECTION.test(trimmed)) s.asciidoc += 4;
		if (line.includes('[') && ADOC_MACRO.test(line)) s.asciidoc += 4;
		if (ADOC_BLOCK_ATTR.test(trimmed)) s.asciidoc += 3;
		if (trimmed === '|===') s.asciidoc += 4;
		prevPrev = prev;
		prev = trimmed;
	}
	return s;
}

/** The format of a document body (front matter already removed). */
export function detectFormat(text: string, hints: DetectHints = {}): DocFormat {
	const s = formatScores(text, hints);
	const best = Math.max(s.markdown, s.rst, s.asciidoc);
	if (best < MIN_SCORE) return 'text';
	if (s.asciidoc === best) return 'asciidoc';
	if (s.rst === best) return 'rst';
	return 'markdown';
}
