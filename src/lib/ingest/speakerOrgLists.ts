/**
 * Several organisations in one pair of brackets after the names, in the names' order: "Andrew
 * Seigner & Frederic Branczyk (Buoyant, Red Hat)", "Jane Doe and John Roe (Acme / Globex)". Each
 * part must read as an organisation and none as a place ("(Acme, Berlin)" is where she works);
 * when every part reads as a person's name too ("(Jane Roe, John Doe)"), they are none.
 */
import { isPlaceName } from './places';

/** ", " or " / " between organisations ("Procter & Gamble" keeps its "&"). */
const ORG_SEPARATOR = /\s*,\s+|\s+\/\s+/;

/**
 * The organisations a bracket's text lists, or null when it lists none (a single name, a
 * remark). `isOrgName`, `isPersonName`: speakers.ts's (passed in: that module calls this one).
 */
export function severalOrgs(
	inner: string,
	isOrgName: (s: string) => boolean,
	isPersonName: (s: string) => boolean
): string[] | null {
	// Cheap gate: a comma or a slash.
	if (!inner.includes(', ') && !inner.includes(' / ')) return null;
	const orgs = inner.split(ORG_SEPARATOR).map((s) => s.trim());
	if (orgs.length < 2 || orgs.length > 6) return null;
	if (!orgs.every((o) => isOrgName(o) && !isPlaceName(o))) return null;
	return orgs.every(isPersonName) ? null : orgs;
}
