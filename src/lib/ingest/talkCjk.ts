/**
 * Talks named by a quoted title in Chinese, Japanese and Korean: 「Title」というセッションで、
 * Kelsey Hightower氏が…, "세션은 Ian Coldwater가…", "Cheryl Hung分享了《…》", "由张三（阿里巴巴）分享的《…》",
 * "山田太郎さん（ヤフー）による「…」". A name in Han characters is read only where its boundaries and
 * shape say it is one (speakersCjk.ts): after "由" or a punctuation mark, before an honorific.
 */
import { isPersonName, type SpeakerList } from './speakers';
import { looksLikeTitle } from './talkTitle';
import { orgThenName } from './speakerCjkMarks';
import { cjkOrgName, isCjkPersonName, parseCjkSpeakerList } from './speakersCjk';

// Compiled once: tsx lowers in-function literals with \p{…} to a new RegExp per call.
/** 「Title」というセッション, 《Title》的演讲: a Japanese or Chinese talk word after the title. */
const CJK_TALK_AFTER =
	/^\s*(?:という|の|的|라는)?\s*(?:セッション|講演|発表|キーノート|基调演讲|主题演讲|演讲|议题|分享|세션|발표|강연|키노트)(?:では|で|は|が|も|은|는|이|가|에서|도)?/u;
/** "…が発表しました", "…가 발표했습니다": the verb that makes the name the speaker's. */
const CJK_PRESENTED = /発表|登壇|講演|話し|紹介|发表|演讲|分享|발표|강연|소개/;
/**
 * After a CJK talk word, a speaker written in Latin letters and closed by a particle or an
 * honorific: "「Title」というセッションで、Kelsey Hightower氏が", "세션은 Ian Coldwater가", with
 * the organisation in brackets after the honorific ("Saad Ali氏（Google）が"): group 2.
 */
const CJK_SPEAKER =
	/^[\s、，,]*(\p{Lu}[\p{Script=Latin}'’-]+(?:\s+\p{Lu}[\p{Script=Latin}'’-]+){1,2})\s?(?:さん|氏|님|씨)?\s?(?:[（(]([^()（）\n]{1,40})[)）]\s?)?(?:(이었습니다|였습니다|입니다|이었어요|였어요|이에요|예요|이었다|였다|이다)|が|は|の|가|이|는|은|께서)/u;
/**
 * Chinese puts the speaker before the title: "Cheryl Hung分享了《…》", "来自Google的Tim Hockin带来了
 * 《…》", "CNCF的Cheryl Hung分享了", "由Liz Rice（Aqua Security）分享的《…》", "X在主题演讲中介绍了「…」",
 * "X做了一场名为《…》的分享", "X的主题演讲《…》".
 * Group 1, 2 or 4 is the organisation, group 3 the name (in Latin letters: a Chinese name is not told from a word).
 */
const CJK_SPEAKER_BEFORE =
	/(?:来自\s*([^\s，。、,.《「“]{2,30}?)\s*的\s*|(?<![\p{Script=Latin}\d])(\p{Lu}[\p{Script=Latin}\d&.-]*(?:\s\p{Lu}[\p{Script=Latin}\d&.-]*){0,2})\s*的\s*|由\s*)?(\p{Lu}[\p{Script=Latin}'’-]+(?:\s+\p{Lu}[\p{Script=Latin}'’-]+){1,2})\s*(?:[（(]([^()（）\n]{2,60})[)）])?\s*(?:在[^，。,.;；《「“”]{0,20}?)?(?:分享了|带来了|发表了|介绍了|做了|讲了|演讲了|分享的|带来的|发表的|演讲的|主讲的|的主题演讲|的演讲|的分享|的议题)\s*(?:(?:题为|名为|主题为|一场|一个|关于)\s*){0,2}$/u;
/**
 * The same with a Chinese name in Han characters (a surname first: isCjkPersonName), which must
 * follow "由", "来自Org的", "Org的" (an organisation in Latin letters) or a punctuation mark or the
 * start: "今天张三分享了" cannot be cut into words. Groups as above.
 */
const ZH_HAN_SPEAKER_BEFORE =
	/(?:来自\s*([^\s，。、,.《「“]{2,30}?)\s*的\s*|(?<![\p{Script=Latin}\d])(\p{Lu}[\p{Script=Latin}\d&.-]*(?:\s\p{Lu}[\p{Script=Latin}\d&.-]*){0,2})\s*的\s*|由\s*|(?<=^|[\s，。、,.；;：:！!？?）)」》]))(\p{Script=Han}{2,4})\s*(?:[（(]([^()（）\n]{2,60})[)）])?\s*(?:老师|老師|先生|女士|博士)?\s*(?:在[^，。,.;；《「“”]{0,20}?)?(?:分享了|带来了|帶來了|发表了|發表了|介绍了|介紹了|做了|讲了|講了|演讲了|演講了|分享的|带来的|帶來的|发表的|發表的|演讲的|演講的|主讲的|主講的|的主题演讲|的主題演講|的演讲|的演講|的分享|的议题|的議題)\s*(?:(?:题为|題為|名为|名為|主题为|主題為|一场|一場|一个|一個|关于|關於)\s*){0,2}$/u;
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
export function cjkSpeakerAfter(
	rest: string,
	skip: number
): { name: string; org: string | undefined; end: number } | null {
	const m = CJK_SPEAKER.exec(rest.slice(skip));
	if (!m || !isPersonName(m[1]!)) return null;
	const end = skip + m[0].length;
	// "발표는 Jane Doe (Google) 였습니다": "the talk was Jane Doe's" says it without a verb.
	const copula = m[3] !== undefined;
	return copula || CJK_PRESENTED.test(rest.slice(end, end + 24))
		? { name: m[1]!, org: m[2], end }
		: null;
}

/** The speaker a Chinese sentence names before the quote at `qStart`: name, organisation, start. */
export function cjkSpeakerBefore(
	text: string,
	qStart: number
): { name: string; org: string | undefined; start: number } | null {
	const before = text.slice(Math.max(0, qStart - 120), qStart);
	const m = CJK_SPEAKER_BEFORE.exec(before);
	if (m && isPersonName(m[3]!))
		return { name: m[3]!, org: m[1] ?? m[2] ?? m[4], start: qStart - before.length + m.index };
	// "由张三（阿里巴巴）分享的《…》": a name in Han characters, where a boundary before it is written.
	const h = ZH_HAN_SPEAKER_BEFORE.exec(before);
	if (!h || !isCjkPersonName(h[3]!, 'zh')) return null;
	return { name: h[3]!, org: h[1] ?? h[2] ?? h[4], start: qStart - before.length + h.index };
}

/**
 * Japanese names the speaker before the title, with an honorific: "山田太郎さん（ヤフー）による「…」",
 * "ヤフーの山田太郎氏による講演「…」", "山田太郎さんの「…」というセッション", "鈴木一郎さんが「…」について発表".
 * Group 1 or 3 is the organisation, 2 the name, 4 the particle that joins it to the title.
 */
const JA_SPEAKER_BEFORE = new RegExp(
	'(?:(?<![\\p{Script=Katakana}ー\\p{Script=Latin}\\d])([\\p{Script=Katakana}ー\\p{Script=Latin}\\d&. -]{2,30}?)の)?' +
		'(?<![\\p{Script=Han}\\p{Script=Katakana}ー\\p{Script=Latin}])' +
		"(\\p{Script=Han}{1,4} ?\\p{Script=Han}{1,4}|\\p{Script=Han}{1,3} [\\p{Script=Hiragana}\\p{Script=Katakana}ー]{2,4}|[\\p{Script=Katakana}ー]{2,}(?:[・＝ ][\\p{Script=Katakana}ー]{2,}){1,2}|\\p{Lu}[\\p{Script=Latin}'’-]+(?: \\p{Lu}[\\p{Script=Latin}'’-]+){1,2})" +
		' ?(?:さん|氏|様|先生) ?(?:[（(]([^()（）\\n]{1,40})[)）])? ?(による|の|が)(講演|セッション|発表|基調講演|キーノート|トーク|ライトニングトーク|LT)?[ ：:]*$',
	'u'
);
const HONORIFIC_NEAR = /さん|氏|様|先生/;
/**
 * "「Title」は必見", "「Title」を見て", "「Title」が面白かった": what one says of a session one watched,
 * right after the quote (must-see, saw, listened, interesting, recommended).
 */
const JA_WATCHED_AFTER =
	/^\s?(?:は|も|を|が)?\s?(?:必見|見た|見て|観た|観て|聴いた|聴いて|聞いた|聞いて|面白かった|おもしろかった|良かった|よかった|おすすめ|オススメ)/u;

/** Whether an honorific comes shortly before the quote at `qStart` (the gate for jaSpeakerBefore). */
export function jaHonorificBefore(text: string, qStart: number): boolean {
	return HONORIFIC_NEAR.test(text.slice(Math.max(0, qStart - 60), qStart));
}

/**
 * The speaker a Japanese sentence names before the quote at `qStart`, with an honorific: name,
 * organisation and start. "の" needs a talk word with it or after the quote (`talkAfter`), or
 * words of watching it after the quote ("は必見"); "が" a verb of presenting after the quote (in
 * `rest`).
 */
export function jaSpeakerBefore(
	text: string,
	qStart: number,
	talkAfter: boolean,
	rest: string
): { name: string; org: string | null; start: number } | null {
	const before = text.slice(Math.max(0, qStart - 80), qStart);
	const m = JA_SPEAKER_BEFORE.exec(before);
	if (!m || !isCjkPersonName(m[2]!, 'ja', 3)) return null;
	if (m[4] === 'の' && !m[5] && !talkAfter && !JA_WATCHED_AFTER.test(rest)) return null;
	if (m[4] === 'が' && !CJK_PRESENTED.test(rest.slice(0, 40))) return null;
	// "PingCAP Ed Huang氏の「…」": the organisation before the name.
	const split = m[3] || m[1] ? null : orgThenName(m[2]!);
	if (split) return { name: split.name, org: split.org, start: qStart - before.length + m.index };
	const org = m[3] ?? m[1];
	return {
		name: m[2]!,
		org: org ? cjkOrgName(org.trim()) : null,
		start: qStart - before.length + m.index
	};
}

/** A name (Han characters, or Latin words) and, in brackets, its organisation. */
const NAME_PART =
	'[^\\s，,。；;！!？?、（()）《》“”]+(?: [^\\s，,。；;！!？?、（()）《》“”]+){0,2}';
const ORG_PART = '\\s*[（(][^（）()\\n]{2,40}[)）]';
const NAMES_WITH_ORG = `${NAME_PART}${ORG_PART}(?:\\s*[、和与及]\\s*${NAME_PART}${ORG_PART})*`;
const NAMES = `${NAME_PART}(?:${ORG_PART})?(?:\\s*[、和与及]\\s*${NAME_PART}(?:${ORG_PART})?)*`;
/** "《Title》——张磊（阿里巴巴）": a dash, then names each with an organisation (group 1). */
const ZH_DASHED_NAMES = new RegExp(`^\\s*(?:——|—|―|–)\\s*(${NAMES_WITH_ORG})`, 'u');
/** "《Title》，演讲者是 王伟（华为）": a speaker word and "is", then names (group 1). */
const ZH_SPEAKER_IS = new RegExp(
	`^\\s*[，,]?\\s*(?:演讲者|演講者|讲者|講者|分享者|分享人|主讲人|主講人|讲师|講師|演讲嘉宾|演講嘉賓)\\s*(?:是|为|為|[:：])\\s*(${NAMES})`,
	'u'
);
const ZH_JOINER = /\s*[和与及]\s*(?=[^（）()]*(?:[（(]|$))/gu;

/**
 * The speakers a Chinese sentence names right after a quoted title, wherever the quote stands:
 * "《Title》——张磊（阿里巴巴）" (only after 《》, a work's title, and with the organisations) and
 * "「Title」，演讲者是 王伟（华为）". `rest` is the text after the quote; `end` where the names end.
 */
export function zhSpeakersAfter(
	rest: string,
	bookTitle: boolean
): (SpeakerList & { end: number }) | null {
	const m = (bookTitle ? ZH_DASHED_NAMES.exec(rest) : null) ?? ZH_SPEAKER_IS.exec(rest);
	if (!m) return null;
	const list = parseCjkSpeakerList(m[1]!.replace(ZH_JOINER, '、'), 'any');
	return list ? { ...list, end: m[0].length } : null;
}

/** Latin letters: a title in English (or another language in Latin script). */
const LATIN_TITLE = /^[\p{Script=Latin}\d\s\p{P}\p{S}]+$/u;

/**
 * "Dragonfly: P2P Image Distribution – 孙宏亮 (Alibaba)": a title in Latin letters, a dash, then
 * Chinese names (a known surname; four characters only with an organisation: "中文字幕" is none).
 * `title` is the text before the dash, `right` after it.
 */
export function cjkAfterDash(
	title: string,
	right: string
): (SpeakerList & { title: string }) | null {
	if (right.length > 60 || !LATIN_TITLE.test(title) || !looksLikeTitle(title)) return null;
	const list = parseCjkSpeakerList(right, 'zh');
	if (!list || !list.speakers.every((s) => s.length <= 3 || list.organizations.length > 0))
		return null;
	return { title, ...list };
}
