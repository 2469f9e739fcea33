/**
 * The scripts around a name: Japanese, Chinese or Korean beside a Latin name, or a hashtag's "#",
 * say that a word is a name whatever its case ("我们用 flannel 和 Calico", "#helm"), and Korean
 * writes its particles and nouns onto a name ("Helm을 사용").
 */

/** Kana or a Han ideograph (not Hangul: Korean has its own rule, KOREAN_TOOL_AFTER). */
function isKanaOrHan(c: number): boolean {
	return (c >= 0x3040 && c <= 0x30ff) || (c >= 0x4e00 && c <= 0x9fff);
}

/** Whether Japanese or Chinese script stands right before `start` or after `end` (one space apart). */
export function cjkBeside(text: string, start: number, end: number): boolean {
	let after = text.charCodeAt(end);
	if (after === 32) after = text.charCodeAt(end + 1);
	if (isKanaOrHan(after)) return true;
	let before = text.charCodeAt(start - 1);
	if (before === 32) before = text.charCodeAt(start - 2);
	return isKanaOrHan(before);
}

/** "#helm": a hashtag's word (the "#" at a word's start, not "C#"). */
export function hashtag(text: string, start: number): boolean {
	if (text.charCodeAt(start - 1) !== 35) return false;
	const before = text.charCodeAt(start - 2);
	return !(before > 32) || before === 40;
}

/** Whether a Hangul syllable precedes `start`, right before it or one space before. */
export function hangulBefore(text: string, start: number): boolean {
	let c = text.charCodeAt(start - 1);
	if (c === 32) c = text.charCodeAt(start - 2);
	return c >= 0xac00 && c <= 0xd7a3;
}

/** Whether a Hangul syllable follows `end`, right after it or after one space. */
export function hangulAfter(text: string, end: number): boolean {
	let c = text.charCodeAt(end);
	if (c === 32) c = text.charCodeAt(end + 1);
	return c >= 0xac00 && c <= 0xd7a3;
}
