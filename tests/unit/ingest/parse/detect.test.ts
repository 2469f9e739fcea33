import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../../src/lib/ingest/detect';
import { CORPUS, mustParse } from './helpers';

describe('format detection reads the content, not the name', () => {
	it('finds reStructuredText in the sample corpus .txt post', () => {
		const text = readFileSync(CORPUS + '003_80732edc8b2f7a07.txt', 'utf8');
		expect(detectFormat(text)).toBe('rst');
	});

	it.each([
		['rst-post.txt', 'rst'],
		['talk-table.md', 'markdown'],
		['setext.markdown', 'markdown'],
		['asciidoc.adoc', 'asciidoc'],
		['asciidoc-header.adoc', 'asciidoc'],
		['plain-recap.txt', 'text'],
		['hugo-yaml.md', 'markdown'],
		['toml-front.md', 'markdown']
	])('%s is %s', (name, format) => {
		expect(mustParse(name).format).toBe(format);
	});

	it.each([
		['# Title\n\nSome text with a [link](https://x.io).\n', 'markdown'],
		['Title\n=====\n\nText.\n\n.. note::\n\n   A note.\n', 'rst'],
		['= Doc\n\n== Part\n\nText.\n', 'asciidoc'],
		['Title\n\nJust prose, nothing else. A second sentence.\n', 'text'],
		['Title\n---\n\n| a | b |\n|---|---|\n| 1 | 2 |\n', 'markdown'],
		['Section\n~~~~~~~\n\nText with ``literal`` and `a link`_.\n', 'rst'],
		['Recap\n\nGood week.\n\n> [!TIP]\n> Arrive early for the keynotes.\n', 'markdown']
	])('%j is %s', (text, format) => {
		expect(detectFormat(text)).toBe(format);
	});

	it('counts front matter as a Markdown habit unless the body says otherwise', () => {
		expect(detectFormat('Plain paragraph.\n', { frontMatter: true })).toBe('markdown');
		expect(
			detectFormat('Intro.\n\nimage:x.png[Logo]\n\nlink:https://a.io[A]\n', { frontMatter: true })
		).toBe('asciidoc');
	});
});
