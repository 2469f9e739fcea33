/**
 * Bylines the Japanese and Chinese blog platforms print over a post, with a user name where other
 * blogs give a person's name:
 * - Qiita and Zenn: the handle, then the day the post went up ("@tanaka_k 2019年12月12日に投稿",
 *   "@tanaka_k(田中 健) 2019年12月12日に更新");
 * - CSDN: "原创 云原生小王 2018-11-20 09:12:33 发布 阅读量 2,345 收藏 12 点赞数 8", the post's kind,
 *   the user, the time and the platform's counters.
 * The user is the author; byline.ts reads the date from the same line.
 */

/** Cheap test first: the line opens with "@" and says it was posted or updated. */
const QIITA_GATE = /^@.*に(?:投稿|更新)/;
const QIITA =
	/^@([A-Za-z0-9][A-Za-z0-9_-]{1,38})(?:\s*[(（][^)）\n]{1,40}[)）])?\s+(?:(?:19|20)\d\d年\d{1,2}月\d{1,2}日|(?:19|20)\d\d[-/]\d\d[-/]\d\d)に(?:投稿|更新)(?:\s*[・·•|].{0,40})?$/u;
const CSDN =
	/^(?:原创|转载|翻译)\s+(\S{2,30})\s+(?:于\s*)?(?:19|20)\d\d-\d\d-\d\d(?:\s+\d\d:\d\d(?::\d\d)?)?(?:\s*(?:发布|修改|首次发布))?(?:\s*(?:阅读量|阅读数|收藏|点赞数|评论数|版权)\s*[\d,.]*[wk万]?)*\s*$/u;

/** The user of a Qiita or CSDN byline line, or null. */
export function platformAuthor(line: string): string | null {
	const c = line.charCodeAt(0);
	if (c === 64) return QIITA_GATE.test(line) ? (QIITA.exec(line)?.[1] ?? null) : null;
	// 原 转 翻
	if (c === 0x539f || c === 0x8f6c || c === 0x7ffb) return CSDN.exec(line)?.[1] ?? null;
	return null;
}
