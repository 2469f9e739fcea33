/**
 * A session read with a kind for its title ("Keynote – Kelsey Hightower", "Closing keynote –
 * Cheryl Hung, CNCF", "### Workshop" over its speaker): the kind is no title of its own (every
 * keynote would be one talk), so the talk is named as "keynote by Kelsey Hightower" names it.
 */

import { FOREIGN_KEYNOTE_ONLY } from './talkKeynoteLabels';

/** Cheap gate: a kind label is short. */
const MAX_LABEL = 32;
/**
 * "Keynote", "Opening Keynote", "Lightning talk", "Panel discussion", "Fireside chat"; in French,
 * Spanish, German or Italian: "Ouverture", "Keynote d'ouverture", "Table ronde", "Charla", "Vortrag".
 */
const KIND_ONLY =
	/^(?:(?:(?:opening|closing|morning|afternoon|evening|final|main|sponsored|lightning|day\s+(?:one|two|three|\d))\s+)?(?:keynote|talk|session|presentation|workshop|panel(?:\s+discussion)?|demo|tutorial|fireside\s+chat|keynote\s+session)|ouverture|cl[oô]ture|(?:keynote|conf[ée]rence|s[ée]ance)(?:\s+(?:d['’]ouverture|de\s+cl[oô]ture|pl[ée]ni[èe]re))?|pl[ée]ni[èe]re|table\s+ronde|atelier|charla|ponencia|taller|(?:(?:sesi[óo]n|charla|conferencia|keynote)\s+de\s+)?(?:apertura|clausura|cierre)|er[öo]ffnungsvortrag|abschluss(?:vortrag|-?keynote)|mesa\s+redonda|vortrag|er[öo]ffnung(?:s-?keynote)?|podiumsdiskussion|chiusura|intervento)$/iu;

/**
 * The talks, those titled only by a kind of session named after their speakers ("Keynote by
 * Kelsey Hightower"); without a speaker such a title names no talk ("### Talk" over the notes).
 */
export function titledByKind<T extends { title: string; speakers: string[] }>(talks: T[]): T[] {
	let out: T[] | null = null;
	for (let i = 0; i < talks.length; i++) {
		const talk = talks[i]!;
		const { title, speakers } = talk;
		// ("Conferencia inaugural", "Eröffnungskeynote": talkKeynoteLabels.ts.)
		if (title.length > MAX_LABEL || !(KIND_ONLY.test(title) || FOREIGN_KEYNOTE_ONLY.test(title))) {
			out?.push(talk);
			continue;
		}
		out ??= talks.slice(0, i);
		if (speakers.length === 0) continue;
		const names =
			speakers.length === 1
				? speakers[0]!
				: `${speakers.slice(0, -1).join(', ')} and ${speakers.at(-1)!}`;
		out.push({ ...talk, title: `${title} by ${names}` });
	}
	return out ?? talks;
}
