/**
 * Talks whose speakers a Chinese or Japanese label names: "講演者：山田太郎（ヤフー株式会社）",
 * "スピーカー: 鈴木一郎 (サイボウズ)", "演讲者：张三（阿里巴巴）", "讲师：李四，腾讯云", "分享嘉宾：王五（字节跳动）".
 * The title is on the label's line before it ("「Title」 講演者：…", "Title（演讲者：…）") or on the
 * line before; under a heading, the heading is the title (talkHeadings.ts).
 */
import type { TalkCandidate } from './talks';
import type { SpeakerList } from './speakers';
import { cleanTitle, looksLikeTitle } from './talkTitle';
import { linesAt } from './codeUnits';
import { parseCjkSpeakerList, type CjkLanguage } from './speakersCjk';

const JA_LABELS = '講演者|登壇者|発表者|スピーカー';
const ZH_LABELS =
	'演讲者|演講者|演讲嘉宾|演講嘉賓|分享嘉宾|分享嘉賓|分享人|讲师|讲者|講者|主讲人|主講人|主讲|主講|嘉宾|嘉賓';
const KO_LABELS = '발표자|연사|스피커|강연자';
/** 講師 is both Chinese (traditional) and Japanese. */
const LABELS = `${JA_LABELS}|${ZH_LABELS}|${KO_LABELS}|講師`;
/** A speaker label, the quick test for a passage. */
export const CJK_SPEAKER_LABEL = new RegExp(`(?:${LABELS})\\s*[:：]`);
const LABEL_AT = new RegExp(`([（(]\\s*)?(${LABELS})\\s*[:：]\\s*`);
const JA_LABEL = new RegExp(`^(?:${JA_LABELS})$`);
const ZH_LABEL = new RegExp(`^(?:${ZH_LABELS})$`);
/** What ends a label's value on its line: another label ("资料：", "Slides:") or a link. */
const VALUE_END = /\s+(?:[^\s:：]{1,10}[:：]|https?:\/\/)/;
const TITLE_LABEL =
	/^(?:講演タイトル|タイトル|セッション|題目|题目|议题|議題|演讲主题|演講主題|主题|主題|제목|세션|발표 제목|[Tt]alk|[Tt]itle|[Ss]ession)\s*[:：]\s*(.+)$/;
/** "议题一：", "セッション2:", "Session 3:": a numbered label before a title. */
const NUMBERED_LABEL =
	/^(?:议题|議題|主题|主題|题目|題目|セッション|講演|세션|[Tt]alk|[Ss]ession)\s*[一二三四五六七八九十\d]{1,3}\s*[:：]\s*/;
const QUOTED = /^[「『《“"]([^「」『』《》“”"]+)[」』》”"]$/;
/** Headings and lines that are not a session's title: a summary, a day, the links. */
const NOT_A_TITLE =
	/^(?:まとめ|感想|所感|概要|はじめに|おわりに|总结|總結|小结|小結|前言|目录|目錄|活动|活動|议程|議程|日程|会場|会场|写真|照片|资料|資料|链接|鏈接|リンク|スライド|動画|视频|視頻|第.日|\d+日目|후기|정리|요약|소개|마무리|개요|일정|사진|자료|링크|영상|\d+일차|Day\s*\d+)$/i;
/** A sentence, not a title: it ends as one ("…を聞きました", "…分享了"). */
const SENTENCE_END =
	/(?:ました|ます|でした|です|だった|かった|った|である|した|ね|よ|了|过|過|吗|嗎|呢|吧|啊)$/;

function languageOf(label: string): CjkLanguage {
	return JA_LABEL.test(label) ? 'ja' : ZH_LABEL.test(label) ? 'zh' : 'any';
}

/** The speakers a line's label names, and where the label starts (-1 when none). */
function labelOn(line: string): { list: SpeakerList; at: number; rest: string } | null {
	const m = LABEL_AT.exec(line);
	if (!m) return null;
	let value = line.slice(m.index + m[0].length);
	const end = VALUE_END.exec(value);
	const rest = end ? value.slice(end.index) : '';
	if (end) value = value.slice(0, end.index);
	// "Title（講演者：山田太郎、ヤフー）": the label's own parenthesis closes the value.
	if (m[1]) value = value.replace(/[)）]\s*$/, '');
	const list = parseCjkSpeakerList(value, languageOf(m[2]!));
	return list ? { list, at: m.index, rest } : null;
}

/** The speakers named by a passage that opens with a label ("講演者：山田太郎（ヤフー）"). */
export function cjkLabelSpeakers(text: string): SpeakerList | null {
	const nl = text.indexOf('\n');
	const first = (nl < 0 ? text : text.slice(0, nl)).replace(/^[\s•*\-–]+/, '');
	const label = CJK_SPEAKER_LABEL.test(first) ? labelOn(first) : null;
	return label && label.at === 0 ? label.list : null;
}

/** A session's title as Chinese and Japanese recaps write it (quoted, labelled or bare). */
export function cjkTitle(raw: string): string | null {
	const t = raw.replace(/^[\s•*\-–#]+|[\s\-–—|｜/／、,，:：]+$/g, '').replace(NUMBERED_LABEL, '');
	const quoted = QUOTED.exec(t);
	const labelled = quoted ? null : TITLE_LABEL.exec(t);
	const title = cleanTitle(quoted?.[1] ?? labelled?.[1] ?? t);
	if (title.length < 2 || title.length > 120 || title.includes('。')) return null;
	if (NOT_A_TITLE.test(title) || CJK_SPEAKER_LABEL.test(title)) return null;
	const bare = !quoted && !labelled;
	if (bare && (title.length > 80 || SENTENCE_END.test(title) || /[、，].*[、，]/.test(title)))
		return null;
	if (/^[A-Za-z]/.test(title) && !looksLikeTitle(title, true)) return null;
	return title;
}

/** Talks named by a title and a speaker label on its line or the next, added to `out`. */
export function cjkLabelledTalks(text: string, out: TalkCandidate[]) {
	const { lines, starts } = linesAt(text);
	for (let k = 0; k < lines.length; k++) {
		const line = lines[k]!;
		const start = starts[k]!;
		const label = CJK_SPEAKER_LABEL.test(line) ? labelOn(line) : null;
		if (!label) continue;
		const before = line.slice(0, label.at).replace(/[（(]\s*$/, '');
		const previous = k > 0 ? lines[k - 1]! : '';
		const onLine = before.trim() ? cjkTitle(before) : null;
		const above = onLine ?? (before.trim() || !previous ? null : cjkTitle(previous));
		// "分享嘉宾：王五（华为）" over "演讲主题：《…》": a labelled title on the next line.
		const next = above || before.trim() ? undefined : lines[k + 1];
		const below = next && TITLE_LABEL.test(next.trim()) ? cjkTitle(next) : null;
		// "登壇者：山田花子（ヤフー） タイトル：…": the lines of a paragraph, joined.
		const after =
			!above && !below && TITLE_LABEL.test(label.rest.trim()) ? cjkTitle(label.rest) : null;
		const title = above ?? below ?? after;
		if (!title) continue;
		const from = onLine || below || after ? start : start - previous.length - 1;
		const end = below ? starts[k + 1]! + next!.length : start + line.length;
		out.push({ title, ...label.list, start: from, end, generic: false });
	}
}
