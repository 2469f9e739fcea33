import { describe, expect, it } from 'vitest';
import { toCsv } from '$lib/export/csv';

describe('toCsv', () => {
	it('writes a header and CRLF rows', () => {
		const csv = toCsv([
			{ theme: 'security', passages: 3 },
			{ theme: 'observability', passages: 10 }
		]);
		expect(csv).toBe('theme,passages\r\nsecurity,3\r\nobservability,10\r\n');
	});

	it('always writes the header, even with no rows', () => {
		const csv = toCsv<{ id: string; n: number }>(
			[],
			[
				{ key: 'id', header: 'Event' },
				{ key: 'n', header: 'Passages' }
			]
		);
		expect(csv).toBe('Event,Passages\r\n');
	});

	it('quotes commas, quotes and newlines (RFC 4180)', () => {
		const csv = toCsv([{ a: 'x, y', b: 'say "hi"', c: 'line1\nline2', d: 'plain' }]);
		expect(csv.split('\r\n')[1]).toBe('"x, y","say ""hi""","line1\nline2",plain');
	});

	it('defuses spreadsheet formulas in text but leaves numbers alone', () => {
		const csv = toCsv([
			{ v: '=HYPERLINK("http://evil")' },
			{ v: '+1+2' },
			{ v: '-cmd' },
			{ v: '@SUM(A1)' },
			{ v: -3 },
			{ v: 'a=b' }
		]);
		expect(csv.split('\r\n').slice(1, -1)).toEqual([
			`"'=HYPERLINK(""http://evil"")"`,
			"'+1+2",
			"'-cmd",
			"'@SUM(A1)",
			'-3',
			'a=b'
		]);
	});

	it('uses given columns, their order and headers; missing values are empty', () => {
		const rows = [{ id: 'e1', name: 'KubeCon EU', extra: 1 }, { id: 'e2' }] as {
			id: string;
			name?: string;
			extra?: number;
		}[];
		const csv = toCsv(rows, [
			{ key: 'name', header: 'Name' },
			{ key: 'id', header: 'Id' }
		]);
		expect(csv).toBe('Name,Id\r\nKubeCon EU,e1\r\n,e2\r\n');
	});

	it('flattens arrays, nulls and non-finite numbers', () => {
		expect(toCsv([{ a: ['x', 'y'], b: null, c: NaN, d: true }]).split('\r\n')[1]).toBe(
			'x; y,,,true'
		);
	});

	it('adds a UTF-8 BOM for Excel when asked', () => {
		expect(toCsv([{ name: 'Zürich' }], undefined, { bom: true }).startsWith('\uFEFFname')).toBe(
			true
		);
		expect(toCsv([{ name: 'Zürich' }]).startsWith('name')).toBe(true);
	});
});
