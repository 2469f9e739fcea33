/** An MDX post whose metadata is an exported object (Next.js blogs), without front matter. */
import { describe, expect, it } from 'vitest';
import { allText, parseString, passages } from './helpers';

const POST = `import { PostLayout } from '@/components/PostLayout'
import hall from './hall.jpg'

export const meta = {
  title: 'Three days at KubeCon NA 2019',
  author: "Ada Lee",
  date: '2019-11-22',
  description:
    'San Diego, \\'19.',
}

export default (props) => <PostLayout meta={meta} {...props} />

KubeCon North America 2019 in San Diego had 12,000 attendees.

<Figure
  src={hall}
  alt="The expo hall"
/>

We also saw Crossplane demos.
`;

describe('MDX module statements', () => {
	it('are code, and the exported meta object gives title, author and date', () => {
		const doc = parseString(POST, 'post.mdx');
		expect(doc).toMatchObject({
			format: 'markdown',
			title: 'Three days at KubeCon NA 2019',
			author: 'Ada Lee',
			published: '2019-11-22'
		});
		expect(doc.frontMatter.extra).toEqual({ description: "San Diego, '19." });
		expect(passages(doc).map((p) => p.text)).toEqual([
			'KubeCon North America 2019 in San Diego had 12,000 attendees.',
			'We also saw Crossplane demos.'
		]);
	});

	it('front matter wins over the object; prose starting with "export" stays', () => {
		const doc = parseString(
			`---\ntitle: From the front matter\n---\n\nexport const meta = { title: 'From the object' }\n\nKubeCon was fine.\n\nexport the kubeconfig first, then run it.\n`,
			'b.mdx'
		);
		expect(doc.title).toBe('From the front matter');
		expect(allText(doc)).toContain('export the kubeconfig first, then run it.');
	});
});
