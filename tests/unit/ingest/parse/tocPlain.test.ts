/**
 * A table of contents of plain items (no links) repeats the headings after it: no passage, and
 * its label ("목차", "Spis treści", "Содержание") goes with it.
 */
import { describe, expect, it } from 'vitest';
import { parseString, passages } from './helpers';

const BODY =
	'## 1. Keynote\n\nHelm 3 zostało ogłoszone.\n\n## 2. Sesje\n\nDużo o Istio i Envoy.\n\n## 3. Podsumowanie\n\nWarto było jechać.\n';

describe('tables of contents of plain items', () => {
	it.each([
		[
			'a Polish heading over numbered items',
			'## Spis treści\n\n1. Keynote\n2. Sesje\n3. Podsumowanie'
		],
		['a Russian label over bullets', 'Содержание:\n\n- Keynote\n- Sesje\n- Podsumowanie'],
		['a Korean heading over a partial list', '## 목차\n\n- Keynote\n- Sesje']
	])('drops %s', (_, toc) => {
		const d = parseString(`# KubeCon 2019\n\n${toc}\n\n${BODY}`, 'a.md');
		expect(passages(d).map((p) => p.text)).toEqual([
			'Helm 3 zostało ogłoszone.',
			'Dużo o Istio i Envoy.',
			'Warto było jechać.'
		]);
		expect(d.sections.map((s) => s.heading)).toEqual([
			'KubeCon 2019',
			'1. Keynote',
			'2. Sesje',
			'3. Podsumowanie'
		]);
	});

	it('keeps a list whose items are not all headings, or that comes after them, or a summary', () => {
		const partial = parseString(
			`# KubeCon 2019\n\n## Spis treści\n\n- Keynote\n- Helm i Istio\n\n${BODY}`,
			'a.md'
		);
		expect(passages(partial)).toHaveLength(4);
		const summary = parseString(
			`# KubeCon 2019\n\nNasze wnioski:\n\n- Keynote\n- Sesje\n\n${BODY}`,
			'a.md'
		);
		expect(passages(summary)).toHaveLength(4);
		const recap = parseString(`# KubeCon 2019\n\n${BODY}\n- Keynote\n- Sesje\n`, 'a.md');
		expect(passages(recap)).toHaveLength(4);
	});
});
