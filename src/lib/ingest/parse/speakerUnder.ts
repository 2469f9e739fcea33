/**
 * A talk's title on one line and its speakers alone on the next, without emphasis to set them
 * apart: "Securing the Supply Chain" over "Maria Garcia, Example Corp" in a list item or a
 * paragraph. The two lines are joined as "Title – Maria Garcia, Example Corp" reads, so the talk
 * readers find the talk; otherwise the lines run on and the name is lost in the title.
 * A name alone ("Tomasz Kowal") is a speaker only in a list where another item names one with
 * an organisation: "Really Good" under "Lunch Was Great" reads as a name too.
 */
import { isPlaceName } from '../places';
import { isPersonName, parseSpeakerList } from '../speakers';
import { looksLikeTitle, titleCased } from '../talkTitle';

/** How the line under a title reads: not as speakers, as names alone, as names with an organisation. */
const NONE = 0;
const NAMES = 1;
const WITH_ORG = 2;
export type Under = typeof NONE | typeof NAMES | typeof WITH_ORG;

/**
 * Sentence punctuation at the end: a title ends on none (a label's colon neither), nor do its
 * speakers but for a company's abbreviation ("Acme Inc.").
 */
const SENTENCE_END = /[.!?:;,…]$/;
const ABBREVIATION_END = /\b(?:Inc|Ltd|Co|Corp)\.$/;
/** A recap's or a day's heading, a credit or a venue's address: not a talk's title. */
const NOT_TALK_TITLE =
	/\b(?:recap|kube\s?con|docker\s?con|cloud\s?native\s?con|day\s*\d+|credits?|photos?|thanks|sponsors?|authors?|contacts?|copyright|address|venue)\b/i;

/** A room, a hall, a floor with its number or letter. */
const ROOM = /^(?:room|hall|level|floor|stage|ballroom|salon|suite|track)\s+[\w.]{1,6}$/i;

/** How `names` (the line under `title`) reads: the speakers of a talk titled `title`, or not. */
function speakerUnder(title: string, names: string): Under {
	const second = names.trim();
	const c = second.charCodeAt(0);
	// Cheap gates: a short line opening with a capital (or a letter beyond ASCII).
	if (second.length > 80 || second.length < 6 || !((c >= 65 && c <= 90) || c > 191)) return NONE;
	if (SENTENCE_END.test(second) && !ABBREVIATION_END.test(second)) return NONE;
	const first = title.trim();
	if (first.length < 8 || first.length > 160 || SENTENCE_END.test(first)) return NONE;
	if (first.indexOf(' ') < 0 || !titleCased(first) || !looksLikeTitle(first)) return NONE;
	if (NOT_TALK_TITLE.test(first)) return NONE;
	const list = parseSpeakerList(second);
	if (!list || list.speakers.length > 3) return NONE;
	if (!list.speakers.every(isPersonName) || list.speakers.some(isPlaceName)) return NONE;
	// "Howard Street, San Francisco": an address, not a speaker and an organisation.
	if (list.organizations.some(isPlaceName)) return NONE;
	// "Room 8.0, Oslo Spektrum", "Hall 3, Level 2": where a session is, not who gives it.
	if (list.organizations.some((o) => ROOM.test(o))) return NONE;
	return list.organizations.length > 0 ? WITH_ORG : NAMES;
}

/** How the second of `lines` reads under the first (NONE for one line). */
function underOf(lines: readonly string[] | null): Under {
	return lines !== null && lines.length >= 2 ? speakerUnder(lines[0]!, lines[1]!) : NONE;
}

/**
 * `lines` with the first two joined by a dash when the second is the first's speakers (with an
 * organisation, or names alone when `bare`); else `lines` as they are. `under`: how the second
 * line reads, when the caller has it (speakersUnder).
 */
export function withSpeakerUnder(lines: string[], bare: boolean, under = underOf(lines)): string[] {
	if (under === NONE || (under === NAMES && !bare)) return lines;
	return [`${lines[0]!.trim()} – ${lines[1]!.trim()}`, ...lines.slice(2)];
}

/**
 * How each of `items` (each its lines) reads (for withSpeakerUnder), and `bare`: whether some
 * item has its speakers with an organisation under its title, so names alone count in the others.
 */
export function speakersUnder(items: readonly (readonly string[] | null)[]): {
	unders: Under[];
	bare: boolean;
} {
	const unders = items.map(underOf);
	return { unders, bare: unders.includes(WITH_ORG) };
}

/**
 * "**Title**" (a bold line, a marker) over "Jane Doe, Acme" opening the next paragraph: the line
 * names the title's speakers with an organisation (names alone, "Really Good", are not enough).
 */
export function speakersUnderMarker(title: string, paragraph: string): boolean {
	const nl = paragraph.indexOf('\n');
	return speakerUnder(title, nl < 0 ? paragraph : paragraph.slice(0, nl)) === WITH_ORG;
}
