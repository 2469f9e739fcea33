/**
 * An edition announced in the closing part of a recap: "DockerCon EU takes place in Barcelona in
 * December.", "KubeCon Europe is in Barcelona in May.", "Die KubeCon Europe 2020 findet in
 * Amsterdam statt." The edition is the subject of a verb of
 * scheduling, in the present or the future: the recap tells where the next one will be, not what
 * happened there. Such a reference counts as one said in passing (eventCues.ts): it neither moves
 * the passages to that edition nor, with its city and dates, weighs for the document's own.
 * The opening half is left alone: a preview opens so ("KubeCon EU 2019 takes place in Barcelona
 * from May 20 to 23, and here is what we look forward to"). "KubeCon is back in Europe" says the
 * edition being covered returned, and is no announcement.
 */
import type { ParsedDocument } from './types';
import type { EventRef } from './eventRefs';
import type { RefRole } from './eventCues';

type PassageRefs = { ref: EventRef; role: RefRole }[];

/** Cheap gate on the passage: one of the verbs' words. */
const GATE =
	/takes? place|held|\bis (?:in|at|back)\b|\bwill be\b|\bto\b|kicks off|statt|se tiendra|se déroulera|se celebra|tendrá lugar|acontece/;
/** Right after the edition's name (a parenthesis may stand between): the verb of scheduling. */
const SCHEDULED =
	/^(?:\s*\([^()\n]{0,60}\))?,?\s+(?:(?:takes place|will take place|is taking place|is being held|will be held|is held|kicks off|will kick off)\b|(?:is|will be back|will be)\s+(?:in|at)\s+\p{Lu}|(?:heads|moves|returns|comes|is (?:heading|moving|returning|coming)|will (?:head|move|return|come))\s+(?:back\s+)?to\s+\p{Lu}|findet\s+(?:[^.!?\n]{0,40}\s)?statt\b|wird\s+[^.!?\n]{0,40}\sstattfinden\b|(?:se tiendra|se déroulera|se celebra(?:rá)?|tendrá lugar|acontece(?:rá)?)\s)/u;

/** `passageRefs` with the references of the closing half scheduled as above made passing. */
export function closingAnnouncements(doc: ParsedDocument, passageRefs: PassageRefs[][]): void {
	let count = 0;
	for (const section of doc.sections) count += section.passages.length;
	let at = 0;
	doc.sections.forEach((section, si) => {
		section.passages.forEach((p, pi) => {
			const k = at++;
			const refs = passageRefs[si]![pi]!;
			if (k === 0 || k * 2 < count - 1 || refs.length === 0 || !GATE.test(p.text)) return;
			if (!refs.some((r) => r.role !== 'passing' && scheduled(p.text, r.ref))) return;
			passageRefs[si]![pi] = refs.map((r) =>
				r.role !== 'passing' && scheduled(p.text, r.ref) ? { ref: r.ref, role: 'passing' } : r
			);
		});
	});
}

function scheduled(text: string, ref: EventRef): boolean {
	return SCHEDULED.test(text.slice(ref.end, ref.end + 80));
}
