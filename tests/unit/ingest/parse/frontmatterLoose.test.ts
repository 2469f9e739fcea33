/**
 * YAML front matter with a value YAML refuses ("title: [KubeCon] notes", "title: @kubecon"):
 * read line by line, so the title, date and author are not all lost; a warning says so.
 */
import { describe, expect, it } from 'vitest';
import { looseYaml } from '../../../../src/lib/ingest/frontmatterLoose';
import { parseDocument } from '../../../../src/lib/ingest/parse/index';

function parse(front: string) {
	const text = `---\n${front}\n---\n\nKubeCon Europe 2019 in Barcelona was busy.\n`;
	return parseDocument({ path: 'post.md', bytes: new TextEncoder().encode(text) });
}

describe('front matter YAML refuses', () => {
	it.each([
		['title: [KubeCon EU 2019] notes from Barcelona', '[KubeCon EU 2019] notes from Barcelona'],
		['title: @kubecon recap, day 2', '@kubecon recap, day 2'],
		['title: "KubeCon" is over: what now?', '"KubeCon" is over: what now?'],
		['title: `kubectl` tips from KubeCon', '`kubectl` tips from KubeCon']
	])('%s still gives title, date, author and tags', (line, title) => {
		const { doc, warnings } = parse(
			`${line}\ndate: 2019-05-24 10:00:00 +0200\nauthor:\n  name: Ana Ruiz\n  twitter: "@ana"\ntags:\n  - kubecon\n  - barcelona`
		);
		expect(doc).toMatchObject({ title, published: '2019-05-24', author: 'Ana Ruiz' });
		expect(doc!.frontMatter.tags).toEqual(['kubecon', 'barcelona']);
		expect(warnings).toHaveLength(1);
		expect(warnings[0]!.message).toMatch(
			/^malformed YAML front matter, read line by line as text \(/
		);
	});

	it('leaves out a value that opens a quote or a bracket it never closes', () => {
		expect(looseYaml('title: "Unclosed\ntags: [a, b\ndate: 2019-05-24')).toEqual({
			date: '2019-05-24'
		});
		expect(looseYaml('title: "Unclosed\ntags: [a, b')).toBeNull();
	});

	it('reads a folded block and a quoted value', () => {
		expect(looseYaml("summary: >\n  two lines\n  of text\ntitle: 'It''s @here'")).toEqual({
			summary: 'two lines of text',
			title: "It's @here"
		});
	});
});
