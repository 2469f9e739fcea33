import { json } from '@sveltejs/kit';
import { buildTimeAtlas } from '../../buildtime.server';

// Written once at build time (build/data/themes.json), next to the database it is read from.
export const prerender = true;

/**
 * The theme list, for the dashboard's prerendered filter bar (see ../../+page.ts). Without a
 * database (a dev server before `npm run ingest`) the list is empty: the page itself says what
 * is missing.
 */
export async function GET(): Promise<Response> {
	try {
		const themes = await (await buildTimeAtlas()).themes();
		return json(themes.map(({ id, name }) => ({ id, name })));
	} catch {
		return json([]);
	}
}
