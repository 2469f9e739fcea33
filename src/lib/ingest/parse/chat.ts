/**
 * A chat exported or copied as text (Slack, IRC, Discord): "[10:32] alice: text" lines, or a
 * "alice  10:32 AM" header over each run of one person's messages. Without blank lines between
 * them the whole chat would be one passage; each run of one person's messages becomes one.
 */

/** The cheap test: a line that opens on a time, or one that ends on a time of day. */
export const CHAT_GATE = /\n\[?\d{1,2}:\d\d|\d:\d\d\s?[AP]M\s*\n/;

/** "[10:32] alice: text", "10:32 <bob> text", "[10:32:05 PM] Jane Doe: text" (group 1: name). */
const MESSAGE_LINE =
	/^\[?\d{1,2}:\d\d(?::\d\d)?(?:\s?[AaPp]\.?[Mm]\.?)?\]?\s+(?:<([^<>\s]{1,30})>|(\p{L}[\p{L}\p{N}._-]{0,30}(?: \p{L}[\p{L}\p{N}._-]{0,30})?):)\s/u;
/** "[10:48] maria: going to …": a chat's message, never a heading however short. */
export function isChatMessage(line: string): boolean {
	const c = line.charCodeAt(0);
	return (c === 91 || (c >= 48 && c <= 57)) && MESSAGE_LINE.test(line);
}

/** "alice  10:32 AM", "Jane Doe 10:32", "bob [10:35 PM]": a name, then only the time. */
const HEADER_LINE =
	/^(\p{L}[\p{L}\p{N}._'-]{0,30}(?: \p{L}[\p{L}\p{N}._'-]{0,30}){0,2})\s+\[?\d{1,2}:\d\d(?:\s?[AaPp]\.?[Mm]\.?)?\]?\s*$/u;

/**
 * The text with a blank line before each run of one person's messages, or null when it holds
 * no chat: three message lines from two people at least, one of them twice; or two headers of
 * two people, each over a message.
 */
export function chatRuns(text: string): string | null {
	const lines = text.split('\n');
	const messageNames: (string | null)[] = [];
	const headerNames: (string | null)[] = [];
	let messages = 0;
	let headers = 0;
	for (const line of lines) {
		const m = line.length < 400 ? MESSAGE_LINE.exec(line) : null;
		const h = !m && line.length < 80 ? HEADER_LINE.exec(line) : null;
		messageNames.push(m ? (m[1] ?? m[2]!) : null);
		headerNames.push(h ? h[1]! : null);
		if (m) messages++;
	}
	// A header stands over the text of a message ("Keynote 9:00 AM" lines of a schedule do not).
	for (let i = 0; i < lines.length; i++) {
		if (headerNames[i] === null) continue;
		const next = lines[i + 1]?.trim();
		if (next && headerNames[i + 1] === null) headers++;
		else headerNames[i] = null;
	}
	// One shape per chat: a schedule's "10:30 Keynote" lines among messages make no headers.
	const names =
		messages >= 3 && people(messageNames, true)
			? messageNames
			: headers >= 2 && people(headerNames, false)
				? headerNames
				: null;
	if (!names) return null;
	const everyHeader = names === headerNames;
	const out: string[] = [];
	let last: string | null = null;
	for (let i = 0; i < lines.length; i++) {
		const name = names[i] ?? null;
		if (name !== null && (everyHeader || name !== last) && out.length > 0) out.push('');
		if (name !== null) last = name;
		out.push(lines[i]!);
	}
	return out.join('\n');
}

/** Labels of a schedule's lines ("09:00 Keynote: …"), not people. */
const LABEL =
	/^(?:keynotes?|panel|talks?|sessions?|workshops?|break|lunch|breakfast|coffee|demo|intro|q&a|track|lightning|opening|closing|welcome|registration|day|part|chapter|note|update|agenda|title)$/i;

/**
 * Two people at least; with `returns`, one of them speaking again after another (as a chat goes
 * back and forth: "alice, bob, alice"), which a schedule's or a video's labels do not.
 */
function people(names: (string | null)[], returns: boolean): boolean {
	const seen = new Set<string>();
	let back = !returns;
	let last: string | null = null;
	for (const n of names) {
		if (n === null || LABEL.test(n)) continue;
		if (n !== last && seen.has(n)) back = true;
		seen.add(n);
		last = n;
	}
	return seen.size >= 2 && back;
}
