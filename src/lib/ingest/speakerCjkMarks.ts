/**
 * Japanese and Korean marks in a speaker list written in Latin letters ("Ed Huang氏、PingCAP",
 * "PingCAP Ed Huang さん", "（Google）"), rewritten as an English list writes them.
 */

/**
 * Japanese and Korean marks in a list of names in Latin letters: an honorific after a name ("Ed
 * Huang氏", "Ed Huang さん"), the ideographic comma and full-width brackets ("Ed Huang氏、PingCAP",
 * "（Google）").
 */
const CJK_HONORIFICS = /(?<=[\p{Script=Latin}.])\s?(?:さん|氏|様|先生|님|씨)(?![\p{L}])/gu;

/** Cheap test before withoutCjkMarks: a character of one of those marks. */
export const CJK_MARK = /[、，（）ん氏様生님씨]/;

/**
 * "PingCAP Ed Huang氏", "NTT Data Taro Yamada さん": Japanese writes the organisation before the
 * name and its honorific. Only an organisation that cannot be a first name (an inner capital or a
 * digit, or an acronym: "PingCAP", "GitHub", "IBM", "NTT") is split off, as "Ed Huang (PingCAP)".
 */
const ORG_BEFORE_HONORED_NAME =
	/(?<=^|[、，,;（(]\s*)((?:\p{L}*[\p{Ll}\d]\p{Lu}|\p{Lu}{2})[\p{L}\d&.-]*(?:\s\p{Lu}[\p{L}\d&.-]*)?)\s+(\p{Lu}[\p{Ll}'’-]+\s\p{Lu}[\p{Ll}'’-]+)\s?(?:さん|氏|様|先生|님|씨)(?![\p{L}])/gu;

const ORG_THEN_NAME =
	/^((?:\p{L}*[\p{Ll}\d]\p{Lu}|\p{Lu}{2})[\p{L}\d&.-]*(?:\s\p{Lu}[\p{L}\d&.-]*)?)\s+(\p{Lu}[\p{Ll}'’-]+\s\p{Lu}[\p{Ll}'’-]+)$/u;

/** "PingCAP Ed Huang" (before an honorific): the organisation and the name, or null. */
export function orgThenName(s: string): { org: string; name: string } | null {
	const m = ORG_THEN_NAME.exec(s);
	return m ? { org: m[1]!, name: m[2]! } : null;
}

export function withoutCjkMarks(s: string): string {
	return s
		.replace(ORG_BEFORE_HONORED_NAME, '$2 ($1)')
		.replace(CJK_HONORIFICS, '')
		.replace(/[、，]\s*/g, ', ')
		.replace(/\s*（/g, ' (')
		.replace(/）/g, ')');
}
