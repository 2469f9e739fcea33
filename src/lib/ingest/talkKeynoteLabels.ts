/**
 * A schedule's line that opens with a keynote's label, a colon, then its speaker: "Keynote: Scott
 * Johnston (Docker)", "2:15 Keynote: Jane Doe on …", and the labels of other languages:
 * "Conférence d'ouverture : Jane Doe (Acme)", "Keynote de clôture : John Roe, Globex",
 * "Conferencia inaugural: …", "Keynote inaugural: …", "Sesión plenaria: …", "Eröffnungskeynote: …",
 * "Abschluss-Keynote: …", "Keynote di apertura: …", "Palestra de abertura: …". The label is no
 * title (every keynote would be one talk): the talk is named "Eröffnungskeynote by Jane Doe".
 */
import { NAME } from './talkWords';

/** The opening or closing keynote (or a plenary) in French, Spanish, German, Italian, Portuguese. */
export const FOREIGN_LABEL =
	"(?:[Kk]eynote|[Cc]onf[ée]rence|[Cc]onferencia|[Pp]onencia|[Cc]harla|[Pp]alestra|[Ii]ntervento|[Dd]iscurso)\\s+(?:d['’]ouverture|de\\s+cl[ôo]ture|de\\s+fermeture|pl[ée]ni[èe]re|inaugural|magistral|de\\s+apertura|de\\s+clausura|de\\s+cierre|di\\s+apertura|di\\s+chiusura|de\\s+abertura|de\\s+encerramento|zur\\s+Er[öo]ffnung)|(?:[Ee]r[öo]ffnungs|[Aa]bschluss)-?(?:[Kk]eynote|[Vv]ortrag|[Rr]ede)|(?:[Ss]esi[oó]n|[Ss]ession|[Ss][ée]ance|[Ss]essione|[Ss]ess[ãa]o)\\s+pl[ée]n(?:i[èe]re|[aá]ria)";

/**
 * What opens or closes the event, after a talk word and before "de"/"by": "Keynote d'ouverture de
 * Jane Doe (Acme)", "Conferencia inaugural de …", "Keynote di apertura di …" (talks.ts's BY_TALK).
 */
export const OPENING_QUALIFIER =
	"(?:\\s+(?:d['’]ouverture|de\\s+cl[ôo]ture|inaugural|de\\s+(?:apertura|clausura|cierre|abertura|encerramento)|di\\s+(?:apertura|chiusura)))?";

/** A label of the list above, alone (the title a "Label: Jane Doe (Acme)" line gives). */
export const FOREIGN_KEYNOTE_ONLY = new RegExp(`^(?:${FOREIGN_LABEL})$`, 'u');

/**
 * Cheap gate for the labels of other languages, before KEYNOTE_LABEL_COLON: a word each of them
 * holds ("ouverture", "inaugural", "plenaria", "Eröffnungs…"), anywhere (one scan of a passage
 * that has a colon).
 */
const FOREIGN_GATE =
	/ouverture|cl[ôo]ture|fermeture|pl[ée]n|inaugural|magistral|apertura|clausura|cierre|chiusura|abertura|encerramento|ffnung|bschluss/;

/** "Keynote: ", "Keynote : " or a label of another language: a passage to read the lines of. */
export function mayLabelKeynote(text: string): boolean {
	return (
		text.includes('eynote: ') ||
		text.includes('eynote : ') ||
		(text.includes(': ') && FOREIGN_GATE.test(text))
	);
}

/**
 * A line (after a bullet or a chapter’s time) that opens with "Keynote:" (or in French "Keynote :"),
 * group 1, or a label of another language, group 2, then a name (group 3), with its organisation in
 * brackets or after a comma, " on " (or "sur", "sobre", "über", "su") and a subject, or the line's
 * end follows.
 */
export const KEYNOTE_LABEL_COLON = new RegExp(
	`(?:^|\\n)[\\s•*\\-–]*(?:[[(]?(?:\\d{1,2}:)?\\d{1,2}[:.h][0-5]\\d[\\])]?\\s+(?:[-–—|]\\s+)?)?(?:(?:(?:[Oo]pening|[Cc]losing)\\s+)?([Kk]eynote)|(${FOREIGN_LABEL})) ?: (${NAME})(?=\\s*\\(|[ \\t]*(?:\\n|$)| (?:on|sur|sobre|über|su) |, \\p{Lu})`,
	'gu'
);

/** ", Globex" to the line's end after the name: the organisation, group 1. */
const COMMA_ORG = /^, (\p{Lu}[^,\n()]{1,50}?)[ \t.]*(?:\n|$)/u;

/** The organisation after a comma that ends the line ("Keynote de clôture : John Roe, Globex"). */
export function commaOrgAt(text: string, at: number): { org: string; length: number } | null {
	if (text.charCodeAt(at) !== 44) return null;
	const m = COMMA_ORG.exec(text.slice(at, at + 60));
	return m ? { org: m[1]!.trim(), length: m[0].trimEnd().length } : null;
}
