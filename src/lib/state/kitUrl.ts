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
 */
import { browser } from '$app/environment';
import { pushState, replaceState } from '$app/navigation';
import type { UrlAdapter } from './filters.svelte';
import { toSearchString } from './filters.url';

export const kitUrl: UrlAdapter = {
	// While prerendering there is no query string (and reading one is an error in SvelteKit).
	read: () => (browser ? new URLSearchParams(location.search) : new URLSearchParams()),
	write(params, { replace }) {
		if (!browser) return;
		const search = toSearchString(params);
		const href = `${location.pathname}${search ? `?${search}` : ''}${location.hash}`;
		// The path is the current page's, already resolved against the base path.
		/* eslint-disable svelte/no-navigation-without-resolve */
		if (replace) replaceState(href, {});
		else pushState(href, {});
		/* eslint-enable svelte/no-navigation-without-resolve */
	}
};
