/** A gathering the document names outright, against an edition only its cities and dates favour. */
import type { Scored } from './eventDefault';

/** The part of a score that names gave, not cities and dates. */
const named = (s: Scored) => s.score - (s.context ?? 0);

/**
 * "Cloud Native Rejekts EU 2019" in the title of a post on its two days in Barcelona, the
 * weekend before KubeCon: cities and dates tip the balance between editions of a series, they do
 * not outweigh a gathering outside the catalog that the document names outright (3 or more, twice
 * what names gave the edition the context favours).
 */
export function namedOverContext(best: Scored, ranked: Scored[]): Scored | null {
	if (!best.context || best.ref.external) return null;
	let found: Scored | null = null;
	for (const r of ranked) {
		if (!r.ref.external || named(r) < 3 || named(r) <= named(best) * 2) continue;
		if (!found || named(r) > named(found)) found = r;
	}
	return found;
}
