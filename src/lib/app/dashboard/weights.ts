/**
 * The network's minimum-weight slider. Co-mention weights run from 1 to tens of thousands on a
 * large corpus, so the slider steps through the weights that occur (each step hides at least one
 * edge) rather than through every integer, and its default keeps a readable number of edges.
 */

/** Distinct edge weights, ascending: the slider's stops. */
export function weightStops(edges: readonly { weight: number }[]): number[] {
	return [...new Set(edges.map((e) => e.weight))].sort((a, b) => a - b);
}

/**
 * The smallest weight that keeps at most `maxEdges` edges (the heaviest ones). Ties at the
 * boundary are kept together, so the result may keep fewer edges than `maxEdges`, never more
 * (unless the heaviest weight alone has more: then that weight).
 */
export function defaultMinWeight(edges: readonly { weight: number }[], maxEdges: number): number {
	const stops = weightStops(edges);
	if (stops.length === 0) return 1;
	const counts = new Map<number, number>();
	for (const e of edges) counts.set(e.weight, (counts.get(e.weight) ?? 0) + 1);
	let kept = 0;
	for (let i = stops.length - 1; i >= 0; i--) {
		kept += counts.get(stops[i]!)!;
		if (kept > maxEdges) return stops[Math.min(i + 1, stops.length - 1)]!;
	}
	return stops[0]!;
}

/** The stop a weight falls on (the first stop at or above it; the last if beyond). */
export function stopIndex(stops: readonly number[], weight: number): number {
	const i = stops.findIndex((s) => s >= weight);
	return i === -1 ? Math.max(0, stops.length - 1) : i;
}
