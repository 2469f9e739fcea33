/**
 * A line that names its speakers, then links the talk: "Jane Doe: [Talk Title](https://…)",
 * "- Jane Doe (Acme): [Title](…)", "Jane Doe – [Title](…)", or a sentence that does: "Carlos
 * Sanchez will be presenting [Title](…) in Room 3". The parser keeps the text of a
 * passage's links (ParsedPassage.links): a linked title after a speaker's name is the session,
 * even alone in its list and in sentence case, where "Jane Doe: Some words" is not.
 */
import type { TalkCandidate } from './talks';
import { cleanTitle, looksLikeTitle } from './talkTitle';
import { LABEL_WORD } from './talkLists';
import { isOrgBesideName, isPersonName, parseSpeakerList } from './speakers';
import { linesAt } from './codeUnits';
import { NAME } from './talkWords';

/** Names, a colon or a dash, then the rest of the line. */
const NAMES_THEN_REST =
	/^[\s•*\-–]*([^:：\n]{4,120}?)\s*(?:[:：]|\s(?:–|—|-{1,2}))\s+(\S.{2,200})$/;
/** What may follow the link on its line: a remark in parentheses, a full stop. */
const AFTER_LINK = /^\s*(?:\([^()\n]{1,60}\))?[\s.;,]*$/;
/** A link to slides, a video or a profile, not a session ("Slides and video", "Watch here"). */
const LINK_LABEL =
	/^(?:(?:the|and|&|\+|of|on|her|his|their|my|watch|read|see|view|full|more|slides?|videos?|recordings?|deck|transcript|here|links?|website|blog|post|profile|twitter|github|linkedin|youtube|talk|keynote|session|abstract|info|details)\b[\s,]*)+$/i;
/** Words of a label before a link ("Further Reading:", "Source Code:", "Related Post:"). */
const LINK_LABEL_WORD =
	/\b(?:Reading|Read|Code|Docs?|Documentation|Posts?|Articles?|Credits?|Resources?|References?|Related|Further|Previous|Source|See|Also|Blog|Website|Repo|Repository|Papers?|Books?|Watch|Recordings?|Chapters?|Episodes?|Edit|Disclaimer|Original|Full|Official|Recommended|Suggested|Learn|More|Homepage|Schedule|Agenda|Program|Programme|Playlist|Channel|Photos?|Images?)\b/;

/** Talks named by "Speaker: [linked title]" lines of `text`, added to `out`. */
export function linkedTalks(text: string, links: readonly string[], out: TalkCandidate[]) {
	const { lines, starts } = linesAt(text);
	for (let k = 0; k < lines.length; k++) {
		const [line, start] = [lines[k]!, starts[k]!];
		const m = NAMES_THEN_REST.exec(line);
		if (!m) {
			if (PRESENT_GATE.test(line)) presentedLinks(line, start, links, out);
			continue;
		}
		const rest = m[2]!;
		const link = links.find((l) => rest.startsWith(l) && AFTER_LINK.test(rest.slice(l.length)));
		if (!link) continue;
		const title = cleanTitle(link);
		// Two words at least: "Jane Doe: [Kubernetes](…)" links a project, "[@jdoe]" a profile.
		if (!/\S\s+\S/.test(title) || !looksLikeTitle(title, true) || LINK_LABEL.test(title)) continue;
		const names = m[1]!;
		if (LABEL_WORD.test(names) || LINK_LABEL_WORD.test(names)) continue;
		const list = parseSpeakerList(names);
		if (list) out.push({ title, ...list, start, end: start + line.length, generic: false });
	}
}

const TALKISH = /^\S+(?:\s+\S+){3}|[:?]/;
/** A verb of giving a talk, in a sentence ("will be presenting", "presented", "will discuss how"). */
const PRESENT_GATE =
	/\b(?:present|presents|presented|presenting|discuss|discussed|gave|give|talked|spoke)\b/;
/**
 * "Carlos Sanchez will be presenting ", "Jonathan Hess & Loren Trout from SAP will discuss how ",
 * "Jane Doe (Acme) presented ": names (group 1), an organisation (2 or 3), then the verb, right
 * before a link.
 */
const NAMES_PRESENT_BEFORE = new RegExp(
	`(${NAME}(?:\\s*(?:,|&|and)\\s+${NAME})*)(?:\\s*\\(([^()\\n]{2,60})\\)|\\s+(?:from|of)\\s+(\\p{Lu}[\\p{L}\\d&.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\d&.'’-]*){0,3}))?\\s+(?:(?:will|is|was)\\s+(?:be\\s+)?)?(?:presenting|present(?:s|ed)?|(?:discuss(?:es|ed)?|talk(?:s|ed)? about|spoke about|speak about)(?:\\s+how)?|gave|give)\\s+$`,
	'u'
);

/** "Speaker will be presenting [Title](…) in Room 3": a linked title after a presenting verb. */
function presentedLinks(
	line: string,
	start: number,
	links: readonly string[],
	out: TalkCandidate[]
) {
	for (const link of links) {
		const at = line.indexOf(link);
		if (at < 4) continue;
		const m = NAMES_PRESENT_BEFORE.exec(line.slice(Math.max(0, at - 160), at));
		if (!m) continue;
		const title = cleanTitle(link);
		// A talk's title, not a product's name ("presented [Google Cloud Run]") nor words ("gave
		// [a great talk]"): capitalised, and four words or a colon or question mark.
		if (!TALKISH.test(title) || !looksLikeTitle(title) || LINK_LABEL.test(title)) continue;
		const speakers = m[1]!.split(/\s*(?:,|&|\band\b)\s+/).map((n) => n.trim());
		if (!speakers.every((n) => isPersonName(n))) continue;
		const org = (m[2] ?? m[3])?.trim();
		const organizations = org && isOrgBesideName(org) ? [org] : [];
		out.push({ title, speakers, organizations, start, end: start + line.length, generic: false });
	}
}
