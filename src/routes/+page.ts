import { resolve } from '$app/paths';
import type { PageLoad } from './$types';

/**
 * The theme list, so that the filter bar's theme chips are in the prerendered HTML instead of
 * pushing the pickers below them down when the database opens. Prerendering inlines this small
 * response into the page, so hydration reads it without a request. (A server load would do the
 * same, but would add SvelteKit's server-data client code to the page's JavaScript.)
 */
export const load: PageLoad = async ({ fetch }) => {
	try {
		const response = await fetch(resolve('/data/themes.json'));
		const themes: { id: string; name: string }[] = response.ok ? await response.json() : [];
		return { themes };
	} catch {
		return { themes: [] };
	}
};
