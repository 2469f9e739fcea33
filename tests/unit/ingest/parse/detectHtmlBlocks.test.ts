/**
 * A Markdown post with few Markdown constructs of its own (no links, no ATX heading) that uses
 * HTML blocks and footnotes is still Markdown: its byline, tags and footnote markers are read.
 */
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../../src/lib/ingest/detect';
import { allText, parseString } from './helpers';

const POST = `My week at KubeCon Europe 2019
==============================

*By Rosa Ibarra · May 24, 2019 · 5 min read*

KubeCon Europe 2019 in Barcelona was the largest yet, and Linkerd was everywhere.

<details>
<summary>Slides</summary>

The slides of the Envoy talk are on Sched.

</details>

The hallway track[^hall] was the best part.

[^hall]: As every year.
`;

describe('Markdown told by its HTML blocks and footnotes', () => {
	it('is Markdown, not plain text', () => {
		expect(detectFormat(POST)).toBe('markdown');
	});

	it('reads the byline and leaves no tag or footnote marker in the text', () => {
		const doc = parseString(POST, 'recap.md');
		expect(doc).toMatchObject({ author: 'Rosa Ibarra', published: '2019-05-24' });
		const text = allText(doc);
		expect(text).toContain('The hallway track was the best part.');
		expect(text).not.toMatch(/<\/?details|\[\^|\*By/);
	});

	it('is not made of an angle-bracketed word in plain text', () => {
		expect(
			detectFormat('Notes\n\n<snip>\nKubeCon was fine.\n<placeholder> stays.\nMore prose here.\n')
		).toBe('text');
	});
});
