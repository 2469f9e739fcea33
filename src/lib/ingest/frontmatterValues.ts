/**
 * Front matter values in the shapes exporters write them: an author with an address or a
 * handle beside the name, as a link to a note or an author page's slug, a date as a Unix
 * timestamp.
 */

/** " <jane@example.com>", " (jane@example.com)", " (@janedoe)" after a name. */
const CONTACT = /\s*(?:<[^<>\s@]+@[^<>\s]+>|\((?:[^()\s@]+@[^()\s]+|@\w{1,30})\))/g;

/** "Jane Doe <jane@example.com>" → "Jane Doe"; an address or a handle alone stays. */
export function withoutContact(name: string): string {
	if (!name.includes('@')) return name;
	const bare = name.replace(CONTACT, '').trim();
	return bare || name;
}

/**
 * An author given as the slug or file of an author page ("jane-doe", "authors/rita-chen.md", as
 * Hugo and Gatsby themes write it): group 1, the name in lower case with its hyphens.
 */
const SLUG = /^(?:[\w.-]+\/)*([a-z]+(?:[-_][a-z]+){1,3})(?:\.(?:md|ya?ml|json|toml))?$/;
/** Obsidian's link to a note: "[[Tomás Ortega]]", "[[People/Tomás Ortega|Tomás]]". */
const NOTE_LINK = /\[\[(?:[^\]|]*\/)?([^\]|]+)(?:\|([^\]]+))?\]\]/g;

/** The author's name a front matter value gives: "jane-doe" → "Jane Doe", "[[Li Wei]]" → "Li Wei". */
export function authorName(value: string): string {
	const name = value.includes('[[')
		? value.replace(NOTE_LINK, (_, note: string, shown?: string) => (shown ?? note).trim())
		: value;
	const slug = SLUG.exec(name);
	if (slug)
		return slug[1]!.replace(/(?:^|[-_])([a-z])/g, (_, c: string) => ` ${c.toUpperCase()}`).trim();
	return withoutContact(name);
}

/** Seconds (or milliseconds) since 1970 that fall in 2000–2030: that moment's UTC date. */
export function epochDate(value: unknown): Date | null {
	if (typeof value !== 'number' || !Number.isInteger(value)) return null;
	const ms = value > 1e11 ? value : value * 1000;
	return ms >= 946_684_800_000 && ms < 1_924_992_000_000 ? new Date(ms) : null;
}
