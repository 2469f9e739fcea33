/**
 * A team signing a post in French, Spanish, Portuguese or German, what follows the byline's
 * "par", "por", "pelo", "von" (byline.ts): "l'équipe Kubernetes", "la rédaction de Acme Cloud",
 * "el equipo de Acme", "time da Acme" (after "Pelo"), "dem Acme-Team", "der Acme-Redaktion". The
 * author is the team as written, without its article ("équipe Kubernetes", "Acme-Team"), as
 * "By the Northwind Labs Team" gives "Northwind Labs Team" (bylineMore.ts).
 */

/** Cheap test: a piece of one of the team words. */
const GATE = /quip|team|time|daktion|daction/i;
/** A capitalised name of one to four words ("Kubernetes", "Northwind Labs", "Acme Cloud"). */
const NAME = "[\\p{Lu}\\d][\\p{L}\\d&.'’+-]*(?:\\s+[\\p{Lu}\\d][\\p{L}\\d&.'’+-]*){0,3}";
/**
 * The article, then group 1: the team word and the name (after "de", "del", "da", "do" …).
 * French "l'équipe (de) X", "la rédaction (de|d') X"; Spanish "el equipo (de|del) X";
 * Portuguese "(a|o) equipe|time (da|do|de) X" ("pelo"/"pela" hold the article).
 */
const ROMANCE = new RegExp(
	`^(?:l['’]|la\\s+|les\\s+|el\\s+|o\\s+|a\\s+)?((?:équipes?|rédaction|equipo|equipe|equipa|time)\\s+(?:(?:de(?:l|\\s+la)?|d['’]|du|des|d[aeo]s?)\\s*)?${NAME})$`,
	'u'
);
/** German "(dem|der|das) Acme-Team", "Acme-Redaktion": the name joined to the team word. */
const GERMAN = new RegExp(`^(?:(?:dem|der|das)\\s+)?(${NAME}-(?:Team|Redaktion))$`, 'u');

/** The team a byline in one of these languages names, or null (`t`: trimmed, as teamAuthor has it). */
export function teamAuthorIntl(t: string): string | null {
	if (!GATE.test(t)) return null;
	const m = ROMANCE.exec(t) ?? GERMAN.exec(t);
	return m ? m[1]!.replace(/\s+/g, ' ') : null;
}
