/**
 * Headings of a web page's furniture after the article: related posts, comments ("2 thoughts on
 * “…”"), share buttons. What follows them is not the recap, whatever edition they name.
 */
export const PAGE_FURNITURE =
	/^(?:related(?:\s+(?:posts?|articles?|stories|reading|content))?|you\s+(?:may|might)\s+also\s+like|read\s+next|recent\s+posts|\d+\s+(?:thoughts?|comments?|responses?|replies)(?:\s+on\b.*)?|comments|leave\s+a\s+(?:reply|comment)\b.*|share\s+this\b.*)\W*$/i;
