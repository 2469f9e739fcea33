/**
 * Front matter values in the shapes exporters write them: an author with an address or a
 * handle beside the name, a date as a Unix timestamp.
 */

/** " <jane@example.com>", " (jane@example.com)", " (@janedoe)" after a name. */
const CONTACT = /\s*(?:<[^<>\s@]+@[^<>\s]+>|\((?:[^()\s@]+@[^()\s]+|@\w{1,30})\))/g;

/** "Jane Doe <jane@example.com>" → "Jane Doe"; an address or a handle alone stays. */
export function withoutContact(name: string): string {
	if (!name.includes('@')) return name;
	const bare = name.replace(CONTACT, '').trim();
	return bare || name;
}

/** Seconds (or milliseconds) since 1970 that fall in 2000–2030: that moment's UTC date. */
export function epochDate(value: unknown): Date | null {
	if (typeof value !== 'number' || !Number.isInteger(value)) return null;
	const ms = value > 1e11 ? value : value * 1000;
	return ms >= 946_684_800_000 && ms < 1_924_992_000_000 ? new Date(ms) : null;
}
