/** Option matching for the searchable pickers: pure, so ranking is tested without a DOM. */

export interface PickOption {
	id: string;
	label: string;
	/** Secondary text (a year, a category), also searched. */
	hint?: string;
}

function fold(s: string): string {
	return s
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase();
}

/**
 * Options containing every word of `text` (in label, hint or id); labels starting with the text
 * first, then word starts, then anywhere; ties keep the given order.
 */
export function matchOptions(
	options: readonly PickOption[],
	text: string,
	limit = 50
): PickOption[] {
	const needle = fold(text.trim());
	if (!needle) return options.slice(0, limit);
	const words = needle.split(/\s+/);
	const ranked: { option: PickOption; rank: number; index: number }[] = [];
	options.forEach((option, index) => {
		const label = fold(option.label);
		const hay = `${label} ${fold(option.hint ?? '')} ${fold(option.id)}`;
		if (!words.every((w) => hay.includes(w))) return;
		const rank = label.startsWith(needle)
			? 0
			: new RegExp(`(^|[^a-z0-9])${needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`).test(label)
				? 1
				: 2;
		ranked.push({ option, rank, index });
	});
	return ranked
		.sort((a, b) => a.rank - b.rank || a.index - b.index)
		.slice(0, limit)
		.map((r) => r.option);
}
