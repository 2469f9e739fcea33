/**
 * Talks in the structured passages of notes: a talk-table row ("Talk: Title | Speaker: Name"),
 * a notes template's labels ("Talk: Title" and "Speaker: Name (Org)"), and a list each of whose
 * items names its speaker first ("Kelsey Hightower: Title").
 */
import type { TalkCandidate } from './talks';
import { cleanTitle, looksLikeTitle, titleCased } from './talkTitle';
import { namesBeforeProse, OPENING_QUOTE } from './talkQuotes';
import { isOrgName, isPersonName, parseSpeakerList, type SpeakerList } from './speakers';
import { parseCjkSpeakerList } from './speakersCjk';
import { linesAt } from './codeUnits';
import { hasSeparator, talkFromLine } from './talkLines';

/**
 * Column headers of a talk table, in the languages recaps are written in ("Vortrag", "Ponente",
 * "登壇者", "발표자"). The speaker's is tested first: "Speaker of the session", "演讲者" hold a
 * title word as well.
 */
const SPEAKER_HEADER =
	/speaker|presenter|\bwho\b|\bby\b|sprecher|referent|vortragende|ponente|orador|palestrante|intervenant|conférencier|relatore|докладчик|спикер|演讲者|讲师|讲者|嘉宾|講演者|登壇者|発表者|스피커|발표자|연사/;
const TITLE_HEADER =
	/title|talk|session|presentation|topic|\bwhat\b|titel|vortrag|título|titulo|charla|ponencia|palestra|sessão|titre|conférence|intervento|доклад|тема|название|标题|题目|演讲|议题|タイトル|講演|セッション|発表|제목|세션|발표/;
const ORG_HEADER =
	/company|organi[sz]ation|affiliation|employer|\borg\b|firma|unternehmen|empresa|entreprise|société|azienda|компания|организация|公司|单位|会社|所属|회사|소속/;

/**
 * A talk-table row as the parser writes it: "Talk: Title | Speaker: Name, Name | Company: Org"
 * (or bare cells "Title | Name, Org" when the table had no header).
 */
const LEADING_TIME = /^[[(]?(?:\d{1,2}:)?\d{1,2}[:.h][0-5]\d[\])]?\s+(?=\S)/;

export function talkFromTableRow(text: string): TalkCandidate | null {
	const cells = text.split(' | ').map((c) => c.trim());
	if (cells.length < 2 || text.length > 400) return null;
	const labelled = cells.map((c) => /^([^:]{1,30}):\s+(.*)$/.exec(c));
	let title: string | undefined;
	let speakerCell: string | undefined;
	let orgCell: string | undefined;
	// "Kubernetes at Scale: Lessons | Jane Doe | Google": in a row without a header, a first cell
	// whose colon is no header's ("Talk: …", "Speaker: …") is a title with a colon in it.
	if (labelled[0] && !labelled.slice(1).some(Boolean) && !isHeader(labelled[0][1]!))
		labelled[0] = null;
	if (labelled.every(Boolean)) {
		for (const m of labelled) {
			const [label, value] = [m![1]!.toLowerCase(), m![2]!];
			if (!speakerCell && SPEAKER_HEADER.test(label)) speakerCell = value;
			else if (!title && TITLE_HEADER.test(label)) title = value;
			else if (!orgCell && ORG_HEADER.test(label)) orgCell = value;
		}
	} else if (labelled.every((m) => !m)) {
		[title, speakerCell] = cells;
		// "Title | Jane Doe | Acme": a third cell that names an organisation is the speaker's.
		if (cells.length === 3 && isOrgName(cells[2]!)) orgCell = cells[2];
	}
	if (!title) return null;
	// "Time: 09:00 | Session: Istio in Production – Jane Doe (Acme) | Room: Hall 8": a schedule's
	// row, the speakers in the session's cell.
	if (!speakerCell) return orgCell || !hasSeparator(title) ? null : cellTalk(title, text.length);
	// "27:05 Keynote: Linkerd at Scale | William Morgan": a video chapter's time is no title.
	const cleanedTitle = cleanTitle(
		title.charCodeAt(0) < 58 ? title.replace(LEADING_TIME, '') : title
	);
	if (!looksLikeTitle(cleanedTitle, true)) return null;
	const list =
		parseSpeakerList(orgCell ? `${speakerCell}, ${orgCell}` : speakerCell) ??
		(labelled[0] ? cjkCells(speakerCell, orgCell) : null);
	if (!list) return null;
	return { title: cleanedTitle, ...list, start: 0, end: text.length, generic: false };
}

/** The talk a schedule's session cell names with its speakers, over the whole row. */
function cellTalk(cell: string, length: number): TalkCandidate | null {
	const talk = talkFromLine(cell, 0, true);
	return talk ? { ...talk, start: 0, end: length } : null;
}

/** A talk table's header for a title, its speakers or their organisation. */
function isHeader(label: string): boolean {
	const l = label.toLowerCase();
	return SPEAKER_HEADER.test(l) || TITLE_HEADER.test(l) || ORG_HEADER.test(l);
}

/** "登壇者: 山田太郎 | 所属: ヤフー": names in Chinese or Japanese script, under their header. */
function cjkCells(speakerCell: string, orgCell: string | undefined): SpeakerList | null {
	const list = parseCjkSpeakerList(speakerCell, 'any');
	const org = orgCell?.trim();
	if (list && org && !list.organizations.includes(org)) list.organizations.push(org);
	return list;
}

/**
 * A label for the speakers, as notes templates write it ("Speaker: Jane Doe (Acme)"), in English
 * and in Spanish, Portuguese, German, French, Italian, Dutch, Polish and Russian ("Ponente:", "Referentin:", "Докладчик:").
 */
const SPEAKERS_LABEL =
	'(?:[Ss]peakers?|SPEAKERS?|[Pp]resenters?|[Ss]peaker\\(s\\)|[Pp]resenter\\(s\\)|[Pp]resented by|[Pp]onentes?|[Oo]radore?s?|[Pp]alestrantes?|[Ss]precher(?:in)?|[Rr]eferent(?:in)?|[Ii]ntervenant(?:e|s)?|[Oo]rateur|[Rr]elator[ei]|[Ss]prekers?|[Pp]relegen(?:t|ci)|[Дд]окладчик(?:и)?|[Сс]пикеры?)\\s*[:：]';
export const SPEAKER_LABEL = new RegExp(SPEAKERS_LABEL);
/** A label for the title, in the same languages ("Charla:", "Vortrag:", "Titre:"). */
const TITLE_LABEL =
	'(?:[Tt]alk|TALK|[Tt]itle|TITLE|[Ss]ession|[Pp]resentation|[Kk]eynote|[Tt]opic|[Cc]harla|[Pp]onencia|[Pp]alestra|[Vv]ortrag|[Tt]itel|[Cc]onférence|[Tt]itre|[Ii]ntervento|[Tt]itolo|[Tt]ítulo|[Ss]esión|[Ss]essão|[Ll]ezing|[Pp]relekcja|[Tt]emat|[Дд]оклад|[Тт]ема)\\s*[:：]';
/** "Talk: …" among a template's lines: the title has its own label. */
export const TITLE_LABEL_LINE = new RegExp(`(?:^|[\\s*_])${TITLE_LABEL}\\s`, 'u');
/** "Talk: Title Speaker: Name (Org)": both labels on one line (paragraph lines are joined). */
const LABELLED = new RegExp(
	`(?:^|[\\s*_])${TITLE_LABEL}[\\s*_]*([^\\n]{4,200}?)[\\s*_]+${SPEAKERS_LABEL}[\\s*_]*([^\\n]{3,240})`,
	'u'
);
/** "Speaker: Jane Doe (Acme) Talk: Title": both labels on one line, the speaker's first. */
const LABELLED_SPEAKER_FIRST = new RegExp(
	`^[\\s*_]*${SPEAKERS_LABEL}[\\s*_]*([^\\n]{3,160}?)[\\s*_]+${TITLE_LABEL}[\\s*_]*([^\\n]{4,200})$`,
	'u'
);
/** "Speaker: Jane Doe (Acme) — “Title”": the speaker label first, then a dash and the title. */
const SPEAKER_FIRST = new RegExp(
	`^[\\s*_]*${SPEAKERS_LABEL}[\\s*_]*([^\\n]{3,120}?)\\s+(?:–|—|―|-{1,2})\\s+(.{4,200})$`,
	'u'
);
const TITLE_LINE = new RegExp(`^[\\s*_]*${TITLE_LABEL}[\\s*_]*(.+)$`, 'u');
const SPEAKERS_LINE = new RegExp(`^[\\s*_]*${SPEAKERS_LABEL}[\\s*_]*(.+)$`, 'u');

/** "Title Speaker: Name (Org)": a title without its label, then the speakers' label. */
const BARE_TITLE_THEN_SPEAKERS = new RegExp(
	`^[\\s*_•\\-–]*(\\S[^\\n]{3,200}?)[\\s*_]+${SPEAKERS_LABEL}[\\s*_]*([^\\n]{3,240})$`,
	'u'
);
const BULLET = /^[\s*_•\-–]+/;
/** A notes template's next label after the names: " Track: ", " Key takeaways: ", " Slides: ". */
const NEXT_LABEL = /\s+\p{Lu}[\p{Ll}()]*(?:\s\p{Ll}+)?\s*:(?:\s|$)/u;
const OTHER_LABEL = /^[^:\n]{1,25}:\s*(?:[\d\p{Ll}]|$)/u;
const QUOTED_PART = /["“«„]([^"“”«»„\n]{4,200})["”»“]/;
const QUOTED_WHOLE = /^["“«„][^"“”«»„\n]{4,200}["”»“]$/;

/**
 * A title standing without a label: all in quotes, or title-cased and no sentence; or the quoted
 * title in a line that says more ('KubeCon EU 2020 — "Scaling Prometheus" (slides)'). Else null.
 */
function bareTitle(s: string): string | null {
	const t = s.trim();
	if (QUOTED_WHOLE.test(t)) return t;
	const quoted = OPENING_QUOTE.test(t) ? QUOTED_PART.exec(t) : null;
	if (quoted) return quoted[1]!;
	// "Rating: 5/5", "Slides: https://…": a template's other labels, not a title.
	if (/[.!?:;,]$/.test(t) || SPEAKER_LABEL.test(t) || OTHER_LABEL.test(t)) return null;
	return titleCased(t) ? t : null;
}

function labelledTalk(
	title: string,
	names: string,
	start: number,
	end: number
): TalkCandidate | null {
	const cleaned = cleanTitle(title);
	if (!looksLikeTitle(cleaned, true)) return null;
	// "Presenter(s): Jane Doe, Acme Track: Keynote Key takeaways: …": the template's next label
	// ends the names (its lines joined as a paragraph joins them).
	const next = names.includes(':') ? NEXT_LABEL.exec(names) : null;
	// "Speaker: Matt Fisher Company: Microsoft Video: …": the company label's value is theirs.
	const company = next && ORG_LABEL.test(next[0]) ? names.slice(next.index + next[0].length) : '';
	if (next) names = names.slice(0, next.index);
	// "Speaker: 山田太郎（ヤフー）": a name in Chinese or Japanese script.
	const list =
		parseSpeakerList(names) ?? namesBeforeProse(names) ?? parseCjkSpeakerList(names, 'any');
	if (!list) return null;
	const org = company ? company.slice(0, NEXT_LABEL.exec(company)?.index).trim() : '';
	if (org && list.organizations.length === 0 && isOrgName(org)) list.organizations.push(org);
	return { title: cleaned, ...list, start, end, generic: false };
}

/**
 * "Talk: Title" and "Speaker: Name (Org)", the labels of a notes template: on one line (a
 * paragraph) or on two (list items); or "Speaker: Name (Org) — Title" alone.
 */
export function labelledTalks(text: string, out: TalkCandidate[]) {
	const { lines, starts } = linesAt(text);
	for (let k = 0; k < lines.length; k++) {
		const line = lines[k]!;
		const start = starts[k]!;
		const inline = LABELLED.exec(line);
		if (inline) {
			const talk = labelledTalk(inline[1]!, inline[2]!, start + inline.index, start + line.length);
			if (talk) out.push(talk);
			continue;
		}
		// The two lines of "Speaker: …" over "Talk: …", joined as a paragraph joins them.
		const joined = LABELLED_SPEAKER_FIRST.exec(line);
		const both = joined ? labelledTalk(joined[2]!, joined[1]!, start, start + line.length) : null;
		if (both) {
			out.push(both);
			continue;
		}
		// Unquoted, the title must be title-cased ("Speaker: Jane Doe — she was great" is a remark).
		const first = SPEAKER_FIRST.exec(line);
		const own =
			first && (OPENING_QUOTE.test(first[2]![0]!) || titleCased(first[2]!))
				? labelledTalk(first[2]!, first[1]!, start, start + line.length)
				: null;
		if (own) {
			out.push(own);
			continue;
		}
		// "Scaling Prometheus with Thanos Speaker: Jane Doe (Acme)": the title without its label.
		const bare = SPEAKER_LABEL.test(line) ? BARE_TITLE_THEN_SPEAKERS.exec(line) : null;
		const bareOne = bare && !TITLE_LINE.test(line) ? bareTitle(bare[1]!) : null;
		const unlabelled = bareOne
			? labelledTalk(bareOne, bare![2]!, start, start + line.length)
			: null;
		if (unlabelled) {
			out.push(unlabelled);
			continue;
		}
		const next = lines[k + 1];
		const titled = next === undefined ? null : TITLE_LINE.exec(line);
		const by = next === undefined ? null : SPEAKERS_LINE.exec(next);
		// Or the other way round: "Speaker: Jane Doe (Acme)" over "Talk: Title".
		const byFirst = next === undefined || titled ? null : SPEAKERS_LINE.exec(line);
		const titledNext = byFirst ? TITLE_LINE.exec(next!) : null;
		const end = next === undefined ? 0 : starts[k + 1]! + next.length;
		// Or a title without its label over "Speaker: Jane Doe (Acme)".
		const plain = by && !titled && !byFirst ? bareTitle(line.replace(BULLET, '')) : null;
		const talk =
			titled && by
				? labelledTalk(titled[1]!, by[1]!, start, end)
				: byFirst && titledNext
					? labelledTalk(titledNext[1]!, byFirst[1]!, start, end)
					: plain
						? labelledTalk(plain, by![1]!, start, end)
						: null;
		if (talk) {
			out.push(talk);
			k++;
			// "Speaker: Matt Fisher" over "Company: Microsoft": the organisation on its own line.
			const org = talk.organizations.length === 0 ? ORG_LINE.exec(lines[k + 1] ?? '') : null;
			if (org && isOrgName(org[1]!)) {
				talk.organizations.push(org[1]!.trim());
				talk.end = starts[++k]! + lines[k]!.length;
			}
		}
	}
}

/** "Company: Microsoft", "Organisation: Acme", "Affiliation: Globex": a speaker's organisation. */
const ORG_LINE =
	/^[\s*_•-]*(?:[Cc]ompany|[Oo]rgani[sz]ation|[Aa]ffiliation|[Ee]mployer)[*_]*\s*:[*_]*\s+([^\n:]{2,60})$/;
/** The same label after the names, their lines joined ("… Company: "). */
const ORG_LABEL = /^\s+(?:Company|Organi[sz]ation|Affiliation|Employer)\s*:/;

/** "Kelsey Hightower: Title", "Liz Rice — Title": a list item that names its speaker first. */
const NAME_FIRST = /^[\s•*\-–]*([^:：–—\n]{4,40}?)\s*(?:[:：]|\s(?:–|—|―|-{1,2}))\s+(\S.{5,200})$/;
/** Words of a list label, not of a name ("Day One: …", "Key Takeaways: …"). */
export const LABEL_WORD =
	/\b(?:Days?|Tracks?|Parts?|Rooms?|Stages?|Halls?|Sessions?|Keynotes?|Talks?|Key|Next|Main|Steps?|Weeks?|Lessons?|Notes?|Summary|Updates?|Takeaways?|Topics?|Themes?|Bonus|Tips?|Slides|Videos?|Links?|Demos?|Panels?|Workshops?|Morning|Afternoon|Evening|Highlights?|Mesh|Tools?|Security|Storage|Networking|Observability|Monitoring|Logging|Tracing|Serverless|Edge|Cloud|Native|Kubernetes|Containers?|Services?|Data|Machine|Learning|Operators?|Platforms?|Community|Projects?|Open|Source|Runtimes?|Clusters?|Scaling|Performance|Testing|Releases?|Future|State|News|Announcements?|Other|General|Misc|Best|Worst|Favou?rite)\b/;

const SAID = /^(?:I|I'm|I’m|We|We're|We’re|My|Our|You|Yes|No|Well|So|It|It's|It’s|They)\b|\.$/;

/**
 * A list each of whose items (two at least) names a person, then a colon or a dash, then the
 * title: the speakers come first. One item in another shape makes it an ordinary list.
 */
export function namesFirstList(text: string, out: TalkCandidate[]) {
	// The first item decides most lists: read it before splitting the others.
	const firstEnd = text.indexOf('\n');
	if (!NAME_FIRST.test(firstEnd < 0 ? text : text.slice(0, firstEnd))) return;
	const { lines, starts } = linesAt(text);
	const talks: TalkCandidate[] = [];
	for (let k = 0; k < lines.length; k++) {
		const [line, start] = [lines[k]!, starts[k]!];
		if (line.trim() === '') continue;
		const m = NAME_FIRST.exec(line);
		if (!m || LABEL_WORD.test(m[1]!) || !isPersonName(m[1]!)) return;
		const title = cleanTitle(m[2]!);
		// A talk title is title-cased; a topic's notes ("Service Mesh: Istio everywhere") are not.
		if (!looksLikeTitle(title) || !titleCased(title) || speakersAfter(title)) return;
		// "Jane Doe: We Loved It.": what someone said (an interview), not a session.
		if (SAID.test(title)) return;
		const speakers = [m[1]!.trim()];
		talks.push({
			title,
			speakers,
			organizations: [],
			start,
			end: start + line.length,
			generic: false
		});
	}
	if (talks.length >= 2) out.push(...talks);
}

/** "Jane Doe — John Roe, Acme": what follows is a speaker list with an organisation or two names. */
function speakersAfter(s: string): boolean {
	const list = parseSpeakerList(s);
	return list !== null && (list.organizations.length > 0 || list.speakers.length > 1);
}
