/**
 * Byline shapes beside a person's name: a team signing as one, a writer "for" a publisher, a
 * date and an "Autor:" label on one line, and the "Originally published at <url>" line.
 */
import { describe, expect, it } from 'vitest';
import { parseString, passages } from './helpers';

const BODY =
	'The keynotes opened with a look back at the year, and the hallway track was busy all week.';
const doc = (head: string, path = 'a.md') =>
	parseString(`# KubeCon Field Notes\n\n${head}\n\n${BODY}\n`, path);
const meta = (head: string) => {
	const d = doc(head);
	return [d.author, d.publisher, d.published, passages(d).map((p) => p.text)];
};

describe('bylines of teams, writers for a publisher, labelled dates', () => {
	it.each([
		['By the Northwind Labs Team · October 20, 2021', 'Northwind Labs Team', '2021-10-20'],
		['Posted by the DevOps guild on June 25, 2015', 'DevOps guild', '2015-06-25'],
		['By The Acme engineering team', 'Acme engineering team', null],
		['Datum: 3. April 2017 · Autor: Felix Wagner', 'Felix Wagner', '2017-04-03'],
		['Date: May 3, 2019 | Author: Jane Doe', 'Jane Doe', '2019-05-03'],
		['May 21, 2019 · By Jane Doe', 'Jane Doe', '2019-05-21'],
		['Posted on Tuesday, May 21, 2019 by Jane Doe', 'Jane Doe', '2019-05-21']
	])('%j: the author and the date, not a passage', (head, author, published) => {
		expect(meta(head)).toEqual([author, null, published, [BODY]]);
	});

	it('"Written by Maria Lopez for Acme Cloud, November 25, 2019": author, publisher, date', () => {
		expect(meta('Written by Maria Lopez for Acme Cloud, November 25, 2019')).toEqual([
			'Maria Lopez',
			'Acme Cloud',
			'2019-11-25',
			[BODY]
		]);
	});

	it('"Von Felix Wagner für Acme GmbH, 3. April 2017": the same in German', () => {
		expect(meta('Von Felix Wagner für Acme GmbH, 3. April 2017')).toEqual([
			'Felix Wagner',
			'Acme GmbH',
			'2017-04-03',
			[BODY]
		]);
	});

	it.each([
		'By the end of the day the team was tired.',
		'By the team',
		'By the way, the Kubernetes team shipped a release.'
	])('%j stays text', (head) => {
		expect(meta(head)[0]).toBeNull();
	});
});

describe('"Originally published at <url>"', () => {
	it.each([
		['Originally published at https://medium.com/@jd/five-things-abc123', null],
		['Originally published on my blog at https://jd.dev/kubecon/.', null],
		['Originally published at https://jd.dev/kubecon on May 3, 2019.', '2019-05-03']
	])('%j at the head: the url (and date), not a passage', (line, published) => {
		const d = doc(line);
		expect([d.url, d.published]).toEqual([
			line.match(/https:\/\/\S+?(?=\.?$|\s)/)![0].replace(/\.$/, ''),
			published
		]);
		expect(passages(d).map((p) => p.text)).toEqual([BODY]);
	});

	it.each([
		['Canonical URL: https://jd.dev/kc', 'https://jd.dev/kc'],
		['Cross-posted from https://jd.dev/my_kubecon_post.', 'https://jd.dev/my_kubecon_post'],
		['This post first appeared on the Acme blog: https://acme.dev/kc', 'https://acme.dev/kc']
	])('%j: the url, not a passage', (line, url) => {
		const d = doc(line);
		expect([d.url, passages(d).map((p) => p.text)]).toEqual([url, [BODY]]);
	});

	it('a Markdown link keeps its target: the url from the raw text', () => {
		const d = doc(
			'*Originally published at [blog.jd.dev](https://blog.jd.dev/kc) on May 3, 2019.*'
		);
		expect([d.url, d.published, passages(d).length]).toEqual([
			'https://blog.jd.dev/kc',
			'2019-05-03',
			1
		]);
	});

	it('closing the text, as Medium exports it', () => {
		const d = parseString(
			`# Notes\n\n${BODY}\n\n${BODY}\n\nOriginally published at https://jd.dev/kc on June 3, 2019.\n`,
			'a.md'
		);
		expect([d.url, d.published, passages(d).length]).toEqual([
			'https://jd.dev/kc',
			'2019-06-03',
			2
		]);
	});

	it('a sentence that links the talk is text', () => {
		const d = doc('The talk was first published at https://youtu.be/abc by the CNCF.');
		expect(d.url).toBeNull();
	});
});

describe('plain text: a title line right over its byline, in one paragraph', () => {
	const plain = (head: string) => {
		const d = parseString(`${head}\n\n${BODY}\n\n${BODY}\n`);
		return [d.title, d.author, d.published, passages(d).length];
	};

	it.each([
		['KubeCon EU 2019 recap\nBy Jane Doe', 'Jane Doe', null],
		['KubeCon EU 2019 recap\nBy Jane Doe\nMay 25, 2019', 'Jane Doe', '2019-05-25'],
		[
			'KubeCon EU 2019 recap\nPosted by the DevOps guild on June 25, 2019',
			'DevOps guild',
			'2019-06-25'
		]
	])('%j: the title, the author, not a passage', (head, author, date) => {
		expect(plain(head)).toEqual(['KubeCon EU 2019 recap', author, date, 2]);
	});

	it('a title line over a sentence stays text', () => {
		expect(plain('Notes\nBy the end of the day we were tired.')).toEqual(['Notes', null, null, 3]);
	});
});

describe('plain text: a name over its organisation', () => {
	const plain = (head: string) => {
		const d = parseString(`KubeCon EU 2019 recap\n\n${head}\n\n${BODY}\n`);
		return [d.author, d.publisher, d.published, passages(d).length];
	};

	it.each([
		['By Jane Doe\nAcme Corp', null],
		['Jane Doe\nAcme Corp\nMay 25, 2019', '2019-05-25'],
		['By Jane Doe\nAcme Corp\nPublished May 25, 2019', '2019-05-25']
	])('%j: the author without "By", the publisher, the date', (head, date) => {
		expect(plain(head)).toEqual(['Jane Doe', 'Acme Corp', date, 1]);
	});

	it("an event's days under the organisation are no byline's date", () => {
		expect(plain('Jane Doe\nAcme Corp\nMay 20-23, 2019')).toEqual([null, null, null, 2]);
	});
});

describe("plain text: a web page's crumbs over its title", () => {
	const plain = (text: string) => {
		const d = parseString(`${text}\n\n${BODY}\n\n${BODY}\n`);
		return [d.title, d.author, passages(d).length];
	};

	it.each([
		['Home > Blog > KubeCon EU 2019 recap\n\nKubeCon EU 2019 recap', null],
		['Home › Blog › Events\n\nKubeCon EU 2019 recap\nBy Jane Doe', 'Jane Doe'],
		['Conferences > 2019 > KubeCon EU 2019 recap\n\nKubeCon EU 2019 recap', null]
	])('%j: the title is the line under the crumbs', (head, author) => {
		expect(plain(head)).toEqual(['KubeCon EU 2019 recap', author, 2]);
	});

	it.each(['', '\n\nWhy we chose Thanos'])(
		'"Latency > throughput > cost"%j: the title, as before',
		(under) => {
			expect(plain('Latency > throughput > cost' + under)[0]).toBe('Latency > throughput > cost');
		}
	);
});
