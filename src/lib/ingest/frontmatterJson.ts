/**
 * Hugo's JSON front matter: the post opens with a JSON object, `{` on the first line and its
 * closing `}` at the start of a line, the body after it.
 *
 *     {
 *       "title": "KubeCon EU 2019: three days in Barcelona",
 *       "date": "2019-05-25T09:30:00+02:00"
 *     }
 */

/** Front matter longer than this is not front matter. */
const MAX_LINES = 300;

/**
 * The object and the body after it, or null when the text does not open with a JSON object (a
 * Hugo shortcode `{{< … >}}` or a Liquid tag `{% … %}` opens with a brace as well).
 */
export function splitJsonFrontMatter(
	text: string
): { raw: Record<string, unknown>; body: string } | null {
	const open = /^\s*\{[ \t]*(?:\n|")/.exec(text);
	if (!open) return null;
	const at = text.indexOf('{');
	// Every line that starts with "}" may close the object: the first that does wins.
	let start = text.indexOf('\n', at) + 1;
	for (let n = 0; start > 0 && n <= MAX_LINES; n++) {
		const nl = text.indexOf('\n', start);
		const end = nl === -1 ? text.length : nl;
		if (text.charCodeAt(start) === 125 && !text.slice(start + 1, end).trim()) {
			const value = parse(text.slice(at, start + 1));
			if (value) return { raw: value, body: nl === -1 ? '' : text.slice(nl + 1) };
		}
		start = nl + 1;
	}
	return null;
}

function parse(src: string): Record<string, unknown> | null {
	try {
		const value: unknown = JSON.parse(src);
		return value && typeof value === 'object' && !Array.isArray(value)
			? (value as Record<string, unknown>)
			: null;
	} catch {
		return null;
	}
}
