/** A gathering the document names outright, against an edition only its cities and dates favour. */
import type { EventIndex } from './eventRefs';
import { externalKey, type Scored } from './eventDefault';

/** The part of a score that names gave, not cities and dates. */
const named = (s: Scored) => s.score - (s.context ?? 0);

/**
 * "Cloud Native Rejekts EU 2019" in the title of a post on its two days in Barcelona, the
 * weekend before KubeCon: cities and dates tip the balance between editions of a series, they do
 * not outweigh a gathering outside the catalog that the title names when it names not that
 * series (3 or more, twice what names gave the edition the context favours). ("Our KubeCon
 * North America", with ServiceMeshCon named in its lead, stays at the KubeCon of its dates.)
 */
export function namedOverContext(
	best: Scored,
	ranked: Scored[],
	title: { keys: Set<string>; series: Set<string> }
): Scored | null {
	if (!best.context || best.ref.external || title.series.has(best.ref.series)) return null;
	let found: Scored | null = null;
	for (const r of ranked) {
		if (!r.ref.external || !title.keys.has(r.key)) continue;
		if (named(r) < 3 || named(r) <= named(best) * 2) continue;
		if (!found || named(r) > named(found)) found = r;
	}
	return found;
}

/** What a title names: its gatherings outside the catalog (their keys) and its series. */
export function titleNames(index: EventIndex, title: string | null | undefined) {
	const keys = new Set<string>();
	const series = new Set<string>();
	for (const ref of title ? index.findRefs(title) : []) {
		if (ref.external) keys.add(externalKey(ref));
		else series.add(ref.series);
	}
	return { keys, series };
}
