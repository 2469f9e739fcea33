/**
 * A meetup group's post on its monthly meetups: "## April meetup", "## May meetup" under the
 * title "Kubernetes Munich: our spring meetups". Each heading is that month's meetup of the group
 * the title names with its city, in the document's year, on the day its notes give.
 */
import type { ParsedPassage } from './types';
import type { Ctx } from './eventContext';
import { addRow } from './eventContext';
import { findDates, monthNumber } from './dates';
import { externalRow } from './eventRows';

/** "April meetup", "The June Meetup", "May meet-up": a month and the word, nothing else. */
const MONTH_MEETUP = /^(?:(?:the|our)\s+)?(\p{L}+)\s+meet-?ups?$/iu;

/** The group a title names with its city: "Kubernetes Munich" in "Kubernetes Munich: our …". */
const TITLE_GROUP = /^[^:–—|]{3,60}/;

/**
 * The meetup a heading of a month names ("April meetup"), in a document whose title names the
 * group with its city; null otherwise.
 */
export function monthMeetupEvent(
	ctx: Ctx,
	heading: string,
	passages: readonly ParsedPassage[]
): string | null {
	if (heading.length > 30 || !/meet-?up/i.test(heading)) return null;
	const m = MONTH_MEETUP.exec(heading.trim());
	const month = m ? monthNumber(m[1]!) : null;
	const year = ctx.doc.published ? Number(ctx.doc.published.slice(0, 4)) : ctx.defaultYear;
	const title = ctx.doc.title;
	if (month === null || year === null || !title) return null;
	const group = TITLE_GROUP.exec(title)?.[0]
		.replace(/\s+meet-?ups?\b.*$/i, '')
		.trim();
	if (!group || !/^\p{Lu}/u.test(group)) return null;
	const city = ctx.index.places.find(group).find((p) => p.kind === 'city');
	// A group is known by its city; the words before it must be names ("Kubernetes Munich").
	if (!city || !/^(?:\p{Lu}[\p{L}\p{N}.+-]*\s+){0,3}\p{Lu}[\p{L}\p{N}.+-]*$/u.test(group))
		return null;
	// "We met on April 14": the day its first notes give in that month.
	const first = passages[0]?.text.slice(0, 300) ?? '';
	const date = /\d/.test(first)
		? findDates(first).find((d) => d.month === month && (d.year === null || d.year === year))
		: undefined;
	const row = externalRow({
		name: `${group} meetup`,
		series: 'other',
		year,
		month,
		day: date?.day ?? null,
		dayTo: null,
		city: city.name,
		country: city.country,
		region: null
	});
	addRow(ctx, row);
	return row.id;
}
