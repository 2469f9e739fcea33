/** Event rows: catalog editions as they are, and editions created from what a document says. */
import type { CatalogEvent, EventRow } from './types';
import type { EventDescription } from './eventRefs';

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

/**
 * A meetup is known by its city: "Cloud Native Meetup" held in Munich is "Cloud Native Meetup
 * Munich" (every city has a "Cloud Native Meetup"). Other names stay as written.
 */
function fullName(d: EventDescription): string {
	if (!d.city || !/meet-?up/i.test(d.name) || d.name.toLowerCase().includes(d.city.toLowerCase()))
		return d.name;
	return `${d.name} ${d.city}`;
}

/** `devops-chicago-meetup-2015-03`, `envoycon-2019`, `helm-summit-eu-2019`. */
export function externalId(d: EventDescription & { year: number }): string {
	let id = slugify(fullName(d));
	if (!id.includes(String(d.year))) id += `-${d.year}`;
	if (d.month !== null && !/\d{4}-\d\d$/.test(id)) id += `-${String(d.month).padStart(2, '0')}`;
	return id;
}

export function externalRow(d: EventDescription & { year: number }): EventRow {
	const mm = d.month !== null ? String(d.month).padStart(2, '0') : null;
	const when = mm ? `${MONTH_NAMES[d.month! - 1]} ${d.year}` : String(d.year);
	const base = fullName(d);
	const name = base.includes(String(d.year)) ? base : `${base} (${when})`;
	const date = mm ? `${d.year}-${mm}` : null;
	return {
		id: externalId(d),
		name,
		series: d.series,
		region: d.region,
		year: d.year,
		start_date: date,
		end_date: date,
		city: d.city,
		country: d.country,
		format: null,
		in_catalog: 0
	};
}
