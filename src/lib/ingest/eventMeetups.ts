/**
 * A meetup group's post on its monthly meetups: "## April meetup", "## May meetup" under the
 * title "Kubernetes Munich: our spring meetups". Each heading is that month's meetup of the group
 * the title names with its city, in the document's year, on the day its notes give.
 */
import type { ParsedPassage } from './types';
import type { Ctx } from './eventContext';
import { addRow, bareName } from './eventContext';
import { findDates, monthNumber } from './dates';
import { externalRow, MONTH_NAMES } from './eventRows';

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

/** A sentence's end: what bounds the search for a gathering's day around its kind word. */
const SENTENCE_END = /[.!?](?:\s|$)|\n/;

/**
 * "Cloud Native Amsterdam meetup, January edition" over "Our January meetup on 21 January 2020
 * was hosted by …": the document's own gathering, created without a day from its title, is on the
 * day a sentence of its first passages gives beside the kind of gathering it is ("meetup"),
 * in its year and not after the document was published.
 */
export function dateOwnGathering(ctx: Ctx): void {
	const row = ctx.defaultId ? ctx.rows.get(ctx.defaultId) : undefined;
	if (!row || row.in_catalog !== 0 || row.start_date !== null) return;
	const kind = /\p{L}+$/u.exec(bareName(row.name.replace(/\s*\([^()]*\)$/, '')))?.[0].toLowerCase();
	if (!kind || kind.length < 4) return;
	const lead = ctx.doc.sections.flatMap((s) => s.passages).slice(0, 3);
	for (const p of lead) {
		const text = p.text.length > 600 ? p.text.slice(0, 600) : p.text;
		const at = text.toLowerCase().indexOf(kind);
		if (at < 0 || !/\d/.test(text)) continue;
		const from = Math.max(0, text.lastIndexOf('. ', at) + 1);
		const stop = SENTENCE_END.exec(text.slice(at));
		const sentence = text.slice(from, stop ? at + stop.index : text.length);
		const date = findDates(sentence).find(
			(d) => d.day !== null && (d.year ?? row.year) === row.year
		);
		if (!date) continue;
		const iso = (d: number) =>
			`${row.year}-${String(date.month).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
		const day = iso(date.day!);
		// Compared as far as the publication date goes ("2019-05" for May 2019).
		const published = ctx.doc.published;
		if (published && day.slice(0, published.length) > published) return;
		const month = MONTH_NAMES[date.month! - 1]!;
		ctx.rows.set(row.id, {
			...row,
			name: row.name.replace(/\((\d{4})\)$/, `(${month} $1)`),
			start_date: day,
			end_date: date.dayTo && date.dayTo > date.day! ? iso(date.dayTo) : day
		});
		return;
	}
}
