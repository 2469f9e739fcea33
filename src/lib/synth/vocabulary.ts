/** Word lists for the synthetic corpus: people, organisations and sentence templates. */

export const FIRST_NAMES = [
	'Ada',
	'Ben',
	'Chen',
	'Dana',
	'Elif',
	'Farid',
	'Grace',
	'Hiro',
	'Ines',
	'Jonas',
	'Kofi',
	'Lena',
	'Mateo',
	'Nadia',
	'Owen',
	'Priya',
	'Quinn',
	'Rosa',
	'Sven',
	'Tara',
	'Umar',
	'Vera',
	'Wei',
	'Yuki'
];

export const LAST_NAMES = [
	'Alvarez',
	'Becker',
	'Costa',
	'Dubois',
	'Eriksen',
	'Fischer',
	'Garcia',
	'Hansen',
	'Ito',
	'Jensen',
	'Kowalski',
	'Larsen',
	'Moreau',
	'Novak',
	'Okafor',
	'Patel',
	'Rossi',
	'Schmidt',
	'Tanaka',
	'Varga'
];

export const ORGANIZATIONS = [
	'Acme Cloud',
	'Bitwise Labs',
	'Northwind',
	'Globex',
	'Initech',
	'Umbrella Systems',
	'Hooli',
	'Stark Industries',
	'Wayne Tech',
	'Cyberdyne',
	'Soylent',
	'Vandelay Industries',
	'Pied Piper'
];

export const PUBLISHERS = [
	'Medium',
	'dev.to',
	'a company blog',
	'InfoQ',
	'The New Stack',
	null,
	null,
	null
];

/** {p} a project, {t} a theme term, {e} the event, {c} its city, {s} a speaker, {o} an organisation. */
export const SENTENCES = [
	'The {t} track was packed, and most of the questions were about {p}.',
	'{s} from {o} showed how they run {p} in production, with a focus on {t}.',
	'Several talks covered {t} and {t}, usually with {p} somewhere in the stack.',
	'I was impressed by how far {p} has come since last year, especially around {t}.',
	'In the hallway track, people compared {p} with {p} for {t}.',
	'The keynote on the second day made the case for {t} as a default, not an afterthought.',
	'There was a lot of talk about {t}; the consensus seems to be that it is still hard.',
	'We are now evaluating {p} for {t} after seeing the demo.',
	'The sponsor booths were full of {t} products, and the swag was as good as ever.',
	'My main takeaway: {t} matters more than the tooling you pick.',
	'The maintainers of {p} shared their roadmap and asked for feedback on {t}.',
	'A panel with {s} ({o}) argued that {t} and {t} belong together.',
	'Honestly, half of the room was there to hear about {p}.',
	'The demo of {p} failed twice, which got the biggest laugh of the day.',
	'Expect {t} to be everywhere next year, if the number of sessions is any sign.'
];

export const INTROS = [
	'This is my recap of {e}, which took place in {c} in {m}.',
	'I attended {e} in {c} last week and here are my notes.',
	'{e} ({c}, {m}) was my first conference of its kind, so these are the notes of a newcomer.',
	'Our team sent five people to {e} in {c}; this post collects what we learned.'
];

export const TALK_TITLES = [
	'Scaling {p} for {t}',
	'Lessons learned running {p} in production',
	'{T}: the hard parts',
	'Deep dive: {p}',
	'From zero to {t} with {p}',
	'What we got wrong about {t}'
];

export const CLOSINGS = [
	'Thanks for reading! Comments are welcome below.',
	'See you at the next one.',
	'Slides and videos should be online within a few weeks.'
];
