/**
 * A session's line in bold, its notes on the next lines of the same paragraph: "**Intro to
 * Knative** (Ville Aikas, Google)" or "**Envoy at Lyft** — Matt Klein (Lyft)" over "Good overview
 * of …". Run on with its notes, the line would be read as one long sentence and the talk lost.
 */
import { isPersonName, parseSpeakerList } from '../speakers';

/** "**Title** (Speaker, Org)": group 1 the names. */
const BOLD_PARENS = /^\*\*[^*\n]{4,200}\*\*\s*\(([^()\n]{3,160})\)\s*$/;
/** "**Title** — Speaker (Org)": group 1 the names. */
const BOLD_DASH = /^\*\*[^*\n]{4,200}\*\*\s+(?:–|—|-{1,2})\s+(\p{Lu}[^\n]{2,160})$/u;

/** Whether `line` (raw Markdown) is a bold title and its speakers, people all. */
export function boldTalkLine(line: string): boolean {
	if (!line.startsWith('**')) return false;
	const m = BOLD_PARENS.exec(line) ?? BOLD_DASH.exec(line);
	const list = m ? parseSpeakerList(m[1]!.trim()) : null;
	return list !== null && list.speakers.every(isPersonName);
}
