/**
 * A table of contents written as plain items, not links ("## 목차" over "1. 키노트 2. 세션 …",
 * "## Содержание" over "- Открытие - Доклады"): every item repeats a heading that comes after
 * it. It says nothing the headings do not, and as a passage it would count each project and
 * theme twice (lists.ts drops the tables of contents made of links to the page's headings). Only
 * under its label ("目次", "Spis treści"), which goes with it: "Here are our five takeaways:" over
 * the headings to come is a summary, and stays.
 */
import type { Block } from './blocks';
import { TOC_LABEL } from './lists';

/** "1. ", "2) ", "IV. ": the numbering of a heading or an item. */
const NUMBERING = /^(?:\d{1,2}|[IVX]{1,4})[.)]\s+/;
const MAX_ITEM = 80;

const key = (s: string) =>
	s
		.trim()
		.replace(NUMBERING, '')
		.replace(/[\s:：.。]+$/, '')
		.replace(/\s+/g, ' ')
		.toLowerCase();

/** The blocks without a table of contents of plain items; the same array when there is none. */
export function withoutPlainToc(blocks: Block[]): Block[] {
	let out: Block[] | null = null;
	// Where each heading's text last comes, collected once, on the first list that may be one.
	let last: Map<string, number> | null = null;
	for (let i = 0; i < blocks.length; i++) {
		const b = blocks[i]!;
		const prev = blocks[i - 1];
		if (
			b.type === 'list' &&
			b.items.length > 1 &&
			prev &&
			prev.type !== 'list' &&
			prev.type !== 'table' &&
			isLabel(prev.text) &&
			b.items.every((t) => t.length <= MAX_ITEM)
		) {
			const at = (last ??= lastHeadings(blocks));
			if (b.items.every((t) => (at.get(key(t)) ?? -1) > i)) {
				out ??= blocks.slice(0, i);
				out.pop();
				continue;
			}
		}
		out?.push(b);
	}
	return out ?? blocks;
}

const isLabel = (t: string) => t.length < 40 && TOC_LABEL.test(t.trim());

function lastHeadings(blocks: Block[]): Map<string, number> {
	const last = new Map<string, number>();
	blocks.forEach((b, i) => {
		if (b.type === 'heading' || b.type === 'marker') last.set(key(b.text), i);
	});
	return last;
}
