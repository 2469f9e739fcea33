import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../src/lib/ingest/parse/index';

/** Inputs built to make a backtracking regex explode: each must parse in well under a second. */
const hostile: [string, string][] = [
	['brackets', '['.repeat(50_000) + 'x'],
	['link openers', '[a]('.repeat(20_000)],
	['emphasis', '*a '.repeat(30_000) + '_b '.repeat(30_000)],
	['tags', '<a '.repeat(30_000)],
	['backticks', '`x'.repeat(30_000)],
	['entities', '&#'.repeat(30_000) + '&amp'.repeat(10_000)],
	['shortcodes', '{{< '.repeat(20_000)],
	['rst roles', ':a:`b'.repeat(20_000)],
	['asciidoc macros', 'link:x['.repeat(20_000)],
	['talk separators', 'A B – C D '.repeat(20_000)],
	['spaces', 'word' + ' '.repeat(200_000) + 'end'],
	['many lines', '# h\n- i\n> q\n| a |\n'.repeat(20_000)],
	['unclosed fences', '```\ntext\n'.repeat(5_000)],
	['rst adornments', 'T\n===\n'.repeat(20_000)],
	// Space runs inside constructs, where two quantifiers could share them.
	['heading spaces', '# a' + ' '.repeat(100_000) + 'x'],
	['asciidoc section spaces', '== a' + ' '.repeat(100_000) + 'x'],
	['rst link spaces', 'Text\n====\n\n`' + ' '.repeat(100_000) + 'x'],
	['table separator spaces', '|---|---' + ' '.repeat(100_000) + 'x'],
	['rule spaces', '- - -' + ' '.repeat(100_000) + '1'],
	['backtick run', '`'.repeat(100_000) + 'x'],
	['script openers', '<script'.repeat(20_000)]
];

describe('hostile inputs parse in linear time', () => {
	it.each(hostile)('%s', (_name, text) => {
		const started = performance.now();
		const { warnings } = parseDocument({ path: 'x.md', bytes: new TextEncoder().encode(text) });
		expect(performance.now() - started).toBeLessThan(1500);
		expect(warnings.every((w) => w.file === 'x.md')).toBe(true);
	});

	it('parses every format for the same document the same way twice', () => {
		const bytes = new TextEncoder().encode('# A\n\nSome *text* here.\n\n- one\n- two\n');
		expect(parseDocument({ path: 'a.md', bytes })).toEqual(parseDocument({ path: 'a.md', bytes }));
	});
});
