import { describe, expect, it } from 'vitest';
import { parseString, passages } from './helpers';

const BODY =
	'The keynotes opened with a look back at the year, and the hallway track was busy all week.';

/** A plain-text recap with `head` between the title and the first paragraph. */
const text = (head: string) => parseString(`KubeCon Field Notes\n\n${head}\n\n${BODY}\n`);
const markdown = (head: string) =>
	parseString(`# KubeCon Field Notes\n\n${head}\n\n${BODY}\n`, 'a.md');
const texts = (head: string, parse = text) => passages(parse(head)).map((p) => p.text);

describe('bylines', () => {
	it.each([
		['By Jane Doe', 'Jane Doe'],
		['by Jane Doe, Acme Corp', 'Jane Doe'],
		['Posted by Jane Doe on March 3, 2019', 'Jane Doe'],
		['Written by: Jane Doe', 'Jane Doe'],
		['Author: Jane Doe', 'Jane Doe'],
		['— Jane Doe', 'Jane Doe'],
		['By Jane Doe | 5 min read', 'Jane Doe'],
		['By Pieter van der Berg', 'Pieter van der Berg'],
		['By Anne-Marie Lefèvre', 'Anne-Marie Lefèvre'],
		['By Jane Doe and Ravi Kumar', 'Jane Doe, Ravi Kumar'],
		['Par Julie Martin et Luc Bernard', 'Julie Martin, Luc Bernard'],
		['Por Julia Martín y Pablo Ruiz', 'Julia Martín, Pablo Ruiz'],
		['作者：宋小明', '宋小明']
	])('plain text %j: the author, not a passage', (head, author) => {
		const doc = text(head);
		expect([doc.author, doc.publisher]).toEqual([author, null]);
		expect(passages(doc).map((p) => p.text)).toEqual([BODY]);
	});

	it.each([
		['*By Jane Doe*', 'Jane Doe'],
		['_by Jane Doe_', 'Jane Doe'],
		['**By Jane Doe**', 'Jane Doe'],
		['By [Jane Doe](https://example.com/jane)', 'Jane Doe'],
		['**Jane Doe**, Developer Advocate at Acme', 'Jane Doe'],
		['<p class="byline">By José Álvarez</p>', 'José Álvarez']
	])('Markdown %j: the author, not a passage', (head, author) => {
		const doc = markdown(head);
		expect(doc.author).toBe(author);
		expect(passages(doc).map((p) => p.text)).toEqual([BODY]);
	});

	it('Medium and dev.to exports: a name over "Follow", "Name · 4 min read", a dated reading time', () => {
		const medium = markdown(
			'[Jane Doe](https://medium.com/@janedoe?source=post_page)\n\nFollow\n\nDec 17, 2018 · 4 min read'
		);
		expect([medium.author, medium.published]).toEqual(['Jane Doe', '2018-12-17']);
		expect(passages(medium).map((p) => p.text)).toEqual([BODY]);
		const devto = markdown('Ravi Kumar · 5 min read');
		expect(devto.author).toBe('Ravi Kumar');
		expect(passages(devto).map((p) => p.text)).toEqual([BODY]);
		// "Follow" alone, or under something that is not a name, stays text.
		expect(texts('Kubernetes Rocks\n\nFollow', markdown)).toContain('Follow');
	});

	it('reads a name over an organisation under the title as author and publisher', () => {
		const doc = parseString(
			`KubeCon Field Notes\n\nWhat we saw at the flagship event\n\nJane Doe\nAcme Labs\n\n--\n\n${BODY}\n`
		);
		expect([doc.author, doc.publisher]).toEqual(['Jane Doe', 'Acme Labs']);
		expect(passages(doc).map((p) => p.text)).toEqual(['What we saw at the flagship event', BODY]);
		const md = markdown('Jane Doe  \nAcme Labs');
		expect([md.author, md.publisher]).toEqual(['Jane Doe', 'Acme Labs']);
	});

	it.each([
		'By the end of day one, the expo hall was packed',
		'By 2019 Kubernetes had won',
		'By Friday everyone was tired',
		'By far the best talk',
		'By Kubernetes SIG Docs',
		'Posted by Jane Doe who liked the keynote very much and stayed for the whole afternoon of talks',
		'Author: unknown'
	])('keeps %j: not a person’s byline', (head) => {
		const doc = text(head);
		expect(doc.author).toBeNull();
		expect(texts(head)).toContain(head);
	});

	it('keeps a name over something that is not an organisation, and a title over an organisation', () => {
		for (const head of [
			'Jane Doe\nDeveloper Advocate',
			'Jane Doe\nMarch 3, 2019',
			'Day Two\nAcme Labs',
			'KubeCon Europe\nThe Linux Foundation',
			'Key Takeaways\nAcme Labs'
		]) {
			expect(text(head).author).toBeNull();
			expect(texts(head)).toHaveLength(2);
		}
	});

	it('keeps a quotation’s attribution, a list of speakers and a bold name alone', () => {
		const quote = markdown('> Software is eating the world.\n\n— Marc Andreessen');
		expect(quote.author).toBeNull();
		expect(passages(quote).map((p) => p.text)).toContain('— Marc Andreessen');
		const plainQuote = text('“Software is eating the world.”\n\n— Marc Andreessen');
		expect(plainQuote.author).toBeNull();
		expect(markdown('**Speakers**\n\n* Jane Doe, Acme').author).toBeNull();
		expect(markdown('- By Jane Doe').author).toBeNull();
		expect(markdown('**Jane Doe**').author).toBeNull();
	});

	it('looks only near the top: not after the body has begun', () => {
		const late = parseString(
			`KubeCon Field Notes\n\n${BODY}\n\nSecond paragraph, also long enough to be body text of the recap for sure.\n\nMore.\n\nAnd more.\n\nEven more.\n\nBy Jane Doe\n`
		);
		expect(late.author).toBeNull();
		expect(passages(late).at(-1)!.text).toBe('By Jane Doe');
		const afterBody = text(`${BODY} ${BODY}\n\nJane Doe\nAcme Labs`);
		expect(afterBody.author).toBeNull();
	});

	it('leaves the author of front matter in place, and still drops the byline', () => {
		const doc = parseString(
			`---\nauthor: Sam Writer\n---\n\n# Notes\n\nBy Jane Doe\n\n${BODY}\n`,
			'a.md'
		);
		expect(doc.author).toBe('Sam Writer');
		expect(passages(doc).map((p) => p.text)).toEqual([BODY]);
	});

	it('does not read bylines in reStructuredText or AsciiDoc (they have author fields)', () => {
		const adoc = parseString(`= Notes\n\nBy Jane Doe\n\n${BODY}\n`, 'a.adoc');
		expect(adoc.format).toBe('asciidoc');
		expect(adoc.author).toBeNull();
	});

	it('still reads a short line after a byline as a heading, as without the byline', () => {
		const doc = parseString(`KubeCon Field Notes\n\nBy Jane Doe\n\nA Short Heading\n\n${BODY}\n`);
		expect(doc.sections.map((s) => s.heading)).toEqual(['KubeCon Field Notes', 'A Short Heading']);
	});
});

describe('datelines', () => {
	it.each([
		['May 21, 2019', '2019-05-21'],
		['Posted on May 21, 2019', '2019-05-21'],
		['*Published: 2019-05-21*', '2019-05-21'],
		['Recorded November 22, 2019', '2019-11-22'],
		['Aired on: 2019-11-22', '2019-11-22'],
		['Tuesday, May 21, 2019', '2019-05-21'],
		['Seattle, December 11, 2018', '2018-12-11'],
		['Publié le 28 mai 2019', '2019-05-28'],
		['2019年6月28日', '2019-06-28'],
		['投稿日: 2019.06.28', '2019-06-28'],
		['작성일 2019. 6. 28.', '2019-06-28'],
		['发布于 2019-06-28', '2019-06-28'],
		['发布时间：2019年6月28日', '2019-06-28']
	])('%j under the title: the publication date, not a passage', (head, date) => {
		for (const doc of [text(head), markdown(head)]) {
			expect(doc.published).toBe(date);
			expect(passages(doc).map((p) => p.text)).toEqual([BODY]);
		}
	});

	it.each([
		['Publié le 9 mai 2018 par Julie Martin', 'Julie Martin'],
		['Publié par Julie Martin le 9 mai 2018', 'Julie Martin'],
		['Veröffentlicht am 9. Mai 2018 von Julia Martin', 'Julia Martin'],
		['Publicado el 9 de mayo de 2018 por Julia Martín', 'Julia Martín'],
		['Publicado em 9 de maio de 2018 por Júlia Martins', 'Júlia Martins'],
		['2018年5月9日 投稿者: 山田太郎', '山田太郎'],
		['投稿者: 山田太郎 2018年5月9日', '山田太郎'],
		['投稿日：2018年5月9日 投稿者：山田太郎', '山田太郎'],
		['Le 9 mai 2018 à 14h32 par Julie Martin', 'Julie Martin'],
		['Von Julia Martin am 9. Mai 2018', 'Julia Martin'],
		['Por Júlia Martins em 9 de maio de 2018', 'Júlia Martins'],
		['Pubblicato il 9 maggio 2018 da Giulia Martini', 'Giulia Martini'],
		['May 9, 2018 by Jane Doe', 'Jane Doe'],
		['Posted on May 9, 2018 at 4:12 PM by Jane Doe', 'Jane Doe'],
		['Created by Jane Doe, last modified on May 09, 2018', 'Jane Doe']
	])('a byline in another language %j: the author and the date, not a passage', (head, author) => {
		for (const doc of [text(head), markdown(head)]) {
			expect([doc.author, doc.published]).toEqual([author, '2018-05-09']);
			expect(passages(doc).map((p) => p.text)).toEqual([BODY]);
		}
	});

	it.each(['Par exemple, la keynote', 'Von Neumann hat gesagt', 'Por la mañana, keynotes'])(
		'keeps %j: a sentence, not a byline',
		(head) => {
			expect(text(head).author).toBeNull();
			expect(texts(head)).toContain(head);
		}
	);

	it('a byline with a date gives both', () => {
		const doc = text('Posted by Jane Doe on March 3, 2019');
		expect([doc.author, doc.published]).toEqual(['Jane Doe', '2019-03-03']);
		expect(text('By Ada Rossi (InfoQ), 2014-06-21').published).toBe('2014-06-21');
	});

	it.each([
		['Author: Li Wei\nDate: June 30, 2019', 'Li Wei', '2019-06-30'],
		['By Jane Doe\nMay 3, 2019', 'Jane Doe', '2019-05-03'],
		['Published: 2019-05-03\nAuthor: Jane Doe', 'Jane Doe', '2019-05-03']
	])('a byline over a dateline (or under it) %j: both, and no passage', (head, author, date) => {
		for (const doc of [text(head), markdown(head)]) {
			expect([doc.author, doc.published]).toEqual([author, date]);
			expect(passages(doc).map((p) => p.text)).toEqual([BODY]);
		}
	});

	it('keeps a date over a sentence', () => {
		const head = 'On April 30, 2019\nJane Doe walked in.';
		const doc = text(head);
		expect([doc.author, doc.published]).toEqual([null, null]);
		expect(passages(doc)).toHaveLength(2);
	});

	it.each([
		'June 12-15, 2018',
		'Tuesday, May 21',
		'May 2019',
		'The conference ran on May 21, 2019 in Barcelona',
		'May 21, 2019: keynotes'
	])('keeps %j: not a dateline', (head) => {
		const doc = text(head);
		expect(doc.published).toBeNull();
		expect(texts(head)).toContain(head);
	});

	it('the date in a blog file name or its folders, when the document states none', () => {
		const body = `# Back from KubeCon\n\n${BODY}\n`;
		expect(parseString(body, '_posts/2019-11-22-kubecon-notes.md').published).toBe('2019-11-22');
		expect(parseString(body, 'blog/2019/11/22/index.md').published).toBe('2019-11-22');
		expect(parseString(`---\ndate: 2019-11-25\n---\n${body}`, '2019-11-22-a.md').published).toBe(
			'2019-11-25'
		);
		expect(parseString(body, 'notes/meetup-2019-03-14.md').published).toBe('2019-03-14');
		expect(parseString(body, 'k8s_meetup_20190314.txt').published).toBe('2019-03-14');
		expect(parseString(body, 'kubecon eu 2019.05.21 notes.md').published).toBe('2019-05-21');
		for (const path of [
			'30180516_kubecon.md',
			'2019-13-40-x.md',
			'00015-dockercon-2014.md',
			'kubecon-2019-11.md',
			'v1.2019-03_14.md',
			'a-201903140.md',
			'2019-03-14x/notes.md'
		])
			expect(parseString(body, path).published).toBeNull();
	});

	it('front matter wins, and the dateline is still not a passage', () => {
		const doc = parseString(
			`---\ndate: 2019-05-30\n---\n\n# Notes\n\nMay 21, 2019\n\n${BODY}\n`,
			'a.md'
		);
		expect(doc.published).toBe('2019-05-30');
		expect(passages(doc).map((p) => p.text)).toEqual([BODY]);
	});

	it('looks only near the top', () => {
		const late = parseString(`KubeCon Field Notes\n\n${BODY} ${BODY}\n\nMay 21, 2019\n`);
		expect(late.published).toBeNull();
		expect(passages(late).at(-1)!.text).toBe('May 21, 2019');
	});
});
