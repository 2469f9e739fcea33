/**
 * A section of quotes ("## Quotes", "Best quotes", "Overheard", "Zitate"): its lines are what
 * people said, '"Containers are processes" – Solomon Hykes', in the very shape of a talk list
 * ('"Title" – Speaker'). A careful reader takes none of them for a talk.
 */
const QUOTES_HEADING =
	/^[^\p{L}]*(?:(?:(?:my\s+)?(?:best|favou?rite|memorable|notable|quotable|top|some|more|great)\s+)?(?:quotes?|quotations?)(?:\s+(?:of|from)\s+(?:the\s+)?[\p{L}\d ]{1,30}|\s+(?:we|i)\s+(?:heard|liked|loved|noted|collected|overheard|wrote\s+down))?|overheard(?:\s+(?:at|in)\s+[\p{L}\d ]{1,30})?|heard\s+in\s+the\s+hallways?|things\s+people\s+said|zitate|citations|frases|citas)[^\p{L}]*$/iu;

/** `heading` is a section of quotes, whose passages name no talks. */
export function isQuotesHeading(heading: string | null): boolean {
	// Cheap gate: every such heading is short.
	return heading !== null && heading.length <= 48 && QUOTES_HEADING.test(heading.trim());
}
