/**
 * A community programme's title beside a speaker's name: "Docker Captain", "CNCF Ambassador",
 * "Microsoft MVP", "Google Developer Expert", "Java Champion". A distinction, like a job title, not
 * the organisation the speaker works for. ("Hero" is left out: Delivery Hero is a company.)
 */
const PROGRAMME_TITLE =
	/^(?:[\p{Lu}][\p{L}\d.&-]*\s+){1,3}(?:Captains?|Ambassadors?|Champions?|MVPs?|Developer\s+Experts?|GDEs?)$/u;

export function isProgrammeTitle(s: string): boolean {
	return PROGRAMME_TITLE.test(s.trim());
}
