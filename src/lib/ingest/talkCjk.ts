/**
 * Talks named by a quoted title in Chinese, Japanese and Korean: 「Title」というセッションで、
 * Kelsey Hightower氏が…, "세션은 Ian Coldwater가…", "Cheryl Hung分享了《…》". A speaker is read
 * only when written in Latin letters (a CJK name is not told from a word).
 */
import { isPersonName } from './speakers';

// Compiled once: tsx lowers in-function literals with \p{…} to a new RegExp per call.
/** 「Title」というセッション, 《Title》的演讲: a Japanese or Chinese talk word after the title. */
const CJK_TALK_AFTER =
	/^\s*(?:という|の|的|라는)?\s*(?:セッション|講演|発表|キーノート|基调演讲|主题演讲|演讲|议题|分享|세션|발표|강연|키노트)(?:で|は|が|も|은|는|이|가|에서|도)?/u;
/** "…が発表しました", "…가 발표했습니다": the verb that makes the name the speaker's. */
const CJK_PRESENTED = /発表|登壇|講演|話し|紹介|发表|演讲|分享|발표|강연|소개/;
/**
 * After a CJK talk word, a speaker written in Latin letters and closed by a particle or an
 * honorific: "「Title」というセッションで、Kelsey Hightower氏が", "세션은 Ian Coldwater가".
 */
const CJK_SPEAKER =
	/^[\s、，,]*(\p{Lu}[\p{Script=Latin}'’-]+(?:\s+\p{Lu}[\p{Script=Latin}'’-]+){1,2})\s?(?:さん|氏|님|씨)?(?:が|は|の|가|이|는|은|께서)/u;
/**
 * Chinese puts the speaker before the title: "Cheryl Hung分享了《…》", "来自Google的Tim Hockin带来了
 * 《…》", "CNCF的Cheryl Hung分享了", "由Liz Rice（Aqua Security）分享的《…》", "X在主题演讲中介绍了「…」",
 * "X做了一场名为《…》的分享", "X的主题演讲《…》".
 * Group 1, 2 or 4 is the organisation, group 3 the name (in Latin letters: a Chinese name is not told from a word).
 */
const CJK_SPEAKER_BEFORE =
	/(?:来自\s*([^\s，。、,.《「“]{2,30}?)\s*的\s*|(?<![\p{Script=Latin}\d])(\p{Lu}[\p{Script=Latin}\d&.-]*(?:\s\p{Lu}[\p{Script=Latin}\d&.-]*){0,2})\s*的\s*|由\s*)?(\p{Lu}[\p{Script=Latin}'’-]+(?:\s+\p{Lu}[\p{Script=Latin}'’-]+){1,2})\s*(?:[（(]([^()（）\n]{2,60})[)）])?\s*(?:在[^，。,.;；《「“”]{0,20}?)?(?:分享了|带来了|发表了|介绍了|做了|讲了|演讲了|分享的|带来的|发表的|演讲的|主讲的|的主题演讲|的演讲|的分享|的议题)\s*(?:(?:题为|名为|主题为|一场|一个|关于)\s*){0,2}$/u;
/** Cheap gate for it: one of its verbs just before the quote. */
const CJK_VERB_BEFORE = /[享来表绍做讲]了|[享来表讲]的|题为|名为|一场|一个|关于|演讲|分享|议题/;

/** The length of the talk word right after a quote ("というセッション", "세션은"), 0 when none. */
export function cjkTalkAfter(rest: string): number {
	return CJK_TALK_AFTER.exec(rest)?.[0].length ?? 0;
}

/** A Chinese talk verb just before the quote at `qStart` ("分享了《", "题为「"). */
export function cjkVerbBefore(text: string, qStart: number): boolean {
	return CJK_VERB_BEFORE.test(text.slice(Math.max(0, qStart - 6), qStart));
}

/**
 * The speaker after a quote's talk word (`skip` long, at the start of `rest`), when a verb says
 * the talk was theirs: the name, and where it ends in `rest`.
 */
export function cjkSpeakerAfter(rest: string, skip: number): { name: string; end: number } | null {
	const m = CJK_SPEAKER.exec(rest.slice(skip));
	if (!m || !isPersonName(m[1]!)) return null;
	const end = skip + m[0].length;
	return CJK_PRESENTED.test(rest.slice(end, end + 24)) ? { name: m[1]!, end } : null;
}

/** The speaker a Chinese sentence names before the quote at `qStart`: name, organisation, start. */
export function cjkSpeakerBefore(
	text: string,
	qStart: number
): { name: string; org: string | undefined; start: number } | null {
	const before = text.slice(Math.max(0, qStart - 120), qStart);
	const m = CJK_SPEAKER_BEFORE.exec(before);
	if (!m || !isPersonName(m[3]!)) return null;
	return { name: m[3]!, org: m[1] ?? m[2] ?? m[4], start: qStart - before.length + m.index };
}
