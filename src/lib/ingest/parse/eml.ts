/**
 * An e-mail saved whole (`.eml`, a mail client's "Save as…"): its transport headers, MIME parts
 * and transfer encodings are the message's envelope, not the recap. It is read as the mail a
 * person would see: "From:", "Subject:" and "Date:" (with RFC 2047's encoded words decoded) over
 * the text of its plain-text part (else its HTML part), quoted-printable or base64 decoded in its
 * charset. The property block those headers make gives the document's author, title and date
 * (properties.ts), as for a mail pasted as text.
 */

/** The headers only a saved message has: a mail pasted as text shows From/Subject/Date at most. */
const ENVELOPE =
	/^(?:MIME-Version|Content-Type|Received|Return-Path|Message-ID|DKIM-Signature|X-[\w-]+):/im;
const HEADER = /^([\w-]+):[ \t]*(.*)$/;
const UTF8_ENCODER = new TextEncoder();

/** Whether `text` is a whole saved message: a header block holding envelope headers. */
export function isSavedMail(text: string): boolean {
	// Most documents fail on their first line ("---", "# Title", a sentence).
	const nl = text.indexOf('\n');
	if (nl === -1 || !HEADER.test(text.slice(0, nl))) return false;
	const end = text.indexOf('\n\n');
	if (end <= 0 || end > 20_000) return false;
	const head = text.slice(0, end);
	return /^From:/im.test(head) && ENVELOPE.test(head);
}

interface Part {
	headers: Map<string, string>;
	body: string;
}

function splitPart(text: string): Part {
	const end = text.search(/\n[ \t]*\n/);
	const head = end === -1 ? text : text.slice(0, end);
	const headers = new Map<string, string>();
	let last = '';
	for (const line of head.split('\n')) {
		if (/^[ \t]/.test(line) && last) headers.set(last, `${headers.get(last)} ${line.trim()}`);
		else {
			const m = HEADER.exec(line);
			if (!m) continue;
			last = m[1]!.toLowerCase();
			headers.set(last, m[2]!.trim());
		}
	}
	return { headers, body: end === -1 ? '' : text.slice(end).replace(/^\n[ \t]*\n/, '') };
}

function param(value: string, name: string): string | null {
	const m = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i').exec(value);
	return m ? (m[1] ?? m[2]!) : null;
}

function decodeText(bytes: Uint8Array, charset: string | null): string {
	try {
		return new TextDecoder(charset ?? 'utf-8').decode(bytes);
	} catch {
		return new TextDecoder('utf-8').decode(bytes);
	}
}

function base64Bytes(s: string): Uint8Array {
	const bin = atob(s.replace(/[^A-Za-z0-9+/]/g, ''));
	return Uint8Array.from(bin, (c) => c.charCodeAt(0));
}

function quotedPrintableBytes(s: string, underscores = false): Uint8Array {
	const text = s.replace(/=\r?\n/g, '');
	const out: number[] = [];
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c === 61 && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
			out.push(parseInt(text.slice(i + 1, i + 3), 16));
			i += 2;
		} else if (underscores && c === 95) out.push(32);
		else if (c < 128) out.push(c);
		else out.push(...UTF8_ENCODER.encode(text[i]!));
	}
	return Uint8Array.from(out);
}

/** "=?UTF-8?Q?KubeCon_San_Diego_=E2=80=93_trip?=" → "KubeCon San Diego – trip". */
export function decodeWords(value: string): string {
	return value
		.replace(/(\?=)\s+(=\?)/g, '$1$2')
		.replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_, charset: string, enc: string, data: string) =>
			decodeText(
				enc.toUpperCase() === 'B' ? base64Bytes(data) : quotedPrintableBytes(data, true),
				charset
			)
		);
}

/** The readable text of a part: its plain text, else its HTML, through nested multiparts. */
function partText(part: Part, depth = 0): { text: string; html: boolean } | null {
	const type = part.headers.get('content-type') ?? 'text/plain';
	const boundary = /^multipart\//i.test(type) ? param(type, 'boundary') : null;
	if (boundary && depth < 5) {
		const pieces = part.body.split(`--${boundary}`).slice(1);
		const found = pieces
			.filter((p) => !p.startsWith('--'))
			.map((p) => partText(splitPart(p.replace(/^[ \t]*\n/, '')), depth + 1))
			.filter((t) => t !== null);
		return found.find((t) => !t.html) ?? found[0] ?? null;
	}
	if (
		!/^text\/(?:plain|html)/i.test(type) ||
		/attachment/i.test(part.headers.get('content-disposition') ?? '')
	)
		return null;
	const encoding = (part.headers.get('content-transfer-encoding') ?? '').toLowerCase();
	const charset = param(type, 'charset');
	const text =
		encoding === 'base64'
			? decodeText(base64Bytes(part.body), charset)
			: encoding === 'quoted-printable'
				? decodeText(quotedPrintableBytes(part.body), charset)
				: part.body;
	return { text: text.replace(/\r\n?/g, '\n'), html: /^text\/html/i.test(type) };
}

/** The message as a person reads it: From, Subject and Date over the text of its body. */
export function savedMailText(text: string): string {
	const message = splitPart(text);
	const lines: string[] = [];
	for (const key of ['from', 'subject', 'date']) {
		const value = message.headers.get(key);
		if (value) lines.push(`${key[0]!.toUpperCase()}${key.slice(1)}: ${decodeWords(value)}`);
	}
	const body = partText(message)?.text ?? '';
	return `${lines.join('\n')}\n\n${body.trim()}\n`;
}
