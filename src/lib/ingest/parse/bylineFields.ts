/**
 * A block of labelled fields at the head of a document, as a trip report or a Google Docs
 * template writes them: "**Author:** Daniel Weber" / "**Date:** May 27, 2019" / "**Audience:**
 * Platform team". It says who wrote the document and when, not what happened at a conference:
 * the author and the date are kept, the block is no passage.
 *
 * Only labels of a document's own metadata count, so a talk's "Speaker:" / "Title:" / "Slides:"
 * block, which is content, is never read as one.
 */
/** Labels a document's metadata uses; group 1 is the label, group 2 the value. */
const FIELD =
	/^\s*(author|authors|written by|by|date|published|updated|last updated|audience|status|reviewers?|tags|category|categories|reading time|version|team|autor|auteur|datum|fecha)\s*:\s*(\S.{0,80})$/i;
const AUTHOR = /^(?:author|authors|written by|by|autor|auteur)$/i;
const DATE = /^(?:date|published|datum|fecha)$/i;
const MAX_LINES = 8;

/** Cheap test on a paragraph's lines (raw or plain) before they are read as fields. */
export function mayBeFields(lines: string[]): boolean {
	return lines.length >= 2 && lines.length <= MAX_LINES && lines[0]!.includes(':');
}

/**
 * The author's and the date's values in a paragraph (its plain lines) that is only metadata
 * fields, two or more of them, one of them an author; else null.
 */
export function readFields(lines: string[]): { author: string; date: string | null } | null {
	if (!mayBeFields(lines)) return null;
	let author: string | null = null;
	let date: string | null = null;
	for (const line of lines) {
		const m = FIELD.exec(line);
		if (!m) return null;
		if (AUTHOR.test(m[1]!)) author ??= m[2]!.trim();
		else if (DATE.test(m[1]!)) date ??= m[2]!.trim();
	}
	return author ? { author, date } : null;
}
