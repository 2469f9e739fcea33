/**
 * Text extracted from a PDF (pdftotext and the like): pages separated by form feeds, a running
 * header and footer on each ("Acme Research — Confidential   Page 2 of 3"), words hyphenated
 * at line ends ("migra-" / "tions"), and paragraphs that go on across a page break. The pages
 * are put back together as the text they print, without their furniture.
 */

/** "3", "Page 3", "Page 3 of 12", "3 / 12", "- 3 -": a page number alone on its line. */
const PAGE_NUMBER =
	/^(?:(?:page|seite|página|pagina)\s+)?\d{1,4}(?:\s*(?:\/|of|von|de|sur)\s*\d{1,4})?$|^[-–—]\s*\d{1,4}\s*[-–—]$/i;
/** Lines at each end of a page that may be its header or footer. */
const EDGE_LINES = 2;
/** A running header or footer is a short line. */
const MAX_FURNITURE_CHARS = 120;
// Compiled once: tsx lowers in-function literals with \p{…} to a new RegExp per call.
const SENTENCE_END = /[.!?:;"”’)\]]$/;
const LOWER_START = /^\p{Ll}/u;
/** "migra-" at a line's end, "tions" opening the next: one word broken by the typesetter. */
const BROKEN_WORD = /(\p{Ll}{2})-\n[ \t]*(\p{Ll}{2})/gu;

/** Digits stand for any page number: "Page 1 of 3" and "Page 2 of 3" are the same footer. */
function furnitureKey(line: string): string {
	return line.trim().replace(/\d+/g, '#').replace(/\s+/g, ' ').toLowerCase();
}

/** Indexes of the first and last EDGE_LINES non-blank lines of a page. */
function edgeLines(lines: string[]): number[] {
	const filled: number[] = [];
	for (let i = 0; i < lines.length; i++) if (lines[i]!.trim()) filled.push(i);
	if (filled.length <= EDGE_LINES * 2) return filled;
	return [...filled.slice(0, EDGE_LINES), ...filled.slice(-EDGE_LINES)];
}

/**
 * The text of a document whose pages are separated by form feeds, without page numbers and
 * without the lines that open or close at least two pages (a running header or footer; the
 * first line of the first page, the title, stays), pages joined where a paragraph runs on.
 */
export function joinPdfPages(body: string): string {
	const pages = body.split('\f').map((p) => p.split('\n'));
	const filledPages = pages.filter((p) => p.some((l) => l.trim())).length;
	if (filledPages < 2) return body;
	const counts = new Map<string, number>();
	for (const page of pages) {
		const keys = new Set<string>();
		for (const i of edgeLines(page)) {
			const line = page[i]!;
			if (line.trim().length <= MAX_FURNITURE_CHARS) keys.add(furnitureKey(line));
		}
		for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
	}
	const kept: string[][] = pages.map((page, pi) => {
		const drop = new Set<number>();
		const edges = edgeLines(page);
		for (const i of edges) {
			if (pi === 0 && i === edges[0]) continue;
			const t = page[i]!.trim();
			if (PAGE_NUMBER.test(t) || (counts.get(furnitureKey(t)) ?? 0) >= 2) drop.add(i);
		}
		const lines = page.filter((_, i) => !drop.has(i));
		while (lines.length && !lines[0]!.trim()) lines.shift();
		while (lines.length && !lines.at(-1)!.trim()) lines.pop();
		return lines;
	});
	let out = '';
	for (const lines of kept) {
		if (lines.length === 0) continue;
		const text = lines.join('\n');
		if (!out) out = text;
		else {
			// "…the common thread of the" / "observability talks as well.": one paragraph.
			const runsOn = !SENTENCE_END.test(out.trimEnd()) && LOWER_START.test(text.trimStart());
			out += (runsOn ? '\n' : '\n\n') + text;
		}
	}
	return out;
}

/** Words hyphenated at a line's end joined again ("Prome-" / "theus" → "Prometheus"). */
export function joinBrokenWords(body: string): string {
	return body.replace(BROKEN_WORD, '$1$2');
}
