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
		'studios games entertainment project community team independent io ag gmbh sa llc ltd'
	).split(' ')
);
/** Words that make a sentence, never a speaker list (lower case only: "The New York Times"). */
const PROSE =
	/\b(?:the|is|are|was|were|that|this|it|can|will|which|has|have|had|be|been|not|we|they|you|our|their|but|so|if|when|how|what|why)\b/;
const LEGAL = /^(?:inc\.?|ltd\.?|llc|gmbh|corp\.?|co\.?|s\.?a\.?|ag|plc)$/i;

const NAME_WORD = /^(?:\p{Lu}[\p{L}\p{M}'’-]*\p{Ll}[\p{L}\p{M}'’-]*|\p{Lu}\.|\p{Lu}\p{Ll}*\.?)$/u;

export function isPersonName(s: string): boolean {
	const words = s.trim().split(/\s+/);
	if (words.length < 2 || words.length > 4) return false;
	if (!NAME_WORD.test(words[0]!) || !NAME_WORD.test(words[words.length - 1]!)) return false;
	// "Srinidhi S": an initial may stand for the family name after a full given name.
	const last = words[words.length - 1]!;
	if (words[0]!.length < 2 || (last.length < 2 && words[0]!.length < 3)) return false;
	for (const w of words) {
		if (PARTICLES.has(w)) continue;
		if (!NAME_WORD.test(w)) return false;
		if (ORG_WORDS.has(w.toLowerCase())) return false;
		if (ROLE_WORDS.has(w.toLowerCase()) && !/^(?:Lead|Head|Staff|Member)$/.test(w)) return false;
	}
	return true;
}

function isRole(s: string): boolean {
	const words = s
		.toLowerCase()
		.split(/[\s/]+/)
		.filter(Boolean);
	return words.length > 0 && words.every((w) => ROLE_WORDS.has(w.replace(/[.,]$/, '')));
}

export function isOrgName(s: string): boolean {
	const t = s.trim();
	if (!t || t.length > 50) return false;
	const words = t.split(/\s+/);
	if (words.length > 5) return false;
	if (!/^[\p{Lu}\p{N}]/u.test(t) && !/^[a-z]+[A-Z.]/.test(t)) return false;
	// Mostly capitalised words; "of"/"and"/"the" allowed inside ("Bank of America").
	const lower = words.filter((w) => /^\p{Ll}/u.test(w) && !/^(?:of|and|the|for|de|&)$/.test(w));
	return lower.length === 0 && /^[\p{L}\p{N}.&'’@+/\-\s]+$/u.test(t);
}

/** Removes what trails a speaker list: slide links, "** slides", "-* http…", "(links below)". */
export function trimSpeakerTail(s: string): string {
	return s
		.split(/\s+\*\*|\s-\*|\s\|\s|https?:\/\/|\s\(links?\b/)[0]!
		.replace(/[\s*_.,;:|–—-]+$/u, '')
		.trim();
}

/** Parses a speaker list, or returns null when any part is not a name, organisation or title. */
export function parseSpeakerList(input: string): SpeakerList | null {
	const text = trimSpeakerTail(input);
	if (!text || text.length > 240 || PROSE.test(text)) return null;
	const speakers: string[] = [];
	const organizations: string[] = [];
	// "(Company)" after a name is its organisation; other parentheticals are remarks.
	const parts: string[] = [];
	const stripped = text.replace(/\(([^()]*)\)/g, (_, inner: string) => {
		if (isOrgName(inner) && !isPersonName(inner)) {
			parts.push(`\uE001${inner}`);
			return ` \uE000${parts.length - 1} `;
		}
		return ' ';
	});
	const tokens = stripped.split(/\s*(?:,|;|&|\band\b|\s\/\s)\s*/);
	for (const raw of tokens) {
		const chunk = raw.replace(/\s+/g, ' ').trim();
		if (!chunk) continue;
		const placeholders = [...chunk.matchAll(/\uE000(\d+)/g)].map((m) =>
			parts[Number(m[1])]!.slice(1)
		);
		const part = chunk.replace(/\uE000\d+/g, '').trim();
		if (!classify(part, speakers, organizations)) return null;
		// "National Security Agency (NSA)": an acronym of the organisation is not another one.
		for (const org of placeholders) if (!isAcronymOf(org, part)) pushUnique(organizations, org);
	}
	if (speakers.length === 0) return null;
	return { speakers, organizations };
}

function classify(part: string, speakers: string[], orgs: string[]): boolean {
	if (!part) return true;
	if (LEGAL.test(part)) {
		// "OpenFaaS, LTD": the legal suffix belongs to the organisation before it.
		if (orgs.length === 0) return false;
		orgs[orgs.length - 1] = `${orgs[orgs.length - 1]}, ${part}`;
		return true;
	}
	if (isRole(part)) return true;
	const at = /^(.*?)\s+(?:at|@)\s+(.+)$/.exec(part);
	if (at && (isRole(at[1]!) || isPersonName(at[1]!)) && isOrgName(at[2]!)) {
		if (isPersonName(at[1]!)) pushUnique(speakers, at[1]!);
		pushUnique(orgs, at[2]!);
		return true;
	}
	if (isPersonName(part)) {
		pushUnique(speakers, part);
		return true;
	}
	const words = part.split(' ');
	// "Michael Rubin Senior Staff Engineer", "Daniel Berg IBM": a name, then a title or an acronym.
	for (let n = Math.min(4, words.length - 1); n >= 2; n--) {
		const name = words.slice(0, n).join(' ');
		const rest = words.slice(n).join(' ');
		if (!isPersonName(name)) continue;
		if (isRole(rest)) {
			pushUnique(speakers, name);
			return true;
		}
		if (/^\p{Lu}{2,}$/u.test(rest)) {
			pushUnique(speakers, name);
			pushUnique(orgs, rest);
			return true;
		}
	}
	if (isOrgName(part) && !isRole(part)) {
		pushUnique(orgs, part);
		return true;
	}
	return false;
}

function isAcronymOf(short: string, long: string): boolean {
	const initials = long
		.split(/\s+/)
		.filter((w) => /^\p{Lu}/u.test(w))
		.map((w) => w[0])
		.join('');
	return /^\p{Lu}{2,}$/u.test(short) && initials === short;
}

function pushUnique(list: string[], value: string) {
	if (!list.includes(value)) list.push(value);
}
