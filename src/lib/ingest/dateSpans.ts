/**
 * One gathering's days written as two dates: "30 April – 2 May 2019", "April 30–May 2, 2019",
 * "30. April bis 2. Mai 2019", "du 30 avril au 2 mai 2019", "del 30 de abril al 2 de mayo",
 * "6月30日至7月2日", and "May 1 – May 4, 2018" (the month said twice). Read as one range: its first
 * day, and its last day in the next month (`monthTo`) or the same one.
 * Also the pieces of a range written in digits around one date: "18-" before "19/05/2019",
 * "/15" after "2019-05-14" (dates.ts reads "24-26.06.2019" itself).
 */
import type { TextDate } from './dates';

/**
 * What joins a range's first day to its last, in the languages recaps are written in, with the
 * weekdays they may carry ("Monday, May 20 – Thursday, May 23", "5月20日（月）～5月23日（木）").
 */
const SPAN_JOIN =
	/^\s*(?:[(（][^()（）\d]{1,3}[)）]\s*)?(?:[-–—~～〜]|to|until|till|through|thru|bis|au|al|a|à|até|ate|hasta|tot|t\/m|do|по|до|至|到|から|부터)\s*(?:(?:Mon|Tue|Tues|Wed|Wednes|Thu|Thur|Thurs|Fri|Sat|Satur|Sun)(?:day)?\.?,?\s+)?$/i;

/** Dates of `out` (in text order) joined where two of them write one range; in place. */
export function joinSpans(text: string, out: TextDate[]): void {
	for (let i = out.length - 2; i >= 0; i--) {
		const a = out[i]!;
		const b = out[i + 1]!;
		if (a.day === null || a.dayTo !== null || b.day === null || b.dayTo !== null) continue;
		if (a.month === null || b.month === null || b.start - a.end > 20 || b.start < a.end) continue;
		if (a.year !== null && b.year !== null && a.year !== b.year) continue;
		// The next month, ending before the first day's date: a span of days, not of weeks.
		const sameMonth = b.month === a.month && b.day > a.day;
		if (!sameMonth && !(b.month === a.month + 1 && b.day < a.day)) continue;
		if (!SPAN_JOIN.test(text.slice(a.end, b.start))) continue;
		out.splice(i, 2, {
			start: a.start,
			end: b.end,
			year: a.year ?? b.year,
			month: a.month,
			day: a.day,
			dayTo: b.day,
			...(sameMonth ? {} : { monthTo: b.month })
		});
	}
}

/**
 * The first day of a range of days before a slash date, day first: "18-" in "18-19/05/2019",
 * "7–" in "7–9/10/2019", the dash against both days (not a time, a version or another date's
 * piece: "10:30-", "1.2-"; nor "Part 3 - ").
 */
const SLASHED_FROM = /(?<![\d./:])(\d{1,2})[-–—]$/;

/**
 * The first day before the slash date at `start` whose first number is `day`, and where it
 * begins; or null.
 */
export function slashedFrom(text: string, start: number, day: number): [number, number] | null {
	if (start < 2) return null;
	const m = SLASHED_FROM.exec(text.slice(Math.max(0, start - 8), start));
	if (!m) return null;
	const from = Number(m[1]);
	return from >= 1 && from < day ? [from, start - m[0].length] : null;
}

/** The last day after an ISO date: "/15" in "2019-05-14/15", "–21" in "2019-11-18–21". */
const ISO_TO = /^[/\-–—](\d{1,2})(?![\d./:-])/;

/** The last day written after the ISO date ending at `end` with day `day`, and its length. */
export function isoDayTo(text: string, end: number, day: number): [number, number] | null {
	const m = ISO_TO.exec(text.slice(end, end + 4));
	if (!m) return null;
	const to = Number(m[1]);
	return to > day && to <= 31 ? [to, m[0].length] : null;
}
