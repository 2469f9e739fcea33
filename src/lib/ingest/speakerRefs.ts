/**
 * References back to a speaker's session: "Adrian’s Microservices talk", "Bridget’s talk about…",
 * "Cockcroft’s keynote", "In her talk, Bridget…". Returns lower-cased name keys (full name, first
 * or last name) in text order; the caller looks them up among the document's known talks.
 */
const POSSESSIVE =
	/(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)['’]s?\s+(?:[\p{L}-]+\s+){0,2}(?:talk|keynote|session|presentation|slides|demo|workshop)s?\b/gu;
const VERB =
	/(?:^|[.!?]\s+)(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)?)\s+(?:talked|spoke|presented|explained|described|showed|demoed)\b/gu;

export function speakerMentions(text: string): string[] {
	if (
		!/talk|keynote|session|presentation|slides|demo|workshop|spoke|presented|explained|described|showed/i.test(
			text
		)
	) {
		return [];
	}
	const hits: { at: number; name: string }[] = [];
	for (const m of text.matchAll(POSSESSIVE)) hits.push({ at: m.index, name: m[1]! });
	for (const m of text.matchAll(VERB)) hits.push({ at: m.index, name: m[1]! });
	return hits.sort((a, b) => a.at - b.at).map((h) => h.name.toLowerCase());
}
