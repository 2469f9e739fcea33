/**
 * Build-time access to the database, for the prerender `entries` of the project and event
 * pages (which pages exist). Server-only: SvelteKit refuses to bundle a `.server` module into
 * the browser, and this one reads the file system. The pages' data is read in the browser.
 */
import { existsSync, readFileSync } from 'node:fs';
import initSqlJs from 'sql.js';
import { openAtlas } from '$lib/db/open';
import { createAtlasClient } from '$lib/db/queries';
import type { AtlasClient } from '$lib/db/types';

const DATABASE = 'static/data/atlas.sqlite';

let atlas: Promise<AtlasClient> | undefined;

export function buildTimeAtlas(): Promise<AtlasClient> {
	atlas ??= (async () => {
		if (!existsSync(DATABASE)) {
			throw new Error(
				`${DATABASE} is missing, so the project and event pages cannot be listed: run \`npm run ingest\` first (\`npm run build\` does).`
			);
		}
		const SQL = await initSqlJs();
		return createAtlasClient(openAtlas(SQL, readFileSync(DATABASE)));
	})();
	return atlas;
}
