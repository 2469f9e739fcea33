/**
 * Reading UTF-16 code units in hot loops. `text.charCodeAt(i)` looks the method up on the string
 * each time; the ingest hands its loops strings of many internal kinds (flat or sliced, one- or
 * two-byte, concatenated), which makes that lookup megamorphic, and V8 then calls the method
 * instead of inlining the read: the automaton's scan ran 2.5× slower. Called through the
 * prototype, the method is a known constant and the read is inlined whatever the string.
 * Also the lines of a passage with their offsets, which several talk readers walk.
 */
export function unitAt(text: string, index: number): number {
	return String.prototype.charCodeAt.call(text, index);
}

/** Whether a code unit is JavaScript whitespace (`\s`: WhiteSpace and LineTerminator). */
export function isWhitespaceUnit(c: number): boolean {
	return (
		c === 32 ||
		(c >= 9 && c <= 13) ||
		c === 0xa0 ||
		c === 0x1680 ||
		(c >= 0x2000 && c <= 0x200a) ||
		c === 0x2028 ||
		c === 0x2029 ||
		c === 0x202f ||
		c === 0x205f ||
		c === 0x3000 ||
		c === 0xfeff
	);
}

/**
 * `text.split(/\s+/).length` without building the array (word-count limits are checked on
 * every heading and title line): one more than the number of whitespace runs.
 */
export function splitCount(text: string): number {
	let n = 1;
	let inSpace = false;
	for (let i = 0; i < text.length; i++) {
		const space = isWhitespaceUnit(unitAt(text, i));
		if (space && !inSpace) n++;
		inSpace = space;
	}
	return n;
}

/** Whether a code unit is an ASCII word character (`\w`: a letter, a digit or "_"). */
export function isAsciiWord(c: number): boolean {
	return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** The lines of `text` and the offset where each begins (for candidates' start and end). */
export function linesAt(text: string): { lines: string[]; starts: number[] } {
	const lines = text.split('\n');
	const starts: number[] = new Array(lines.length);
	let at = 0;
	for (let k = 0; k < lines.length; k++) {
		starts[k] = at;
		at += lines[k]!.length + 1;
	}
	return { lines, starts };
}
