/**
 * A paragraph right after a talk item tagged with its own edition ("- KubeCon EU 2018: 'Envoy
 * at Lyft' by Matt Klein (Lyft)", then "Matt showed how Lyft runs Envoy at the edge.") goes on
 * about that talk: it is at the talk's edition, not the section's. Only a paragraph that names no
 * edition itself and refers to the talk (a speaker's name, or "This talk", "He", "The demo")
 * follows it; any other passage is the section's as before.
 */
import type { TalkCandidate } from './talks';

/** The talk item a following paragraph may go on about. */
export interface TaggedItem {
	eventId: string;
	/** The speakers' first and last names (three letters or more). */
	names: string[];
}

/** A talk item's edition and the names a paragraph about it would use. */
export function taggedItem(eventId: string, talks: TalkCandidate[]): TaggedItem {
	const names: string[] = [];
	for (const t of talks)
		for (const s of t.speakers) {
			const parts = s.split(/\s+/);
			for (const part of [parts[0]!, parts[parts.length - 1]!])
				if (part.length >= 3 && !names.includes(part)) names.push(part);
		}
	return { eventId, names };
}

/**
 * "This talk …", "In her talk, …", "The demo …", "He showed …": the passage opens on the talk
 * (in German too: "Dieser Vortrag …", "In seinem Vortrag …", "Er zeigte …").
 */
const OPENS_ON_TALK =
	/^(?:(?:in|during|after)\s+)?(?:this|the|that|his|her|their)\s+(?:talk|session|keynote|presentation|demo|workshop|tutorial|slides|speaker)s?\b|^(?:he|she|they)\s+\p{Ll}|^(?:(?:in|nach)\s+)?(?:diese[mr]?|de[rm]|die|seine[mr]?|ihre[mr]?)\s+(?:Vortrag|Talk|Session|Keynote|Präsentation|Demo|Workshop)\b|^Er\s+\p{Ll}/iu;

/** Whether `text`, right after the item, goes on about its talk. */
export function continuesTalk(item: TaggedItem, text: string): boolean {
	if (OPENS_ON_TALK.test(text)) return true;
	for (const name of item.names) {
		let at = text.indexOf(name);
		while (at >= 0) {
			if (!isLetter(text.charCodeAt(at - 1)) && !isLetter(text.charCodeAt(at + name.length)))
				return true;
			at = text.indexOf(name, at + 1);
		}
	}
	return false;
}

const LETTER = /\p{L}/u;

function isLetter(code: number): boolean {
	return !Number.isNaN(code) && LETTER.test(String.fromCharCode(code));
}
