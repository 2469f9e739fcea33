/**
 * What a person types in the search box → an FTS4 MATCH expression that cannot be a syntax
 * error. Every word is quoted (so `AND`, `-`, `(` or a stray quote are never FTS syntax by
 * accident); "quoted phrases" stay phrases, `word*` is a prefix, and the operators people
 * expect — OR, NOT and a leading `-` — are kept where they have something to apply to.
 */

const WORD = /[\p{L}\p{N}]+/gu;

interface Chunk {
	text: string;
	quoted: boolean;
}

/** Splits on whitespace outside double quotes; an unclosed quote runs to the end. */
function chunks(input: string): Chunk[] {
	const out: Chunk[] = [];
	const pattern = /"([^"]*)"?|[^\s"]+/g;
	for (const match of input.matchAll(pattern)) {
		if (match[1] !== undefined) out.push({ text: match[1], quoted: true });
		else out.push({ text: match[0], quoted: false });
	}
	return out;
}

/** A quoted FTS phrase from the words of `text`, or null when it has no words. */
function phrase(text: string, prefix: boolean): string | null {
	const words = text.match(WORD);
	if (!words) return null;
	return `"${words.join(' ')}${prefix ? '*' : ''}"`;
}

/** The FTS4 MATCH expression for `input`, or null when it holds nothing searchable. */
export function ftsQuery(input: string): string | null {
	const parts: string[] = [];
	let pending: 'OR' | 'NOT' | null = null;
	for (const chunk of chunks(input)) {
		let text = chunk.text;
		if (!chunk.quoted) {
			if (text === 'AND') continue;
			if (text === 'OR' || text === 'NOT') {
				pending = pending === 'NOT' ? 'NOT' : text;
				continue;
			}
			if (text.startsWith('-') && text.length > 1) {
				pending = 'NOT';
				text = text.slice(1);
			}
		}
		const term = phrase(text, !chunk.quoted && /[\p{L}\p{N}]\*$/u.test(text));
		if (term === null) continue;
		// An operator needs a left operand: a leading OR / NOT is just dropped.
		if (pending && parts.length > 0) parts.push(pending);
		parts.push(term);
		pending = null;
	}
	return parts.length > 0 ? parts.join(' ') : null;
}
