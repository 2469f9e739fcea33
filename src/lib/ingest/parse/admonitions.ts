/**
 * Admonitions in Markdown (MkDocs, Docusaurus, VitePress), read as the prose they hold: the
 * Markdown parser runs this over a document's lines first, when it has any such marker.
 */
/** A code fence's line, opening or closing (markdown.ts reads code blocks with it too). */
export const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/** MkDocs' `!!! note "Title"` / `???+ tip`, Docusaurus' and VitePress' `:::tip Title` … `:::`. */
const ADMONITION_OPEN =
	/^ {0,3}(?:!!!|\?\?\?\+?)[ \t]+[\w-]+(?:[ \t]+[\w-]+)*(?:[ \t]+"[^"\n]*")?[ \t]*$/;
const CONTAINER_FENCE = /^ {0,3}:::+[ \t]*(?:\{[^}\n]*\}|[\w-]+(?:[ \t]+[^\n]*)?)?$/;

/**
 * Admonitions as their text: the marker lines go with their titles (labels: "Note", "Tip"), and
 * an MkDocs admonition's body, indented four spaces, is no code block but prose.
 */
export function unwrapAdmonitions(lines: string[]): string[] {
	const out: string[] = [];
	let fence = '';
	for (let i = 0; i < lines.length; i++) {
		const line = lines[i]!;
		// Code stays code: an admonition marker inside a fence is literal.
		const f = FENCE.exec(line);
		if (f && (!fence || line.trimStart().startsWith(fence))) {
			fence = fence ? '' : f[1]!;
			out.push(line);
			continue;
		}
		if (fence) {
			out.push(line);
			continue;
		}
		// An MkDocs admonition has a body, indented under it ("!!! Great talks" is prose).
		const open = ADMONITION_OPEN.test(line) && /^(?: {4}|\t)\S/.test(lines[i + 1] ?? '');
		if (!open && !CONTAINER_FENCE.test(line)) {
			out.push(line);
			continue;
		}
		out.push('');
		if (!open) continue;
		// The body: the indented lines (and blank lines between them) that follow.
		while (i + 1 < lines.length && (/^(?: {4}|\t)/.test(lines[i + 1]!) || !lines[i + 1]!.trim())) {
			const next = lines[i + 1]!;
			if (!next.trim() && !/^(?: {4}|\t)/.test(lines[i + 2] ?? '')) break;
			out.push(next.replace(/^(?: {4}|\t)/, ''));
			i++;
		}
		out.push('');
	}
	return out;
}

/** GitHub's alerts and Obsidian's callouts: `> [!NOTE]`, `> [!tip]- Title` opening a quote. */
const CALLOUT = /^\[![\w-]+\][+-]?[ \t]*(.*)$/;

/**
 * A quote's lines without a callout's type marker: the type is no text ("NOTE", "tip"); a title
 * written after it leads the body as a label ("Travel: Bring proof of vaccination.").
 */
export function unwrapCallout(lines: string[]): string[] {
	const m = lines[0]!.startsWith('[!') ? CALLOUT.exec(lines[0]!) : null;
	if (!m) return lines;
	const title = m[1]!.trim();
	const body = lines.slice(1);
	if (!title || !body.some((l) => l.trim())) return title ? [title] : body;
	return [/[.:!?：]$/.test(title) ? title : `${title}:`, ...body];
}
