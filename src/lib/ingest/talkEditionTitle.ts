/**
 * A conference's edition named alone ("KubeCon NA 2019", "KubeCon + CloudNativeCon Europe 2019",
 * "DockerCon 17 Austin", "Open Source Summit Europe 2019"): a heading or a line over a venue, an
 * address or an author, never a talk's title.
 */
import { isPlaceName } from './places';

/** The cheap gate: a word ending in "con" or one that names a gathering. */
const GATE = /con\b|summit|conference|days\b|rejekts/i;
/** "KubeCon", "CloudNativeCon", "EnvoyCon", "GopherCon": a series written as one word. */
const CON_WORD = /^(?:\p{Lu}[\p{L}]*Con|kubecon|dockercon|cloudnativecon|kccnc)$/u;
/** What closes a gathering's name in words ("Open Source Summit", "DevOpsDays"). */
const GATHERING_WORD = /^(?:summit|conference|conf|days|\p{Lu}\p{L}*Days|rejekts)$/iu;
const CAPITALISED = /^\p{Lu}/u;
/** A year, an edition's short year, a region, a day, and words joining two series. */
const QUALIFIER =
	/^(?:(?:19|20)\d\d|'?\d\d|\+|&|and|x|the|eu|europe|na|north|america|americas|us|usa|china|cn|asia|india|japan|latam|latin|south|africa|australia|korea|emea|apac|online|virtual|global|live|edition|day|\d)$/i;
const YEAR_OR_REGION =
	/^(?:(?:19|20)\d\d|'?\d\d|eu|europe|na|north|america|china|cn|asia|india|japan|latam|latin|africa|australia|korea|online|virtual)$/i;
const SEPARATORS = /[\s,:|–—]+/;

export function isEditionTitle(t: string): boolean {
	if (t.length > 70 || !GATE.test(t)) return false;
	const words = t.split(SEPARATORS).filter(Boolean);
	let series = false;
	let gathering = -1;
	let dated = false;
	const rest: string[] = [];
	for (let i = 0; i < words.length; i++) {
		const w = words[i]!;
		if (CON_WORD.test(w)) series = true;
		else if (GATHERING_WORD.test(w)) gathering = i;
		else if (QUALIFIER.test(w)) dated ||= YEAR_OR_REGION.test(w);
		else rest.push(w);
	}
	if (!series && gathering < 0) return false;
	// "Open Source Summit Europe 2019": the capitalised words before the gathering's word are its
	// name; such a name says it is an edition with a year or a region only.
	if (!series) {
		if (!dated) return false;
		const named = words.slice(0, gathering).filter((w) => !QUALIFIER.test(w));
		if (named.length > 4 || !named.every((w) => CAPITALISED.test(w))) return false;
		for (const w of named) rest.splice(rest.indexOf(w), 1);
	}
	// "KubeCon Barcelona 2019": what is left is the city.
	return rest.length === 0 || (rest.length <= 3 && isPlaceName(rest.join(' ')));
}
