/**
 * A publication date written with a month or a year only is kept as precise as written
 * ("2023-04", "2019"; docs/schema.md), never with a day made up.
 */
import { describe, expect, it } from 'vitest';
import { partialDate, publishedDay } from '../../../../src/lib/ingest/dates';
import { parseString, passages } from './helpers';
import { ingestText } from '../fixtureIngest';

const BODY =
	'Prometheus was everywhere in Barcelona, and the hallway track was as busy as the keynotes ' +
	'were. We went from one room to the next and still missed half of the sessions we had planned.\n\n' +
	'Linkerd and Envoy were the talk of the service mesh crowd.\n';

describe('a month or a year alone', () => {
	it('an rST ":Date: April 2023" field (a short page read as rST for its docinfo)', () => {
		const doc = parseString(
			'KubeCon Europe 2023 notes\n=========================\n\n:Author: Jane Doe\n:Date: April 2023\n\nPrometheus was everywhere.\n',
			'notes.rst'
		);
		expect([doc.format, doc.author, doc.published]).toEqual(['rst', 'Jane Doe', '2023-04']);
		expect(passages(doc).map((p) => p.text)).toEqual(['Prometheus was everywhere.']);
	});

	it.each([
		['— Jane Doe, 2019', 'Jane Doe', '2019'],
		['Written by Ana Gomez, May 2019.', 'Ana Gomez', '2019-05'],
		['— Ana Gomez, 12 May 2019', 'Ana Gomez', '2019-05-12']
	])('a closing byline "%s"', (line, author, published) => {
		const doc = parseString(`# KubeCon notes\n\n${BODY}\n${line}\n`, 'notes.md');
		expect([doc.author, doc.published]).toEqual([author, published]);
	});

	it('front matter "date: 2019" and "date: 2023-04"', () => {
		expect(parseString(`---\ndate: 2019\n---\n# Notes\n\n${BODY}`, 'a.md').published).toBe('2019');
		expect(parseString(`---\ndate: 2023-04\n---\n# Notes\n\n${BODY}`, 'a.md').published).toBe(
			'2023-04'
		);
	});

	it('what is no month and year stays no date', () => {
		expect(['Decade 2020', 'May 1999', '2023-13', 'May 2-4, 2018'].map(partialDate)).toEqual([
			null,
			null,
			null,
			null
		]);
	});

	it('dates no day to measure an edition from', () => {
		expect([publishedDay('2019-05'), publishedDay('2019'), publishedDay(null)]).toEqual([
			null,
			null,
			null
		]);
		expect(publishedDay('2019-05-21')).not.toBeNull();
	});
});

describe('MultiMarkdown metadata without a title', () => {
	it('over an rST title: read as metadata, the body still rST', () => {
		const doc = parseString(
			'Author: Jane Doe\nDate: 2023-04-20\n\nKubeCon Europe 2023 notes\n=========================\n\nPrometheus was everywhere.\n\n.. note:: Linkerd too.\n',
			'notes.rst'
		);
		expect([doc.format, doc.title, doc.author, doc.published]).toEqual([
			'rst',
			'KubeCon Europe 2023 notes',
			'Jane Doe',
			'2023-04-20'
		]);
		expect(passages(doc).map((p) => p.text)).toEqual([
			'Prometheus was everywhere.',
			'Linkerd too.'
		]);
	});

	it('not over text: "Date: …" lines there are what the recap says', () => {
		const doc = parseString(
			'Author: Jane Doe\nDate: 2023-04-20\n\nPrometheus was everywhere.\n',
			'notes.md'
		);
		expect(doc.published).not.toBe('2023-04-20');
	});
});

describe('a month-only publication date in event attribution', () => {
	it('a meetup in the month the post was published is not after it', () => {
		const text = [
			'---',
			'title: "Cloud Native Lisbon meetup, February edition"',
			'date: 2020-02',
			'---',
			'',
			'Our February meetup on 12 February 2020 was hosted by a bank, with 90 people.',
			'',
			'Pizza and two talks.'
		].join('\n');
		const own = ingestText('meetup.md', text).events.filter((e) => e.in_catalog === 0);
		expect(own.map((e) => e.start_date)).toEqual(['2020-02-12']);
	});
});
