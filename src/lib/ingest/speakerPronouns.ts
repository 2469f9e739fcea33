/**
 * A speaker's pronouns beside the name: "Ann Lee (she/they) from Initech", "Jane Doe [she/her],
 * Acme", "Sam Roe (they/them)". They are no organisation, and their "they" or "she" must not read
 * as the words of a sentence: they go before the list is read. So do titles before a name ("Dr.
 * Mary Chen", "Prof. Dr. Hans Meier"): the same person is named with and without them.
 */

/** "(she/her)", "[they/them]", "(he/him/his)", "(she/they)", "(any pronouns)", after a space. */
const PRONOUNS =
	/\s*[([](?:(?:she|he|they|ze|xe|ey|it)\/(?:her|hers|him|his|they|them|theirs|she|he|zir|xem|em|it)(?:\/(?:hers|his|theirs|her|him|them))?|any pronouns)[)\]]/gi;

/** `text` without the pronouns beside its names (the same string when it has none). */
export function withoutPronouns(text: string): string {
	// Cheap gate: a slash, or "any pronouns".
	if (!text.includes('/') && !text.includes('pronouns')) return text;
	return text.replace(PRONOUNS, '');
}

/** "Dr. ", "Prof. Dr. ", "Mrs " before a capitalised name, at the list's start or after a joiner. */
const TITLES =
	/(^|[,;]\s*|\s(?:and|&|\+|with)\s+)(?:(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx|Dott|Ing)\.?\s+)+(?=\p{Lu}\p{Ll})/gu;

/** `text` without the titles before its names (the same string when it has none). */
export function withoutTitles(text: string): string {
	// Cheap gate: every title has one of these letters after its capital.
	if (!/(?:D[ro]|Pr|M[rsx]|In)/.test(text)) return text;
	return text.replace(TITLES, '$1');
}
