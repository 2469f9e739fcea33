/**
 * The writer's own talk, named by a quoted title: 'My talk, "Title", was …', 'I gave a talk
 * titled "Title"', 'Jane Doe and I presented a session "Title"'. Its speaker is the document's
 * author (filled in where the document is known: events.ts), after any co-speaker named here.
 */
import type { TalkCandidate } from './talks';
import { NAME, TALK_KIND } from './talkWords';
import { isPersonName } from './speakers';

/**
 * "my talk, ", "our workshop: ", "I gave a talk titled ", "Jane Doe and I presented a session "
 * (group 1: the co-speaker) right before the quote. "My favourite talk" is someone else's.
 */
const MY_TALK_BEFORE = new RegExp(
	`(?:\\b[Mm]y|\\b[Oo]ur|(?:(${NAME})\\s+and\\s+)?\\bI\\s+(?:gave|presented|delivered|did)\\s+(?:a|my|the|our))\\s+(?:own\\s+|first\\s+|short\\s+)?${TALK_KIND}(?:\\s+(?:titled|called|named|on|about))?[\\s,:]*$`,
	'u'
);

/** The writer's talk whose quoted `title` spans [qStart, qEnd), told by `before` (the text before it). */
export function ownTalkBefore(
	before: string,
	qStart: number,
	qEnd: number,
	title: string
): TalkCandidate | null {
	const mine = MY_TALK_BEFORE.exec(before);
	if (!mine) return null;
	const start = qStart - before.length + mine.index;
	const speakers = mine[1] && isPersonName(mine[1]) ? [mine[1]] : [];
	return { title, speakers, organizations: [], start, end: qEnd, generic: false, byAuthor: true };
}
