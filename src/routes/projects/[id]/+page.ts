import { pageName } from '$lib/app/pageName';
import type { PageLoad } from './$types';

// The id and name are all the prerendered page knows; the rest is read from the database in the
// browser.
export const load: PageLoad = async ({ params, fetch }) => ({
	id: params.id,
	name: await pageName(fetch, 'projects', params.id)
});
