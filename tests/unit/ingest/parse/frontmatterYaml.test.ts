import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { simpleYaml } from '../../../../src/lib/ingest/frontmatterYaml';

/** What the `yaml` library makes of a block, read the way frontmatter.ts reads it. */
function viaYaml(src: string): unknown {
	const doc = parseDocument(src, { uniqueKeys: false, prettyErrors: true });
	return doc.errors.length ? 'error' : doc.toJS({ maxAliasCount: 100 });
}

describe('the fast path for simple YAML front matter', () => {
	it.each([
		'title: "What I learned at KubeCon NA 2019"\ndate: 2019-12-01\nauthor: "Tara Jensen"',
		'tags: [kubecon, gitops-cd, platform-engineering]\nevent: kubecon-na-2019',
		"title: 'KubeCon: notes, #1 [draft]'\ncategories: []",
		'title: "“Curly” quotes, — dashes and émoji ✨"',
		'author: Ada Example\nsite: k8s.io/blog\nslug: a - b_c.d',
		'tags: [service mesh , k8s.io,x]'
	])('gives what yaml gives for %j', (src) => {
		const fast = simpleYaml(src);
		expect(fast).not.toBeNull();
		expect(fast).toEqual(viaYaml(src));
	});

	it.each([
		['a number', 'year: 2019'],
		['a boolean', 'draft: true'],
		['a null', 'event: null'],
		['a word yaml 1.1 read as a boolean', 'list: [x, True]'],
		['an escape', 'title: "a \\" quote"'],
		['a doubled single quote', "title: 'it''s'"],
		['a comment', 'title: x # note'],
		['a blank line', 'title: x\n\ndate: 2019-01-01'],
		['nesting', 'author:\n  name: Ada'],
		['a block list', 'tags:\n- a\n- b'],
		['a duplicate key', 'title: a\ntitle: b'],
		['a prototype key', '__proto__: x'],
		['a colon in a plain value', 'url: https://example.com'],
		['an anchor', 'a: &x y'],
		['a plain value with non-ASCII letters', 'title: Café'],
		['an empty value', 'title:']
	])('leaves %s to yaml', (_what, src) => {
		expect(simpleYaml(src)).toBeNull();
	});
});
