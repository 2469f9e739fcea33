/**
 * Another thing of an ambiguous name (projects.yaml `ambiguous.others`): "Loki" was Weaveworks'
 * distributed tracer in 2016–17, before Grafana Loki. A word of that other thing beside the
 * name turns it down, unless a word of the project's own context stands nearer ("at Weaveworks
 * … Loki came later at Grafana").
 */
import { atWordBoundary } from './automaton';

const WINDOW = 80;

/** Whether a word of `others` is nearer the hit than any of `context`, both within the window. */
export function otherThingNearer(
	text: string,
	start: number,
	end: number,
	others: readonly string[],
	context: readonly string[]
): boolean {
	const from = Math.max(0, start - WINDOW);
	const window = text.slice(from, Math.min(text.length, end + WINDOW)).toLowerCase();
	const other = nearest(text, from, window, start - from, end - from, others);
	return other < Infinity && other < nearest(text, from, window, start - from, end - from, context);
}

/**
 * The distance from [start, end) to the nearest whole word of `words` in `window`, the text's
 * slice from `from`: a word is whole in the text, not only in the window ("snapshots" cut to
 * "shots" at the window's edge is none).
 */
function nearest(
	text: string,
	from: number,
	window: string,
	start: number,
	end: number,
	words: readonly string[]
): number {
	let best = Infinity;
	for (const w of words) {
		for (let i = window.indexOf(w); i >= 0; i = window.indexOf(w, i + 1)) {
			if (i < end && i + w.length > start) continue; // the name itself
			if (!atWordBoundary(text, from + i, from + i + w.length)) continue;
			const d = i >= end ? i - end : start - (i + w.length);
			if (d < best) best = d;
		}
	}
	return best;
}
