/**
 * A talk whose line opens with its speaker and organisation, then a dash or a colon and a title in
 * sentence case: "Janet Kuo, Google – Kubernetes project update", "Liz Rice, Aqua Security:
 * Kubernetes security best practices", "Jane Doe (Acme) – Scaling etcd in production". Without
 * title case, what follows must read as a title, not a remark: no verb of a sentence, no pronoun,
 * no comma, no sentence's end ("Jane Doe, Acme – great talk on eBPF" is a note).
 */
import type { TalkCandidate } from './talks';
import { cleanTitle, looksLikeTitle, titleCased } from './talkTitle';
import { isPersonName, isRole, parseSpeakerList, type SpeakerList } from './speakers';
import { isPlaceName } from './places';
import { linesAt } from './codeUnits';

// Compiled once: tsx lowers in-function literals with \p{…} to a new RegExp per call.
const TITLE_START = /^[\p{Lu}\d]|^[a-z]+[A-Z]/u;
const BULLET = /^[\s•*\-–]+/;
const DASH = /\s+(?:–|—|―|-{1,2})\s+/;
/** Verbs and pronouns of a sentence (a remark or a quote after the names), lower case. */
const SENTENCE_WORDS =
	/\b(?:is|are|was|were|be|been|being|am|will|would|should|shall|can|could|must|may|might|has|have|had|does|did|said|says|told|talked|spoke|showed|shows|explained|gave|gives|presented|announced|shared|discussed|walked|demoed|covered|argued|noted|made|went|got|we|i|you|our|my|your|they|he|she|it|us|me|them|his|her|their|its|this|that|these|those|here|there|not|no|very|really|so|just|also|too|again)\b/;
/** A remark on the talk, not its title: "Great talk on eBPF", "Slides", "Loved it". */
const REMARK =
	/^(?:great|amazing|awesome|excellent|fantastic|brilliant|nice|cool|good|best|fun|funny|interesting|impressive|inspiring|loved?|enjoyed|liked|thanks|thank|slides?|video|recording|photos?|notes|keynote|talk|session|panel|workshop|demo|see|watch|read|more|highlights?|recap|summary)\b/i;
/**
 * After "Jane Doe, Acme –", what a speakers' list says of the person or the slot, not a title: a
 * role, in the singular ("Maintainer of Helm", "Co-chair of SIG Network", "CNCF ambassador"; a
 * title may speak of "contributors"), a time or a length ("14:00", "25 minutes"), a room
 * ("Hall 8"), where to find them ("Twitter and GitHub").
 */
const BIO =
	/\b(?:maintainer|contributor|co-?chair|chair|chairperson|manager|engineer|ambassador|hosts?|hosting|emcees?|mc|founder|co-?founder|ceo|cto|cfo|coo|vp|vice president|director|evangelist|advocate|member|organi[sz]ers?|moderators?|coordinators?|intern|staff|employee|professor|phd|student|speaker|head of|panelist|\d{1,2}[:h]\d\d|\d+\s*(?:min|mins|minutes|hours?)|since (?:19|20)\d\d)\b|^(?:hall|room|stage|booth|level|floor|track|volunteer|salle|saal|sala|twitter|github|linkedin|mastodon|bluesky|website|blog|homepage|e-?mail)\b/i;

/** A role, a time, a room or a profile after the names (see BIO): no talk's title. */
export function readsAsBio(title: string): boolean {
	// "Principal Software Architect", "Platform Engineering Lead": every word a job's, one of them
	// a person's ("Open Source Security", "Platform Engineering" are titles).
	return BIO.test(title) || (PERSON_ROLE.test(title) && isRole(title));
}

const PERSON_ROLE =
	/\b(?:lead|architect|writer|consultant|researcher|scientist|analyst|specialist|fellow|owner|executive|officer|committer|tlm|sre)\b/i;

/** The kind of a session inside a sentence-case phrase: "Day 2 keynote" names no title. */
const KIND_WORD =
	/\b(?:keynotes?|talks?|sessions?|panels?|workshops?|presentations?|demos?|recorded|recording)\b/i;

/**
 * A headline's statement, not a title, after "Chris Aniszczyk, CNCF:": a share ("50%"), a count
 * in lower case ("12,000 attendees"), a comparison with a period ("than last year", "this year"),
 * or a verb of growth or change in the past ("the community grew", "2,000 contributors joined").
 * (Read only after the names matched and the title passed the other tests: it costs the common
 * path nothing.)
 */
const SHARE = /%|\bper ?cent\b/;
const STATED =
	/\d[\d,.]*[k+]?\s+(?:attendees|people|participants|contributors|projects|members|companies|organi[sz]ations|users|downloads|stars|commits|maintainers|talks|sessions)\b|\b(?:this|last|past) (?:year|month|week)\b|\bthan (?:ever|last|before)\b|\b(?:grew|grown|joined|doubled|tripled|quadrupled|rose|risen|reached|topped|surpassed|exceeded|crossed|increased|decreased|dropped|fell|became|welcomed|attracted|drew|sold out)\b/;

/** A figure or a change the names announce ("Community grew 50% in 2019"): no talk's title. */
export function readsAsStatement(title: string): boolean {
	return SHARE.test(title) || STATED.test(title);
}

/** A title's opening question ("How our community grew…"): a talk's, not a headline's. */
const QUESTION = /^(?:how|why|what|when|where|who|which)\b/i;

/**
 * The same of a title before its speakers ("The community grew by 50% this year – Chris
 * Aniszczyk, CNCF"), where a title in title case may hold a share ("100% Uptime with …").
 */
export function statedTitle(title: string): boolean {
	if (QUESTION.test(title)) return false;
	return STATED.test(title) || (SHARE.test(title) && !titleCased(title));
}

/** "Jane Doe & John Roe", "Ann Lee, Bob Chan and Carla Diaz": people joined as a list's are. */
const JOINED = / (?:&|and|und|et|y|e) \p{Lu}/u;

/**
 * A title's small word between its capitalised ones ("Kubernetes at the Edge"): what a company's
 * or a team's name, or the people's part, has none of ("Google Cloud", "Kubernetes Maintainers").
 */
const JOINING_WORD = / (?:of|the|a|an|at|on|in|with|to|for|from|into|and|vs\.?) /;
/** The people's part in the plural: "SIG Network Co-Chairs", "Red Hat OpenShift Team". */
const PEOPLE_PART =
	/\b(?:team|committee|chairs|co-chairs|maintainers|hosts|leads|members|organi[sz]ers|talks|keynotes|sessions)\b/i;

/**
 * "Jane Doe & John Roe – Kubernetes at the Edge": two people or more, joined by "and" or "&",
 * may come first without an organisation, before a title that is no remark ("Thank You All"),
 * no company's or team's name and no part they play (see JOINING_WORD, PEOPLE_PART).
 */
export function jointSpeakers(left: string, speakers: readonly string[], title: string): boolean {
	return (
		speakers.length > 1 &&
		JOINED.test(left) &&
		JOINING_WORD.test(title) &&
		!REMARK.test(title) &&
		!PEOPLE_PART.test(title)
	);
}

/** Pronouns a title-cased title may hold: "10 Ways to Break Your Cluster", "How We Scaled Helm". */
const TITLE_PRONOUN = /\b(?:you|your|we|our|my|i|it|its|they|their)\b/g;

/** Sentence punctuation inside or at the end: ".", "!", ";", "?" (a title's "?" ends it only). */
const PUNCTUATION = /[.!;…]|\?./;
const MAX_WORDS = 12;

/** "Liz Rice, Aqua Security" or "Jane Doe (Acme)": one or two people, with an organisation. */
function leadNames(left: string): SpeakerList | null {
	const lead = left.replace(BULLET, '').trim();
	if (lead.length < 5 || lead.length > 90) return null;
	if (!lead.includes(', ') && !lead.endsWith(')')) return null;
	const list = parseSpeakerList(lead);
	if (!list || list.organizations.length === 0 || list.speakers.length > 2) return null;
	if (!list.speakers.every((s) => isPersonName(s) && !isPlaceName(s))) return null;
	if (list.organizations.some(isPlaceName)) return null;
	return list;
}

/** What follows the names, read as a title: title-cased, or in sentence case with no sentence. */
export function leadTitle(raw: string, sentenceCaseOnly: boolean): string | null {
	const right = raw.trim();
	if (!TITLE_START.test(right) || PUNCTUATION.test(right) || right.includes(', ')) return null;
	const title = cleanTitle(right);
	const words = title.split(' ');
	if (words.length < 2 || words.length > MAX_WORDS || !looksLikeTitle(title)) return null;
	const cased = titleCased(title);
	if (sentenceCaseOnly && cased) return null;
	const lower = title.toLowerCase();
	// A title-cased title may say "Your" or "We"; the verbs of a sentence stay out of it.
	const checked = cased ? lower.replace(TITLE_PRONOUN, '') : lower;
	if (REMARK.test(title) || SENTENCE_WORDS.test(checked) || readsAsBio(title)) return null;
	if (!cased && KIND_WORD.test(title)) return null;
	// (In lower case even among capitals: "Community grew 50% in 2019" is no title-cased title.)
	if (readsAsStatement(title)) return null;
	return title;
}

/**
 * "Janet Kuo, Google – Kubernetes project update": names with their organisation before the first
 * dash, a sentence-case title after it (title-cased ones are read in talkLines.ts).
 */
export function namesDashTitle(line: string): (SpeakerList & { title: string }) | null {
	const sep = DASH.exec(line);
	if (!sep || sep.index > 90) return null;
	const names = leadNames(line.slice(0, sep.index));
	if (!names) return null;
	let right = line.slice(sep.index + sep[0].length);
	// "… – Title – Hall 7": a second dash ends the title.
	const next = DASH.exec(right);
	if (next) right = right.slice(0, next.index);
	const title = leadTitle(right, true);
	return title ? { title, ...names } : null;
}

/** The cheap gate: a colon (French spacing too) after a comma or a bracket early in a line. */
const GATE = /(?:, [^\n:]{2,50}|\))\s?: \S/;
/** "Liz Rice, Aqua Security: Title", "Jane Doe (Acme) : Title": the names' colon. */
const NAMES_COLON = /^([^\n:]{5,90}?)\s?:\s+(\S[^\n]{3,160})$/;

export function mayLeadWithNames(text: string): boolean {
	return text.includes(': ') && GATE.test(text);
}

/**
 * Each line of `text` that reads "Liz Rice, Aqua Security: Kubernetes security best practices"
 * (or title-cased, or "Jane Doe (Acme): …" outside a list): one talk a line.
 */
export function namesColonTalks(text: string, out: TalkCandidate[]): void {
	const { lines, starts } = linesAt(text);
	for (let k = 0; k < lines.length; k++) {
		const line = lines[k]!;
		const start = starts[k]!;
		const m = line.length < 260 && line.includes(': ') ? NAMES_COLON.exec(line) : null;
		const names = m ? leadNames(m[1]!) : null;
		const title = names ? leadTitle(m![2]!, false) : null;
		if (title) out.push({ title, ...names!, start, end: start + line.length, generic: false });
	}
}
