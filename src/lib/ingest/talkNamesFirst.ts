/**
 * Which side of "A – B" names the speakers when both could: "Jane Doe, Acme — Scaling
 * Prometheus" and "Jane Doe (Acme) – Scaling Prometheus at Home" put the names first.
 */
import { cleanTitle, looksLikeTitle, titleCased } from './talkTitle';
import { isOrgName, isPersonName, parseSpeakerList, type SpeakerList } from './speakers';
import { isPlaceName } from './places';
import { readsAsStatement } from './talkNamesLead';

/** "Scaling Prometheus at Home": no bracket nor comma marks an organisation there. */
export function orgOnlyByWord(s: string): boolean {
	return !s.includes('(') && !s.includes(',') && ORG_WORD.test(s);
}

const ORG_WORD = / (?:at|@|from|of) /;
/** "(Part 2)", "(v2)", ", Part II": a number after a bracket or a comma is part of a title. */
const NUMBERED = /\d|\b[IVX]+\b/;
const LAST_BRACKET = /\(([^()]+)\)\s*$/;

/** "Jane Doe (Acme)", "Jane Doe, Acme": names whose organisation brackets or a comma set off. */
export function orgMarked(s: string): boolean {
	const bracket = LAST_BRACKET.exec(s);
	if (bracket) return !NUMBERED.test(bracket[1]!);
	const comma = s.lastIndexOf(', ');
	return comma > 0 && !NUMBERED.test(s.slice(comma));
}

export function namesFirst(left: string, right: string): (SpeakerList & { title: string }) | null {
	const names = parseSpeakerList(left);
	if (!names || names.organizations.length === 0 || !titleCased(right)) return null;
	const title = cleanTitle(right);
	// "Jane Doe, Acme – Community grew 50% in 2019": a headline's figure, not a title.
	return looksLikeTitle(title) && !readsAsStatement(title) ? { title, ...names } : null;
}

/** "Kubernetes, Prometheus and Envoy": names listed, not a title. */
const NAMES_ONLY =
	/^\p{Lu}[\p{L}\d.-]*(?:(?:,\s*|\s+(?:and|&)\s+|,\s+and\s+)\p{Lu}[\p{L}\d.-]*)+$/u;

/**
 * "Scaling KubeEdge to 10,000 Edge Nodes, Kevin Wang (Huawei)": a title-cased title of three
 * words or more, a comma, one person, and the organisation in brackets.
 */
export function commaNamed(head: string, org: string): (SpeakerList & { title: string }) | null {
	const at = head.lastIndexOf(', ');
	if (at < 0 || !isOrgName(org)) return null;
	const name = head.slice(at + 2).trim();
	const title = cleanTitle(head.slice(0, at));
	if (!isPersonName(name) || isPlaceName(name) || title.split(' ').length < 3) return null;
	if (!titleCased(title) || !looksLikeTitle(title) || NAMES_ONLY.test(title)) return null;
	return { title, speakers: [name], organizations: [org.trim()] };
}
