/**
 * A meetup group's post on its monthly meetups: "## April meetup", "## May meetup" under the
 * title "Kubernetes Munich: our spring meetups". Each heading is that month's meetup of the group
 * the title names with its city, in the document's year, on the day its notes give.
 */
import type { ParsedDocument, ParsedPassage } from './types';
import type { Ctx } from './eventContext';
import { addRow, bareName } from './eventContext';
import { findDates, isIsoDate, monthNumber } from './dates';
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

/** "When:", "Date:", "Wann:", "Cuándo:", "Quando:", "Kiedy:": a label before the day. */
const WHEN_LABEL =
	/(?:^|\s)(?:When|Date|Wann|Datum|Cuándo|Fecha|Quand|Quando|Data|Kiedy|Wanneer)\s*[:：]\s*/i;

/** The year of a "When:" label's date in the first passages of `doc`, or null. */
export function labelledYear(doc: ParsedDocument): number | null {
	let seen = 0;
	for (const s of doc.sections) {
		for (const p of s.passages) {
			if (seen++ >= 3) return null;
			const label = p.text.includes(':') ? WHEN_LABEL.exec(p.text) : null;
			if (!label) continue;
			const at = label.index + label[0].length;
			const date = findDates(p.text.slice(at, at + 60))[0];
			if (date?.year) return date.year;
		}
	}
	return null;
}

/** A sentence's end: what bounds the search for a gathering's day around its kind word. */
// Not the dot of a German day ("vom 19. bis 22. März"), but a year's ("… 3 February 2020."); the
// Chinese and Japanese stops too.
const SENTENCE_END = /(?:(?<!(?<!\d)\d\d?)\.|[!?])(?:\s|$)|[。！？\n]/;
/** All sentence ends before `at` in `text` (a few hundred characters): where its sentence opens. */
const SENTENCE_ENDS = new RegExp(SENTENCE_END.source, 'g');

function sentenceStart(text: string, at: number): number {
	let from = 0;
	SENTENCE_ENDS.lastIndex = 0;
	for (let m = SENTENCE_ENDS.exec(text); m && m.index < at; m = SENTENCE_ENDS.exec(text))
		from = m.index + 1;
	return from;
}

/**
 * "Cloud Native Amsterdam meetup, January edition" over "Our January meetup on 21 January 2020
 * was hosted by …": the document's own gathering, created without a day from its title, is on the
 * day a sentence of its first passages gives beside the kind of gathering it is ("meetup"), or
 * a "When:" label gives, in its year and not after the document was published.
 */
export function dateOwnGathering(ctx: Ctx): void {
	const row = ctx.defaultId ? ctx.rows.get(ctx.defaultId) : undefined;
	if (!row || row.in_catalog !== 0) return;
	// "Cloud Native Meetup Berlin, June 2016" over "Last Thursday (June 23, 2016) we hosted the
	// fourth Cloud Native Meetup Berlin": a month from the title yields to a day in that month.
	const month = row.start_date?.length === 7 ? Number(row.start_date.slice(5)) : null;
	if (row.start_date !== null && month === null) return;
	// An edition of a catalog series, however its (catalog-style) name runs, is named by its series.
	const kind =
		row.series !== 'other'
			? row.series
			: /\p{L}+$/u.exec(bareName(row.name.replace(/\s*\([^()]*\)$/, '')))?.[0].toLowerCase();
	if (!kind || kind.length < 4) return;
	const lead = ctx.doc.sections.flatMap((s) => s.passages).slice(0, 3);
	for (const p of lead) {
		const text = p.text.length > 600 ? p.text.slice(0, 600) : p.text;
		if (!/\d/.test(text)) continue;
		// "When: Thursday, 12 September 2019, 18:30 Where: …": a meetup page's labelled date.
		const label = text.includes(':') ? WHEN_LABEL.exec(text) : null;
		const at = label ? label.index + label[0].length : text.toLowerCase().indexOf(kind);
		if (at < 0) continue;
		const from = label ? at : sentenceStart(text, at);
		const stop = label ? null : SENTENCE_END.exec(text.slice(at));
		const sentence = label
			? text.slice(at, at + 60)
			: text.slice(from, stop ? at + stop.index : text.length);
		const date = findDates(sentence).find(
			(d) => d.day !== null && (d.year ?? row.year) === row.year && (month ?? d.month) === d.month
		);
		if (!date) continue;
		const iso = (d: number, m = date.month!) =>
			`${row.year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
		const day = iso(date.day!);
		// ("30 April – 2 May 2019": its last day in the next month.)
		const last =
			date.dayTo && date.monthTo
				? iso(date.dayTo, date.monthTo)
				: date.dayTo && date.dayTo > date.day!
					? iso(date.dayTo)
					: day;
		// "February 30": no day of the calendar.
		if (!isIsoDate(day)) continue;
		// Compared as far as the publication date goes ("2019-05" for May 2019).
		const published = ctx.doc.published;
		if (published && day.slice(0, published.length) > published) return;
		const monthName = MONTH_NAMES[date.month! - 1]!;
		ctx.rows.set(row.id, {
			...row,
			name: row.name.replace(/\((\d{4})\)$/, `(${monthName} $1)`),
			start_date: day,
			end_date: isIsoDate(last) ? last : day
		});
		return;
	}
}
