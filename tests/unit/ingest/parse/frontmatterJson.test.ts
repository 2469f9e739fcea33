/** Hugo's JSON front matter, the author among a Hugo theme's `[params]`, lists of authors. */
import { describe, expect, it } from 'vitest';
import { allText, parseString, passages } from './helpers';

describe('JSON front matter (Hugo)', () => {
	const post = `{
  "title": "KubeCon EU 2019: our days in Barcelona",
  "date": "2019-05-25T22:30:00+02:00",
  "author": "Ines Moreau",
  "tags": ["kubernetes", "kubecon"],
  "draft": false
}

KubeCon Europe 2019 filled the Fira Gran Via in Barcelona.

## Keynotes

Prometheus and Linkerd were on the main stage.
`;

	it('gives title, author, date and tags, and is no passage', () => {
		const doc = parseString(post, 'post.md');
		expect(doc).toMatchObject({
			title: 'KubeCon EU 2019: our days in Barcelona',
			author: 'Ines Moreau',
			published: '2019-05-25',
			format: 'markdown'
		});
		expect(doc.frontMatter.tags).toEqual(['kubernetes', 'kubecon']);
		expect(doc.frontMatter.extra).toEqual({ draft: false });
		expect(allText(doc)).not.toContain('"title"');
	});

	it('closes at the first "}" line that ends a valid object (a brace inside a value is no end)', () => {
		const doc = parseString(
			'{\n  "title": "Notes",\n  "summary": "a brace\\n}\\n inside",\n  "params": {\n    "x": 1\n  }\n}\nKubeCon NA 2019 was in San Diego.\n',
			'notes.md'
		);
		expect(doc.title).toBe('Notes');
		expect(passages(doc).map((p) => p.text)).toEqual(['KubeCon NA 2019 was in San Diego.']);
	});

	it('leaves a text that opens with a shortcode or a brace of prose alone', () => {
		const shortcode = parseString(
			'{{< figure src="hall.jpg" >}}\n\nKubeCon NA 2019 was in San Diego.\n',
			'a.md'
		);
		expect(shortcode.frontMatter).toEqual({ tags: [], extra: {} });
		expect(allText(shortcode)).toContain('KubeCon NA 2019 was in San Diego.');
		const prose = parseString('{\nnot json\n}\n\nKubeCon NA 2019 was in San Diego.\n', 'b.md');
		expect(allText(prose)).toContain('not json');
	});
});

describe("Hugo's [params]", () => {
	it('gives the author when the front matter has none of its own', () => {
		const doc = parseString(
			'+++\ntitle = "DockerCon 2017"\ndate = 2017-04-22T22:00:00-05:00\n\n[params]\n  author = "Sam Patel"\n+++\n\nDockerCon 2017 was in Austin.\n',
			'd.md'
		);
		expect(doc).toMatchObject({ author: 'Sam Patel', published: '2017-04-22' });
		const own = parseString(
			'---\nauthor: Ana\nparams:\n  author: Theme Default\n---\n\nDockerCon 2017 was in Austin.\n',
			'e.md'
		);
		expect(own.author).toBe('Ana');
	});
});

describe('a list of authors in one field', () => {
	it("reads docutils' semicolons as a list: the names joined as any list of authors is", () => {
		const doc = parseString(
			'Recap\n=====\n\n:Authors: Lars Holm; Mette Berg\n:Date: 2017-10-20\n\nDockerCon EU 2017 was in Copenhagen.\n\n.. note::\n\n   Busy.\n',
			'r.rst'
		);
		expect(doc).toMatchObject({ format: 'rst', author: 'Lars Holm, Mette Berg' });
	});
});
