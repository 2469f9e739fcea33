/**
 * A date that is the event's is not when the page was written: an event's card at the top
 * ("Event:" with "Date:" and "Location:") and an event's name before a date ("KubeCon Europe, May
 * 21, 2019") leave `published` alone; a place or a weekday before the date is still a dateline.
 */
import { describe, expect, it } from 'vitest';
import { parseString } from './helpers';

const BODY =
	'The keynotes opened with a look back at the year, and the hallway track was busy all week.';
const published = (head: string) =>
	parseString(`# KubeCon Field Notes\n\n${head}\n\n${BODY}\n`, 'a.md').published;

describe("the event's date is not the publication date", () => {
	it.each([
		'Event: KubeCon Europe 2019\nDate: May 21, 2019\nLocation: Barcelona',
		'Conference: DockerCon 2017\nWhen: April 18, 2017\nVenue: Austin Convention Center',
		'KubeCon Europe, May 21, 2019',
		'DockerCon EU, December 4, 2017'
	])('%j: no publication date', (head) => {
		expect(published(head)).toBeNull();
	});

	it.each([
		[
			'Created: May 25, 2019\nEvent: KubeCon Europe 2019\nDate: May 21, 2019\nLocation: Barcelona',
			'2019-05-25'
		],
		['Event: KubeCon Europe 2019\nDate: May 25, 2019\nAuthor: Jane Doe', '2019-05-25'],
		['Barcelona, May 25, 2019', '2019-05-25'],
		['Tuesday, May 21, 2019', '2019-05-21']
	])('%j: the page is dated', (head, date) => {
		expect(published(head)).toBe(date);
	});
});

describe("an event's name before a date is no author either", () => {
	const meta = (head: string) => {
		const d = parseString(`# KubeCon Field Notes\n\n${head}\n\n${BODY}\n`, 'a.md');
		return [d.author, d.published];
	};

	it.each([
		['DevOpsDays Amsterdam, May 20, 2019', [null, null]],
		['Kevin Bacon, May 20, 2019', ['Kevin Bacon', '2019-05-20']]
	])('%j', (head, expected) => {
		expect(meta(head)).toEqual(expected);
	});
});
