/**
 * Editions held otherwise than planned: KubeCon + CloudNativeCon Europe 2020 was to be held in
 * Amsterdam from 30 March to 2 April 2020, was postponed and went online in August. Recaps written
 * before the change name the planned city and days ("KubeCon Europe (Amsterdam, March 30 –
 * April 2)", a schedule dated 2020-03-31); the catalog's `planned` field keeps them, and these
 * helpers read an edition's cities and days, held or planned.
 */
import type { CatalogEvent } from './types';
import { dayNumber } from './dates';

/** Whether `e` was held, or was planned to be held, in `city` (lower case). */
export function heldOrPlannedIn(e: CatalogEvent, city: string): boolean {
	return e.city?.toLowerCase() === city || e.planned?.city?.toLowerCase() === city;
}

/** The cities of `e`: where it was held, then where it was planned (none for an online one). */
export function citiesOf(e: CatalogEvent): string[] {
	const out: string[] = [];
	if (e.city) out.push(e.city);
	const planned = e.planned?.city;
	if (planned && planned !== e.city) out.push(planned);
	return out;
}

/** The spans of days of `e` (epoch days, first and last): as held, then as planned. */
export function daySpans(e: CatalogEvent): [number, number][] {
	const out: [number, number][] = [];
	const start = dayNumber(e.start_date);
	const end = dayNumber(e.end_date);
	if (start !== null && end !== null) out.push([start, end]);
	const p = e.planned;
	if (p?.start_date && p.end_date) {
		const ps = dayNumber(p.start_date);
		const pe = dayNumber(p.end_date);
		if (ps !== null && pe !== null && (ps !== start || pe !== end)) out.push([ps, pe]);
	}
	return out;
}

/** Whether `e` began or ended in `month` (1–12) of its year, as held or as planned. */
export function inMonth(e: CatalogEvent, month: number): boolean {
	const p = e.planned;
	for (const d of [e.start_date, e.end_date, p?.start_date, p?.end_date])
		if (d && Number(d.slice(5, 7)) === month) return true;
	return false;
}
