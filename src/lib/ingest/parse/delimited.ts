/**
 * A schedule pasted or exported as CSV or TSV text ("Time,Title,Speaker,Company" over its
 * rows): a table, each row one passage "Header: cell | Header: cell", as other tables give.
 */
import { tableRows } from './tables';

/** A header names what a schedule's columns hold. */
const HEADER_WORD =
	/^(?:time|start|date|day|title|talk|session|speakers?|presenters?|company|organi[sz]ations?|affiliations?|track|room)$/i;

/** Cheap gate: a group of three lines or more whose first line has a tab or a comma. */
export function mayBeDelimited(lines: string[]): boolean {
	return lines.length >= 3 && (lines[0]!.includes('\t') || lines[0]!.includes(','));
}

/**
 * The rows of `lines` as a table when they are one: a header of three cells or more, two of
 * them header words, then at least two rows with as many cells. Null otherwise.
 */
export function delimitedRows(lines: string[]): string[] | null {
	const tab = lines[0]!.includes('\t');
	const split = tab ? (l: string) => l.split('\t').map((c) => c.trim()) : csvCells;
	const header = split(lines[0]!);
	if (header.length < 3 || header.filter((h) => HEADER_WORD.test(h)).length < 2) return null;
	const body: string[][] = [];
	for (const line of lines.slice(1)) {
		const cells = split(line);
		if (cells.length !== header.length) return null;
		body.push(cells);
	}
	return tableRows(header, body);
}

/** One CSV line's cells: commas outside double quotes; a doubled quote is one quote. */
function csvCells(line: string): string[] {
	const cells: string[] = [];
	let cell = '';
	let quoted = false;
	for (let i = 0; i < line.length; i++) {
		const ch = line[i]!;
		if (quoted) {
			if (ch !== '"') cell += ch;
			else if (line[i + 1] === '"') {
				cell += '"';
				i++;
			} else quoted = false;
		} else if (ch === '"' && cell.trim() === '') {
			quoted = true;
			cell = '';
		} else if (ch === ',') {
			cells.push(cell.trim());
			cell = '';
		} else cell += ch;
	}
	cells.push(cell.trim());
	return cells;
}
