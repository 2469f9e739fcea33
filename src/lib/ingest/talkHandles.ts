/**
 * Speakers known by their handles alone in a list item of a "top talks" post: "Kubernetes Gone
 * Wild by @jdoe — https://youtu.be/…", "Title — @jdoe and @jroe". The speaker is stored as the
 * handle with its "@" (as "Keynote by @cherylhung" is): the name behind it is unknown, and the
 * "@" tells it from a person's name. A handle is never an organisation here ("from @AcmeCorp"
 * after a name is: speakers.ts).
 */
import type { SpeakerList } from './speakers';
import { titleCased } from './talkTitle';

const AT = 64;
const HANDLE = /@[A-Za-z0-9_]{2,15}\b/g;
/** Handles joined by commas, "&" or "and", then a video's link or nothing. */
const BY_HANDLES =
	/^(@[A-Za-z0-9_]{2,15}(?:\s*(?:,|&|\band\b)\s*@[A-Za-z0-9_]{2,15})*)\s*(?:(?:[-–—|:]\s*)?(?:https?:\/\/|www\.)\S+\s*)?$/;
/** Words of a sentence, not of a title written in sentence case. */
const SENTENCE_WORD = /\b(?:the|is|are|was|were|we|our|i|my|you|they|he|she|had|has|have|thanks)\b/;

/**
 * The handles that are the whole of `right` (after "by" or a dash), as a speaker list, when the
 * title before them is one: two words or more, title-cased, or in sentence case with three words or more and no
 * word of a sentence ("Multi-cluster networking at scale"; not "Great slides", "Thanks").
 */
export function handlesOnly(right: string, title: string): SpeakerList | null {
	if (right.charCodeAt(0) !== AT) return null;
	const m = BY_HANDLES.exec(right);
	if (!m) return null;
	const words = title.split(' ').length;
	if (words < 2) return null;
	const plain = titleCased(title) || (words >= 3 && !SENTENCE_WORD.test(title.toLowerCase()));
	return plain ? { speakers: m[1]!.match(HANDLE)!, organizations: [] } : null;
}
