/**
 * A panel named with its people after "with": "Panel: Future of Service Mesh, with Lin Sun (IBM),
 * William Morgan (Buoyant) and Oliver Gould (Buoyant)", "Fireside chat: Open Source at Scale
 * featuring Jane Doe (Acme) and John Roe". The label stays in the title, as a schedule writes it
 * ("Panel: Future of Service Mesh"); every name after "with" must be a person's.
 */
import type { TalkCandidate } from './talks';
import { isPersonName, parseSpeakerList } from './speakers';
import { cleanTitle, looksLikeTitle } from './talkTitle';
import { linesAt } from './codeUnits';

/** The labels of a session of several people, in English, French, Spanish and German. */
const PANEL_GATE = /[Pp]anel|[Ff]ireside|[Rr]ound ?table|[Tt]able ronde|[Mm]esa redonda|[Pp]odium/;

/** Groups: 1 the title with its label, 2 the people (after the first "with", then the last). */
const PANEL_WITH =
	/^[\s•*\-–]*((?:[Pp]anel(?:\s+[Dd]iscussion)?|[Ff]ireside\s+[Cc]hat|[Rr]ound\s?[Tt]able|[Tt]able\s+ronde|[Mm]esa\s+redonda|[Pp]odiumsdiskussion)\s?:\s+[\p{Lu}\d][^\n]{3,140}?),?\s+(?:with|featuring|feat\.|avec|con|mit)\s+(\p{Lu}[^\n]{3,300}?)[\s.]*$/u;

const PANEL_WITH_LAST = new RegExp(PANEL_WITH.source.replace('{3,140}?', '{3,140}'), 'u');

/** "— moderated by Lin Sun (IBM)" at the end of a panel's title: who leads it. */
const MODERATED =
	/\s*(?:[,—–(]|-{1,2})?\s*(?:moderated|hosted|chaired|led)\s+by\s+(\p{Lu}[^()]{2,60}(?:\([^()]{2,60}\))?)\)?$/u;

/** Cheap test before panelTalks: a label's colon, "with" (or another language's) and a label. */
export function mayNamePanel(text: string): boolean {
	return (
		text.includes(': ') &&
		(text.includes(' with ') ||
			text.includes(' featuring ') ||
			text.includes(' avec ') ||
			text.includes(' con ') ||
			text.includes(' mit ')) &&
		PANEL_GATE.test(text)
	);
}

/** Each line of `text` that names a panel and its people after "with": one talk a line. */
export function panelTalks(text: string, out: TalkCandidate[]): void {
	const { lines, starts } = linesAt(text);
	for (let k = 0; k < lines.length; k++) {
		const line = lines[k]!;
		const start = starts[k]!;
		let m = line.length < 460 && line.includes(': ') ? PANEL_WITH.exec(line) : null;
		let list = m ? parseSpeakerList(m[2]!) : null;
		// "Panel: Scaling with Kubernetes, with Jane Doe (Acme)": the title holds a "with".
		if (m && !list) {
			m = PANEL_WITH_LAST.exec(line);
			list = m ? parseSpeakerList(m[2]!) : null;
		}
		if (list && list.speakers.length > 0 && list.speakers.every(isPersonName)) {
			// "Panel: Future of Service Mesh — moderated by Lin Sun (IBM), with …": the moderator
			// is one of its people, not part of its title.
			const mod = m![1]!.includes(' by ') ? MODERATED.exec(m![1]!) : null;
			const host = mod ? parseSpeakerList(mod[1]!) : null;
			if (host)
				for (const key of ['speakers', 'organizations'] as const)
					list[key] = [...new Set([...host[key], ...list[key]])];
			const title = cleanTitle(host ? m![1]!.slice(0, mod!.index) : m![1]!);
			if (looksLikeTitle(title))
				out.push({ title, ...list, start, end: start + line.length, generic: false });
		}
	}
}
