/**
 * The network's minimum-weight slider. Co-mention weights run from 1 to tens of thousands on a
 * large corpus, so the slider steps through the weights that occur (each step hides at least one
 * edge) rather than through every integer, and its default keeps a readable number of edges.
 */

type Weighted = readonly { weight: number }[];

/** Heaviest first, as the database answers (network.ts): then one pass does, no set, no sort. */
function heaviestFirst(edges: Weighted): boolean {
	for (let i = 1; i < edges.length; i++) if (edges[i]!.weight > edges[i - 1]!.weight) return false;
	return true;
}

/** Distinct edge weights, ascending: the slider's stops. */
export function weightStops(edges: Weighted): number[] {
	if (!heaviestFirst(edges)) return [...new Set(edges.map((e) => e.weight))].sort((a, b) => a - b);
	const stops: number[] = [];
	for (let i = edges.length - 1; i >= 0; i--) {
		const w = edges[i]!.weight;
		if (stops.at(-1) !== w) stops.push(w);
	}
	return stops;
}

/**
 * The smallest weight that keeps at most `maxEdges` edges (the heaviest ones). Ties at the
 * boundary are kept together, so the result may keep fewer edges than `maxEdges`, never more
 * (unless the heaviest weight alone has more: then that weight).
 */
export function defaultMinWeight(edges: Weighted, maxEdges: number): number {
	if (edges.length === 0) return 1;
	const sorted = heaviestFirst(edges) ? edges : [...edges].sort((a, b) => b.weight - a.weight);
	// Runs of equal weight, heaviest first: the run that would pass `maxEdges` is left out.
	for (let i = 0; i < sorted.length;) {
		const w = sorted[i]!.weight;
		let end = i + 1;
		while (end < sorted.length && sorted[end]!.weight === w) end++;
		if (end > maxEdges) return i === 0 ? w : sorted[i - 1]!.weight;
		i = end;
	}
	return sorted.at(-1)!.weight;
}

/** The stop a weight falls on (the first stop at or above it; the last if beyond). */
export function stopIndex(stops: readonly number[], weight: number): number {
	const i = stops.findIndex((s) => s >= weight);
	return i === -1 ? Math.max(0, stops.length - 1) : i;
}
