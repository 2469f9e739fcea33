import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDocument } from '../../../../src/lib/ingest/parse/index';
import type { ParsedDocument } from '../../../../src/lib/ingest/types';

const FIXTURES = fileURLToPath(new URL('../../../fixtures/docs/', import.meta.url));
export const CORPUS = fileURLToPath(new URL('../../../../data/corpus/', import.meta.url));

export function fixtureBytes(name: string): Uint8Array {
	return new Uint8Array(readFileSync(FIXTURES + name));
}

export function parseFixture(name: string) {
	return parseDocument({ path: name, bytes: fixtureBytes(name) });
}

/** Parse a string as if it were a file called `path`; fails the test when no document results. */
export function parseString(text: string, path = 'doc.txt'): ParsedDocument {
	const { doc, warnings } = parseDocument({ path, bytes: new TextEncoder().encode(text) });
	if (!doc) throw new Error(`no document: ${warnings.map((w) => w.message).join('; ')}`);
	return doc;
}

export function mustParse(name: string): ParsedDocument {
	const { doc, warnings } = parseFixture(name);
	if (!doc) throw new Error(`${name}: ${warnings.map((w) => w.message).join('; ')}`);
	return doc;
}

export function passages(doc: ParsedDocument) {
	return doc.sections.flatMap((s) => s.passages);
}

export function allText(doc: ParsedDocument): string {
	return doc.sections
		.flatMap((s) => [s.heading ?? '', ...s.passages.map((p) => p.text)])
		.join('\n');
}

export function headings(doc: ParsedDocument) {
	return doc.sections.filter((s) => s.heading).map((s) => [s.heading, s.level, s.kind]);
}
