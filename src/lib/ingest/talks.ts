/**
 * Sessions a recap names. Shapes recognised (precision first: a sentence is never a talk):
 *   "Title – Speaker, Org & Speaker2, Org2"   "Title - Speaker (Company)"   "Title by Speaker"
 *   "“Title”, the X keynote, by Speaker"      "“Title” Speaker, Org" (schedule lists)
 *   "keynote by Speaker", "A talk by Speaker", "Speaker’s superb keynote", "Speaker in her keynote, “Title”"
 *   (one-line shapes: talkLines.ts; tables, templates and names-first lists: talkLists.ts; quoted
 *   titles: talkQuotes.ts and talkCjk.ts; headings naming a talk: talkHeadings.ts; "Speaker: [Title](…)"
 *   lines: talkLinks.ts; "Jane Doe gave a talk with John Roe (Acme) on …": talkGaveWith.ts; handles
 *   as speakers, "@jdoe" kept with its "@": talkHandles.ts)
 * This module gathers them for a passage and reads the title-less ones ("keynote by Speaker").
 */
import type { ParsedPassage } from './types';
import { cleanTitle, looksLikeTitle, titleCased } from './talkTitle';
import { BY_WORD, kindLabel, NAME, PLAIN_BY, TALK_KIND } from './talkWords';
import { hasSeparator, talkFromLine } from './talkLines';
import { colonTalk, mayBeColonTalk } from './talkColon';
import { labelledTalks, namesFirstList, SPEAKER_LABEL, talkFromTableRow } from './talkLists';
import { quotedTalks } from './talkQuotes';
import { mayBeRussianTalk, russianTalks } from './talkRussian';
import { linesAt } from './codeUnits';
import { linkedTalks } from './talkLinks';
import { withSessionTalks } from './talkSessions';
import { semicolonTalks } from './talkSemicolons';
import { CJK_SPEAKER_LABEL, cjkLabelledTalks } from './talkCjkLabels';
import { isOrgBesideName, isPersonName, parseSpeakerList, type SpeakerList } from './speakers';
import { parseCjkSpeakerList } from './speakersCjk';
import { mayNameTopic, mayNameTopicBy, namedOnTopic, talksOnTopicBy, topicAt } from './talkTopic';
import { gaveTalks, mayGiveTalk } from './talkGaveWith';
import { mayLeadWithNames, namesColonTalks } from './talkNamesLead';
import {
	commaOrgAt,
	KEYNOTE_LABEL_COLON,
	mayLabelKeynote,
	OPENING_QUALIFIER
} from './talkKeynoteLabels';
import { mayNamePanel, panelTalks } from './talkPanelWith';

// Compiled once: tsx lowers in-function literals with \p{…} to a new RegExp per call.
const COLON_TITLE = /^[^.:\n]{0,80}:\s+(\p{Lu}[^\n]{6,140}?)\s*$/u;

export interface TalkCandidate extends SpeakerList {
	title: string;
	/** Span of the passage text that names the talk (for the event named next to it). */
	start: number;
	end: number;
	/** No real title was given ("keynote by X"): a title-less reference to a session. */
	generic: boolean;
	/** The writer's own talk ('my talk, "Title"'): its speaker is the document's author. */
	byAuthor?: boolean;
}

const BY_TALK = new RegExp(
	`\\b${TALK_KIND}(?:\\s+session)?${OPENING_QUALIFIER},?\\s+(${BY_WORD})\\s+(${NAME})(?=(\\s*\\(|,\\s*\\p{Lu}|\\s+(?:über|sobre|sur|su)\\s)?)`,
	'gu'
);
const BY_HANDLE =
	/\b([Kk]eynote|[Tt]alk|[Ss]ession|[Pp]resentation|[Ww]orkshop|[Dd]emo|[Tt]utorial) by (@[A-Za-z0-9_]{2,15})(?![\w.@-]*\.\w)(?!\w)/g;
const HANDLE_ORG = /^ (?:from|at|of) @([A-Za-z0-9_]{2,15})(?![\w.@-]*\.\w)(?!\w)/;
const ANY_BY = / (?:[Bb]y|von|par|por|door|av|af|de|di) /;
/** "(Acme GmbH)" right after a speaker's name: the organisation. */
const PAREN_ORG = /^\s*\(([^()\n]{2,60})\)/;
const TALK_WORD = new RegExp(`\\b${TALK_KIND}(?![\\p{L}])`, 'gu');
// Matched backwards from a talk word found first: a name-first pattern run over every capital
// letter of a passage is what made this stage slow.
const POSSESSIVE_BEFORE = new RegExp(`(${NAME})['’]s?\\s+(?:[\\p{Ll}-]+\\s+){0,2}$`, 'u');
const IN_HER_BEFORE = new RegExp(
	`(${NAME})\\s+in\\s+(?:her|his|their)\\s+(?:[\\p{Ll}-]+\\s+){0,2}$`,
	'u'
);
/** A schedule's times ("10:30", "14h00"), at the start of a line: the gate for its lines. */
const TIME_DIGITS = /\d[:.h][0-5]\d/;
const TIME_LINE = /(?:^|\n)[\s•*\-–]*(?:(?:[01]?\d|2[0-3])[:.h][0-5]\d|[[(]?\d{1,2}:[0-5]\d)/;

/**
 * Every shape read here or beside needs one of these: a table cell separator, a dash between spaces,
 * "by", a quote or an apostrophe, "in her/his/their". One scan rules out most passages at once
 * instead of a test per shape.
 */
const ANY_TALK =
	/ \| |\s(?:–|—|―|-{1,2})\s| (?:by|von|par|por|door|av|af|de|di) |[“"’'«„「『《]| in (?:her|his|their) /i;

/**
 * Talks a passage names, in text order, without overlaps. `links`: the text of its links
 * (ParsedPassage.links), for "Speaker: [Title](…)" lines; `sessions`: those that lead to a
 * session's page (ParsedPassage.sessions).
 */
export function talksInPassage(
	text: string,
	kind?: ParsedPassage['kind'],
	links?: readonly string[],
	sessions?: readonly string[]
): TalkCandidate[] {
	const found = talksIn(text, kind);
	if (!links || links.length === 0) return found;
	const linked: TalkCandidate[] = [];
	linkedTalks(text, links, linked);
	const all = linked.length > 0 ? dedupe([...found, ...linked]) : found;
	if (!sessions || sessions.length === 0) return all;
	const named = withSessionTalks(text, sessions, all);
	return named.length > all.length ? dedupe(named) : named;
}

function talksIn(text: string, kind?: ParsedPassage['kind']): TalkCandidate[] {
	const found = talksOf(text, kind);
	// "Доклад Брендана Бернса (Microsoft) о …": Russian names the speaker after the talk word.
	if (!mayBeRussianTalk(text)) return found;
	const russian = russianTalks(text);
	return russian.length > 0 ? dedupe([...found, ...russian]) : found;
}

function talksOf(text: string, kind?: ParsedPassage['kind']): TalkCandidate[] {
	// "【Keynote】Kubernetes Project Update / Janet Kuo (Google)": a programme's tagged entries.
	if (text.includes('【')) {
		const tagged = taggedTalks(text);
		if (tagged.length > 0) return tagged;
	}
	// List items may also put the speakers in parentheses: "Title (Speaker, Org)".
	const listed = kind === 'list' || kind === 'talk';
	const items = listed && text.includes(')');
	// A label ends on a colon: most passages have none, and need no scan for the label words.
	const colons = text.includes(':') || text.includes('：');
	const labelled = colons && SPEAKER_LABEL.test(text);
	const timed = TIME_DIGITS.test(text) && TIME_LINE.test(text);
	// "講演者：山田太郎（ヤフー）", "演讲者：张三（阿里巴巴）": a speaker label in Japanese or Chinese.
	const cjkLabelled = colons && CJK_SPEAKER_LABEL.test(text);
	// "Title: Jane Doe (Acme) and John Roe (Globex)" on a line of its own.
	const colon = mayBeColonTalk(text);
	// "Brendan Burns (Microsoft) on patterns for distributed systems".
	const topic = mayNameTopic(text);
	// "Keynote : Jane Doe": French puts a space before the colon; "Eröffnungskeynote: Jane Doe".
	const keynote = colons && mayLabelKeynote(text);
	// "Jane Doe gave a talk with John Roe (Acme) on scaling etcd".
	const gave = mayGiveTalk(text);
	// "Liz Rice, Aqua Security: Kubernetes security best practices": the names, then the title.
	const lead = colons && mayLeadWithNames(text);
	// "Panel: Future of Service Mesh, with Lin Sun (IBM) and Oliver Gould (Buoyant)".
	const panel = colons && mayNamePanel(text);
	if (!items && !labelled && !timed && !cjkLabelled && !keynote && !ANY_TALK.test(text)) {
		const found: TalkCandidate[] = [];
		if (colon) colonTalks(text, found);
		if (topic) namedOnTopic(text, found);
		// "Talks: A (Jane Doe); B (John Roe, Acme)": the speakers in brackets, no "by".
		const semicolons = text.includes('; ') && text.includes(')');
		if (semicolons) semicolonTalks(text, found, true);
		if (gave) gaveTalks(text, found);
		if (lead) namesColonTalks(text, found);
		if (panel) panelTalks(text, found);
		const several =
			Number(colon) +
				Number(topic) +
				Number(semicolons) +
				Number(gave) +
				Number(lead) +
				Number(panel) >
			1;
		// "Kelsey Hightower: Title" items: a list with a colon and nothing else a talk needs.
		if (kind !== 'list' || !text.includes(': ') || !text.includes('\n'))
			return several ? dedupe(found) : found;
		namesFirstList(text, found);
		return colon || semicolons || gave || lead || panel ? dedupe(found) : found;
	}
	if (kind === 'table' || (text.includes(' | ') && !text.includes('\n'))) {
		const row = talkFromTableRow(text);
		if (row) return [row];
	}
	// "Title | Speaker, Org | KubeCon NA 2019" on each line of a list: one record a line.
	if (kind === 'list' && text.includes(' | ')) {
		const rows = recordTalks(text);
		if (rows.length > 0) return rows;
	}
	const found: TalkCandidate[] = [];
	if (labelled) labelledTalks(text, found);
	if (cjkLabelled) cjkLabelledTalks(text, found);
	if (items || timed || hasSeparator(text) || / by /i.test(text)) {
		const { lines, starts } = linesAt(text);
		for (let k = 0; k < lines.length; k++) {
			// ("Title by @handle" is a talk as a list's item only: `listed`.)
			const t = talkFromLine(lines[k]!, starts[k]!, listed);
			if (t) found.push(t);
		}
	}
	if (colon) colonTalks(text, found);
	if (topic) namedOnTopic(text, found);
	if (gave) gaveTalks(text, found);
	if (lead) namesColonTalks(text, found);
	if (panel) panelTalks(text, found);
	// "A by Jane Doe (Acme); B by John Roe (Globex); and C by …" in one sentence.
	if (text.includes('; ')) semicolonTalks(text, found);
	if (kind === 'list' && found.length === 0 && text.includes('\n')) namesFirstList(text, found);
	quotedTalks(text, found);
	if (ANY_BY.test(text)) {
		// "Keynote by @cherylhung": a speaker known by a handle.
		if (text.includes(' by @')) {
			for (const m of text.matchAll(BY_HANDLE)) {
				const title = `${kindLabel(m[1]!)} by ${m[2]!}`;
				let end = m.index + m[0].length;
				// "Keynote by @nickysmith from @AcmeCorp": the company's handle is the organisation.
				const org = HANDLE_ORG.exec(text.slice(end, end + 24));
				if (org) end += org[0].length;
				found.push({
					title,
					speakers: [m[2]!],
					organizations: org ? [org[1]!] : [],
					start: m.index,
					end,
					generic: true
				});
			}
		}
		// "the talk on eBPF tracing by Laura Chen (Google)": the subject between talk word and "by".
		if (mayNameTopicBy(text)) talksOnTopicBy(text, found);
		for (const m of text.matchAll(BY_TALK)) {
			if (!PLAIN_BY.test(m[2]!) && m[4] === undefined) continue;
			genericTalk(text, m.index, m[0], m[3]!, m[1]!, found);
		}
	}
	// "Name’s keynote", "Name in her talk": both need an apostrophe or "in her/his/their".
	// "Keynote: Scott Johnston (Docker)", "2:15 Keynote: Jane Doe on …", "14.30 Keynote: …",
	// "Keynote de clôture : John Roe, Globex", "Eröffnungskeynote: Jane Doe (Acme)".
	if (keynote) {
		for (const m of text.matchAll(KEYNOTE_LABEL_COLON)) {
			const label = m[1] ?? m[2]!;
			const at = m.index + m[0].lastIndexOf(label);
			const n = found.length;
			genericTalk(text, at, text.slice(at, m.index + m[0].length), m[3]!, label, found);
			const t = found[n];
			const comma = t && t.organizations.length === 0 ? commaOrgAt(text, t.end) : null;
			if (comma && isOrgBesideName(comma.org)) {
				t!.organizations.push(comma.org);
				t!.end += comma.length;
			}
		}
	}
	const mayNameSpeaker =
		text.includes('’') || text.includes("'") || / in (?:her|his|their) /.test(text);
	for (const k of mayNameSpeaker ? text.matchAll(TALK_WORD) : []) {
		const from = Math.max(0, k.index - 80);
		const before = text.slice(from, k.index);
		const possessive = before.includes('’') || before.includes("'");
		const inHer = / in (?:her|his|their) /.test(before);
		if (!possessive && !inHer) continue;
		const m =
			(possessive ? POSSESSIVE_BEFORE.exec(before) : null) ??
			(inHer ? IN_HER_BEFORE.exec(before) : null);
		if (!m) continue;
		const at = from + m.index;
		genericTalk(text, at, text.slice(at, k.index + k[0].length), m[1]!, k[1]!, found);
	}
	return dedupe(found);
}

/** Each line of a list read as a talk table's row without a header, when it is one. */
function recordTalks(text: string): TalkCandidate[] {
	const found: TalkCandidate[] = [];
	const { lines, starts } = linesAt(text);
	for (let k = 0; k < lines.length; k++) {
		const row = lines[k]!.includes(' | ') ? talkFromTableRow(lines[k]!) : null;
		if (row) found.push({ ...row, start: starts[k]!, end: starts[k]! + lines[k]!.length });
	}
	return found;
}

function colonTalks(text: string, found: TalkCandidate[]): void {
	const { lines, starts } = linesAt(text);
	for (let k = 0; k < lines.length; k++) {
		const t = colonTalk(lines[k]!, starts[k]!);
		if (t) found.push(t);
	}
}

/** "【Session】Title / Speaker (Org)": a bracketed kind, the title, a slash or a dash, the speakers. */
const TAGGED_LINE =
	/^[\s•*\-–]*【[^】\n]{1,20}】\s*(\S.{2,160}?)\s+(?:[/／]|–|—|-{1,2})\s+(\S.{1,160})$/u;

function taggedTalks(text: string): TalkCandidate[] {
	const found: TalkCandidate[] = [];
	const { lines, starts } = linesAt(text);
	for (let k = 0; k < lines.length; k++) {
		const m = TAGGED_LINE.exec(lines[k]!);
		if (!m) continue;
		const title = cleanTitle(m[1]!);
		const list = parseSpeakerList(m[2]!) ?? parseCjkSpeakerList(m[2]!, 'any');
		if (!list || !looksLikeTitle(title, true)) continue;
		const start = starts[k]!;
		found.push({ title, ...list, start, end: start + lines[k]!.length, generic: false });
	}
	return found;
}

const SENTENCE_END_IN_NAME = /(\p{L}{2,})\.\s[\s\S]*$/u;

function genericTalk(
	text: string,
	start: number,
	matched: string,
	name: string,
	kind: string,
	out: TalkCandidate[]
) {
	// "the keynote by Kelsey Hightower. Then…": a full stop after a word (not an initial) ends it.
	const speaker = name.replace(SENTENCE_END_IN_NAME, '$1').replace(/['’.]+$/, '');
	if (!isPersonName(speaker)) return;
	let end = start + matched.length;
	const organizations: string[] = [];
	// "the keynote by Cheryl Hung (CNCF)", "die Keynote von Cheryl Hung (CNCF)"
	const paren = PAREN_ORG.exec(text.slice(end, end + 64));
	if (paren && isOrgBesideName(paren[1]!)) {
		organizations.push(paren[1]!.trim());
		end += paren[0].length;
	}
	// "A talk by Ellen Körbes about …: Toolchains Behind Successful Workflows"
	const colon = COLON_TITLE.exec(text.slice(end, end + 230));
	let title = `${kindLabel(kind)} by ${speaker}`;
	let generic = true;
	if (colon && looksLikeTitle(cleanTitle(colon[1]!)) && titleCased(colon[1]!)) {
		title = cleanTitle(colon[1]!);
		generic = false;
		end += colon[0].length;
	} else if (text.charCodeAt(end) === 32) {
		// "Kelsey Hightower's keynote on serverless": the talk's subject as its title.
		const topic = topicAt(text, end);
		if (topic) {
			title = topic.title;
			generic = false;
			end += topic.length;
		}
	}
	out.push({ title, speakers: [speaker], organizations, start, end, generic });
}

function dedupe(talks: TalkCandidate[]): TalkCandidate[] {
	if (talks.length <= 1) return talks;
	const sorted = [...talks].sort(
		(a, b) => a.start - b.start || Number(a.generic) - Number(b.generic)
	);
	const out: TalkCandidate[] = [];
	for (const t of sorted) {
		const clash = out.find(
			(o) =>
				(t.start < o.end && o.start < t.end) ||
				(t.generic && o.speakers.some((s) => t.speakers.includes(s)))
		);
		if (clash) {
			if (clash.generic && !t.generic) out[out.indexOf(clash)] = t;
			continue;
		}
		out.push(t);
	}
	return out;
}
