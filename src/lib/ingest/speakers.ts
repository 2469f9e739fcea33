import { isProgrammeTitle } from './speakerProgrammes';
import { severalOrgs } from './speakerOrgLists';
import { withoutPronouns, withoutTitles } from './speakerPronouns';
import { findDates } from './dates';
import { compilePlaces, isMultiWordPlace, isOneWordPlace, type PlaceFinder } from './places';
import { readsAsOrg } from './speakerOrgCues';
import { CJK_MARK, withoutCjkMarks } from './speakerCjkMarks';
import { isAcronymOf, pushUnique } from './speakerListParts';
import { NOT_NAME_WORDS, readsAsWord } from './nameWords';
import { isCompanyName, withoutListLead } from './speakerCompanies';
// Compiled once: tsx lowers in-function literals with \p{…} to a new RegExp per call.
const ORG_OPENING = /^[\p{Lu}\p{N}]/u;
const LOWER_START = /^\p{Ll}/u;
const ORG_CHARS = /^[\p{L}\p{N}.&'’@+/\-\s]+$/u;
const ACRONYM = /^\p{Lu}{2,}$/u;
/**
 * Speaker lists as schedules and recaps write them: "Charles Pretzer, Buoyant & Alex Ellis,
 * OpenFaaS, LTD", "Ian Lewis and Brian Dorsey, Developer Advocate, Google", "Daniel Popescu,
 * Yelp & Ben Plotnick, Cruise", "Medya Ghazizadeh (Google)". Anything that is neither a person,
 * an organisation nor a job title makes the whole list fail: a sentence is not a speaker list.
 */

export interface SpeakerList {
	speakers: string[];
	organizations: string[];
}

const PARTICLES = new Set([
	'de',
	'van',
	'von',
	'der',
	'den',
	'da',
	'di',
	'del',
	'la',
	'le',
	'bin',
	'al',
	'du',
	'dos'
]);
const ROLE_WORDS = new Set(
	(
		'developer advocate engineer engineering software senior sr sr. staff principal lead team ' +
		'technical writer director of manager product program project vp vice president head cto ' +
		'ceo coo cio founder co-founder cofounder architect chief evangelist consultant member ' +
		'maintainer contributor community web researcher scientist analyst specialist tlm and the ' +
		'distinguished fellow owner executive officer operations devops sre site reliability ' +
		'solutions solution cloud native infrastructure platform security open source ' +
		'relations intern student professor core committer on at for in'
	).split(' ')
);
const ORG_WORDS = new Set(
	(
		'hat labs lab inc systems networks software technologies technology solutions cloud data ' +
		'foundation group bank research institute university corporation corp media times mobile ' +
		'swarm ventures capital security works digital consulting services partners computing ' +
		'analytics financial insurance health motors airlines telecom communications interactive ' +
		'studios games entertainment project community team independent io ag gmbh sa llc ltd ' +
		'corp co plc'
	).split(' ')
);
/** Words that make a sentence, never a speaker list (lower case only: "The New York Times"). */
const PROSE =
	/\b(?:the|is|are|was|were|that|this|it|can|will|which|has|have|had|be|been|not|we|they|you|our|their|but|so|if|when|how|what|why)\b/;
const LEGAL = /^(?:inc\.?|ltd\.?|llc|gmbh|corp\.?|co\.?|s\.?a\.?|ag|plc)$/i;

const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’-]*\p{Ll}[\p{L}\p{M}'’-]*|\p{Lu}\.|\p{Lu}\p{Ll}*\.?)$/u;

const SPACES = /\s+/;
const PLAIN_CAPITALISED = /^[A-Z][a-z]*$/;

/** NAME_WORD, answered without the Unicode pattern for the common "Jane". */
function nameWord(w: string): boolean {
	return PLAIN_CAPITALISED.test(w) || NAME_WORD.test(w);
}
const ROLE_TITLE_WORD = /^(?:Lead|Head|Staff|Member)$/;

export function isPersonName(s: string): boolean {
	const words = s.trim().split(SPACES);
	if (words.length < 2 || words.length > 4) return false;
	const first = words[0]!;
	const last = words[words.length - 1]!;
	if (!nameWord(first) || !nameWord(last)) return false;
	// "Srinidhi S": an initial may stand for the family name after a full given name.
	if (first.length < 2 || (last.length < 2 && first.length < 3)) return false;
	for (let i = 0; i < words.length; i++) {
		const w = words[i]!;
		if (PARTICLES.has(w)) continue;
		// The first and last words passed NAME_WORD above.
		if (i > 0 && i < words.length - 1 && !nameWord(w)) return false;
		const lower = w.toLowerCase();
		// "Acme Inc.": an abbreviation keeps its dot.
		const bare = lower.endsWith('.') ? lower.slice(0, -1) : lower;
		if (ORG_WORDS.has(bare) || NOT_NAME_WORDS.has(lower)) return false;
		if (ROLE_WORDS.has(lower) && !ROLE_TITLE_WORD.test(w)) return false;
		// "Service Mesh", "Multi-Cluster Networking", "Howard Street" (nameWords.ts).
		if (readsAsWord(bare, i === 0)) return false;
	}
	// "San Francisco", "New York": a place's name in two words or more; "Copenhagen Marriott";
	// "Goldman Sachs" (speakerCompanies.ts).
	const t = s.trim();
	return !isMultiWordPlace(t) && !isOneWordPlace(first.toLowerCase()) && !isCompanyName(t);
}

const ROLE_SEPARATORS = /[\s/]+/;
const EDITION = /^(?:kube\s?con|docker\s?con|cloud\s?native\s?con|kccnc)\b/i;
const CALENDAR_WORD =
	/^(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i;

const FIRST_ROLE_WORD = /^[\s/]*([^\s/]+)/;

function isRoleWord(w: string): boolean {
	const end = w[w.length - 1];
	return ROLE_WORDS.has(end === '.' || end === ',' ? w.slice(0, -1) : w);
}

/** Every word a job-title word ("Senior Staff Engineer"); a trailing "." or "," is ignored. */
export function isRole(s: string): boolean {
	const lower = s.toLowerCase();
	// Most parts are names or organisations: their first word already says no.
	const first = FIRST_ROLE_WORD.exec(lower);
	if (!first || !isRoleWord(first[1]!)) return false;
	return lower.split(ROLE_SEPARATORS).every((w) => !w || isRoleWord(w));
}

export function isOrgName(s: string): boolean {
	const t = s.trim();
	if (!t || t.length > 50) return false;
	// "(December)", "(Monday)": when, not who; "KubeCon EU 2019": where, not who.
	if (CALENDAR_WORD.test(t) || EDITION.test(t) || isProgrammeTitle(t)) return false;
	const words = t.split(/\s+/);
	if (words.length > 5) return false;
	// "Lyft -- Matt Klein": a dash between spaces separates a title from its speakers.
	if (words.includes('-') || words.includes('--')) return false;
	if (!ORG_OPENING.test(t) && !/^[a-z]+[A-Z.]/.test(t)) return false;
	// Mostly capitalised words; "of"/"and"/"the" allowed inside ("Bank of America"), and names
	// written with an inner capital ("iFood", "eBay").
	const lower = words.filter(
		(w) => LOWER_START.test(w) && !/^(?:of|and|the|for|de|&)$/.test(w) && !/^[a-z]+[A-Z]/.test(w)
	);
	return lower.length === 0 && ORG_CHARS.test(t);
}

const TAIL = /\s+\*\*|\s-\*|\s\|\s|https?:\/\/|\s\(links?\b/;
const TRAILING_PUNCTUATION = /[\s*_.,;:|–—-]+$/u;

/**
 * An abbreviation whose dot is part of the name, at the end of a list: "Acme Inc.", "Foo Ltd.",
 * "We-Amp B.V.", "Acme S.A." (the match ends on that dot).
 */
const ABBREVIATION_END =
	/(?:^|[\s,(])(?:inc|ltd|corp|co|bros|intl|(?:\p{L}\.)+\p{L})\.(?=[\s*_.,;:|–—-]*$)/iu;

/** Removes what trails a speaker list: slide links, "** slides", "-* http…", "(links below)". */
export function trimSpeakerTail(s: string): string {
	const tail = TAIL.exec(s);
	const head = tail ? s.slice(0, tail.index) : s;
	const trimmed = head.replace(TRAILING_PUNCTUATION, '').trim();
	// "Jane Doe, We-Amp B.V.": the last dot cut off belongs to the abbreviation.
	if (head.indexOf('.', trimmed.length) >= 0) {
		const abbr = ABBREVIATION_END.exec(head);
		if (abbr) return head.slice(0, abbr.index + abbr[0].length).trim();
	}
	return trimmed;
}

const PARENTHESES = /\(([^()]*)\)/g;
const ARTICLE_BEFORE_ORG = /\s(of|at|from)\s+the\s+(?=[\p{Lu}\d])/gu;
const AT_ORG = /^(.*?)\s+(?:at|@|from)\s+(.+)$/;
/** "Jane Doe of Acme": after a person's name only ("VP of Product at Acme" is a role). */
const OF_ORG = /^(\S+(?:\s+\S+){1,3}?)\s+of\s+(.+)$/;
const EVENT_LIKE = /kube\s?con|docker\s?con|cloud\s?native\s?con|\b(?:19|20)\d\d\b/i;
const HANDLE_IN_PARENS = /(?:^|\s)@\w{1,30}\s*[,;]?\s*/g;
// "and" in German and French too ("Tom Wilkie und Frederic Branczyk"). An "&" between two letters
// is part of a name ("AT&T", "R&D"), not a list's joiner.
// "Jane Doe + John Roe": a plus between spaces joins them too.
const LIST_SEPARATOR = /\s*(?:,|;|(?<![A-Za-z])&|&(?![A-Za-z])|\b(?:and|und|et)\b|\s[/+]\s)\s*/;
/**
 * "and" in Italian, Portuguese, Spanish, Dutch, Polish ("e", "y", "en", "i") after a name's
 * organisation in brackets: elsewhere these words may be part of a name ("Ortega y Gasset").
 */
const JOINER_AFTER_ORG = /(\uE000\d+ )\s*(?:e|y|en|i)\s+(?=\p{Lu})/gu;
/**
 * The same words between a name and a full name ("Ricardo Rocha y Lukas Heinrich (CERN)"): a
 * first name and a surname after it ("Ortega y Gasset" has one word after "y").
 */
const JOINER_BEFORE_NAME =
	/(?<=\p{Ll})\s+(?:e|y|en|i)\s+(?=\p{Lu}[\p{L}'’.-]+\s+(?:\p{Ll}{1,3}\s+)?\p{Lu})/gu;
const JOINER_GATE = / (?:e|y|en|i) \p{Lu}/u;
/** Up to the last bracket: "Rory McCune (NCC Group) e " before a name. */
const AFTER_LAST_BRACKET = /^.*\)\s*/;
/** A joiner that opens the text before an organisation in brackets ("e Jimmy Mesta"). */
const LEADING_JOINER = /^(?:e|y|en|i)\s+(?=\p{Lu})/u;
const SPACE_RUNS = /\s+/g;
const YEAR = /(?:19|20)\d\d/;
/** Two whitespace characters in a row, or one that is not a plain space. */
const UNEVEN_SPACE = /\s\s|[^\S ]/;
const PLACEHOLDER = /\uE000(\d+)/g;

/** Parses a speaker list, or returns null when any part is not a name, organisation or title. */
export function parseSpeakerList(input: string): SpeakerList | null {
	// "With Jane Doe, John Roe and Ann Lee": the word that opens the list is none of it.
	// "Ann Lee (she/they) from Initech": the pronouns are none of the list.
	const plain = withoutTitles(withoutPronouns(input));
	const trimmed = withoutListLead(
		trimSpeakerTail(CJK_MARK.test(plain) ? withoutCjkMarks(plain) : plain)
	);
	// "Simon Lee of the BBC": the article is none of the organisation's name (nor prose).
	const text = trimmed.includes(' the ') ? trimmed.replace(ARTICLE_BEFORE_ORG, ' $1 ') : trimmed;
	if (!text || text.length > 240 || PROSE.test(text)) return null;
	// "Recorded November 19, 2019, San Diego": a dateline, no list of people.
	if (YEAR.test(text) && findDates(text).some((d) => d.day !== null)) return null;
	// "Jane Doe + AJ Roe": a plus joins people, never a person and an organisation.
	if (text.includes(' + ') && !plusJoinsPeople(text)) return null;
	const speakers: string[] = [];
	const organizations: string[] = [];
	// "(Company)" after a name is its organisation; other parentheticals are remarks.
	const parts: string[] = [];
	const stripped = text.includes('(')
		? text.replace(PARENTHESES, (_, raw: string, at: number) => {
				// "(@lizrice, Isovalent)": the handle is no organisation, what follows it may be.
				const inner = raw.includes('@')
					? raw.replace(HANDLE_IN_PARENS, ' ').replace(/^[\s,;]+|[\s,;]+$/g, '')
					: raw;
				// "(Buoyant, Red Hat)" after two names: one organisation each (speakerOrgLists.ts).
				const several = severalOrgs(inner, isOrgName, isPersonName);
				if (several) parts.push(`\uE001${several.join('\uE002')}`);
				// "(KubeCon EU 2019)" after the names: the edition, not an organisation.
				else if (
					isOrgName(inner) &&
					(!isPersonName(inner) || orgAfterName(text, at, inner)) &&
					!EVENT_LIKE.test(inner)
				) {
					parts.push(`\uE001${inner}`);
				} else return ' ';
				return ` \uE000${parts.length - 1} `;
			})
		: text;
	let joined = stripped.includes('\uE000') ? stripped.replace(JOINER_AFTER_ORG, '$1, ') : stripped;
	if (JOINER_GATE.test(joined)) joined = joined.replace(JOINER_BEFORE_NAME, ', ');
	const tokens = joined.split(LIST_SEPARATOR);
	let afterRole = false;
	// Where the last part read ends in `joined`: what lies between it and the next is its joiner.
	let end = 0;
	for (let i = 0; i < tokens.length; i++) {
		const raw = tokens[i]!;
		const at = joined.indexOf(raw, end);
		// Only whitespace other than single spaces needs collapsing (most chunks have none).
		const chunk = (UNEVEN_SPACE.test(raw) ? raw.replace(SPACE_RUNS, ' ') : raw).trim();
		if (!chunk) continue;
		// Organisations named in parentheses wait as placeholders.
		const held = chunk.includes('\uE000');
		const placeholders = held
			? [...chunk.matchAll(PLACEHOLDER)].flatMap((m) =>
					parts[Number(m[1])]!.slice(1).split('\uE002')
				)
			: [];
		const part = held ? chunk.replace(PLACEHOLDER, '').trim() : chunk;
		// ("Jane Doe, Staff Engineer, John Roe, Engineer": a role after it makes it a person.)
		// ("Jane Doe, CEO and John Roe": after "and", a person.)
		const orgNext =
			afterRole &&
			COMMA_ONLY.test(joined.slice(end, at)) &&
			!(i + 1 < tokens.length && isRole(tokens[i + 1]!.trim()));
		end = at + raw.length;
		const read = classify(part, speakers, organizations, text, orgNext);
		if (read === NOT_READ) return null;
		// "Jane Doe, Principal Engineer, Fidelity Investments": after a person and a role, the
		// organisation (though its name reads as a person's).
		afterRole = read === ROLE && speakers.length > organizations.length;
		// "National Security Agency (NSA)": an acronym of the organisation is not another one.
		for (const org of placeholders) if (!isAcronymOf(org, part)) pushUnique(organizations, org);
	}
	if (speakers.length === 0) return null;
	return { speakers, organizations };
}

const PERSON_END = /[,;(]| and | & /;
const COMMA_ONLY = /^\s*,\s*$/;

function plusJoinsPeople(text: string): boolean {
	return text.split(' + ').every((part) => isPersonName(part.split(PERSON_END, 1)[0]!.trim()));
}

let places: PlaceFinder | null = null;

/**
 * What a person's name is followed by in parentheses, "(Acme GmbH)", is their organisation;
 * so are two capitalised words that read as a name too, "Jean Dupont (Société Générale)",
 * "Jane Doe (Deutsche Telekom)", though not a place ("Jane Doe (San Diego)").
 */
export function isOrgBesideName(org: string): boolean {
	if (!isOrgName(org)) return false;
	if (!isPersonName(org)) return true;
	places ??= compilePlaces();
	const t = org.trim();
	return !places.find(t).some((p) => p.start === 0 && p.end === t.length);
}

function orgAfterName(text: string, at: number, inner: string): boolean {
	const before = text
		.slice(0, at)
		.split(LIST_SEPARATOR)
		.at(-1)!
		.trim()
		.replace(AFTER_LAST_BRACKET, '')
		.replace(LEADING_JOINER, '');
	return isPersonName(before) && isOrgBesideName(inner);
}

const NOT_READ = 0;
const READ = 1;
const ROLE = 2;

/** Reads one part of a speaker list into `speakers` or `orgs`: NOT_READ, READ, or ROLE (skipped). */
function classify(
	part: string,
	speakers: string[],
	orgs: string[],
	text: string,
	afterRole: boolean
): number {
	if (!part) return READ;
	if (LEGAL.test(part)) {
		// "OpenFaaS, LTD": the legal suffix belongs to the organisation before it.
		if (orgs.length === 0) return NOT_READ;
		orgs[orgs.length - 1] = `${orgs[orgs.length - 1]}, ${part}`;
		return READ;
	}
	if (isRole(part) || isProgrammeTitle(part)) return ROLE;
	// "Jane Doe at Acme", "Jane Doe @ Acme", "Jane Doe from Acme", "@nickysmith from @AcmeCorp".
	const at = AT_ORG.exec(part);
	const atOrg = at ? orgAfterWord(at[2]!) : '';
	const handle = at !== null && HANDLE.test(at[1]!);
	if (at && (handle || isRole(at[1]!) || isPersonName(at[1]!)) && isOrgName(atOrg)) {
		if (handle || isPersonName(at[1]!)) pushUnique(speakers, at[1]!);
		pushUnique(orgs, atOrg);
		return READ;
	}
	const of = part.includes(' of ') ? OF_ORG.exec(part) : null;
	const ofOrg = of ? orgAfterWord(of[2]!) : '';
	if (of && isPersonName(of[1]!) && isOrgName(ofOrg) && !isRole(ofOrg)) {
		pushUnique(speakers, of[1]!);
		pushUnique(orgs, ofOrg);
		return READ;
	}
	// "Jane Doe, Brightline Smart Home": a company's name may read as a person's.
	if (
		isPersonName(part) &&
		!(afterRole && isOrgName(part)) &&
		!readsAsOrg(part, text, speakers.length > orgs.length)
	) {
		pushUnique(speakers, part);
		return READ;
	}
	const words = part.split(' ');
	// "Michael Rubin Senior Staff Engineer", "Daniel Berg IBM": a name, then a title or an acronym.
	for (let n = Math.min(4, words.length - 1); n >= 2; n--) {
		const name = words.slice(0, n).join(' ');
		const rest = words.slice(n).join(' ');
		if (!isPersonName(name)) continue;
		if (isRole(rest)) {
			pushUnique(speakers, name);
			return READ;
		}
		if (ACRONYM.test(rest)) {
			pushUnique(speakers, name);
			pushUnique(orgs, rest);
			return READ;
		}
	}
	if (isOrgName(part) && !isRole(part)) {
		// "Go Kit/Weaveworks": two organisations, a slash between them.
		const pieces = part.includes('/') ? part.split('/') : null;
		if (pieces && pieces.every((o) => o.length > 1 && ORG_OPENING.test(o) && isOrgName(o)))
			for (const o of pieces) pushUnique(orgs, o.trim());
		else pushUnique(orgs, part);
		return READ;
	}
	return NOT_READ;
}

const HANDLE = /^@[A-Za-z0-9_]{2,15}$/;
/** "@AcmeCorp" after "at", "from" or "of" (a handle for the company) is AcmeCorp. */
function orgAfterWord(org: string): string {
	return org.charCodeAt(0) === 64 && HANDLE.test(org) ? org.slice(1) : org;
}
