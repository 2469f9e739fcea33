/**
 * Documents organised by one heading per edition ("KubeCon NA 2019", "KubeCon EU 2020"): how
 * many editions the headings name, and which sections stand under one.
 */
import type { ParsedDocument } from './types';
import type { EventRef } from './eventRefs';
import { externalKey } from './eventDefault';

/** For each section, whether its heading or a heading above it names an edition. */
export function underEditionHeading(doc: ParsedDocument, headingRefs: EventRef[][]): boolean[] {
	const stack: { level: number; edition: boolean }[] = [];
	return doc.sections.map((section, si) => {
		while (stack.length > 0 && stack[stack.length - 1]!.level >= section.level) stack.pop();
		const own = headingRefs[si]!.some((r) => !r.generic);
		const edition = own || (stack.length > 0 && stack[stack.length - 1]!.edition);
		if (section.level > 0) stack.push({ level: section.level, edition });
		return edition;
	});
}

/** How many different editions the headings name. */
export function headingEditions(headingRefs: EventRef[][]): number {
	const named = new Set<string>();
	for (const refs of headingRefs) {
		for (const ref of refs) {
			if (ref.generic) continue;
			named.add(ref.external ? externalKey(ref) : ref.candidates.join('|'));
		}
	}
	return named.size;
}
