import type { PageServerLoad } from './$types';
import { buildTimeAtlas } from './buildtime.server';

/**
 * The theme list, read from the database at build time and prerendered with the page: the filter
 * bar's theme chips are in the HTML from the start, instead of pushing the event and project
 * pickers down when the database opens. Without a database (a dev server before `npm run
 * ingest`) the list is empty and the page's own loading says what is missing.
 */
export const load: PageServerLoad = async () => {
	try {
		const themes = await (await buildTimeAtlas()).themes();
		return { themes: themes.map(({ id, name }) => ({ id, name })) };
	} catch {
		return { themes: [] };
	}
};
