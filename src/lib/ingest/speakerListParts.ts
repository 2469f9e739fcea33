/** Small helpers of a speaker list's reading (speakers.ts). */

const ACRONYM = /^\p{Lu}{2,}$/u;
const UPPER_START = /^\p{Lu}/u;

/** "NSA" is the acronym of "National Security Agency": the initials of its capitalised words. */
export function isAcronymOf(short: string, long: string): boolean {
	if (!ACRONYM.test(short)) return false;
	const initials = long
		.split(/\s+/)
		.filter((w) => UPPER_START.test(w))
		.map((w) => w[0])
		.join('');
	return initials === short;
}

export function pushUnique(list: string[], value: string) {
	if (!list.includes(value)) list.push(value);
}
