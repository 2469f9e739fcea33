/**
 * A schedule's row dated within one edition ("Date: 2019-11-19 | Time: 10:30 | Title: …", a CSV
 * export that names no conference): the row is at the edition held on that day. Only a full date
 * (year, month and day) counts, and only when a single catalog edition ran on it.
 */
import type { CatalogEvent } from './types';
import { epochDay, findDates } from './dates';
import { daySpans } from './eventPlanned';

interface Span {
	id: string;
	start: number;
	end: number;
}

const spansOf = new WeakMap<CatalogEvent[], Span[]>();

function spans(catalog: CatalogEvent[]): Span[] {
	let out = spansOf.get(catalog);
	if (!out) {
		out = [];
		// The days an edition held otherwise was planned for date its early schedules.
		for (const e of catalog)
			for (const [start, end] of daySpans(e)) out.push({ id: e.id, start, end });
		spansOf.set(catalog, out);
	}
	return out;
}

/** A year, then a digit group: the cheap test for a date that findDates reads with its year. */
const YEAR_DIGITS = /(?:19|20)\d\d/;

/** The one edition held on the first full date of a table row, or null. */
export function datedRowEvent(catalog: CatalogEvent[], row: string): string | null {
	if (!YEAR_DIGITS.test(row)) return null;
	const date = findDates(row).find((d) => d.year !== null && d.month !== null && d.day !== null);
	if (!date) return null;
	const day = epochDay(date.year!, date.month!, date.day!);
	let only: string | null = null;
	for (const s of spans(catalog)) {
		if (day < s.start || day > s.end) continue;
		// Two editions on the same day ("none usually"): the date does not tell them apart.
		if (only && only !== s.id) return null;
		only = s.id;
	}
	return only;
}
