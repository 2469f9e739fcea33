/**
 * Look backs at another edition inside a recap, read per passage (like "Last year in Copenhagen"
 * in eventLeadTime.ts): the passage is about that edition, the next one back at the section's.
 * - A memory of an edition by its place in the series: "I still remember the first DockerCon",
 *   "back at the first KubeCon", "ever since the first DockerCon", "je me souviens de la première
 *   KubeCon Europe" (the ordinal itself is read by eventOrdinals.ts, which leaves the reference
 *   one candidate; the memory word is what makes the passage about it rather than in passing).
 *   Not after the passage has named what it is about ("I made it to Barcelona for KubeCon Europe.
 *   Since the first KubeCon in 2015 it has grown…"): the memory is then a comparison.
 * - An edition of a series dated by its season: "at KubeCon last spring", "DockerCon this fall",
 *   "KubeCon EU in the spring of 2019", "Last summer at DockerCon", the year from the text or
 *   the document's published date; only when exactly one edition of the series (and region)
 *   named started in that season (spring Mar–May, summer Jun–Aug, autumn Sep–Nov, winter
 *   Dec–Feb, a winter counted from its December).
 */
import type { CatalogEvent } from './types';
import type { EventRef } from './eventRefs';
import type { RefRole } from './eventCues';

type Refs = { ref: EventRef; role: RefRole }[];

/** Cheap test on the words before a reference: a piece of a memory word. */
const MEMORY_GATE = /remem|recal|back|since|souvi|erinner|recuerd/i;
/**
 * A memory word, then "the" and one word before the name ("remember the first ", "back at the
 * very first ", "ever since the inaugural ", "souviens de la première ", "erinnere mich an die
 * erste "). Group 1: the memory word; group 2: the word before the name.
 */
const MEMORY =
	/(?:^|[\s(,;:])(remember(?:s|ed|ing)?|recall(?:s|ed|ing)?|back\s+(?:at|in)|since|souvien[st]\s+de|souvenir\s+de|erinnere?\s+(?:mich|uns)\s+an|recuerdo|recuerda)\s+(?:the|la|le|die|der|den|el|l['’])\s*(?:very\s+)?([\p{L}\d]+)(?:[- ]ever)?\s+(?:virtual\s+|online\s+)?$/iu;
/** "since" dates a span from the first edition on ("ever since the first DockerCon") only. */
const FIRST = /^(?:first|inaugural|premi[eè]re?|erste[nmr]?|primera?)$/i;

/** The edition a memory before the reference recalls, when the reference names one. */
function recalled(text: string, r: EventRef): string | null {
	if (r.generic || r.external || r.candidates.length !== 1 || r.start < 6) return null;
	const before = text.slice(Math.max(0, r.start - 48), r.start);
	if (!MEMORY_GATE.test(before)) return null;
	const m = MEMORY.exec(before);
	if (!m || (/^since$/i.test(m[1]!) && !FIRST.test(m[2]!))) return null;
	return r.candidates[0]!;
}

const SEASON_GATE = /spring|summer|autumn|fall|winter/i;
const SEASON_WORD = '(spring|summer|autumn|fall|winter)';
/** "last" and "this past" look back; "this" and "earlier this" name the published year's. */
const RELATIVE = '(?:(last|this\\s+past|earlier\\s+this|this)\\s+|(?:the\\s+)?)';
const YEAR = '(?:,?\\s+(?:of\\s+)?((?:19|20)\\d\\d))?';
/** After the name: " last spring", ", this fall", " in the spring of 2019", " in autumn 2019". */
const SEASON_AFTER = new RegExp(
	`^,?\\s+(?:(?:back\\s+)?(?:in|during)\\s+)?${RELATIVE}${SEASON_WORD}${YEAR}(?![\\p{L}\\d])`,
	'iu'
);
/** Before it: "Last spring at ", "This past spring, at ", "In the fall of 2017, ". */
const SEASON_BEFORE = new RegExp(
	`(?:^|[\\s(,;])(?:in\\s+)?${RELATIVE}${SEASON_WORD}${YEAR},?\\s+(?:(?:at|in|during)\\s+)?(?:the\\s+)?$`,
	'iu'
);
const SEASONS: Record<string, number> = { spring: 0, summer: 1, autumn: 2, fall: 2, winter: 3 };

/** A month's season and the year it is counted in (January and February: the winter before). */
function seasonOf(year: number, month: number): number {
	const s = month >= 3 && month <= 5 ? 0 : month <= 8 && month >= 6 ? 1 : month <= 11 ? 2 : 3;
	return (month <= 2 ? year - 1 : year) * 4 + s;
}

/**
 * The season (year × 4 + season) the words name, and whether they look back from the document's
 * date (a look back needs no narrative role); null when they name none.
 */
function namedSeason(
	m: RegExpExecArray,
	published: { year: number; month: number | null } | null
): { season: number; past: boolean } | null {
	const rel = m[1]?.toLowerCase().replace(/\s+/g, ' ');
	const s = SEASONS[m[2]!.toLowerCase()]!;
	if (m[3]) {
		const year = Number(m[3]);
		return { season: year * 4 + s, past: published !== null && year < published.year };
	}
	if (!rel || !published) return null;
	if (rel === 'this' || rel === 'earlier this') {
		// "this winter" in January is the one begun the December before.
		const year = s === 3 && published.month !== null && published.month <= 2 ? -1 : 0;
		return { season: (published.year + year) * 4 + s, past: rel !== 'this' };
	}
	// "last spring": the latest spring before the season of the document's date.
	if (published.month === null) return null;
	const now = seasonOf(published.year, published.month);
	let season = Math.floor(now / 4) * 4 + s;
	if (season >= now) season -= 4;
	return { season, past: true };
}

/**
 * The one edition of the reference's series (and region) that began in the season, or null. A
 * reference the text already dates ("In the fall of 2017, DockerCon EU", the year read before
 * its region) is taken when the season fits it.
 */
function seasonEdition(
	catalog: CatalogEvent[],
	text: string,
	r: EventRef,
	role: RefRole,
	published: { year: number; month: number | null } | null
): string | null {
	if (r.external || r.series === 'other' || (!r.generic && r.candidates.length === 0)) return null;
	const after = SEASON_AFTER.exec(text.slice(r.end, r.end + 40));
	const m = after ?? SEASON_BEFORE.exec(text.slice(Math.max(0, r.start - 40), r.start));
	const named = m ? namedSeason(m, published) : null;
	if (!named || (!named.past && role === 'passing')) return null;
	const pool = r.generic ? catalog.filter((e) => e.series === r.series) : null;
	let found: string | null = null;
	for (const e of pool ?? catalog.filter((e) => r.candidates.includes(e.id))) {
		const season = seasonOf(Number(e.start_date.slice(0, 4)), Number(e.start_date.slice(5, 7)));
		if (season !== named.season) continue;
		if (found) return null;
		found = e.id;
	}
	return found;
}

/** "2019-11-25" → its year and month; "2019" → the year alone. */
function publishedOf(published: string | null | undefined) {
	if (!published || !/^\d{4}/.test(published)) return null;
	const month = Number(published.slice(5, 7));
	return { year: Number(published.slice(0, 4)), month: month >= 1 && month <= 12 ? month : null };
}

/**
 * The edition each passage looks back at by a memory or a season, where `leads` has none yet
 * (filled in place). Only passages that name a series are read.
 */
export function addLookBacks(
	catalog: CatalogEvent[],
	sections: { passages: { text: string }[] }[],
	passageRefs: Refs[][],
	published: string | null | undefined,
	leads: (string | null)[][]
): void {
	let when: ReturnType<typeof publishedOf> | undefined;
	sections.forEach((section, si) => {
		section.passages.forEach((p, pi) => {
			const refs = passageRefs[si]![pi]!;
			if (refs.length === 0 || leads[si]![pi]) return;
			const text = p.text;
			const seasons = SEASON_GATE.test(text);
			// Where the passage first names what it is about: a memory after that is a comparison.
			let opened = Infinity;
			for (const { ref, role } of refs)
				if ((role === 'narrative' || role === 'neutral') && ref.start < opened) opened = ref.start;
			for (const { ref, role } of refs) {
				let id = ref.start > opened ? null : recalled(text, ref);
				if (!id && seasons)
					id = seasonEdition(catalog, text, ref, role, (when ??= publishedOf(published)));
				if (id) {
					leads[si]![pi] = id;
					return;
				}
			}
		});
	});
}
