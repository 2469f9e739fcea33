import { describe, expect, it } from 'vitest';
import { decodeBytes, firstInvalidUtf8, MAX_LINE_CHARS } from '../../../../src/lib/ingest/decode';
import { parseDocument } from '../../../../src/lib/ingest/parse/index';
import { fixtureBytes, parseFixture } from './helpers';

describe('bad inputs get one clear error naming the file', () => {
	it.each([
		['empty.txt', /empty file/],
		['whitespace.txt', /only whitespace/],
		['binary.bin', /looks binary/]
	])('%s', (name, message) => {
		const { doc, warnings } = parseFixture(name);
		expect(doc).toBeNull();
		expect(warnings).toHaveLength(1);
		expect(warnings[0]).toMatchObject({ file: name, severity: 'error' });
		expect(warnings[0]!.message).toMatch(message);
	});

	it.each([
		[
			'trip.docx',
			'PK\x03\x04\x14\x00\x06\x00[Content_Types].xml word/document.xml',
			/is a Word or OpenDocument file whose text could not be read \(damaged or encrypted\?\); save it as plain text, Markdown, HTML or RTF/
		],
		[
			'trip.odt',
			'PK\x03\x04\x14\x00mimetypeapplication/vnd.oasis.opendocument.text',
			/is a Word or OpenDocument file whose text could not be read/
		],
		['slides.pdf', '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj', /is a PDF; save it as plain text/],
		[
			'deck.pptx',
			'PK\x03\x04\x14\x00[Content_Types].xml ppt/slides/slide1.xml',
			/is a slide deck; save it/
		]
	])('names a file it cannot read for what it is: %s', (name, head, message) => {
		const bytes = Uint8Array.from(head, (c) => c.charCodeAt(0));
		expect(decodeBytes(name, bytes)).toEqual({
			text: null,
			warnings: [{ file: name, severity: 'error', message: expect.stringMatching(message) }]
		});
	});

	it('calls a file of control characters binary even without NUL bytes', () => {
		const bytes = new Uint8Array(400).map((_, i) => (i % 3 === 0 ? 0x01 : 0x41));
		expect(decodeBytes('x.dat', bytes).warnings[0]!.message).toMatch(/looks binary \(\d+% control/);
	});

	it('skips a 10 MB single line, with one message giving its size', () => {
		const line = 'lorem ipsum dolor sit amet '.repeat(Math.ceil((10 * 1024 * 1024) / 27));
		const bytes = new TextEncoder().encode(line.slice(0, 10 * 1024 * 1024));
		const { doc, warnings } = parseDocument({ path: 'huge/one-line.txt', bytes });
		expect(doc).toBeNull();
		expect(warnings).toEqual([
			{
				file: 'huge/one-line.txt',
				severity: 'error',
				message: expect.stringMatching(/^single line of 10\.0 MB — not prose/)
			}
		]);
	});

	it('reads long lines below the limit and cuts them into passages', () => {
		const sentence = 'Kubernetes operators automate the care of stateful systems. ';
		const line = sentence.repeat(Math.floor(200_000 / sentence.length));
		expect(line.length).toBeLessThan(MAX_LINE_CHARS);
		const { doc, warnings } = parseDocument({
			path: 'long.txt',
			bytes: new TextEncoder().encode(line)
		});
		expect(warnings).toEqual([]);
		const texts = doc!.sections.flatMap((s) => s.passages.map((p) => p.text));
		expect(texts.length).toBeGreaterThan(50);
		expect(Math.max(...texts.map((t) => t.length))).toBeLessThanOrEqual(2000);
		expect(texts.every((t) => t.endsWith('.'))).toBe(true);
	});
});

describe('decoding', () => {
	it('strips a UTF-8 byte order mark and normalises CRLF and CR', () => {
		const { text } = decodeBytes('x', fixtureBytes('bom-crlf.txt'));
		expect(text!.charCodeAt(0)).not.toBe(0xfeff);
		expect(text).not.toMatch(/\r/);
		expect(decodeBytes('x', new TextEncoder().encode('a\rb\r\nc')).text).toBe('a\nb\nc');
	});

	it('reads UTF-16 with a byte order mark', () => {
		const le = new Uint8Array([0xff, 0xfe, 0x4b, 0x00, 0x38, 0x00, 0x73, 0x00]);
		expect(decodeBytes('x', le).text).toBe('K8s');
	});

	it('removes zero-width characters and soft hyphens', () => {
		const { text } = decodeBytes('x', new TextEncoder().encode('Kuber\u00adnetes\u200b rocks'));
		expect(text).toBe('Kubernetes rocks');
	});

	it('reads a Latin-1 file as Windows-1252, with one warning naming the first byte', () => {
		const { doc, warnings } = parseFixture('invalid-utf8.txt');
		expect(warnings).toEqual([
			{
				file: 'invalid-utf8.txt',
				severity: 'warning',
				message: expect.stringMatching(
					/^not UTF-8 \(first at byte 18 \(0xE9\)\); read as Windows-1252/
				)
			}
		]);
		const texts = doc!.sections.flatMap((s) => s.passages.map((p) => p.text));
		expect(texts.join(' ')).toContain('Café talks in Copenhagen');
		// Windows-1252's own letters in 0x80–0x9F: curly quotes, the euro sign, "œ".
		const cp1252 = new Uint8Array([0x93, 0x4b, 0x38, 0x73, 0x94, 0x20, 0x80, 0x35, 0x20, 0x9c]);
		expect(decodeBytes('x', cp1252).text).toBe('“K8s” €5 œ');
	});

	it('reads UTF-8 with a broken sequence, replacing it and counting the rest', () => {
		const good = new TextEncoder().encode('Zürich – ');
		const bytes = new Uint8Array([...good, 0xff, 0x41, 0xc3, 0x42]);
		const { text, warnings } = decodeBytes('mixed.md', bytes);
		expect(text).toBe('Zürich – \uFFFDA\uFFFDB');
		expect(warnings).toEqual([
			{
				file: 'mixed.md',
				severity: 'warning',
				message: `invalid UTF-8 at byte ${good.length} (0xFF) and 1 more; read with "\uFFFD" in place of each broken character`
			}
		]);
	});

	it('locates the first invalid UTF-8 byte', () => {
		expect(firstInvalidUtf8(new Uint8Array([0x61, 0xc3, 0xa9, 0x62]))).toBe(-1);
		expect(firstInvalidUtf8(new Uint8Array([0x61, 0x62, 0xc3]))).toBe(2);
		expect(firstInvalidUtf8(new Uint8Array([0xed, 0xa0, 0x80]))).toBe(0); // a surrogate
		expect(firstInvalidUtf8(new Uint8Array([0x61, 0xc0, 0xaf]))).toBe(1); // overlong
	});
});

describe('files that are not recaps', () => {
	it('skips JSON data with one error', () => {
		const { doc, warnings } = parseDocument({
			path: 'data.json',
			bytes: new TextEncoder().encode('{"talks": [{"title": "Envoy"}]}')
		});
		expect(doc).toBeNull();
		expect(warnings).toEqual([
			{ file: 'data.json', severity: 'error', message: expect.stringMatching(/JSON/) }
		]);
	});

	it('refuses a document with front matter but no text', () => {
		const { doc, warnings } = parseDocument({
			path: 'stub.md',
			bytes: new TextEncoder().encode('---\ntitle: Coming soon\n---\n\n![](cover.png)\n')
		});
		expect(doc).toBeNull();
		expect(warnings).toEqual([
			{
				file: 'stub.md',
				severity: 'error',
				message: expect.stringMatching(/^no paragraphs of text/)
			}
		]);
	});

	it('reads the text of an HTML page, with a warning, and drops its scripts', () => {
		const html =
			'<!DOCTYPE html><html><head><script>track()</script></head><body><h1>KubeCon</h1>\n\n<p>Great &amp; busy.</p></body></html>';
		const { doc, warnings } = parseDocument({
			path: 'page.html',
			bytes: new TextEncoder().encode(html)
		});
		expect(warnings[0]).toMatchObject({ file: 'page.html', severity: 'warning' });
		const text = doc!.sections.flatMap((s) => s.passages.map((p) => p.text)).join(' ');
		expect(text).toContain('Great & busy.');
		expect(text).not.toContain('track');
	});
});
