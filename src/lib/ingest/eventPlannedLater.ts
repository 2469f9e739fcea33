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

const plannedCache = new WeakMap<EventIndex, { e: CatalogEvent; last: number }[]>();

/** The editions held elsewhere than planned, with their last day (read once per catalog). */
function plannedElsewhere(index: EventIndex): { e: CatalogEvent; last: number }[] {
	let out = plannedCache.get(index);
	if (!out) {
		out = [];
		for (const e of index.catalog) {
			const planned = e.planned?.city;
			const last = dayNumber(e.end_date);
			if (planned && planned !== e.city && last !== null) out.push({ e, last });
		}
		plannedCache.set(index, out);
	}
	return out;
}

/** `index`, reading references as a document published on `published` (ISO) means them. */
export function indexAsOf(index: EventIndex, published: string | null | undefined): EventIndex {
	const day = published && published.length >= 7 ? dayNumber(published) : null;
	if (day === null) return index;
	let key = '';
	for (const { e, last } of plannedElsewhere(index))
		if (last + SEASON_DAYS < day) key += e.id + ' ';
	if (key === '') return index;
	// One reading per set of editions gone stale (a few): the caches keyed by index stay warm.
	let byKey = asOfCache.get(index);
	if (!byKey) asOfCache.set(index, (byKey = new Map()));
	let out = byKey.get(key);
	if (!out) byKey.set(key, (out = staleReading(index, key)));
	return out;
}

const asOfCache = new WeakMap<EventIndex, Map<string, EventIndex>>();

/** `index` reading the planned city of the editions `ids` (space-separated) as stale. */
function staleReading(index: EventIndex, ids: string): EventIndex {
	const stale = new Map<string, CatalogEvent>();
	for (const id of ids.trim().split(' ')) stale.set(id, index.byId.get(id)!);
	const findRefs = (text: string): EventRef[] => {
		const refs = index.findRefs(text);
		let out: EventRef[] | null = null;
		for (let i = 0; i < refs.length; i++) {
			const r = refs[i]!;
			const e = !r.external && r.candidates.length === 1 ? stale.get(r.candidates[0]!) : undefined;
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
