/**
 * Where a session was, after its title: "Opening keynote – Moscone West", "Operators in practice –
 * Hall A, Messe Berlin", "Workshop – Room 6A". The venue is none of the title (nor a speaker:
 * nameWords.ts keeps venue words out of names).
 */
import { isPlaceName } from './places';
import { isPersonName } from './speakers';

/** Cheap gate: a dash between spaces. */
const DASH = /\s[–—-]\s/;
/** The last dash between spaces and what follows it (group 1). */
const LAST_DASH = /\s+[–—-]\s+([^–—]{2,60})$/;
/**
 * A venue's words, or a hotel's: "Moscone West", "Austin Convention Center", "Hilton Austin",
 * "Hall 7", "Room 6A", "Main Stage", "Grand Ballroom", "Fira Gran Via", and a room in French,
 * Spanish, Portuguese, German or Dutch ("Salle 242", "Sala 3", "Saal 1").
 */
const VENUE =
	/\b(?:center|centre|convention|ballroom|hall|room|stage|auditorium|theat(?:re|er)|pavilion|arena|hotel|moscone|messe|palais|fira|excel|hilton|marriott|hyatt|sheraton|westin|fairmont|radisson|intercontinental|novotel|lobby|foyer|terrace|level|floor|suite|expo|salle|sala|saal|raum|zaal|amphith[ée][aâ]tre|centro|palacio)\b/i;

/** A venue's name: capitalised words ("Hall A, Messe Berlin", "Palais des Congrès"), a few. */
const PROPER =
	/^[\p{Lu}\d][\p{L}\d.'’-]*(?:,?\s+(?:(?:de|des|du|of|the|la|del)\s+)?[\p{Lu}\d][\p{L}\d.'’-]*){0,5}$/u;

/** `title` without the venue a dash puts after it ("Opening keynote – Moscone West" → "Opening keynote"). */
export function withoutVenue(title: string): string {
	if (!DASH.test(title)) return title;
	const m = LAST_DASH.exec(title);
	if (!m || m.index < 4) return title;
	const where = m[1]!.trim();
	const first = where.split(',')[0]!.trim();
	// "Title – Jane Hall, Acme", "– Ramon Palacio": a person, however their name reads.
	if (!PROPER.test(where) || isPersonName(first)) return title;
	return VENUE.test(where) || isPlaceName(first) ? title.slice(0, m.index) : title;
}
