import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../../../src/lib/ingest/parse/index';

/**
 * Inputs built to make a backtracking regex explode, `k` times over: four times the input must
 * take at most twice four times as long (a regex that backtracks over the input takes sixteen
 * times as long or worse). Times are compared with each other on this machine, not with a fixed
 * limit, which a loaded machine can miss; the wide margin is for its noise (a doubling, with a
 * ratio limit of 3, failed once in CI at 3.02 on a linear parse).
 */
const hostile: [string, (k: number) => string][] = [
	['brackets', (k) => '['.repeat(50_000 * k) + 'x'],
	['link openers', (k) => '[a]('.repeat(20_000 * k)],
	['emphasis', (k) => '*a '.repeat(30_000 * k) + '_b '.repeat(30_000 * k)],
	['tags', (k) => '<a '.repeat(30_000 * k)],
	['backticks', (k) => '`x'.repeat(30_000 * k)],
	['entities', (k) => '&#'.repeat(30_000 * k) + '&amp'.repeat(10_000 * k)],
	['shortcodes', (k) => '{{< '.repeat(20_000 * k)],
	['rst roles', (k) => ':a:`b'.repeat(20_000 * k)],
	['asciidoc macros', (k) => 'link:x['.repeat(20_000 * k)],
	['talk separators', (k) => 'A B – C D '.repeat(20_000 * k)],
	['spaces', (k) => 'word' + ' '.repeat(200_000 * k) + 'end'],
	['many lines', (k) => '# h\n- i\n> q\n| a |\n'.repeat(20_000 * k)],
	['unclosed fences', (k) => '```\ntext\n'.repeat(5_000 * k)],
	['rst adornments', (k) => 'T\n===\n'.repeat(20_000 * k)],
	// Space runs inside constructs, where two quantifiers could share them.
	['heading spaces', (k) => '# a' + ' '.repeat(100_000 * k) + 'x'],
	['asciidoc section spaces', (k) => '== a' + ' '.repeat(100_000 * k) + 'x'],
	['rst link spaces', (k) => 'Text\n====\n\n`' + ' '.repeat(100_000 * k) + 'x'],
	['table separator spaces', (k) => '|---|---' + ' '.repeat(100_000 * k) + 'x'],
	['rule spaces', (k) => '- - -' + ' '.repeat(100_000 * k) + '1'],
	['backtick run', (k) => '`'.repeat(100_000 * k) + 'x'],
	['script openers', (k) => '<script'.repeat(20_000 * k)]
];

describe('hostile inputs parse in linear time', () => {
	/** The fastest of three parses of `text`, in ms. */
	const parseTime = (text: string) => {
		const bytes = new TextEncoder().encode(text);
		let best = Infinity;
		for (let run = 0; run < 3; run++) {
			const started = performance.now();
			parseDocument({ path: 'x.md', bytes });
			best = Math.min(best, performance.now() - started);
		}
		return best;
	};

	it.each(hostile)(
		'%s',
		(_name, text) => {
			const { warnings } = parseDocument({
				path: 'x.md',
				bytes: new TextEncoder().encode(text(1))
			});
			expect(warnings.every((w) => w.file === 'x.md')).toBe(true);
			const [once, fourfold] = [parseTime(text(1)), parseTime(text(4))];
			// Below 50 ms nothing has exploded, and timer noise would rule the ratio.
			if (fourfold > 50) expect(fourfold / once).toBeLessThan(8);
			// Seven parses of up to 320,000 lines: seconds on a busy machine, never a hang.
		},
		60_000
	);

	it('parses every format for the same document the same way twice', () => {
		const bytes = new TextEncoder().encode('# A\n\nSome *text* here.\n\n- one\n- two\n');
		expect(parseDocument({ path: 'a.md', bytes })).toEqual(parseDocument({ path: 'a.md', bytes }));
	});
});
