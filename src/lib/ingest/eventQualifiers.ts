/**
 * The qualifiers around a conference name: a year or region before it ("2019 KubeCon", "EU
 * KubeCon"), and the year, region, city, country and filler words after it ("KubeCon NA (and
 * virtual) 2021", "KubeCon 2019 in San Diego", "Kubecon San Diego"); and the edition they describe.
 */
import type { EventSeries } from './types';
import type { EventDescription, PlacesIn } from './eventRefs';
import {
	CJK_REGION_START,
	REGION_WORD,
	regionOf,
	regionWordAt,
	type RegionTag
} from './eventRegions';

// Compiled once: tsx lowers in-function literals with \p{…} to a new RegExp per call.
// Chinese, Japanese and Korean write a year against the words around it ("KubeCon北美2019的",
// "2019年KubeCon"): their characters end a year as a space does.
const YEAR_OR_WORD_BEFORE =
	/(?:^|[^\p{L}\p{N}]|[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}])(?:((?:19|20)\d\d)(?:\s+|\s*[年년]\s*)|([A-Z][A-Za-z]+)\s+)$/u;
const CAPITAL_START = /^\p{Lu}|^[\p{Lo}]/u;
const YEAR_START =
	/^((?:19|20)\d\d)(?=$|[^\p{L}\p{N}]|[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Hangul}])/u;
/** "EU '19", "NA19", "Barcelona ’19": a two-digit year after a region or city. */
const SHORT_YEAR_START = /^(['’]?)(1[4-9]|2\d)(?![\p{L}\p{N}])/u;
/** What may follow a two-digit year set off by a space ("KubeCon EU 19 recap", not "EU 20 talks"). */
const AFTER_SHORT_YEAR =
	/^(?:$|[)\]:!?,;|]|\s+(?:$|[–—|(-]|\p{Lu}|(?:recap|notes|takeaways|highlights|report|review|impressions|keynotes?|day)\b))/u;
const FILLER_START = /^\(and virtual\)|^[\p{L}]+/iu;

/** regionWordAt as a match, for the scanner's `m`. */
function regionAt(rest: string): RegExpExecArray | null {
	const word = regionWordAt(rest);
	return word === null ? null : ([word] as unknown as RegExpExecArray);
}

export interface Qualifiers {
	year: number | null;
	region: RegionTag | null;
	city: string | null;
	country: string | null;
	/** End of the last qualifier consumed (or the anchor end). */
	end: number;
	/** End of the last year or region word: where a name like "Helm Summit EU 2019" stops. */
	nameEnd: number;
	/** Said to be held online: "DockerCon LIVE", "KubeCon Virtual", "the virtual KubeCon". */
	online?: boolean;
}

/** The words of an online edition's name: "DockerCon LIVE", "KubeCon EU Virtual". */
const ONLINE_WORD = /^(?:LIVE|Live|[Vv]irtual|VIRTUAL)$/;
const ONLINE_BEFORE = /(?:^|\s)[Vv]irtual\s+$/;

// "in" and "the" in the languages recaps are written in: "KubeCon 2016 à Londres", "la KubeCon
// de 2019 en Barcelona", "KubeCon 2019 em San Diego", "KubeCon 2019 в Сан-Диего", "KubeCon a
// Barcellona", "KubeCon w Barcelonie", "KubeCon v Barceloně", "KubeCon i København".
const FILLER =
	/^(?:in|at|the|and|virtual|online|hybrid|edition|conference|event|\(and virtual\)|à|en|em|de|del|la|el|le|virtuel|virtuelle|a|w|v|i|в|на)$/i;

/**
 * Reads the qualifiers that follow (and, for a year or region, precede) a series name:
 * "KubeCon NA (and virtual) 2021", "KubeCon 2019 in San Diego", "Kubecon San Diego".
 */
export function scanQualifiers(
	text: string,
	start: number,
	end: number,
	placeHits: PlacesIn
): Qualifiers {
	const q: Qualifiers = { year: null, region: null, city: null, country: null, end, nameEnd: end };
	const before = YEAR_OR_WORD_BEFORE.exec(text.slice(Math.max(0, start - 16), start));
	if (start > 8 && ONLINE_BEFORE.test(text.slice(start - 9, start))) q.online = true;
	if (before?.[1]) q.year = Number(before[1]);
	else if (before?.[2] && REGION_WORD.test(before[2])) q.region = regionOf(before[2]);
	else if (before?.[2]) {
		// "the Barcelona KubeCon", "last year's San Diego KubeCon": the city right before it.
		const hits = placeHits(Math.max(0, start - 24), start);
		const city = hits[hits.length - 1];
		if (city?.kind === 'city' && /^\s+$/.test(text.slice(city.end, start))) {
			q.city = city.name;
			q.country = city.country;
		}
	}
	let i = end;
	let fillers = 0;
	const limit = Math.min(text.length, end + 70);
	while (i < limit) {
		const skip = /^[\s,()\-–—/:+|*_]*/.exec(text.slice(i, i + 8))![0].length;
		const at = i + skip;
		const rest = text.slice(at, at + 40);
		if (/^[.!?;\n]/.test(text.slice(i, at + 1)) && skip === 0) break;
		let m: RegExpExecArray | null;
		const place = CAPITAL_START.test(rest)
			? placeHits(at, at + 40).find((p) => p.start === at)
			: undefined;
		if ((m = YEAR_START.exec(rest)) && q.year === null) {
			q.year = Number(m[1]);
			q.nameEnd = at + m[0].length;
		} else if (
			q.year === null &&
			(q.region !== null || q.city !== null) &&
			(m = SHORT_YEAR_START.exec(rest)) &&
			(m[1] ||
				skip === 0 ||
				(/^ +$/.test(text.slice(i, at)) && AFTER_SHORT_YEAR.test(text.slice(at + m[0].length))))
		) {
			q.year = 2000 + Number(m[2]);
			q.nameEnd = at + m[0].length;
		} else if (place && (place.kind === 'city' ? !q.city : !q.country && !q.city)) {
			if (place.kind === 'city') q.city = place.name;
			q.country = q.country ?? place.country;
			m = [text.slice(place.start, place.end)] as unknown as RegExpExecArray;
		} else if ((m = CJK_REGION_START.exec(rest)) || (m = regionAt(rest))) {
			if (q.region === null) q.region = regionOf(m[0]);
			if (q.city === null) q.nameEnd = at + m[0].length;
		} else if ((m = FILLER_START.exec(rest)) && ONLINE_WORD.test(m[0])) {
			// Read, but not part of the reference's span, as the filler words.
			q.online = true;
			i = at + m[0].length;
			continue;
		} else if (
			(m = FILLER_START.exec(rest)) &&
			FILLER.test(m[0]) &&
			fillers < 2 &&
			// ("KubeCon, a Berlin startup": a one-letter "in" follows the name with a space only.)
			(!/^[awvi]$/i.test(m[0]) || /^\s+$/.test(text.slice(i, at)))
		) {
			fillers++;
			i = at + m[0].length;
			continue;
		} else break;
		fillers = 0;
		i = at + m[0].length;
		q.end = i;
	}
	return q;
}

export function describe(surface: string, series: EventSeries, q: Qualifiers): EventDescription {
	return {
		name: surface
			.replace(/\s+/g, ' ')
			.replace(/[\s,(–—-]+$/, '')
			.trim(),
		series,
		year: q.year,
		month: null,
		city: q.city,
		country: q.country,
		region: q.region
	};
}
