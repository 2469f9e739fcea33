/**
 * A table of contents (a list of links to the page's own headings) repeats the headings: it is
 * no passage, so the projects it names are not counted twice, and its label goes with it.
 */
import { describe, expect, it } from 'vitest';
import { parseString, passages } from './helpers';

const BODY =
	'## Day 1\n\nHelm 3 was announced in the keynote.\n\n## Day 2\n\nOpenTelemetry merged OpenTracing.\n';

describe('tables of contents', () => {
	it.each([
		[
			'a heading over a numbered list',
			'## Table of Contents\n\n1. [Day 1: Helm 3](#day-1)\n2. [Day 2](#day-2)'
		],
		['a label with a colon', 'Contents:\n- [Day 1: Helm 3](#day-1)\n- [Day 2](#day-2)'],
		["a bold label over kramdown's placeholder", '**Table of contents**\n\n* TOC\n{:toc}'],
		['a bare list', '- [Day 1: Helm 3](#day-1)\n  - [Keynotes](#keynotes)\n- [Day 2](#day-2)']
	])('drops %s, and keeps the sections', (_, toc) => {
		const d = parseString(`# KubeCon NA 2019 notes\n\n${toc}\n\n${BODY}`, 'a.md');
		expect(passages(d).map((p) => p.text)).toEqual([
			'Helm 3 was announced in the keynote.',
			'OpenTelemetry merged OpenTracing.'
		]);
		expect(d.sections.map((s) => s.heading)).toEqual(['KubeCon NA 2019 notes', 'Day 1', 'Day 2']);
	});

	it('keeps a list of links to other pages, and a single in-page link', () => {
		const links =
			'- [Helm 3 release notes](https://helm.sh/blog/helm-3-released/)\n- [Day 2 notes](#day-2)';
		const d = parseString(
			`# Notes\n\n${links}\n\nSee also:\n\n- [Helm 3 is out](#day-1)\n\n${BODY}`,
			'a.md'
		);
		expect(passages(d).some((p) => p.text.endsWith('Helm 3 is out'))).toBe(true);
		expect(passages(d).some((p) => p.text.includes('Helm 3 release notes'))).toBe(true);
	});
});
