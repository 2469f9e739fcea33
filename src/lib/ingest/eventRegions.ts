/** Region words in event names ("EU", "North America", "China") mapped to one tag per region. */
import type { CatalogEvent } from './types';

export type RegionTag = 'europe' | 'north-america' | 'china' | 'asia';

/**
 * A whole token that names a region, in English and in the European languages recaps are
 * written in ("Europa", "Nordamerika", "América do Norte", "Amérique du Nord", "Chine",
 * "Европа" and its cases).
 * Short forms are case-sensitive ("us" is a pronoun).
 */
export const REGION_WORD =
	/^(?:EU|EMEA|NA|US|USA|[Ee]urope(?:an)?|EUROPE|[Nn]orth [Aa]merica[n]?|NORTH AMERICAN?|America|China|CHINA|Asia|Europa|Nordamerika|Norteam[ée]rica|Nordam[ée]rica|Norte Am[ée]rica|Nord America|Am[ée]rica (?:do|del) Norte|Am[ée]rique du Nord|Am[ée]rica|Chine|Cina|Asie|Asien|Европ[аеуы]|Северн(?:ая|ой|ую) Америк[аеиу]|Кита(?:й|е|я|ю))$/;

/** The region words of several tokens, as REGION_WORD spells them; else one token. */
export const REGION_START =
	/^(?:[Nn]orth [Aa]merica[n]?|NORTH AMERICAN?|Norte Am[ée]rica|Nord America|Am[ée]rica (?:do|del) Norte|Am[ée]rique du Nord|Северн(?:ая|ой|ую) Америк[аеиу]|[\p{L}.]+)/u;

/**
 * The region word at the start of `rest`, as REGION_WORD spells it, or null. A full stop after
 * it ends the sentence ("at KubeCon Europe."), unless the dots are its own ("U.S.").
 */
export function regionWordAt(rest: string): string | null {
	const m = REGION_START.exec(rest);
	if (!m) return null;
	const word = m[0];
	if (REGION_WORD.test(word)) return word;
	if (word.charCodeAt(word.length - 1) !== 46) return null;
	const bare = word.replace(/\.+$/, '');
	return REGION_WORD.test(bare) ? bare : null;
}

const PATTERNS: [RegExp, RegionTag][] = [
	[/\b(?:EU|EMEA)\b/, 'europe'],
	[/\beurope(?:an)?\b|\beuropa\b/i, 'europe'],
	[/\b(?:NA|US|USA)\b/, 'north-america'],
	[/\bnorth[- ]american?\b|\bamericas?\b|am[ée]rica|am[ée]rique|nordamerika/i, 'north-america'],
	[/\bchin[ae]\b|\bcina\b/i, 'china'],
	[/\basi[ae]n?\b/i, 'asia'],
	[/^(?:欧洲|ヨーロッパ|유럽)$/, 'europe'],
	[/^(?:北美|北米|북미)$/, 'north-america'],
	[/^中国$/, 'china'],
	[/Европ[аеуы]/, 'europe'],
	[/Америк[аеиу]/, 'north-america'],
	[/Кита(?:й|е|я|ю)/, 'china']
];

/**
 * A region word in Chinese, Japanese or Korean at the start of the text ("KubeCon 欧洲 2019",
 * "KubeCon北美2019"): these scripts write no space after it, so it is a prefix, not a token.
 */
export const CJK_REGION_START = /^(?:欧洲|ヨーロッパ|유럽|北美|北米|북미|中国)/;

/** The region a word or name mentions, if any. */
export function regionOf(text: string): RegionTag | null {
	for (const [re, tag] of PATTERNS) if (re.test(text)) return tag;
	return null;
}

/** Region tags of a catalog edition, from its `region` field and its name. */
export function eventRegions(e: CatalogEvent): RegionTag[] {
	const tags = new Set<RegionTag>();
	const fromField = regionOf(e.region.replace(/-/g, ' '));
	if (fromField) tags.add(fromField);
	if (/^(?:us|na|usa)$/i.test(e.region)) tags.add('north-america');
	if (/^(?:eu|europe|emea)$/i.test(e.region)) tags.add('europe');
	const fromName = regionOf(e.name);
	if (fromName) tags.add(fromName);
	return [...tags];
}
