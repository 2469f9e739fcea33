/**
 * E-mail furniture in plain text: a reply's quoted lines and the signature. Mail saved as text
 * (its headers are read as the page's properties, properties.ts) and threads pasted from a
 * mailing list's archive carry both.
 */
/**
 * A reply's quoted lines ("> …", "> > …", as e-mails and forums quote) lose their markers and
 * stand apart from the reply's own lines: the quote is another person's words, one passage.
 */
const QUOTED = /^[ \t]*>(?:[ \t]*>)*[ \t]?/;
export const QUOTED_LINE = /(?:^|\n)[ \t]*>/;

export function unquoted(text: string): string {
	const out: string[] = [];
	let inQuote = false;
	for (const line of text.split('\n')) {
		const m = QUOTED.exec(line);
		const own = m ? line.slice(m[0].length) : line;
		if (own.trim()) {
			if ((m !== null) !== inQuote && out.length > 0 && out.at(-1)!.trim()) out.push('');
			inQuote = m !== null;
		}
		out.push(own);
	}
	return out.join('\n');
}

/**
 * An e-mail's signature: the last "-- " line (RFC 3676) and up to four short lines after it, none
 * a sentence. Editors often trim that line's space: a bare "--" counts when what follows looks
 * like a signature (an address, a link, a phone number, "Sent from …", "a | b").
 */
const SIGNATURE_MARK = /@|https?:\/\/|www\.|\||^sent from\b|\+?\d[\d ().-]{7,}\d/im;

export function withoutSignature(text: string): string {
	const at = text.lastIndexOf('\n--');
	if (at < 0) return text;
	const end = text.indexOf('\n', at + 1);
	const separator = text.slice(at + 1, end < 0 ? text.length : end);
	if (!/^--[ \t]*$/.test(separator)) return text;
	const rest = end < 0 ? '' : text.slice(end + 1);
	const lines = rest.split('\n').filter((l) => l.trim());
	if (lines.length === 0 || lines.length > 4) return text;
	if (lines.some((l) => l.trim().length > 120 || /[.!?:]$/.test(l.trim()))) return text;
	return separator === '-- ' || SIGNATURE_MARK.test(rest) ? text.slice(0, at) : text;
}
