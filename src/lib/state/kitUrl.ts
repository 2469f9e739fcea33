/**
 * The `UrlAdapter` for the real page: SvelteKit's `page.url` and `goto`. Kept apart from the
 * state class so tests never import `$app/*`.
 */
import { browser } from '$app/environment';
import { goto } from '$app/navigation';
import { page } from '$app/state';
import type { UrlAdapter } from './filters.svelte';
import { toSearchString } from './filters.url';

export const kitUrl: UrlAdapter = {
	// Reading search params while prerendering is an error in SvelteKit: the server sees none.
	read: () => (browser ? new URLSearchParams(page.url.search) : new URLSearchParams()),
	write(params, { replace }) {
		if (!browser) return;
		const search = toSearchString(params);
		const href = `${page.url.pathname}${search ? `?${search}` : ''}${page.url.hash}`;
		// The path is the current page's, already resolved against the base path.
		// eslint-disable-next-line svelte/no-navigation-without-resolve
		void goto(href, { replaceState: replace, keepFocus: true, noScroll: true });
	}
};
