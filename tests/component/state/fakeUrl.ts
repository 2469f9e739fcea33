import type { UrlAdapter } from '$lib/state/filters.svelte';

/** A browser history in memory: push/replace entries, back/forward move the cursor. */
export class FakeHistory implements UrlAdapter {
	entries: string[];
	index = 0;
	writes: { search: string; replace: boolean }[] = [];

	constructor(initial = '') {
		this.entries = [initial];
	}
	get current(): string {
		return this.entries[this.index]!;
	}
	read(): URLSearchParams {
		return new URLSearchParams(this.current);
	}
	write(params: URLSearchParams, { replace }: { replace: boolean }): void {
		const search = params.toString();
		this.writes.push({ search, replace });
		if (replace) this.entries[this.index] = search;
		else {
			this.entries = [...this.entries.slice(0, this.index + 1), search];
			this.index++;
		}
	}
	back(): void {
		this.index = Math.max(0, this.index - 1);
	}
	forward(): void {
		this.index = Math.min(this.entries.length - 1, this.index + 1);
	}
}
