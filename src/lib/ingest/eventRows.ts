/** Event rows: catalog editions as they are, and editions created from what a document says. */
import type { CatalogEvent, EventRow } from './types';
import type { EventDescription, EventRef } from './eventRefs';
import { seriesEdition } from './eventSeriesEditions';

export const MONTH_NAMES = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December'
];

/** The year a catalog edition began in. */
export function eventYear(e: { start_date: string }): number {
	return Number(e.start_date.slice(0, 4));
}

export function catalogRow(e: CatalogEvent): EventRow {
	return {
		id: e.id,
		name: e.name,
		series: e.series,
		region: e.region ?? null,
		year: eventYear(e),
		start_date: e.start_date ?? null,
		end_date: e.end_date ?? null,
		city: e.city ?? null,
		country: e.country ?? null,
		format: e.format ?? null,
		in_catalog: 1
	};
}

export function slugify(s: string): string {
	return s
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** Gatherings held in many cities under one name. */
const PER_CITY = /meet-?up|\bcommunity days\b|\bkcd\b|devops ?days|\bcloud native days\b/i;

/**
 * A meetup is known by its city: "Cloud Native Meetup" held in Munich is "Cloud Native Meetup
 * Munich" (every city has a "Cloud Native Meetup"), and so are the other gatherings held in many
 * cities under one name (Kubernetes Community Days, KCD, DevOpsDays, Cloud Native Days). Other
 * names stay as written.
 */
function fullName(d: EventDescription): string {
	// ("Cloud Native Zürich meetup" names Zurich already: accents aside.)
	if (!d.city || !PER_CITY.test(d.name) || slugify(d.name).includes(slugify(d.city))) return d.name;
	return `${d.name} ${d.city}`;
}

/** `devops-chicago-meetup-2015-03`, `envoycon-2019`, `helm-summit-eu-2019`. */
export function externalId(d: EventDescription & { year: number }): string {
	let id = slugify(fullName(d));
	if (!id.includes(String(d.year))) id += `-${d.year}`;
	if (d.month !== null && !/\d{4}-\d\d$/.test(id)) id += `-${String(d.month).padStart(2, '0')}`;
	return id;
}

/**
 * The row of an edition outside the catalog. `inCatalog` tells ids the catalog holds: an edition
 * of a catalog series takes the catalog's id scheme and naming ("KubeCon EU 2022 in Valencia" is
 * `kubecon-eu-2022`, "KubeCon + CloudNativeCon Europe 2022") unless that id is the catalog's.
 */
export function externalRow(
	d: EventDescription & { year: number },
	inCatalog?: (id: string) => boolean
): EventRow {
	const row = describedRow(d);
	const edition = seriesEdition(d.series, d.year, d.region, d.country);
	if (!edition || inCatalog?.(edition.id)) return row;
	return { ...row, ...edition };
}

function describedRow(d: EventDescription & { year: number }): EventRow {
	const mm = d.month !== null ? String(d.month).padStart(2, '0') : null;
	const when = mm ? `${MONTH_NAMES[d.month! - 1]} ${d.year}` : String(d.year);
	const base = fullName(d);
	const name = base.includes(String(d.year)) ? base : `${base} (${when})`;
	// The day when the text gives it, else the month alone (YYYY-MM): never a day it did not give.
	const month = mm ? `${d.year}-${mm}` : null;
	const day = month && d.day && isDay(d.year, d.month!, d.day) ? d.day : null;
	// ("30 April – 2 May 2019": the last day in the next month.)
	const lastMonth = d.monthTo && d.monthTo > d.month! ? d.monthTo : null;
	const last =
		day && d.dayTo && (lastMonth || d.dayTo > day) && isDay(d.year, lastMonth ?? d.month!, d.dayTo)
			? d.dayTo
			: day;
	const lastMm =
		lastMonth && last !== day ? `${d.year}-${String(lastMonth).padStart(2, '0')}` : month;
	return {
		id: externalId(d),
		name,
		series: d.series,
		region: d.region,
		year: d.year,
		start_date: day ? `${month}-${String(day).padStart(2, '0')}` : month,
		end_date: last ? `${lastMm}-${String(last).padStart(2, '0')}` : month,
		city: d.city,
		country: d.country,
		format: null,
		in_catalog: 0
	};
}

/** Whether the day exists in that month (no 30 February). */
function isDay(year: number, month: number, day: number): boolean {
	return new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
}

/**
 * A created edition `had` completed with what a later reference `row` to it says: the place
 * when it had none, the days when it had none or only the month. Null when nothing is added.
 */
export function completedRow(had: EventRow, row: EventRow): EventRow | null {
	if (had.in_catalog !== 0) return null;
	let out: EventRow | null = null;
	if (had.city === null && row.city !== null)
		out = { ...had, city: row.city, country: row.country ?? had.country };
	// ("KubeCon EU 2022" undated, then "… Europe 2022 in Valencia (May 16–20, 2022)": one id.)
	const days =
		row.start_date !== null &&
		(had.start_date === null ||
			(had.start_date.length === 7 && row.start_date.startsWith(`${had.start_date}-`)));
	if (days) out = { ...(out ?? had), start_date: row.start_date, end_date: row.end_date };
	return out;
}

/**
 * "Cloud Native Berlin meetup recap" in the title, "the … meetup met online on May 6" in the
 * text: the gathering first named without its day takes the day a later mention gives (in the
 * same year, or with none: the document's year holds for both). So with its city: "Cloud Native
 * Meetup #14 recap" in the title, "we hosted the Cloud Native Meetup Hamburg" in the text.
 */
export function withDayOf(first: EventRef, later: EventRef): EventRef {
	const a = first.external!;
	const b = later.external!;
	if (b.year !== null && b.year !== a.year) return first;
	const day = a.month === null && b.month !== null;
	const city = a.city === null && b.city !== null;
	if (!day && !city) return first;
	const external = { ...a };
	if (day)
		Object.assign(external, {
			month: b.month,
			day: b.day,
			dayTo: b.dayTo,
			monthTo: b.monthTo ?? null
		});
	if (city) Object.assign(external, { city: b.city, country: b.country ?? a.country });
	return { ...first, external };
}

/** Two created gatherings of one id held in different cities. */
export function elsewhere(had: EventRow, row: EventRow): boolean {
	return (
		had.in_catalog === 0 &&
		row.in_catalog === 0 &&
		had.city !== null &&
		row.city !== null &&
		had.city !== row.city
	);
}

/** The row under an id and name that say its city: `cloud-native-rejekts-barcelona-2019`. */
export function inCity(row: EventRow): EventRow {
	const city = slugify(row.city!);
	if (row.id.includes(city)) return row;
	const id = /-\d{4}(?:-\d\d)?$/.test(row.id)
		? row.id.replace(/-(\d{4}(?:-\d\d)?)$/, `-${city}-$1`)
		: `${row.id}-${city}`;
	const when = / \([^()]*\)$/.exec(row.name)?.[0] ?? '';
	return {
		...row,
		id,
		name: `${row.name.slice(0, row.name.length - when.length)} ${row.city}${when}`
	};
}
