/**
 * The author named only at the foot of a post: a signature with a mangled dash ("-* Jane Doe,
 * Community Manager, Acme"), or the author's bio ("Jane Doe is a platform engineer at Acme.",
 * under "About the author" or not). A speaker the recap tells of, or a quotation's speaker, is no
 * author.
 */
import { describe, expect, it } from 'vitest';
import { allText, parseString, passages } from './helpers';

const BODY = [
	'KubeCon Europe in Barcelona was the biggest edition yet, and the keynotes were all about maturity.',
	'The observability track was packed; Prometheus and OpenTelemetry came up in almost every talk.',
	'On the last day the hallway track was mostly about service meshes and platform teams.'
].join('\n\n');
const recap = (end: string, path = 'doc.md') =>
	parseString(`# Barcelona notes\n\n${BODY}\n\n${end}\n`, path);

describe("the author's bio or signature closing the post", () => {
	it.each([
		['Priya Raman is a platform engineer at Northwind Labs.', 'doc.md', 3],
		[
			'*Priya Raman is a Developer Advocate at Northwind Labs, where she works on Kubernetes tooling.*',
			'doc.md',
			3
		],
		['About the author: Priya Raman is an SRE at Northwind Labs.', 'doc.txt', 3],
		[
			'**About the author**\n\nPriya Raman works as a cloud architect for Northwind Labs. She lives in Lisbon.',
			'doc.md',
			3
		],
		['## About the author\n\nPriya Raman is the co-founder of Northwind Labs.', 'doc.md', 3],
		['-* Priya Raman, Community Manager, Northwind Labs', 'doc.md', 3]
	])('%j: the author, not a passage', (end, path, n) => {
		const doc = recap(end, path);
		expect(doc.author).toBe('Priya Raman');
		expect(allText(doc)).not.toContain('Priya Raman');
		expect(allText(doc)).not.toContain('About the author');
		expect(passages(doc)).toHaveLength(n);
	});

	it.each([
		[
			'a speaker the body names',
			'Kelsey Hightower opened day two.\n\nKelsey Hightower is a principal engineer at Google.'
		],
		[
			'a speaker and the talk',
			'Kelsey Hightower is a principal engineer at Google and gave the closing keynote.'
		],
		['no job', 'Kelsey Hightower is a legend.'],
		[
			'a speaker announced',
			'Jane Roe is a senior engineer at Globex and will speak at our next meetup.'
		],
		['not a name', 'Service Mesh is a platform engineer’s best friend.'],
		[
			'a quotation’s speaker',
			'"Kubernetes is a platform for building platforms."\n\n-* Kelsey Hightower'
		],
		['a name in the middle', 'I think Kelsey Hightower is a developer advocate at Google.']
	])('%s stays text', (_, end) => {
		const doc = recap(end);
		expect(doc.author).toBeNull();
		expect(allText(doc)).toContain(end.split('\n\n').at(-1)!.replace(/^-\* /, '- '));
	});
});
