/**
 * The words that name a talk and its speaker, in the languages recaps are written in: English,
 * then German, Spanish, Portuguese, French, Italian and Dutch ("keynote by", "Vortrag von", "la
 * charla de", "la conférence par", "de lezing door"). Chinese, Japanese and Korean ones: talkCjk.ts;
 * Russian ones (the speaker in the genitive after the talk word): talkRussian.ts.
 */

/** A speaker's name: two or three capitalised words, with the particles of a surname. */
export const NAME =
	"\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:de|van|von|der|da|di|del|la|le)?\\s*\\p{Lu}[\\p{L}'’.-]+){1,2}";
/**
 * The English talk words, then German, Spanish, Portuguese, French, Italian, Dutch and Swedish,
 * Danish or Norwegian ones.
 */
export const TALK_KIND =
	'([Kk]eynote|[Tt]alk|[Ss]ession|[Pp]resentation|[Ww]orkshop|[Dd]emo|[Tt]utorial|[Ll]ightning talk|' +
	'[Vv]ortrag|[Cc]harla|[Pp]onencia|[Pp]resentación|[Ss]esión|[Pp]alestra|[Aa]presentação|[Ss]essão|' +
	'[Cc]onférence|[Pp]résentation|[Ii]ntervento|[Ll]ezing|[Pp]resentatie|[Ss]essie|[Ff][öo]redrag)';
/**
 * "by" in the languages of TALK_KIND. "von", "par", "por", "door", "av" (Swedish, Norwegian) and "af"
 * (Danish) say only that; "de" and "di", and Portuguese "da" / "do", also
 * mean "of" ("la charla de Service Mesh"): a name after them needs its organisation or a title
 * next to it ("la charla de María García (Google)", "la ponencia “…” de Carlos López, Red Hat",
 * "a palestra “…” da Vicki Cheung (Lyft)").
 */
export const BY_WORD = '(?:[Bb]y|von|par|por|door|av|af|de|di|da|do)';
/**
 * '"Title" talk by …', '"Title" deep dive by …': what the session was, between its quoted title
 * and "by" (lower case, as a sentence writes it).
 */
export const KIND_AFTER_QUOTE =
	'(?:keynote|talk|session|presentation|workshop|demo|tutorial|deep[ -]dive|panel|lightning talk)';
/** A "by" word that says only "by". */
export const PLAIN_BY = /^(?:[Bb]y|von|par|por|door|av|af)$/;

/** The English word for a talk word ("Vortrag", "charla" → "Talk"), for a title-less talk. */
export function kindLabel(kind: string): string {
	const k = kind.toLowerCase();
	if (/^(?:vortrag|charla|ponencia|palestra|conférence|intervento|lezing|f[öo]redrag)$/.test(k))
		return 'Talk';
	if (/^(?:presentación|apresentação|présentation|presentatie)$/.test(k)) return 'Presentation';
	if (/^(?:sesión|sessão|sessie)$/.test(k)) return 'Session';
	return `${kind.charAt(0).toUpperCase()}${kind.slice(1)}`;
}

/**
 * "Talk by ", "Vortrag von ", "Palestra de ", "a keynote by ": a talk word and its "by" that open
 * the names after a title's dash ("Title – Vortrag von Jane Doe (Acme)"): the label, not a name.
 */
export const TALK_BY_LABEL = new RegExp(
	`^(?:(?:a|an|the|ein|eine|der|die|das|la|le|o|uma|um)\\s+)?${TALK_KIND}\\s+${BY_WORD}\\s+(?=\\p{Lu})`,
	'u'
);

/**
 * "speaker: ", "Speakers: ", "prelegent: ", "Referentin: ": a speaker label after a title's dash, in
 * English, Polish, German, Spanish, Portuguese, French, Italian and Dutch.
 */
const SPEAKER_WORD_LABEL =
	/^(?:speakers?|speaker\(s\)|presenters?|prelegen(?:t|tka|ci)|sprecher(?:in)?|referent(?:in)?|ponentes?|oradore?s?|palestrantes?|intervenant(?:e|s)?|orat(?:eur|rice)s?|relator[ei]|sprekers?)\s*:\s*(?=\p{Lu})/iu;

/** How many characters a talk label takes at the start of `names` (0 when none opens them). */
export function talkLabelLength(names: string): number {
	return (TALK_BY_LABEL.exec(names) ?? SPEAKER_WORD_LABEL.exec(names))?.[0].length ?? 0;
}
