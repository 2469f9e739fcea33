/** Author and date values as exporters write them: contact beside the name, Unix timestamps. */
import { describe, expect, it } from 'vitest';
import { parseString } from './helpers';

const post = (front: string) =>
	parseString(`---\ntitle: Recap\n${front}\n---\n\nKubeCon NA 2019 was in San Diego.\n`, 'p.md');

describe('front matter values', () => {
	it.each([
		['author: "Jane Doe <jane@example.com>"', 'Jane Doe'],
		['author: Jane Doe (@janedoe)', 'Jane Doe'],
		['author: Jane Doe (jane@example.com)', 'Jane Doe'],
		['author: "Ana <ana@x.io>; Bo Li <bo@x.io>"', 'Ana, Bo Li'],
		['author: "@janedoe"', '@janedoe'],
		['author: jane@example.com', 'jane@example.com']
	])('%s is the author %j', (line, author) => {
		expect(post(line).author).toBe(author);
	});

	it('reads a Unix timestamp, in seconds or milliseconds, as its UTC date', () => {
		expect(post('date: 1574640000').published).toBe('2019-11-25');
		expect(post('date: 1574640000000').published).toBe('2019-11-25');
		expect(post('date: 2019').published).toBe('2019');
	});
});
