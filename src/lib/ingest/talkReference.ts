/**
 * Words that point at a talk rather than name it: "Slides from yesterday's keynote", "Video of
 * the keynote", "Recording of this morning's talk", "Notes for my session". Before "by @jdoe" or
 * "– Jane Doe" such words are no title (the talk, when its speaker is given, is read as
 * "Keynote by …" instead). "Notes from the Field" or "Video Streaming at Scale" are titles.
 */

/** The cheap gate: a talk's word in the line (its capital or not). */
const TALK_WORD = /(?:eynote|alk|ession|resentation|orkshop|emo|anel)s?\b/;
/** What was kept of a talk (its slides, video, notes) "from/of/for" a few words, then the talk. */
const MEDIA_OF_TALK =
	/^(?:slides?|decks?|videos?|recordings?|replays?|photos?|pictures?|pics|notes|livestream|stream|link|links)\s+(?:from|of|for|to)\s+(?:[^\s:–—]+\s+){0,3}?(?:keynote|talk|session|presentation|workshop|demo|panel)s?\b/i;
/** "yesterday's keynote", "this morning's talk", "Monday's panel": when the talk was. */
const WHEN_OF_TALK =
	/\b(?:yesterday|today|tonight|tomorrow|this (?:morning|afternoon|evening)|last (?:night|week|year)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)['’]s\s+(?:[^\s:–—]+\s+)?(?:keynote|talk|session|presentation|workshop|demo|panel)s?\b/i;

export function refersToTalk(t: string): boolean {
	if (!TALK_WORD.test(t)) return false;
	return MEDIA_OF_TALK.test(t) || WHEN_OF_TALK.test(t);
}

/**
 * A programme's other items and a post's credits, before a dash and a name: "Registration – Main
 * Lobby", "Happy Hour – Jane Doe, Acme", "Photo credit – Jane Doe", "Thanks to the organisers –
 * …". ("Networking in Kubernetes" is a title: the schedule's items are matched whole.)
 */
const FURNITURE =
	/^(?:(?:registration|breakfast|lunch|dinner|happy hour|(?:evening |welcome )?reception|booth crawl|coffee(?: break)?|badge pick-?up|check-?in|(?:all-attendee |attendee )?party|networking(?: break| reception| lunch)?)$|(?:photo|image|cover|header|picture|video)s?\s+(?:credits?|by)\b|credits?\b|(?:special |many |big )?thanks\s+(?:to|for)\b|thank you\s+(?:to|for)\b)/i;
export function isProgrammeFurniture(t: string): boolean {
	return t.length <= 60 && FURNITURE.test(t);
}
