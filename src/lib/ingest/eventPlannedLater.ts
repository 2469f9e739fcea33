/**
 * "KubeCon Amsterdam" in a post of 2023: KubeCon Europe 2020 was planned for Amsterdam and held
 * online, so the city names it only until then; a season after, a name of that city without a
 * year is the edition held there since. For a document published that late, such references
 * (the catalog's alias "KubeCon Amsterdam", "KubeCon in Amsterdam") describe an edition of the
 * document's year in that city (created after the catalog's years: eventContext.ts), instead.
 */
import type { CatalogEvent } from './types';
import type { EventIndex, EventRef } from './eventRefs';
import { dayNumber } from './dates';
import { eventRegions } from './eventRegions';

/** Days after an edition in which a recap of it is still likely published (a season). */
const SEASON_DAYS = 120;
const DIGIT = /\d/;

/** `index`, reading references as a document published on `published` (ISO) means them. */
export function indexAsOf(index: EventIndex, published: string | null | undefined): EventIndex {
	const day = published && published.length >= 7 ? dayNumber(published) : null;
	if (day === null) return index;
	let stale: Map<string, CatalogEvent> | null = null;
	for (const e of index.catalog) {
		const planned = e.planned?.city;
		if (!planned || planned === e.city || dayNumber(e.end_date)! + SEASON_DAYS >= day) continue;
		(stale ??= new Map()).set(e.id, e);
	}
	if (!stale) return index;
	const editions = stale;
	const findRefs = (text: string): EventRef[] => {
		const refs = index.findRefs(text);
		let out: EventRef[] | null = null;
		for (let i = 0; i < refs.length; i++) {
			const r = refs[i]!;
			const e =
				!r.external && r.candidates.length === 1 ? editions.get(r.candidates[0]!) : undefined;
			if (!e || DIGIT.test(r.surface)) continue;
			const city = e.planned!.city!;
			if (!r.surface.toLowerCase().includes(city.toLowerCase())) continue;
			out ??= refs.slice();
			out[i] = {
				...r,
				candidates: [],
				preferred: false,
				external: {
					name: r.surface,
					series: e.series,
					year: null,
					month: null,
					city,
					country: e.planned!.country,
					region: eventRegions(e)[0] ?? null
				}
			};
		}
		return out ?? refs;
	};
	return { ...index, findRefs };
}
