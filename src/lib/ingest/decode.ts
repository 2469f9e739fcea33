/**
 * Bytes → text, refusing what cannot be a recap: empty files, binaries and files whose text is
 * one enormous line. Every refusal is one error naming the file and the problem. Text that is not
 * valid UTF-8 is still read, with a warning: as Windows-1252 when it holds no UTF-8 sequence at
 * all (a recap saved by an older editor, "Café" as one byte 0xE9), else as UTF-8 with each broken
 * sequence replaced by "�" (a file cut or spliced mid-character).
 */
import { INVISIBLE } from './parse/inline';
import type { IngestWarning } from './types';

/** Lines longer than this are not prose (minified data, base64, logs): the file is skipped. */
export const MAX_LINE_CHARS = 1_000_000;
/** Only this much is sampled for the control-character test: binaries show it at once. */
const BINARY_SAMPLE = 8192;
/** Share of control bytes (not tab/newline/CR/form feed) above which a file looks binary. */
const CONTROL_RATIO = 0.1;

// ignoreBOM: false (the default) strips a UTF-8 byte order mark.
const UTF8 = new TextDecoder('utf-8', { fatal: true });
const UTF8_LOOSE = new TextDecoder('utf-8');
const LATIN_1 = new TextDecoder('latin1');
/**
 * Windows-1252's letters at 0x80–0x9F, where Latin-1 has control codes (Node's decoder for
 * "windows-1252" gives Latin-1's; browsers give these): curly quotes, dashes, "€", "œ"…
 */
const CP1252_HIGH = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';

/** The character of one Windows-1252 byte. */
export function cp1252Char(byte: number): string {
	return byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH.charAt(byte - 0x80) : String.fromCharCode(byte);
}

export interface Decoded {
	text: string | null;
	warnings: IngestWarning[];
}

export function formatSize(chars: number): string {
	const mb = chars / (1024 * 1024);
	if (mb >= 0.1) return `${mb.toFixed(1)} MB`;
	return `${Math.max(1, Math.round(chars / 1024))} KB`;
}

function fail(file: string, message: string): Decoded {
	return { text: null, warnings: [{ file, severity: 'error', message }] };
}

/** What an office document or a PDF is, by its first bytes and the parts a zip names early. */
function officeFile(bytes: Uint8Array): string | null {
	// "P" of a zip's "PK", "%" of "%PDF": any other first byte is neither.
	if (bytes[0] !== 0x50 && bytes[0] !== 0x25) return null;
	const head = String.fromCharCode(...bytes.subarray(0, 2000));
	if (head.startsWith('%PDF-')) return 'a PDF';
	if (!head.startsWith('PK\x03\x04')) return null;
	// Word and OpenDocument files are read (parse/office.ts): one that comes here is damaged.
	if (head.includes('word/') || head.includes('opendocument.text'))
		return 'a Word or OpenDocument file whose text could not be read (damaged or encrypted?)';
	if (head.includes('ppt/') || head.includes('opendocument.presentation')) return 'a slide deck';
	return 'a zip archive';
}

function looksBinary(bytes: Uint8Array): string | null {
	const office = officeFile(bytes);
	if (office)
		return `is ${office}; save it as plain text, Markdown, HTML or RTF (or copy its text) and add that`;
	if (bytes.indexOf(0) !== -1)
		return 'looks binary (contains NUL bytes); only text documents are read';
	const n = Math.min(bytes.length, BINARY_SAMPLE);
	let control = 0;
	for (let i = 0; i < n; i++) {
		const b = bytes[i]!;
		if ((b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) || b === 127) control++;
	}
	if (n > 0 && control / n > CONTROL_RATIO) {
		return `looks binary (${Math.round((100 * control) / n)}% control characters); only text documents are read`;
	}
	return null;
}

/** Offset of the first byte that breaks UTF-8 (only called once TextDecoder has refused). */
export function firstInvalidUtf8(bytes: Uint8Array, from = 0): number {
	let i = from;
	while (i < bytes.length) {
		const b = bytes[i]!;
		let need = 0;
		let min = 0;
		if (b < 0x80) {
			i++;
			continue;
		} else if (b >= 0xc2 && b <= 0xdf) [need, min] = [1, 0x80];
		else if (b >= 0xe0 && b <= 0xef) [need, min] = [2, 0x800];
		else if (b >= 0xf0 && b <= 0xf4) [need, min] = [3, 0x10000];
		else return i;
		let cp = b & (0x3f >> need);
		for (let k = 1; k <= need; k++) {
			const c = bytes[i + k];
			if (c === undefined || (c & 0xc0) !== 0x80) return i;
			cp = (cp << 6) | (c & 0x3f);
		}
		if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
		i += need + 1;
	}
	return -1;
}

/** Whether `bytes` hold at least one well-formed UTF-8 sequence of two or more bytes. */
function hasUtf8Sequence(bytes: Uint8Array): boolean {
	for (let i = 0; i < bytes.length; i++) {
		const b = bytes[i]!;
		if (b < 0xc2 || b > 0xf4) continue;
		const need = b <= 0xdf ? 1 : b <= 0xef ? 2 : 3;
		let k = 1;
		while (k <= need && ((bytes[i + k] ?? 0) & 0xc0) === 0x80) k++;
		if (k > need && firstInvalidUtf8(bytes.subarray(i, i + need + 1)) === -1) return true;
	}
	return false;
}

/** Text that is not valid UTF-8, read the likelier way, with one warning saying which. */
function decodeInvalid(
	file: string,
	bytes: Uint8Array
): { text: string; warnings: IngestWarning[] } {
	const at = firstInvalidUtf8(bytes);
	const where = `byte ${at} (0x${bytes[at]!.toString(16).toUpperCase().padStart(2, '0')})`;
	if (!hasUtf8Sequence(bytes)) {
		return {
			text: LATIN_1.decode(bytes).replace(/[\x80-\x9f]/g, (c) => cp1252Char(c.charCodeAt(0))),
			warnings: [
				{
					file,
					severity: 'warning',
					message: `not UTF-8 (first at ${where}); read as Windows-1252 (Latin-1): check its accented letters, or re-save it as UTF-8`
				}
			]
		};
	}
	let broken = 0;
	for (let i = at; i !== -1; i = firstInvalidUtf8(bytes, i + 1)) broken++;
	return {
		text: UTF8_LOOSE.decode(bytes),
		warnings: [
			{
				file,
				severity: 'warning',
				message: `invalid UTF-8 at ${where}${broken > 1 ? ` and ${broken - 1} more` : ''}; read with "\uFFFD" in place of each broken character`
			}
		]
	};
}

function decodeUtf16(bytes: Uint8Array): string | null {
	const le = bytes[0] === 0xff && bytes[1] === 0xfe;
	const be = bytes[0] === 0xfe && bytes[1] === 0xff;
	if (!le && !be) return null;
	try {
		return new TextDecoder(le ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(bytes);
	} catch {
		return null;
	}
}

function longestLine(text: string): number {
	let longest = 0;
	let start = 0;
	for (;;) {
		const nl = text.indexOf('\n', start);
		const end = nl === -1 ? text.length : nl;
		if (end - start > longest) longest = end - start;
		if (nl === -1) return longest;
		start = nl + 1;
	}
}

/** Decode one document. `text` is null when the file cannot be used; warnings say why. */
export function decodeBytes(file: string, bytes: Uint8Array): Decoded {
	if (bytes.length === 0) return fail(file, 'empty file (0 bytes)');
	let text = decodeUtf16(bytes);
	let warnings: IngestWarning[] = [];
	if (text === null) {
		const binary = looksBinary(bytes);
		if (binary) return fail(file, binary);
		try {
			text = UTF8.decode(bytes);
		} catch {
			({ text, warnings } = decodeInvalid(file, bytes));
		}
	}
	if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
	// Most files have no carriage returns: a native search is cheaper than the regex pass.
	if (text.includes('\r')) text = text.replace(/\r\n?/g, '\n');
	text = text.replace(INVISIBLE, '');
	if (!/\S/.test(text)) return fail(file, 'contains only whitespace');
	const longest = longestLine(text);
	if (longest > MAX_LINE_CHARS) {
		const what = text.trim().indexOf('\n') === -1 ? 'single line' : 'a line';
		return fail(
			file,
			`${what} of ${formatSize(longest)} — not prose (lines over 1 MB are not read); the file is skipped`
		);
	}
	return { text, warnings };
}
