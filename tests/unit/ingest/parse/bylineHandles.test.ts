/**
 * Bylines as blog platforms print them: a user name after "Posted on … by" with the comment
 * count beside it, a profile's name over its role and the date (LinkedIn articles), and front
 * matter that links the author as a note (Obsidian) or puts the publisher among Hugo's params.
 */
import { describe, expect, it } from 'vitest';
import { parseString, passages } from './helpers';

const BODY =
	'The keynotes opened with a look back at the year, and the hallway track was busy all week.';

describe('bylines with user names, roles and linked notes', () => {
	it('reads "Posted on 28/06/2019 by jchen | 3 comments" under the title as its byline', () => {
		const d = parseString(
			`KubeCon China 2019 wrap-up\nPosted on 28/06/2019 by jchen | 3 comments\n\n${BODY}\n`
		);
		expect([d.title, d.author, d.published]).toEqual([
			'KubeCon China 2019 wrap-up',
			'jchen',
			'2019-06-28'
		]);
		expect(passages(d).map((p) => p.text)).toEqual([BODY]);
	});

	it.each([
		['Posted by mkowalski · No Comments', 'mkowalski'],
		['Posted by Jane Doe | 12 comments', 'Jane Doe']
	])('%j: the author without the comment count', (line, author) => {
		const d = parseString(`# KubeCon Field Notes\n\n${line}\n\n${BODY}\n`, 'a.md');
		expect([d.author, passages(d).map((p) => p.text)]).toEqual([author, [BODY]]);
	});

	it.each(['By default', 'Posted by admin', 'By kubernetes'])(
		'%j is no byline: a bare word counts only after a verb of posting, and never a stock account',
		(line) => {
			const d = parseString(`# KubeCon Field Notes\n\n${line}\n\n${BODY}\n`, 'a.md');
			expect(d.author).toBeNull();
		}
	);

	it('reads a name over "Role at Org" over "Published <date>" as author, publisher and date', () => {
		const d = parseString(
			'What KubeCon taught me about platform teams\n\nMaria Gonzalez\nDirector of Platform Engineering at Globex\nPublished Nov 25, 2019\n\n' +
				BODY +
				'\n'
		);
		expect([d.author, d.publisher, d.published]).toEqual([
			'Maria Gonzalez',
			'Globex',
			'2019-11-25'
		]);
		expect(passages(d).map((p) => p.text)).toEqual([BODY]);
		const roleOnly = parseString(
			`# Notes\n\nMaria Gonzalez\nStaff Engineer\nMay 3, 2019\n\n${BODY}\n`,
			'a.md'
		);
		expect([roleOnly.author, roleOnly.publisher, roleOnly.published]).toEqual([
			'Maria Gonzalez',
			null,
			'2019-05-03'
		]);
	});

	it("reads an Obsidian link to the author's note as the name it shows", () => {
		const d = parseString(
			`---\ncreated: 2018-12-14\nauthor: "[[People/Tomás Ortega|Tomás Ortega]]"\n---\n\n# KubeCon NA 2018\n\n${BODY}\n`,
			'a.md'
		);
		expect(d.author).toBe('Tomás Ortega');
		const plain = parseString(`---\nauthor: "[[Li Wei]]"\n---\n\n${BODY}\n`, 'b.md');
		expect(plain.author).toBe('Li Wei');
	});

	it("reads the publisher among Hugo's [params], as the author already was", () => {
		const d = parseString(
			`+++\ntitle = "Two KubeCons"\n[params]\n  author = "Ana Ruiz"\n  publisher = "Cloud Notes"\n+++\n\n${BODY}\n`,
			'a.md'
		);
		expect([d.author, d.publisher]).toEqual(['Ana Ruiz', 'Cloud Notes']);
	});

	it('reads a head block of metadata fields as author and date, and drops it', () => {
		const d = parseString(
			`# KubeCon EU 2019 trip report\n\n**Author:** Daniel Weber\n**Date:** May 27, 2019\n**Audience:** Platform team\n\n${BODY}\n`,
			'a.md'
		);
		expect([d.author, d.published, passages(d).map((p) => p.text)]).toEqual([
			'Daniel Weber',
			'2019-05-27',
			[BODY]
		]);
	});

	it('keeps a talk\'s "Speaker:" / "Title:" block, whose labels are no metadata', () => {
		const talk = 'Speaker: Daniel Weber\nTitle: Scaling Prometheus\nSlides: https://example.com/s';
		const d = parseString(`# KubeCon EU 2019 trip report\n\n${talk}\n\n${BODY}\n`, 'a.md');
		expect(d.author).toBeNull();
		expect(
			passages(d)
				.map((p) => p.text)
				.join(' ')
		).toContain('Scaling Prometheus');
	});

	it('reads "submitted 2018-06-15 by u/containerfan" as a Reddit user and a date', () => {
		const d = parseString(
			`My DockerCon 2018 notes\n\nsubmitted 2018-06-15 by u/containerfan\n\n${BODY}\n`
		);
		expect([d.author, d.published, passages(d).map((p) => p.text)]).toEqual([
			'containerfan',
			'2018-06-15',
			[BODY]
		]);
	});

	it.each([
		['jane-doe', 'Jane Doe'],
		['authors/rita-chen.md', 'Rita Chen'],
		['jdoe', 'jdoe']
	])("reads the front matter author %j, an author page's slug or file, as %j", (value, name) => {
		expect(parseString(`---\nauthor: ${value}\n---\n\n${BODY}\n`, 'a.md').author).toBe(name);
	});
});
