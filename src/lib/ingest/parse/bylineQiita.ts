/**
 * Qiita's and Zenn's byline: the user's handle, then the day the post went up ("@tanaka_k
 * 2019年12月12日に投稿", "@tanaka_k(田中 健) 2019年12月12日に更新"). The handle is the author;
 * byline.ts reads the date from the same line.
 */

/** Cheap test first: the line opens with "@" and says it was posted or updated. */
const GATE = /^@.*に(?:投稿|更新)/;
const QIITA =
	/^@([A-Za-z0-9][A-Za-z0-9_-]{1,38})(?:\s*[(（][^)）\n]{1,40}[)）])?\s+(?:(?:19|20)\d\d年\d{1,2}月\d{1,2}日|(?:19|20)\d\d[-/]\d\d[-/]\d\d)に(?:投稿|更新)(?:\s*[・·•|].{0,40})?$/u;

/** The handle of a Qiita byline line, or null. */
export function qiitaAuthor(line: string): string | null {
	return line.charCodeAt(0) === 64 && GATE.test(line) ? (QIITA.exec(line)?.[1] ?? null) : null;
}
