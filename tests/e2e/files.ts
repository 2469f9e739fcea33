/** Reading what a download produced: PNG header, CSV records. */
import { readFile } from 'node:fs/promises';
import type { Locator, Page } from 'playwright-core';

export interface Downloaded {
	name: string;
	bytes: Buffer;
	text: string;
}

/** Clicks `button` and returns the file the page hands to the browser. */
export async function download(page: Page, button: Locator): Promise<Downloaded> {
	const [file] = await Promise.all([page.waitForEvent('download'), button.click()]);
	const path = await file.path();
	const bytes = await readFile(path);
	return { name: file.suggestedFilename(), bytes, text: bytes.toString('utf8') };
}

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Width and height from the IHDR chunk, or null when the bytes are not a PNG. */
export function pngSize(bytes: Buffer): { width: number; height: number } | null {
	if (bytes.length < 24 || !bytes.subarray(0, 8).equals(PNG_SIGNATURE)) return null;
	if (bytes.toString('latin1', 12, 16) !== 'IHDR') return null;
	return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** RFC 4180 records (quoted fields may hold commas, quotes and line breaks). */
export function parseCsv(text: string): string[][] {
	const records: string[][] = [];
	let field = '';
	let record: string[] = [];
	let quoted = false;
	const body = text.replace(/^\uFEFF/, '');
	for (let i = 0; i < body.length; i++) {
		const c = body[i];
		if (quoted) {
			if (c === '"' && body[i + 1] === '"') {
				field += '"';
				i++;
			} else if (c === '"') quoted = false;
			else field += c;
		} else if (c === '"') quoted = true;
		else if (c === ',') {
			record.push(field);
			field = '';
		} else if (c === '\n' || c === '\r') {
			if (c === '\r' && body[i + 1] === '\n') i++;
			record.push(field);
			records.push(record);
			record = [];
			field = '';
		} else field += c;
	}
	if (field || record.length) records.push([...record, field]);
	return records;
}
