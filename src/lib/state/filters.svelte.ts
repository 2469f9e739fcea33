/**
 * The dashboard's filters and selection as a runes class (the Evidence pattern). The URL holds
 * user intent only: a user's change writes it, a default or a read never does. URL access is
 * injected (`UrlAdapter`), so tests drive it with a fake and the page with SvelteKit.
 */
import { EMPTY_FILTERS, type Filters } from '$lib/db/types';
import {
	isEmptyFilters,
	parseFilters,
	sameFilters,
	uniqueSorted,
	withFilters,
	type KnownValues
} from './filters.url';
import { sameSelection, type Selection } from './selection';

export interface UrlAdapter {
	read(): URLSearchParams;
	/** `replace`: overwrite the current history entry (typing) instead of adding one. */
	write(params: URLSearchParams, opts: { replace: boolean }): void;
}

type ListKey = 'themes' | 'events' | 'projects';

function toggled(list: readonly string[], id: string): string[] {
	return list.includes(id) ? list.filter((x) => x !== id) : [...list, id].sort();
}

export class FilterState {
	/**
	 * Replaced, never mutated: `$state.raw` keeps it a plain object, so it can be posted to the
	 * database worker as is (a deep `$state` proxy cannot be structured-cloned).
	 */
	filters = $state.raw<Filters>({ ...EMPTY_FILTERS });
	selection = $state.raw<Selection | null>(null);
	/** Why values from a shared link were ignored; shown until dismissed. */
	notices = $state.raw<string[]>([]);
	readonly active = $derived(!isEmptyFilters(this.filters));

	#url: UrlAdapter;
	#known: KnownValues | undefined;
	/** Consecutive search edits share one history entry; the first one adds it. */
	#typing = false;

	constructor(url: UrlAdapter, known?: KnownValues) {
		this.#url = url;
		this.#known = known;
	}

	/** Adopt the URL's filters (first load, back/forward). Never writes the URL. */
	syncFromUrl(): void {
		const { filters, notices } = parseFilters(this.#url.read(), this.#known);
		// Our own writes come back here too (the page syncs on every URL change): only a real
		// change (back/forward, an edited link) ends a run of search edits.
		if (!sameFilters(filters, this.filters)) {
			this.filters = filters;
			this.#typing = false;
		}
		const fresh = notices.filter((n) => !this.notices.includes(n));
		if (fresh.length) this.notices = [...this.notices, ...fresh];
	}

	/** Once the database is loaded: ids it does not know are dropped from the view, with a notice. */
	setKnown(known: KnownValues): void {
		this.#known = known;
		this.syncFromUrl();
	}

	toggleTheme(id: string): void {
		this.#toggle('themes', id);
	}
	toggleEvent(id: string): void {
		this.#toggle('events', id);
	}
	toggleProject(id: string): void {
		this.#toggle('projects', id);
	}

	setThemes(ids: string[]): void {
		this.#commit({ ...this.filters, themes: uniqueSorted(ids) });
	}
	setEvents(ids: string[]): void {
		this.#commit({ ...this.filters, events: uniqueSorted(ids) });
	}
	setProjects(ids: string[]): void {
		this.#commit({ ...this.filters, projects: uniqueSorted(ids) });
	}

	/**
	 * A year range (e.g. from the timeline brush). Reversed ranges are put in order, and an end
	 * at the edge of the data range becomes "no limit" so a full brush writes nothing.
	 */
	setYears(from: number | null, to: number | null): void {
		if (from !== null && to !== null && from > to) [from, to] = [to, from];
		const range = this.#known?.years;
		if (range && from !== null && from <= range[0]) from = null;
		if (range && to !== null && to >= range[1]) to = null;
		this.#commit({ ...this.filters, from, to });
	}

	/** Search text. Debounce in the caller; consecutive calls replace one history entry. */
	setQuery(q: string): void {
		const replace = this.#typing;
		if (this.#commit({ ...this.filters, q }, replace)) this.#typing = true;
	}

	/** Apply a heatmap cell click and similar: several filter fields in one history step. */
	update(patch: Partial<Filters>): void {
		this.#commit({ ...this.filters, ...patch });
	}

	clear(): void {
		this.selection = null;
		this.#commit({ ...EMPTY_FILTERS });
	}

	/** Clicking the selected mark again deselects it. */
	select(selection: Selection | null): void {
		this.selection = sameSelection(selection, this.selection) ? null : selection;
	}

	/** Escape. Returns whether there was something to clear (so the caller can stop the key). */
	clearSelection(): boolean {
		const had = this.selection !== null;
		this.selection = null;
		return had;
	}

	dismissNotice(index: number): void {
		this.notices = this.notices.filter((_, i) => i !== index);
	}

	dismissNotices(): void {
		this.notices = [];
	}

	#toggle(key: ListKey, id: string): void {
		this.#commit({ ...this.filters, [key]: toggled(this.filters[key], id) });
	}

	/** Returns whether anything changed (an unchanged view writes no history entry). */
	#commit(next: Filters, replace = false): boolean {
		if (!replace) this.#typing = false;
		if (sameFilters(next, this.filters)) {
			// Keep the typed text (e.g. a trailing space) without touching the URL.
			if (next.q !== this.filters.q) this.filters = next;
			return false;
		}
		this.filters = next;
		// Parameters that are not filters (a chart toggle, say) belong to the page: kept.
		this.#url.write(withFilters(this.#url.read(), next), { replace });
		return true;
	}
}
