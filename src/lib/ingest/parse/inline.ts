/**
 * Inline clean-up shared by every format: HTML tags, shortcodes, emphasis markers, entities and
 * whitespace. Every pattern here is linear: bounded repetitions or disjoint alternatives only,
 * so a hostile line cannot make a regex backtrack for long.
 */
import { decodeEntities } from './entities';

// An unclosed <script> swallows the rest of the block instead of rescanning for every start.
const SCRIPT_STYLE = /<(script|style|iframe|noscript)\b[^>]{0,2000}>[\s\S]*?(?:<\/\1\s*>|$)/gi;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
const INLINE_TAG =
	/<\/?(?:a|abbr|b|bdi|bdo|cite|code|data|del|dfn|em|font|i|ins|kbd|mark|q|s|samp|small|span|strike|strong|sub|sup|time|tt|u|var|wbr)(?:\s[^<>]*)?\/?>/gi;
const ANY_TAG = /<\/?[A-Za-z][A-Za-z0-9:-]*(?:\s[^<>]*)?\/?>/g;

/** Tags that start or end a block of text, and `<br>`. */
const BLOCK_TAG =
	/<\/?(?:p|div|br|hr|img|table|thead|tbody|tr|td|th|ul|ol|h[1-6]|blockquote|section|article|figure|figcaption|center|pre|dl|dt|dd)(?:\s[^<>]*)?\/?>/gi;
const LIST_ITEM_TAG = /<li\b[^<>]*>/gi;
const LIST_ITEM_END = /<\/li\s*>/gi;

const FORMATTING_TAG =
	/<\/?(?:a|b|i|u|em|strong|span|p|div|br|img|code|table|tr|td|ul|ol|li|h[1-6]|blockquote)(?:\s[^<>]*)?\/?>/gi;

/** A whole script, style or frame element, or a comment ("<!--more-->"): code, not text. */
const CLOSED_CODE =
	/<(script|style|iframe|noscript)\b[^<>]{0,2000}>[\s\S]*?<\/\1\s*>|<!--[\s\S]{0,20000}?-->/gi;

/**
 * HTML in a plain-text document (a post exported as text, with `<strong>`, `<a href>`, `<p>` in
 * it): inline tags go, block tags and `<br>` become line breaks, `<li>` a "- " item, whole
 * `<script>…</script>` (and style, frame) elements and comments go with their content. Only where
 * the text uses formatting tags (two at least), and only tags HTML defines: "kubectl get
 * <resource>" or a quoted "<script>" stay as written.
 */
export function plainTextHtml(body: string): string {
	if (body.indexOf('<') === -1) return body;
	FORMATTING_TAG.lastIndex = 0;
	if (!FORMATTING_TAG.test(body) || !FORMATTING_TAG.test(body)) return body;
	return body
		.replace(CLOSED_CODE, '\n')
		.replace(INLINE_TAG, '')
		.replace(LIST_ITEM_TAG, '\n- ')
		.replace(LIST_ITEM_END, '')
		.replace(BLOCK_TAG, '\n');
}

/** Remove HTML markup, keeping the text between tags; script/style content is dropped. */
export function stripHtml(s: string): string {
	if (s.indexOf('<') === -1) return s;
	return s
		.replace(COMMENT, ' ')
		.replace(SCRIPT_STYLE, ' ')
		.replace(INLINE_TAG, '')
		.replace(ANY_TAG, ' ');
}

// Hugo `{{< x >}}` / `{{% x %}}`, Liquid `{% x %}` / `{{ x }}`, kramdown `{: .x}` / `{.x}`.
const TEMPLATE = /\{\{[<%]?[^\n]{0,500}?[%>]?\}\}|\{%[^\n]{0,500}?%\}/g;
const KRAMDOWN_ATTR = /\{:[^{}\n]{0,200}\}|\{[.#][\w-][^{}\n]{0,200}\}/g;

export function stripTemplates(s: string): string {
	if (s.indexOf('{') === -1) return s;
	return s.replace(TEMPLATE, inUrl).replace(KRAMDOWN_ATTR, '');
}

/**
 * A template that writes part of a URL (`[slides]({{ site.baseurl }}/prom.pdf)`,
 * `({% post_url 2018-05-08-kubecon %})`, `src="{{ … }}"`) goes without a trace, so the link
 * around it is still one; elsewhere it leaves a space between the words around it.
 */
function inUrl(m: string, at: number, s: string): string {
	const before = s.charCodeAt(at - 1);
	// "(", '"', "=", or "/" after it.
	return before === 40 || before === 34 || before === 61 || s.charCodeAt(at + m.length) === 47
		? ''
		: ' ';
}

const EMPHASIS = new Map<string, [RegExp, RegExp]>();

function emphasisPatterns(m: string): [RegExp, RegExp] {
	let pair = EMPHASIS.get(m);
	if (!pair) {
		const e = m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
		pair = [
			new RegExp(`(^|[\\s(\\[{"'“‘«/>-])${e}{1,3}(?=[^\\s${e}])`, 'g'),
			new RegExp(`([^\\s${e}])${e}{1,3}(?=$|[\\s)\\]}.,;:!?"'”’»/<-])`, 'g')
		];
		EMPHASIS.set(m, pair);
	}
	return pair;
}

/**
 * Drop emphasis markers (`*`, `_`, and the doubled forms) without pairing them: pairing needs
 * backtracking, and an unbalanced marker in prose is better dropped than kept.
 */
export function stripEmphasis(s: string, markers: string): string {
	let out = s;
	for (const m of markers) {
		if (out.indexOf(m) === -1) continue;
		const [open, close] = emphasisPatterns(m);
		// A lone underscore is part of a name ("@dyn__", "snake_"): strip `_` only in pairs.
		open.lastIndex = 0;
		close.lastIndex = 0;
		if (m !== '_' || (open.test(out) && close.test(out))) {
			out = out.replace(open, '$1').replace(close, '$1');
		}
		// Doubled markers glued inside words (`foo**bar**`): markup, never prose.
		if (m === '*') out = out.replace(/\*\*/g, '');
	}
	return out;
}

const URL_ONLY = /^[<([]?(?:https?:\/\/|www\.)\S+?[>)\]]?[.,;:]?$/i;

/** True for a paragraph that is nothing but a link (schedule links, video links). */
export function isUrlOnly(s: string): boolean {
	return URL_ONLY.test(s.trim());
}

// Zero-width marks and soft hyphens carry no text; C0 controls are noise from copy and paste.
// Removed once from the whole document by decode (entities cannot produce them: see entities.ts).
// eslint-disable-next-line no-control-regex
export const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad\u0000-\u0008\u000b\u000e-\u001f\u007f]/g;

const SPACES = /\s{2,}|[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]/g;

/**
 * An emoji's shortcode, ":rocket:", ":tada::tada:", ":+1:" (Slack, GitHub, chat exports), with
 * the space before it: a picture, no word of the text. Not "10:30:00", nor "std::map".
 */
const SHORTCODES = /[ \t]*(?<![\w:])(?::(?:[a-z][a-z0-9_+-]{0,40}|[+-]1|100):)+(?![\w:])/g;
const SHORTCODE_GATE = /:[a-z+-]/;

/**
 * Final step for every piece of text: entities and emoji shortcodes (when the format has them:
 * not rST, whose roles and fields are written with colons), spacing.
 */
export function finishText(s: string, entities = true): string {
	let out = entities ? decodeEntities(s) : s;
	if (entities && out.includes(':') && SHORTCODE_GATE.test(out)) out = out.replace(SHORTCODES, '');
	// Only runs that are not already a single space: most text then needs no new string.
	return out.replace(SPACES, ' ').trim();
}

/**
 * True when a line starts (after indentation) with a letter: such a line cannot open any block
 * construct in the formats read here, so parsers take a fast path for it.
 */
export function startsWithLetter(line: string): boolean {
	let i = 0;
	while (line.charCodeAt(i) === 32 || line.charCodeAt(i) === 9) i++;
	const c = line.charCodeAt(i);
	return (
		(c >= 97 && c <= 122) ||
		(c >= 65 && c <= 90) ||
		(c >= 0xc0 && c !== 0x2022 && c < 0x2000) ||
		// Not the surrogates of the emoji planes: "🎤 Title — Speaker" may open a list item.
		(c >= 0x3000 && (c < 0xd83c || c > 0xd83e))
	);
}

const SHELL_PROMPT = /^ {0,3}\$[ \t]+[a-z][\w.-]*(?:[ \t]|$)/;

/** A shell prompt's line, "$ kubectl get pods" ("$5 million" is prose): code, not text. */
export function isShellPrompt(line: string): boolean {
	const c = line.charCodeAt(0);
	return (c === 36 || c === 32) && SHELL_PROMPT.test(line);
}

/** Two hashtags or more and nothing else: "#Kubernetes #CloudNative #eBPF". */
const HASHTAGS = /^(?:#[\p{L}\p{N}_]+[\s,·|]*){2,}$/u;

/** Whether `text` is only a post's hashtags (its labels, not text of the recap). */
export function isHashtagLine(text: string): boolean {
	return text.charCodeAt(0) === 35 /* # */ && HASHTAGS.test(text.trim());
}

// Compiled once: tsx lowers in-function literals with \p{…} to a new RegExp per call.
const UPPER_OPENING = /^\p{Lu}/u;
/** Where a sentence ends: a full stop, "!", "?" or "…", then closing quotes or brackets. */
const SENTENCE_END = /[.!?…]["'”’)\]]*$/;
/**
 * What command output has and prose does not: a tab or columns of spaces (not after a sentence
 * end), a "Key: value" opening, a colon inside a word (host:port, image:tag, a URL), a path
 * ("/usr/bin", "./bin/helm", "deployment.apps/web"), a name in straight quotes ('pod "web-1"').
 */
const OUTPUT_SIGN =
	/\t|[^.!?:\s] {2,}\S|^[\w .-]{1,30}:(?:\s|$)|\S:\S|(?:^|\s)(?:~|\.{1,2})?\/\S|\w\.\w+\/\w|\S\/\S+\/|(?:^|\s)(?:"[^"\s]+"|'[^'\s]+')/;
/** Prose is this long at least: "No resources found in default namespace." is output. */
const PROSE_WORDS = 8;
/** Lines a sentence may be wrapped over. */
const PROSE_LINES = 4;

/**
 * Whether `lines[i]`, under a shell command (in its output's place), opens prose again: a
 * capitalised sentence of eight words or more, ending with its punctuation on this line or one
 * of the next three (hard-wrapped), none of them with the marks of command output. Output
 * ("NAME  READY  STATUS", "Name:  web-1", "/usr/local/bin/helm", 'pod "web-1" deleted',
 * "$ helm …") stays code.
 */
export function opensProse(lines: readonly string[], i: number): boolean {
	const first = lines[i]!;
	const c = first.charCodeAt(0);
	// Gate: a capital letter first (A-Z, or beyond ASCII), no indentation.
	if (!((c >= 65 && c <= 90) || (c >= 0xc0 && UPPER_OPENING.test(first)))) return false;
	let words = 0;
	for (let j = i; j < lines.length && j < i + PROSE_LINES; j++) {
		const line = lines[j]!.trimEnd();
		if (!line || OUTPUT_SIGN.test(line)) return false;
		words += line.split(' ').length;
		if (SENTENCE_END.test(line)) return words >= PROSE_WORDS;
	}
	return false;
}
