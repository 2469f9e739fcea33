/**
 * References back to a speaker's session: "Adrian’s Microservices talk", "Bridget’s talk about…",
 * "Cockcroft’s keynote", "In her talk, Bridget…". Returns lower-cased name keys (full name, first
 * or last name) in text order; the caller looks them up among the document's known talks.
 */
const TALK_WORD = /\b(?:talk|keynote|session|presentation|slides|demo|workshop)s?\b/g;
const POSSESSIVE_BEFORE =
	/(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)['’]s?\s+(?:[\p{L}-]+\s+){0,2}$/u;
const VERB =
	/(?:^|[.!?]\s+)(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s+(?:talked|spoke|presented|explained|described|showed|demoed)\b/gu;

export function speakerMentions(text: string): string[] {
	const hits: { at: number; name: string }[] = [];
	// Talk word first, then the name just before it: cheaper than a name-first pattern.
	for (const k of text.matchAll(TALK_WORD)) {
		const from = Math.max(0, k.index - 60);
		const before = text.slice(from, k.index);
		if (!before.includes('’') && !before.includes("'")) continue;
		const m = POSSESSIVE_BEFORE.exec(before);
		if (m) hits.push({ at: from + m.index, name: m[1]! });
	}
	if (/talked|spoke|presented|explained|described|showed|demoed/.test(text)) {
		for (const m of text.matchAll(VERB)) hits.push({ at: m.index, name: m[1]! });
	}
	return hits.sort((a, b) => a.at - b.at).map((h) => h.name.toLowerCase());
}
