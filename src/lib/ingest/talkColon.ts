/**
 * A talk on one line as "Title: Jane Doe (Acme) and John Roe (Globex)": a title, a colon, then
 * names that each carry their organisation (split from talkLines.ts to keep that file small).
 */
import type { TalkCandidate } from './talks';
import { cleanTitle, looksLikeTitle, titleCased } from './talkTitle';
import { OPENING_QUOTE } from './talkQuotes';
import { isOrgName, isPersonName } from './speakers';
import { SENTENCE_WORDS, SERIES_FIRST, TIME_PREFIX } from './talkLines';

/**
 * "Title: Jane Doe (Acme) and John Roe (Globex)": the title (which may hold a colon of its own:
 * "Kubernetes at Scale: Lessons: Jane Doe (Acme)"), a colon, then names with organisations.
 */
const COLON_NAMES = /^[\s•*\-–]*([^\n]{4,160}?)\s*:\s+(\p{Lu}[^:\n]{4,300}\))[\s.]*$/u;
const NAME_ORG_JOIN = /\)\s*(?:,\s*(?:and\s+|&\s*)?|&\s*|and\s+)/;
const NAME_ORG = /^([^()]{4,60}?)\s*\(([^()]{2,60})\)$/;
/** Labels of people, not titles: "Speakers: Jane Doe (Acme)". */
const PEOPLE_LABEL =
	/^(?:(?:keynote\s+)?speakers?|panel(?:ists?)?|hosts?|moderators?|presenters?|with|featuring|photos?|credits?|thanks|authors?|organi[sz]ers?)$/i;

/** Cheap test before colonTalk: a colon and a closing bracket ending a line. */
export function mayBeColonTalk(text: string): boolean {
	return text.includes(': ') && (text.endsWith(')') || text.includes(')\n'));
}

/** "Scaling Prometheus: Jane Doe (Acme) and John Roe (Globex)": every name has its organisation. */
export function colonTalk(line: string, offset: number): TalkCandidate | null {
	if (line.length > 400 || !line.endsWith(')')) return null;
	const m = COLON_NAMES.exec(line);
	if (!m) return null;
	// "09:00 Keynote: Jane Doe (Acme)": the schedule's time is none of the title.
	const time = TIME_PREFIX.exec(m[1]!);
	const raw = (time ? m[1]!.slice(time[0].length) : m[1]!).trim();
	if (!/\S\s+\S/.test(raw) || SERIES_FIRST.test(raw) || OPENING_QUOTE.test(raw)) return null;
	const title = cleanTitle(raw);
	if (PEOPLE_LABEL.test(title) || !looksLikeTitle(title)) return null;
	// A colon inside: a title-cased "Title: Subtitle" ("Note: thanks to the organisers" is a remark).
	const colon = title.indexOf(':');
	if (colon >= 0 && PEOPLE_LABEL.test(title.slice(0, colon).trim())) return null;
	if (!titleCased(title) && (colon >= 0 || SENTENCE_WORDS.test(title.toLowerCase()))) return null;
	const parts = m[2]!.split(NAME_ORG_JOIN);
	const speakers: string[] = [];
	const organizations: string[] = [];
	for (let k = 0; k < parts.length; k++) {
		const part = k < parts.length - 1 ? parts[k]! + ')' : parts[k]!;
		const p = NAME_ORG.exec(part.trim());
		if (!p || !isPersonName(p[1]!) || !isOrgName(p[2]!)) return null;
		speakers.push(p[1]!);
		if (!organizations.includes(p[2]!.trim())) organizations.push(p[2]!.trim());
	}
	return {
		title,
		speakers,
		organizations,
		start: offset,
		end: offset + line.length,
		generic: false
	};
}
