/**
 * A forum thread copied as text (Reddit, Hacker News): its buttons ("Reply", "Share", "level 2",
 * "12" votes over them) and each comment's header ("u/jane · 2 yr. ago", "jane 5 days ago [–]",
 * "r/kubernetes • Posted by u/bob 2 years ago") are the page's, not the recap's text.
 */
export const FORUM_GATE = /^(?:Reply|Share|level \d+)\s*$|\bago\s*\[[–-]\]|\bu\/\w+ · /m;
const FORUM_BUTTONS =
	/^(?:(?:reply|share|report|save|follow|give award|permalink|embed|parent|next|prev|flag|hide|context|more replies|level \d+|\[[–-]\])(?:\s*[|·•]\s*|\s+|$))+$/i;
const FORUM_HEADER =
	/^(?:r\/\w+\s*[•·]\s*)?(?:posted by\s+)?(?:u\/)?[\w-]{2,30}\s*(?:[•·]\s*)?(?:on\s+\p{L}{3,9}\.?\s+\d{1,2},\s+\d{4}|\d+\s*(?:yr|y|mo|d|h|min|m|years?|months?|days?|hours?|minutes?)\.?\s+ago)(?:\s*\|?\s*(?:parent|next|prev|root|edit|flag|on:\s.*|\[[–-]\]))*\s*$/iu;
const VOTES = /^\d{1,6}(?:\s+(?:points?|votes?|upvotes?))?$/i;

export function withoutForumFurniture(text: string): string {
	const lines = text.split('\n');
	const keep: string[] = [];
	for (let i = 0; i < lines.length; i++) {
		const t = lines[i]!.trim();
		if (t.length > 160 || t.length === 0) keep.push(lines[i]!);
		else if (FORUM_BUTTONS.test(t) || FORUM_HEADER.test(t)) keep.push('');
		// A vote count stands over the comment's buttons.
		else if (VOTES.test(t) && FORUM_BUTTONS.test(lines[i + 1]?.trim() ?? '')) keep.push('');
		else keep.push(lines[i]!);
	}
	return keep.join('\n');
}
