/**
 * Collects list items for the line-based parsers. Nested items are flattened into the same
 * list (one item a line in the passage): recaps nest for layout far more than for meaning.
 * An item that is a shell command ("- $ kubectl apply -f deploy.yaml") is code, not text: it
 * and the lines that continue it (the command's output) are dropped.
 */
import type { Block } from './blocks';
import { isShellPrompt } from './inline';

/** A task list's checkbox ("- [ ] Try Thanos", "* [x] Watch the keynote"): a marker, not text. */
export const CHECKBOX = /^\[[ xX✓✔-]\]\s+/;

export class ListCollector {
	/** The lines of each item; null for a shell command's (dropped at the flush). */
	private items: (string[] | null)[] = [];
	/** The format's inline clean-up; it adds the text of each link to `links` when it can. */
	private inline: (raw: string, links?: string[]) => string;

	constructor(inline: (raw: string, links?: string[]) => string) {
		this.inline = inline;
	}

	get active(): boolean {
		return this.items.length > 0;
	}

	item(text: string): void {
		if (isShellPrompt(text)) {
			this.items.push(null);
			return;
		}
		this.items.push([text.charCodeAt(0) === 91 ? text.replace(CHECKBOX, '') : text]);
	}

	/** Forgets the items collected so far (kramdown's `* TOC` placeholder before `{:toc}`). */
	discard(): void {
		this.items = [];
	}

	continueItem(text: string): void {
		this.items.at(-1)?.push(text);
	}

	flushInto(blocks: Block[]): void {
		if (!this.items.length) return;
		const links: string[] = [];
		const items: string[] = [];
		for (const parts of this.items) {
			const text = parts ? this.inline(parts.join('\n'), links) : '';
			if (text) items.push(text);
		}
		this.items = [];
		if (items.length)
			blocks.push(links.length ? { type: 'list', items, links } : { type: 'list', items });
	}
}
