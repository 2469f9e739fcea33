/**
 * A link to a programme's page for one session ("[Linkerd Deep Dive](https://….sched.com/event/…)",
 * ParsedPassage.sessions) names that session, wherever it stands in the sentence: "See also:
 * [Title](…)", "The obligatory Monzo talk: [Title](…)". The programme's link is the evidence a
 * sentence-case or short title lacks elsewhere; the speakers are those the link's own text names
 * ("Title - Jane Doe, Acme"), else none.
 */
import type { TalkCandidate } from './talks';
import { cleanTitle, looksLikeTitle } from './talkTitle';
import { talkFromLine } from './talkLines';

/** A link's label rather than a title: "Schedule", "Slides", "Details here". */
const NOT_A_TITLE =
	/^(?:(?:the|full|this|that|here|link|details|more|info|schedule|agenda|session|talk|slides?|videos?|recording|abstract|page|event|sched)\b[\s,:.!]*)+$/i;

/**
 * `found` with the talks named by the links in `sessions`: those no talk of `found` covers, and
 * those whose talk in `found` swallowed the words before the link ("Recommended: [Title - Jane
 * Doe, Acme](…)" read as one line gives "Recommended: Title").
 */
export function withSessionTalks(
	text: string,
	sessions: readonly string[],
	found: readonly TalkCandidate[]
): TalkCandidate[] {
	const out = [...found];
	for (const link of sessions) {
		const start = text.indexOf(link);
		if (start < 0) continue;
		const end = start + link.length;
		const own = talkFromLine(link, start, true);
		const k = out.findIndex((t) => t.start < end && start < t.end);
		if (k >= 0) {
			const t = out[k]!;
			if (
				own &&
				t.start < start &&
				t.title.length > own.title.length &&
				t.title.endsWith(own.title)
			)
				out[k] = own;
			continue;
		}
		if (own && own.speakers.length > 0) {
			out.push(own);
			continue;
		}
		const title = cleanTitle(link);
		if (!/\S\s+\S/.test(title) || NOT_A_TITLE.test(title) || !looksLikeTitle(title, true)) continue;
		out.push({ title, speakers: [], organizations: [], start, end, generic: false });
	}
	return out;
}
