/** Estimated width of a character of the 11 px bold milestone labels (no text measuring in SSR). */
const CHAR_WIDTH = 7;
/** Space between a label and its rule, and the least space between two labels in a row. */
const PAD = 4;

export interface PlacedLabel {
	anchor: 'start' | 'end';
	/** Row from the top, 0 first: labels that would overlap go to the next free row. */
	row: number;
}

/**
 * Where to write each milestone label next to its rule at `x`: right of the rule, or left of it
 * near the right edge, in the first row where it overlaps no label already placed. Rules are
 * given in any order; the result follows the input.
 */
export function placeMilestoneLabels(
	rules: { x: number; label: string }[],
	right: number
): PlacedLabel[] {
	const rows: [number, number][][] = [];
	const placed: PlacedLabel[] = new Array(rules.length);
	const order = rules.map((_, i) => i).sort((a, b) => rules[a]!.x - rules[b]!.x);
	for (const i of order) {
		const { x, label } = rules[i]!;
		const width = label.length * CHAR_WIDTH;
		const anchor = x + PAD + width > right ? 'end' : 'start';
		const extent: [number, number] =
			anchor === 'start' ? [x + PAD, x + PAD + width] : [x - PAD - width, x - PAD];
		let row = rows.findIndex((spans) =>
			spans.every(([a, b]) => extent[1] + PAD <= a || extent[0] >= b + PAD)
		);
		if (row < 0) row = rows.push([]) - 1;
		rows[row]!.push(extent);
		placed[i] = { anchor, row };
	}
	return placed;
}
