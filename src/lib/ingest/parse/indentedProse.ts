/**
 * An indented block in Markdown is code, but recaps pasted from a word processor or typed with a
 * tab at each paragraph's start indent their prose as well: read as code, a whole post can vanish.
 * A block that reads as sentences (capital first, closing punctuation last, several words and no
 * sign of code) is a paragraph; "kubectl get pods -n kube-system" stays code.
 */

const MAX_LINES = 30;
const PROSE_START = /^["'“‘(]?\p{Lu}/u;
const SENTENCE_END = /[.!?…:]["'”’)]?$/;
const SIX_WORDS = /^(?:\S+\s+){5}\S/;
/** Code, markup or a command line: braces, semicolons, assignments, prompts, flags, arrows. */
const CODE_SIGN =
	/[{};=$<>\\|`]|->|=>|::|\(\)|(?:^|\s)--?[a-z]|^[-#*+>]\s|\b(?:def|func|import|return)\b/;

/** Whether line `i` opens indented code: four spaces or a tab, and not a paragraph of prose. */
export function indentedCode(lines: readonly string[], i: number): boolean {
	return /^(?: {4}|\t)/.test(lines[i]!) && !indentedProse(lines, i);
}

/** Whether the indented lines from `i` to the next blank line read as a paragraph of prose. */
function indentedProse(lines: readonly string[], i: number): boolean {
	let text = '';
	for (let j = i; j < lines.length && j < i + MAX_LINES; j++) {
		const t = lines[j]!.trim();
		if (!t) break;
		text = text ? `${text} ${t}` : t;
	}
	return (
		PROSE_START.test(text) &&
		SENTENCE_END.test(text) &&
		SIX_WORDS.test(text) &&
		!CODE_SIGN.test(text)
	);
}
