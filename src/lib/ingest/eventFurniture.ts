import { COMMENTS_INTL, RELATED_INTL } from './parse/furnitureIntl';

/**
 * Headings of a web page's furniture after the article: related posts, comments ("2 thoughts on
 * “…”"), share buttons. What follows them is not the recap, whatever edition they name.
 */
const PAGE_FURNITURE_EN =
	/^(?:related(?:\s+(?:posts?|articles?|stories|reading|content))?|you\s+(?:may|might)\s+also\s+like|read\s+next|recent\s+posts|\d+\s+(?:thoughts?|comments?|responses?|replies)(?:\s+on\b.*)?|comments|leave\s+a\s+(?:reply|comment)\b.*|share\s+this\b.*)\W*$/i;

/** The same in the other languages of recaps: "Posts relacionados", "Комментарии (4)", "관련 글". */
export const PAGE_FURNITURE = new RegExp(
	`${PAGE_FURNITURE_EN.source}|${RELATED_INTL.source}|${COMMENTS_INTL.source}`,
	'iu'
);
