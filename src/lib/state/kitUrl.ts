/**
 * The `UrlAdapter` for the real page. Kept apart from the state class so tests never import
 * `$app/*`.
 *
 * A filter change is shallow routing (SvelteKit's `pushState` / `replaceState`): the URL and the
 * history entry change, nothing navigates. `goto` would run a whole client-side navigation for a
 * new query string — load functions, scroll bookkeeping that forces a layout once the charts
 * have started to change, `afterNavigate` — on every click, in the middle of the redraw.
 * SvelteKit's `page.url` does not follow shallow entries, so the URL is read from `location`;
 * the page still re-reads it whenever `page.url` changes (back/forward, a followed link).
 *
 * The write itself waits until the charts have been redrawn and the page is idle: after a filter
 * change Chromium's `history.pushState` and SvelteKit's bookkeeping around it take several
 * milliseconds (3–14 in traces of the bench session), which held back the questions to the
 * database worker when done in the click handler, and the answers when done in the first idle
 * moment after it (while the workers were busy, just before their answers came). The filters
 * live in `FilterState`; the URL only has to follow before someone shares or reloads it. Writes
 * made before then are one history step (a push if any of them was one); Back or Forward before
 * then drops the pending write (that view has been left); a followed link first writes it
 * (`flushUrl`, from the page's `beforeNavigate`), so Back comes back to the change.
 */
import { browser } from '$app/environment';
import { pushState, replaceState } from '$app/navigation';
import type { UrlAdapter } from './filters.svelte';
import { toSearchString } from './filters.url';

/** The write waiting for its moment, and the page it is for. */
let pending: { params: URLSearchParams; replace: boolean; path: string } | null = null;

/** The pending write, unless a link has since led to another page (which drops it). */
function current() {
	if (pending && pending.path !== location.pathname) pending = null;
	return pending;
}
let listening = false;

/** Longer than a redraw takes (≈ 100 ms on the 5,000-document corpus). */
const AFTER_REDRAW_MS = 200;
/** Then idle time, or at the latest `IDLE_TIMEOUT_MS` (no requestIdleCallback in Safari). */
const IDLE_TIMEOUT_MS = 500;
function whenIdle(run: () => void): void {
	setTimeout(() => {
		if ('requestIdleCallback' in globalThis) requestIdleCallback(run, { timeout: IDLE_TIMEOUT_MS });
		else run();
	}, AFTER_REDRAW_MS);
}

function flush(): void {
	if (!current()) return;
	const { params, replace } = pending!;
	pending = null;
	const search = toSearchString(params);
	const href = `${location.pathname}${search ? `?${search}` : ''}${location.hash}`;
	// The path is the current page's, already resolved against the base path.
	/* eslint-disable svelte/no-navigation-without-resolve */
	if (replace) replaceState(href, {});
	else pushState(href, {});
	/* eslint-enable svelte/no-navigation-without-resolve */
}

/** Writes the pending change now: the page is about to be left by a link. */
export function flushUrl(): void {
	flush();
}

export const kitUrl: UrlAdapter = {
	// While prerendering there is no query string (and reading one is an error in SvelteKit).
	// A write not yet flushed is what the URL is about to say.
	read: () =>
		browser ? new URLSearchParams(current()?.params ?? location.search) : new URLSearchParams(),
	write(params, { replace }) {
		if (!browser) return;
		if (!listening) {
			addEventListener('popstate', () => (pending = null));
			listening = true;
		}
		const before = current();
		if (!before) whenIdle(flush);
		pending = {
			params,
			replace: replace && (before?.replace ?? true),
			path: location.pathname
		};
	}
};
