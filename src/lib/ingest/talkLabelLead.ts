/**
 * A session's kind, then its speaker, then its title: "Keynote — Cheryl Hung (CNCF): State of the
 * Union", "Keynote: Jane Doe, Acme – Scaling etcd", "Opening Keynote – Jane Doe (Acme) – Title",
 * "Eröffnungskeynote: Jane Doe (SAP) – Titel". The kind says what follows is a person (no
 * organisation needed); the title must read as one (talkNamesLead.ts's leadTitle).
 */
import type { TalkCandidate } from './talks';
import { isPersonName, parseSpeakerList } from './speakers';
import { isPlaceName } from './places';
import { leadTitle } from './talkNamesLead';
import { FOREIGN_LABEL } from './talkKeynoteLabels';

/** Groups: 1 the names (with the organisation), 2 the title. */
const LABEL_LEAD = new RegExp(
	`^[\\s•*\\-–]*(?:(?:[Oo]pening|[Cc]losing|[Dd]ay\\s+\\d|[Ll]ightning)\\s+)?(?:[Kk]eynote|[Tt]alk|[Ss]ession|[Ww]orkshop|${FOREIGN_LABEL})\\s?(?::|\\s(?:–|—|-{1,2}))\\s+([^:–—\\n]{4,120}?)\\s?(?::|\\s(?:–|—|-{1,2}))\\s+(\\S[^\\n]{3,160})$`,
	'u'
);
/** Cheap gate: what a line opens with before the label (a bullet, spaces) then its first letter. */
const FIRST_LETTER = /^[\s•*\-–]*[KkTtSsWwOoCcDdLlEeAaPp]/;

/** The talk a line names as "Keynote — Jane Doe (Acme): Title", or null. */
export function labelLeadTalk(line: string, offset: number): TalkCandidate | null {
	if (line.length > 300 || !FIRST_LETTER.test(line)) return null;
	const m = LABEL_LEAD.exec(line);
	if (!m) return null;
	const list = parseSpeakerList(m[1]!);
	if (!list || list.speakers.length > 4) return null;
	if (!list.speakers.every((s) => isPersonName(s) && !isPlaceName(s))) return null;
	const title = leadTitle(m[2]!, false);
	return title
		? { title, ...list, start: offset, end: offset + line.length, generic: false }
		: null;
}
