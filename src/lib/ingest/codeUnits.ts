/**
 * Reading UTF-16 code units in hot loops. `text.charCodeAt(i)` looks the method up on the string
 * each time; the ingest hands its loops strings of many internal kinds (flat or sliced, one- or
 * two-byte, concatenated), which makes that lookup megamorphic, and V8 then calls the method
 * instead of inlining the read: the automaton's scan ran 2.5× slower. Called through the
 * prototype, the method is a known constant and the read is inlined whatever the string.
 */
export function unitAt(text: string, index: number): number {
	return String.prototype.charCodeAt.call(text, index);
}
