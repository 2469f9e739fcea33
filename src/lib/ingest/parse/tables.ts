/**
 * Tables as passages: a pipe table's or an HTML `<table>`'s rows, each as one line of
 * "Header: cell | Header: cell" (rST and AsciiDoc tables are written the same way). `inline` is
 * the format's inline clean-up for a cell's text.
 */
type Inline = (raw: string) => string;

const HTML_ROW = /<tr\b[^>]{0,1000}>/i;
const HTML_CELL = /<(t[hd])\b[^>]{0,1000}>/i;

/**
 * An HTML `<table>` (WordPress exports, hand-written posts): one row per passage, as a pipe
 * table gives, with the `<th>` row as the header. Null when it has no rows.
 */
export function htmlTableRows(html: string, inline: Inline): string[] | null {
	const rows = html
		.split(HTML_ROW)
		.slice(1)
		.map((chunk) => {
			const parts = chunk.split(HTML_CELL);
			const cells: { head: boolean; text: string }[] = [];
			for (let k = 1; k + 1 < parts.length; k += 2)
				cells.push({
					head: parts[k]!.toLowerCase() === 'th',
					text: cellText(parts[k + 1]!, inline)
				});
			return cells;
		})
		.filter((cells) => cells.some((c) => c.text));
	if (rows.length === 0) return null;
	const headed = rows[0]!.every((c) => c.head);
	const header = headed ? rows[0]!.map((c) => c.text) : [];
	const body = (headed ? rows.slice(1) : rows).map((cells) => cells.map((c) => c.text));
	return tableRows(header, body);
}

/** The cells of a pipe table's row. */
export function pipeCells(row: string, inline: Inline): string[] {
	const t = row
		.trim()
		.replace(/^\|/, '')
		.replace(/(?<!\\)\|$/, '');
	return t.split(/(?<!\\)\|/).map((c) => cellText(c.replace(/\\\|/g, '|'), inline));
}

const CELL_BREAK = /\s*<br\s*\/?>\s*/gi;

/**
 * A table cell's text. A `<br>` in a cell separates its lines ("Tim Hockin, Google<br>Bowei Du,
 * Google"): it becomes "; ", so that the lines stay apart on the row's one line.
 */
function cellText(raw: string, inline: Inline): string {
	if (!raw.includes('<')) return inline(raw);
	const text = inline(raw.replace(CELL_BREAK, '; '));
	return text.replace(/^[;\s]+|[;\s]+$/g, '');
}

/** A row whose every cell is a link only ("| [Slides](…) | [Video](…) |"). */
export function isLinkRow(row: string): boolean {
	const cellsRaw = row
		.trim()
		.replace(/^\||\|$/g, '')
		.split('|');
	return cellsRaw.every((c) => /^\s*\[[^\]]*\]\([^)]*\)\s*$/.test(c));
}

/** Each body row as "Header: cell | Header: cell" so a row reads on its own. */
export function tableRows(header: string[], body: string[][]): string[] {
	if (body.length === 0) {
		const text = header.filter(Boolean).join(' | ');
		return text ? [text] : [];
	}
	return body.map((row) =>
		row
			.map((cell, i) => (cell && header[i] ? `${header[i]}: ${cell}` : cell))
			.filter(Boolean)
			.join(' | ')
	);
}
