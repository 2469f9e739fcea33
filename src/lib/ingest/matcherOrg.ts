/**
 * A project name that stands where a speaker's organisation stands is the vendor, not the tool:
 * "Jane Doe (Grafana Labs)", "Jane Doe (Docker, Inc.)", "Charles Pretzer, Docker & Alex Ellis",
 * "Tom Wilkie from Grafana Labs", "Quay from Jane Doe (CoreOS)", "Jane Doe, Team Lead at CoreOS".
 * "Grafana dashboards" and "Jane Doe showed Grafana" still count.
 * The slot is the one speakers.ts reads organisations from: right after a person's name.
 */
import { isPersonName } from './speakers';
import { talkLabelLength } from './talkWords';

interface Span {
	start: number;
	end: number;
}

const OPEN = 40; // (
const CLOSE = 41; // )
const COMMA = 44;
const SPACE = 32;

/** A legal or company suffix after the name: "Docker, Inc.", "Docker Inc", "Chef Software". */
const SUFFIX =
	/^(?:,?[ \t]+(?:inc|ltd|llc|gmbh|corp|co|s\.a|ag|plc|b\.v|n\.v|labs|software|technologies|systems)\b\.?)?/i;
/** What may follow an organisation after a comma: the end of the entry or of the list. */
const AFTER_COMMA_ORG = /^(?:[ \t]*(?:$|[\n\r,;|)])|[ \t]+(?:&|[–—-]{1,2})[ \t])/;
/** A company's own name ("Grafana Labs", "Sentry.io") or one with its legal suffix after it. */
const COMPANY_NAME = /(?:[ \t](?:labs|software|technologies|systems|inc\.?|ltd\.?|gmbh)|\.io)$/i;
const LEGAL_AFTER = /^,?[ \t]+(?:inc|ltd|llc|gmbh|corp|plc)\b/i;
const FROM_AT = /[ \t](?:from|at|of)[ \t]$/;
/** A job title between a person's name and "at": "Jane Doe, Developer and Team Lead at CoreOS". */
const ROLE =
	/\b(?:engineer|developer|advocate|lead|manager|director|architect|founder|cto|ceo|vp|head|evangelist|maintainer|consultant|scientist|writer|researcher|sre|programmer|specialist|president|officer|analyst|principal|tlm)s?\b/i;
/** What a job title cannot hold: the end of a sentence or of a list entry. */
const NO_ROLE = /[.!?;:()|\n\r]/;
/**
 * Where a list entry or a sentence starts: the person's name is all that follows the last of
 * these ("Jane Doe, Docker & Alex Ellis, OpenFaaS", "Great talk. Tom Wilkie (Grafana Labs)").
 */
const ENTRY_BREAK = /[\n\r,;:|(&–—]|[.!?][ \t]|[ \t](?:and|by|with|from|-{1,2})[ \t]/g;

/** Whether text[start, end) is an organisation after a person's name, not a mention. */
export function inOrganisationSlot(
	text: string,
	start: number,
	end: number,
	hits: readonly Span[]
): boolean {
	const before = text.charCodeAt(start - 1);
	if (before === OPEN) {
		const suffix = SUFFIX.exec(text.slice(end, end + 16))![0];
		if (text.charCodeAt(end + suffix.length) !== CLOSE) return false;
		return personBefore(text, start - 1, hits);
	}
	if (before === SPACE && text.charCodeAt(start - 2) === COMMA) {
		const suffix = SUFFIX.exec(text.slice(end, end + 16))![0];
		if (!AFTER_COMMA_ORG.test(text.slice(end + suffix.length, end + suffix.length + 5)))
			return false;
		return personBefore(text, start - 2, hits);
	}
	// "from Grafana Labs", "at Docker Inc.": only a company's own name there ("Jane Doe from
	// Grafana" reads like "Migrating Dashboards from Grafana", a title's).
	const last = text.charCodeAt(start - 2);
	// The last letter of "from", "at", "of" (the cheap test before the pattern).
	if (before === SPACE && (last === 109 || last === 116 || last === 102)) {
		const lead = text.slice(Math.max(0, start - 6), start);
		const m = FROM_AT.exec(lead);
		if (!m) return false;
		const at = start - lead.length + m.index;
		if (last === 116 && afterRole(text, at, hits)) return true;
		if (!COMPANY_NAME.test(text.slice(start, end)) && !LEGAL_AFTER.test(text.slice(end, end + 8)))
			return false;
		return personBefore(text, at, hits);
	}
	return false;
}

/**
 * Whether "…, <job title>" ends at `at` (before " at <Org>") behind a person's name: the title
 * runs back to the last comma, holds a role word and no sentence break.
 */
function afterRole(text: string, at: number, hits: readonly Span[]): boolean {
	const head = text.slice(Math.max(0, at - 60), at);
	const comma = head.lastIndexOf(',');
	if (comma < 0) return false;
	const role = head.slice(comma + 1);
	if (NO_ROLE.test(role) || !ROLE.test(role)) return false;
	return personBefore(text, at - head.length + comma, hits);
}

/**
 * Whether the list entry ending at `at` (exclusive) is a person's name, and not a project's
 * ("Projects: Jenkins X, Jenkins", "Google Container Engine (GKE)").
 */
function personBefore(text: string, at: number, hits: readonly Span[]): boolean {
	const from = Math.max(0, at - 60);
	const head = text.slice(from, at);
	let cut = 0;
	for (const m of head.matchAll(ENTRY_BREAK)) cut = m.index + m[0].length;
	// A window that starts inside the text must have a break in it: a sentence is no entry.
	if (cut === 0 && from > 0) return false;
	let entry = head.slice(cut).trim();
	// "Vortrag von Fabian Reinartz (CoreOS)", "Talk by Jane Doe (Acme)": the label is no name.
	if (entry.length > 0 && !isPersonName(entry)) entry = entry.slice(talkLabelLength(entry));
	if (entry.length === 0 || !isPersonName(entry)) return false;
	const entryStart = from + cut;
	return !hits.some((h) => h.end > entryStart && h.start < at);
}
