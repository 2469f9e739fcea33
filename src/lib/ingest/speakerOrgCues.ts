/**
 * Cheap cues that a part of a speaker list which reads as a person's name ("Brightline Smart
 * Home", "Northwind Robotics") is an organisation: its last word is one companies end on, or
 * it is four words or more right after a person and a comma ("Jane Doe, Tidewater Blue Mountain
 * Coffee"). Only the last word counts for the suffixes: "Home" or "Global" inside a name says
 * nothing. (A project name would be a cue as well, but the talk readers run without the
 * taxonomy.)
 */

/** Last words of company names that no person's name ends on (lower case). */
const ORG_SUFFIXES = new Set(
	(
		'home robotics holdings industries enterprises logistics energy pharma pharmaceuticals ' +
		'retail airways railways electronics dynamics automotive brands foods global international ' +
		'worldwide company limited bancorp payments markets hq ai factory agency collective ' +
		'network platforms devices sciences therapeutics commerce marketplace exchange mobility ' +
		'semiconductor semiconductors instruments microsystems informatics telecommunications ' +
		'telecoms insurance bank healthcare'
	).split(' ')
);

const PARTICLE_OR_INITIAL = /^(?:\p{Ll}+|\p{Lu}\.?)$/u;

/**
 * `part` (a name-like part of `text`, a speaker list) reads as an organisation. `afterPerson`:
 * a person's name comes before it in the list and has no organisation yet.
 */
export function readsAsOrg(part: string, text: string, afterPerson: boolean): boolean {
	const last = part.lastIndexOf(' ');
	if (ORG_SUFFIXES.has(part.slice(last + 1).toLowerCase())) return true;
	if (!afterPerson) return false;
	const words = part.split(' ');
	// "Juan Carlos Ruiz Moreno" after "and" is a person; after a comma, four plain words name a
	// company ("Maria de la Vega" has particles, "Jane M. Doe" an initial).
	return (
		words.length >= 4 &&
		!words.some((w) => PARTICLE_OR_INITIAL.test(w)) &&
		text.includes(`, ${part}`)
	);
}
