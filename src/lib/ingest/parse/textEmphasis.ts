/**
 * Markdown's emphasis in a plain-text document ("Posted by **Jane Park**", "the _best_ talk"):
 * notes apps, chat and social exports keep the markers, and a text read as plain text would
 * keep them in its passages and hide the byline they wrap. Paired markers around words on one
 * line go; a lone star ("Kubernetes*"), a bullet ("* item") and snake_case stay.
 */

/** `**words**`, `__words__`: doubled markers, which prose has no other use for. */
const STRONG = /(\*\*|__)(?=[^\s*_])([^\n*_]{0,200}?[^\s*_])\1/g;
/** `*words*`, `_words_`: between a space or punctuation and a space or punctuation. */
const EMPHASIS =
	/(?<=^|[\s([{"'“‘])([*_])(?=[^\s*_])([^\n*_]{0,200}?[^\s*_])\1(?=$|[\s)\]}.,;:!?"'”’])/gm;

export function withoutEmphasis(text: string): string {
	let out = text;
	if (out.includes('**') || out.includes('__')) out = out.replace(STRONG, '$2');
	if (out.includes('*') || out.includes('_')) out = out.replace(EMPHASIS, '$2');
	return out;
}
