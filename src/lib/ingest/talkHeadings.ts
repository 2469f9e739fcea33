/**
 * Talks named by a heading: "Title – Speaker, Org" in the heading itself, a heading over a
 * speaker line or a "Speakers" list, or (under a talk heading, or with a recording link or
 * "this session" below it) a heading that is the session's title.
 */
import { SERIES } from './eventExternal';
import { isEditionTitle } from './talkEditionTitle';
import { isOrgBesideName, isPersonName, parseSpeakerList, type SpeakerList } from './speakers';
import { talksInPassage } from './talks';
import { talkFromLine } from './talkLines';
import { namesBeforeProse, OPENING_QUOTE } from './talkQuotes';
import { mayBeRussianTalk } from './talkRussian';
import { mayLeadWithNames } from './talkNamesLead';
import { NAME, TALK_BY_LABEL } from './talkWords';
import { withoutVenue } from './talkVenue';
import { TITLE_LABEL_LINE } from './talkLists';
import { CJK_SPEAKER_LABEL, cjkLabelSpeakers, cjkTitle } from './talkCjkLabels';
import { cleanTitle, looksLikeTitle, ONE_TALK_HEADING, titleCased } from './talkTitle';
import type { ParsedPassage, ParsedSection } from './types';

/**
 * A heading that names a talk: "Title – Speaker, Org", or a heading whose first passages are
 * a speaker line ("Aaron Grattafiori @dyn__", "Alex Sundström, Spotify") or a "Speakers" list.
 */
export function talkFromHeading(
	heading: string,
	headingIsTalk: boolean,
	passages: ParsedPassage[],
	recordedList = false
): (SpeakerList & { title: string }) | null {
	// "Keynotes in Barcelona, then the hallway track": a heading about sessions in general.
	if (SESSIONS_IN_GENERAL.test(heading)) return null;
	// "### Title — Jane Doe, Acme — Room 6C": the room is none of the talk.
	heading = withoutVenue(heading);
	// A quoted title in the heading ('Talk: "Title" (Jane Roe, MetLife)') counts as well.
	// ("大規模クラスタの運用（講演者：山田太郎）" too.)
	const line =
		talkFromLine(heading, 0, true) ??
		(OPENING_QUOTE.test(heading) ||
		CJK_SPEAKER_LABEL.test(heading) ||
		mayBeRussianTalk(heading) ||
		// "### Liz Rice, Aqua Security: Kubernetes Security Best Practices": names, then the title.
		mayLeadWithNames(heading)
			? talksInPassage(heading).find((t) => !t.generic)
			: null);
	if (line)
		return { title: line.title, speakers: line.speakers, organizations: line.organizations };
	// "## 大規模クラスタの運用" over "講演者：山田太郎（ヤフー株式会社）": a title in Chinese or Japanese
	// script names a session only with a speaker label under it.
	const plain = cleanTitle(heading);
	// "# KubeCon NA 2019" over the venue's address: the edition's heading, not a session's.
	if (isEditionTitle(plain)) return null;
	const cjkOnly = !looksLikeTitle(plain);
	const title = cjkOnly ? cjkTitle(heading) : plain;
	// "## Guests" over "- Kasia Nowak (Grafana Labs)": a heading that says who, not what.
	if (!title || (title.length < 32 && PEOPLE_HEADING.test(title))) return null;
	// "Keynotes" over "Keynote by Jane Doe (Acme). She showed…" heads sessions, it is not one.
	const oneSession = !cjkOnly && !BLOCK_HEADING.test(title) && !SERIES.test(title);
	const limit = Math.min(4, passages.length);
	const speakers = speakersAfterHeading(passages, limit, cjkOnly, oneSession);
	if (speakers) return { title, ...speakers };
	if (cjkOnly) return null;
	// "KubeCon Barcelona 2019: what changed" titles a recap of the conference, not one session.
	// In a document whose headings open on their recording, one after another, a heading in
	// sentence case over its recording is a session too ("## Container-native dev and ops").
	const session = !BLOCK_HEADING.test(title) && !SERIES.test(title);
	const single = session && titleCased(title);
	if (recordedList && session && recordingFollows(passages) && looksLikeTitle(title))
		return { title, ...(speakerOpening(passages[0]?.text ?? '') ?? NO_SPEAKERS) };
	// "## Talk 1: Swarm Mode in Production": the heading says it is one session.
	const labelled =
		passages.length > 0 && ONE_TALK_HEADING.test(heading) && !BLOCK_HEADING.test(title);
	if (
		headingIsTalk ||
		labelled ||
		(single && (recordingFollows(passages) || speaksOfSession(passages)))
	) {
		// "Sarah Klein (Zalando) walked us through …" opening its notes: the session's speaker.
		const first = passages[0]?.text ?? '';
		return { title, ...(speakerOpening(first) ?? nameOrgOpening(first) ?? NO_SPEAKERS) };
	}
	// "### Kubernetes Failure Stories" over "Henning Jacobs (Zalando) repasó decenas de …": a
	// title long enough (sessionLength), then a person with an organisation in brackets and a word in
	// lower case (a verb, in any language).
	// ("## Our Favourite Part of the Week" over "Jane Doe (Acme) gave us stickers" is the writer's.)
	// A heading in quotes ("### 「Harbor 1.8 の新機能」") is a title whatever its words.
	const quoted = QUOTED_HEADING.test(heading) && !BLOCK_HEADING.test(title) && !SERIES.test(title);
	const opening =
		quoted || (single && sessionLength(title) && !WRITERS_OWN.test(title))
			? nameOrgOpening(passages[0]?.text ?? '')
			: null;
	if (opening) return { title, ...opening };
	return null;
}

const NO_SPEAKERS: SpeakerList = { speakers: [], organizations: [] };

/**
 * "Sarah Klein (Zalando) walked us through", "Our first speaker, Markus Weber from SoundCloud,
 * showed": a name (group 1), its organisation (2 or 3), then a verb of presenting.
 */
const SPEAKER_OPENING = new RegExp(
	`^(?:(?:[Oo]ur|[Tt]he)\\s+(?:(?:first|second|third|next|last|final)\\s+)?speaker,?\\s+)?(${NAME})(?:\\s*\\(([^()\\n]{2,60})\\)|\\s+(?:from|of)\\s+(?:the\\s+)?(\\p{Lu}[\\p{L}\\d&.'’-]*(?:\\s+\\p{Lu}[\\p{L}\\d&.'’-]*){0,2}))?,?\\s+(?:walked|showed|presented|demoed|demonstrated|explained|shared|gave|talked|covered|introduced|described|opened|started|kicked off|took us)\\b`,
	'u'
);

/**
 * "Henning Jacobs (Zalando) repasó": a name, its organisation in brackets, a word in lower case;
 * or in Japanese a particle and a word for the talk ("Liu Tang (PingCAP) による TiKV の紹介").
 */
const NAME_ORG_OPENING = new RegExp(
	`^(${NAME})\\s*[(（]([^()（）\\n]{2,60})[)）](?:,?\\s+\\p{Ll}|\\s*(?:による|が|は|の|より)[^\\n]*?(?:発表|講演|紹介|セッション|話))`,
	'u'
);
const THREE_WORDS = /\S\s+\S+\s+\S/;
const FOUR_WORDS = /\S\s+\S+\s+\S+\s+\S/;

/**
 * Long enough for a session's title: four words, or three without a digit ("Intro to Helm";
 * "Docker Enterprise 3.0" heads an announcement).
 */
function sessionLength(title: string): boolean {
	return FOUR_WORDS.test(title) || (THREE_WORDS.test(title) && !/\d/.test(title));
}
/** A heading that is one quotation: "“Title”", "「タイトル」". */
const QUOTED_HEADING = /^\s*(?:[“"][^“”"]{4,160}[”"]|「[^「」]{2,160}」|『[^『』]{2,160}』)\s*$/;
/** A heading about the writer's own week ("Our …", "My …", "What we …"). */
const WRITERS_OWN = /^(?:our|my|we|i|what (?:we|i))\b/i;

function nameOrgOpening(text: string): SpeakerList | null {
	const m = NAME_ORG_OPENING.exec(text);
	if (!m || !isPersonName(m[1]!) || !isOrgBesideName(m[2]!)) return null;
	return { speakers: [m[1]!], organizations: [m[2]!.trim()] };
}

function speakerOpening(text: string): SpeakerList | null {
	const m = SPEAKER_OPENING.exec(text);
	if (!m || !isPersonName(m[1]!)) return null;
	const org = (m[2] ?? m[3])?.trim();
	return { speakers: [m[1]!], organizations: org && isOrgBesideName(org) ? [org] : [] };
}

/** Headings over several sessions ("Day 1 Keynotes", "Lightning talks", "Top 3"). */
const BLOCK_HEADING =
	/\b(?:keynotes|talks|sessions|charlas|ponencias|sesiones|palestras|sessões|vorträge|conférences|sessioni|interventi|lezingen|prelekcje|workshops|panels|day\s*\d+|top\s*\d+|monday|tuesday|wednesday|thursday|friday|saturday|sunday|agenda|schedule|summary|conclusions?|introduction(?!\s+to\b)|highlights|takeaways|recap|overview|wrap-?up|impressions|announcements|lessons learned|final thoughts|resources|links)\b/i;

/**
 * A heading that opens on sessions in the plural and goes on with where, when or what came next
 * ("Keynotes in Barcelona, then …", "Talks and workshops", "Sessions on day two"): about sessions
 * in general, never one session's title.
 */
const SESSIONS_IN_GENERAL =
	/^[\s#*_]*(?:(?:the|opening|closing|morning|afternoon|evening|main|lightning)\s+)?(?:keynotes|talks|sessions|workshops|panels|tracks)(?:\s*,|\s+(?:in|at|on|from|of|and|&|then|during|before|after|with)\b)/i;

/**
 * Headings over a list of people: a podcast's guests, a meeting's attendees, a panel, the people
 * the writer met, the ones thanked ("People we met", "Shout-outs", "Thanks to").
 */
const PEOPLE_HEADING =
	/^(?:(?:our|the|this week['’]s|today['’]s|special|new|some)\s+)?(?:guests?|hosts?|panel(?:ists?)?|speakers?|presenters?|moderators?|attendees|participants|people|folks|friends|faces|who|who was there|cast|team|organi[sz]ers|volunteers|thanks|thank you|shout-?outs|acknowledge?ments|credits)(?:\s+(?:(?:we|i)\s+(?:met|saw|made|talked to|spoke to|spoke with|ran into|caught up with)|to))?$/i;

/** The notes under a talk heading speak of "the speaker", "this session", "the talk". */
const OF_SESSION =
	/\b(?:the|this|that|this excellent|an excellent|a great)\s+(?:speakers?|session|talk|presenters?)\b/i;

function speaksOfSession(passages: ParsedPassage[]): boolean {
	for (let i = 0; i < passages.length && i < 4; i++) {
		if (OF_SESSION.test(passages[i]!.text)) return true;
	}
	return false;
}

/**
 * Whether three headings or more open on a recording or slides link: the document lists
 * sessions, one a heading.
 */
export function headingsOverRecordings(sections: readonly ParsedSection[]): boolean {
	let n = 0;
	for (const s of sections) if (s.heading && recordingFollows(s.passages) && ++n >= 3) return true;
	return false;
}

/** A heading whose first passage is a recording or slides link names one session. */
function recordingFollows(passages: ParsedPassage[]): boolean {
	const text = passages[0]?.text.trim() ?? '';
	const nl = text.indexOf('\n');
	const first = nl === -1 ? text : text.slice(0, nl);
	return (
		first.length < 200 &&
		/^(?:(?:video|recording|slides)(?:\s+link)?\s*:?\s*)?https?:\/\/(?:www\.)?(?:youtube\.com|youtu\.be|vimeo\.com|[\w-]+\.sched\.com|sched\.co|slideshare\.net|speakerdeck\.com)\//i.test(
			first
		)
	);
}

/**
 * Speakers named by the first of passages[0, limit) that is not a link row (`cjkOnly`: by a
 * Chinese or Japanese speaker label only).
 */
function speakersAfterHeading(
	passages: ParsedPassage[],
	limit: number,
	cjkOnly: boolean,
	oneSession: boolean
): SpeakerList | null {
	for (let i = 0; i < limit; i++) {
		const passage = passages[i]!;
		const text = passage.text.trim();
		// Link rows and bare URLs between a heading and its speakers say nothing.
		if (passage.kind === 'table' || /^(?:https?:\/\/\S+\s*)+$/.test(text)) continue;
		const cjk = CJK_SPEAKER_LABEL.test(text) ? cjkLabelSpeakers(text) : null;
		if (cjk || cjkOnly) return cjk;
		const label = SPEAKER_LABEL.exec(text) ?? (oneSession ? TALK_BY_LABEL.exec(text) : null);
		// "Speaker: Jane Doe (Acme) Talk: Title": the template names its own title, not the heading.
		if (label && TITLE_LABEL_LINE.test(text)) return null;
		const next = i + 1 < limit ? passages[i + 1]!.text : '';
		let body = label ? text.slice(label[0].length).trim() || next : text;
		// "Speaker: Tom Wilkie (Grafana Labs)" over "Rating: 5/5", "Slides: …": the template's
		// other labelled lines are no speakers.
		// A paragraph joins the lines of a Notion card: "Speaker: Jane Doe Company: Acme Notes: …".
		const other =
			label && body.includes(':')
				? (OTHER_LABEL_LINE.exec(body) ?? INLINE_LABEL.exec(body.slice(0, 200)))
				: null;
		let org: string | null = null;
		if (other) {
			// "Company: Acme", "Organization: Acme" after the names: the speaker's organisation.
			const company = ORG_LABEL.exec(body.slice(other.index));
			if (company) org = company[1]!.trim();
			body = body.slice(0, other.index);
		}
		if (org && !body.startsWith('@')) {
			const list = speakerLines(body);
			if (list && list.organizations.length === 0 && list.speakers.length > 0)
				return { speakers: list.speakers, organizations: [org] };
		}
		// "Presented by @gouthamve and Tom Wilkie, Grafana Labs": a speaker known by a handle.
		const handles = label && body.startsWith('@') ? LEADING_HANDLES.exec(body) : null;
		// "Talk by Jane Doe (Acme). She showed…", "Vortrag von Jane Doe (Acme) über …": the names
		// that open the notes, under a heading that is one session's title.
		if (!handles) return speakerLines(body) ?? (label && oneSession ? namesOpening(body) : null);
		const rest = body.slice(handles[0].length);
		const list = rest ? speakerLines(rest) : { speakers: [], organizations: [] };
		if (!list) return null;
		const named = handles[0].match(HANDLE)!;
		return { speakers: [...named, ...list.speakers], organizations: list.organizations };
	}
	return null;
}

/** "Speaker(s):", "Presented by", and the speaker labels of talkLists.ts in other languages. */
const SPEAKER_LABEL =
	/^(?:(?:speaker|presenter)(?:s|\(s\))?|(?:presented )?by\b|ponentes?|oradore?s?|palestrantes?|sprecher(?:in)?|referent(?:in)?|intervenant(?:e|s)?|orateur|relator[ei]|sprekers?|prelegen(?:t|ci))\s*:?\s*/i;

/**
 * The people (with their organisation, when given) that open the notes: the lines that are names
 * ("Joshua Marantz, Google" over "Otto van der Schaaf, We-Amp B.V." over prose), else those that
 * open the first sentence ("Jane Doe (Acme). She showed…").
 */
function namesOpening(body: string): SpeakerList | null {
	const merged: SpeakerList = { speakers: [], organizations: [] };
	for (const line of body.split('\n', 8)) {
		const list = NAME_LINE.test(line) ? parseSpeakerList(line.trim()) : null;
		if (!list || !list.speakers.every(isPersonName)) break;
		merged.speakers.push(...list.speakers.filter((n) => !merged.speakers.includes(n)));
		merged.organizations.push(
			...list.organizations.filter((o) => !merged.organizations.includes(o))
		);
	}
	if (merged.speakers.length > 0) return merged;
	const sentence = body.split(/[.!?:;](?:\s|$)|\n/)[0]!.replace(/[\s,]+$/, '');
	if (sentence.length > 160) return null;
	const list = parseSpeakerList(sentence) ?? namesBeforeProse(sentence);
	return list && list.speakers.every(isPersonName) ? list : null;
}

/** A line of a notes template under the speaker's: "Rating: 5/5", "Slides: https://…". */
const OTHER_LABEL_LINE = /\n[\s•*\-–]*[\p{L}][\p{L} ]{1,24}[:：]\s/u;
/** The same label after the names on the same line, its lines joined: " Company: ", " Notes: ". */
const INLINE_LABEL = /\s\p{Lu}\p{Ll}{1,14}(?: \p{Ll}{2,12})?[:：]\s/u;
/** "Company: Acme" (up to the next label, the line's end or a full stop): the organisation. */
const ORG_LABEL =
	/^[\s•*\-–]*(?:Company|Organi[sz]ation|Org|Affiliation|Employer|Empresa|Firma|Unternehmen|Société|Azienda)[:：]\s*([^:\n.]{2,60}?)(?=\s+\p{Lu}\p{Ll}{1,14}(?: \p{Ll}{2,12})?[:：]|\s*(?:\n|\.|$))/u;

/** Handles that open a speaker list ("@gouthamve and ", "@a, @b & "), up to the first name. */
const LEADING_HANDLES = /^(?:@[A-Za-z0-9_]{2,15}(?:\s*(?:,|&|\band\b)\s*|\s*$))+/;
const HANDLE = /@[A-Za-z0-9_]{2,15}/g;

/**
 * Each line opens with a capitalised name: "Alex Sundström, Spotify", "Ross Boucher @boucher",
 * "Otto van der Schaaf, We-Amp B.V." (the particles of a surname in lower case).
 */
const NAME_LINE =
	/^[\s•*\-–]*\p{Lu}[\p{L}'’.-]*\s+(?:(?:van|von|de|der|den|da|das|dos|di|del|du|la|le|ten|ter)\s+){0,2}\p{Lu}/u;

function speakerLines(body: string): SpeakerList | null {
	if (body.length > 700) return null;
	if (!body.split('\n').every((l) => !l.trim() || NAME_LINE.test(l))) return null;
	const lines = body
		.split('\n')
		.map((l) =>
			l
				.replace(/^[\s•*\-–]+/, '')
				.replace(/\s+(?:@\w+|https?:\/\/\S+)/g, '')
				.trim()
		)
		.filter(Boolean);
	if (lines.length === 0 || lines.length > 8 || lines.some((l) => l.length > 80)) return null;
	const merged: SpeakerList = { speakers: [], organizations: [] };
	for (const l of lines) {
		const list = parseSpeakerList(l);
		if (!list) return null;
		merged.speakers.push(...list.speakers.filter((s) => !merged.speakers.includes(s)));
		merged.organizations.push(
			...list.organizations.filter((o) => !merged.organizations.includes(o))
		);
	}
	return merged.speakers.length > 0 ? merged : null;
}
