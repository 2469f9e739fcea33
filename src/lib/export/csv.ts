/**
 * CSV that Excel, LibreOffice and pandas all read the same way: RFC 4180 quoting, CRLF line
 * ends, a header row even when there are no rows (so an empty view is still a valid file).
 */

export interface CsvColumn<Row> {
	key: keyof Row & string;
	header?: string;
}

export interface CsvOptions {
	/** Prefix a UTF-8 byte order mark so Excel does not misread accented names. */
	bom?: boolean;
}

/**
 * Text starting with these is run as a formula by spreadsheets (CSV injection): prefixed with
 * an apostrophe. Numbers are left alone so that -3 stays a number.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function cellText(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
	if (Array.isArray(value)) return value.map(cellText).join('; ');
	if (typeof value === 'object') return JSON.stringify(value);
	const text = String(value);
	return FORMULA_START.test(text) ? `'${text}` : text;
}

function quoted(text: string): string {
	return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Column order: as given, or the keys of the rows in order of first appearance. */
function columnsOf<Row extends object>(rows: readonly Row[]): CsvColumn<Row>[] {
	const keys: string[] = [];
	for (const row of rows)
		for (const key of Object.keys(row)) if (!keys.includes(key)) keys.push(key);
	return keys.map((key) => ({ key: key as keyof Row & string }));
}

export function toCsv<Row extends object>(
	rows: readonly Row[],
	columns?: readonly CsvColumn<Row>[],
	options: CsvOptions = {}
): string {
	const cols = columns ?? columnsOf(rows);
	// Headers are ours, but pass them through the same guard in case one comes from data.
	const lines = [cols.map((c) => quoted(cellText(c.header ?? c.key))).join(',')];
	for (const row of rows) {
		const record = row as Record<string, unknown>;
		lines.push(cols.map((c) => quoted(cellText(record[c.key]))).join(','));
	}
	return `${options.bom ? '\uFEFF' : ''}${lines.join('\r\n')}\r\n`;
}
