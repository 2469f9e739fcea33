import { describe, expect, it } from 'vitest';
import { allText, parseString, passages } from './helpers';

const BODY =
	'The keynotes opened with a look back at the year, and the hallway track was busy all week.';
const meta = (text: string, path = 'doc.txt') => {
	const doc = parseString(text, path);
	return [doc.title, doc.author, doc.published];
};

describe('Pandoc title block', () => {
	it.each(['doc.md', 'doc.txt'])('%s: title, author and date, not a passage', (path) => {
		const doc = parseString(
			`% KubeCon Seattle, day one\n% Ana Gomez\n% 2018-12-12\n\n${BODY}\n`,
			path
		);
		expect([doc.title, doc.author, doc.published]).toEqual([
			'KubeCon Seattle, day one',
			'Ana Gomez',
			'2018-12-12'
		]);
		expect(passages(doc).map((p) => p.text)).toEqual([BODY]);
	});

	it('author and date lines are optional; authors are split on ";"', () => {
		expect(meta(`% Seattle notes\n\n${BODY}\n`, 'a.md')).toEqual(['Seattle notes', null, null]);
		expect(meta(`% Seattle notes\n% Ana Gomez; Luc Bernard\n\n${BODY}\n`, 'a.md')).toEqual([
			'Seattle notes',
			'Ana Gomez, Luc Bernard',
			null
		]);
	});

	it('a line opening with "%" in prose is text', () => {
		const doc = parseString(`%20 of the attendees were new.\n\n${BODY}\n`);
		expect(allText(doc)).toContain('%20 of the attendees were new.');
	});
});

describe('MultiMarkdown metadata', () => {
	it('Title/Author/Date lines at the top of a .txt: the metadata, not a passage', () => {
		const doc = parseString(
			`Title: Notes from KubeCon Barcelona\nAuthor: Ana Gomez\nDate: 2019-05-22\n\n${BODY}\n`
		);
		expect([doc.title, doc.author, doc.published]).toEqual([
			'Notes from KubeCon Barcelona',
			'Ana Gomez',
			'2019-05-22'
		]);
		expect(passages(doc).map((p) => p.text)).toEqual([BODY]);
	});

	it('over a body that opens with an "=====" heading (read as reStructuredText before)', () => {
		const doc = parseString(
			`Title: Notes from Barcelona\nAuthor: Ana Gomez\nDate: 2019-05-22\n\n` +
				`==========================\nKubeCon Barcelona, day one\n==========================\n\n${BODY}\n`
		);
		expect([doc.title, doc.author, doc.published]).toEqual([
			'Notes from Barcelona',
			'Ana Gomez',
			'2019-05-22'
		]);
		expect(allText(doc)).not.toContain('Title:');
		expect(doc.sections.map((s) => s.heading)).toContain('KubeCon Barcelona, day one');
	});

	it('an indented line continues a value; other keys are front matter too', () => {
		const doc = parseString(
			`Title: Notes from\n    KubeCon Barcelona\nAuthor: Ana Gomez\nTags: kubecon, envoy\n\n${BODY}\n`,
			'a.md'
		);
		expect([doc.title, doc.author, doc.frontMatter.tags]).toEqual([
			'Notes from KubeCon Barcelona',
			'Ana Gomez',
			['kubecon', 'envoy']
		]);
	});

	it("an event's days under Date: stay text", () => {
		const doc = parseString(`Title: Copenhagen notes\nDate: May 2-4, 2018\n\n${BODY}\n`);
		expect([doc.title, doc.published]).toEqual(['Copenhagen notes', null]);
		expect(allText(doc)).toContain('May 2-4, 2018');
	});

	it.each([
		['a talk card', `Title: Scaling Prometheus\nSpeaker: Jane Doe\nRoom: 6A\n\n${BODY}\n`],
		['no title', `Summary: a good week\nMood: tired\n\n${BODY}\n`],
		['a first key that is no metadata key', `Venue: Fira\nTitle: Barcelona\n\n${BODY}\n`],
		['labels after the text began', `Barcelona notes\n\n${BODY}\n\nTitle: Envoy\nAuthor: Ana\n`]
	])('%s stays text', (_, text) => {
		const doc = parseString(text);
		expect(doc.author).toBeNull();
		expect(allText(doc)).toMatch(/Title: |Summary: /);
	});
});
