/**
 * Editions named by their place in a series: "the first DockerCon" (San Francisco 2014), "the
 * second DockerCon Europe" (Barcelona 2015), "the inaugural KubeCon", "the third KubeCon Europe",
 * "the second KubeCon in Seattle". The ordinal counts the catalog's editions of the series (and of
 * the region or the city, when one is named) by their start dates. "The first KubeCon to be held
 * virtually", "the first KubeCon I went to", "my first KubeCon", "the second KubeCon day" say
 * something else: a superlative, a personal count, or a count of days or talks, not an edition.
 */
import type { CatalogEvent, EventSeries } from './types';
import { regionOf, type RegionTag } from './eventRegions';

const WORDS: [RegExp, number][] = [
	[/^(?:first|1st|inaugural|premi[eè]re?|erste[nmr]?|primera?|prim[ao])$/i, 1],
	[/^(?:second|2nd|deuxi[eè]me|seconde?|zweite[nmr]?|segund[ao])$/i, 2],
	[/^(?:third|3rd|troisi[eè]me|dritte[nmr]?|tercera?|terz[ao])$/i, 3],
	[/^(?:fourth|4th)$/i, 4],
	[/^(?:fifth|5th)$/i, 5],
	[/^(?:sixth|6th)$/i, 6],
	[/^(?:seventh|7th)$/i, 7],
	[/^(?:eighth|8th)$/i, 8]
];
/** "the first ", "la première ", "der ersten ", "the first virtual ": the words before the name. */
const BEFORE =
	/(?:^|[\s(,;:])(?:the|la|le|die|der|den|dem|el|il|l['’])\s*(?:very\s+)?([\p{L}\d]+)(?:[- ]ever)?\s+(?:virtual\s+|online\s+)?$/iu;
/** Cheap test on the few characters before a name: an ordinal's ending or "inaugural". */
const GATE =
	/(?:st|nd|rd|th|al|re|er|en|te|ra|do|da|zo|za|ma|mo|me|de)\s+(?:virtual\s+|online\s+)?$/i;
/**
 * What makes the count another one: "the first KubeCon to be held virtually", "… that sold out",
 * "… I attended", "… since the pandemic", "… in years", "… of the decade", "…, die online war".
 */
const RESTRICTED_AFTER =
	/^(?:\s+(?:to|that|which|who|where|when|since|after|before|with|without|for|of|ever|outside|i|i['’]\w+|we|you|he|she|they|my|our|à|qui|que|où|depuis|après|avec|pour|zu|mit|nach|seit|für|con|para|desde|tras)(?![\p{L}])|,\s+(?:die|der|das|wo|que|qui|où|donde)\b)/iu;

/** "the second KubeCon day", "the first KubeCon keynote": the day or talk is counted, not the edition. */
const NOUN_AFTER =
	/^\s+(?:days?|keynotes?|talks?|sessions?|party|parties|tracks?|booths?|mornings?|afternoons?|evenings?|nights?|weeks?|workshops?|panels?|lunch|dinner|badges?|t-shirts?|hoodies?|stickers?|swag|videos?|recordings?|slides|cfp|tickets?|hallways?|talk|summit|meetups?|schedule|agenda|speakers?|attendees?|blog|posts?|recaps?)(?![\p{L}])/iu;
/** "in years", "in person" (not "in Barcelona"); apart, as /i would let \p{Lu} match "y". */
const IN_LOWER = /^\s+in\s+(?!\p{Lu})/u;

/** The catalog id of the edition an ordinal before `start` names, or null. */
export function ordinalEdition(
	catalog: CatalogEvent[],
	regions: Map<string, RegionTag[]>,
	text: string,
	start: number,
	end: number,
	series: EventSeries,
	q: { region: RegionTag | null; city: string | null; country: string | null; online?: boolean }
): string | null {
	const before = text.slice(Math.max(0, start - 40), start);
	if (!GATE.test(before)) return null;
	const m = BEFORE.exec(before);
	const n = m ? WORDS.find(([re]) => re.test(m[1]!))?.[1] : undefined;
	const after = text.slice(end, end + 24);
	if (!n || RESTRICTED_AFTER.test(after) || IN_LOWER.test(after) || NOUN_AFTER.test(after))
		return null;
	// "KubeCon + CloudNativeCon" was a later name: its first edition is not KubeCon's first.
	if (/native/i.test(text.slice(start, end))) return null;
	let pool = catalog.filter((e) => e.series === series);
	if (q.online) pool = pool.filter((e) => e.format !== 'in-person');
	// "the second KubeCon in Seattle": the editions held there.
	const at = (q.city ?? q.country)?.toLowerCase();
	if (at) pool = pool.filter((e) => (q.city ? e.city : e.country)?.toLowerCase() === at);
	if (q.region !== null) {
		pool = pool.filter((e) => regions.get(e.id)!.includes(q.region!));
		// "KubeCon North America" began after the first KubeCon, held before the regional split.
		const named = pool.filter((e) => regionOf(e.name) === q.region);
		if (named.length > 0) pool = named;
	} else if (!q.online && !at) {
		// "the second DockerCon" counts the main editions, not DockerCon Europe; a series that
		// split into regions at once counts them all ("the second KubeCon": London 2016).
		const main = pool.filter((e) => regionOf(e.name) === null);
		if (main.length >= n) pool = main;
	}
	const sorted = [...pool].sort((a, b) => a.start_date.localeCompare(b.start_date));
	return sorted[n - 1]?.id ?? null;
}
