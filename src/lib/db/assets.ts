/**
 * Where the browser finds the database and the SQLite engine. Both are served by the site itself
 * (no CDN), from content-hashed URLs under `_app/immutable/`, so a repeat visit never downloads
 * an unchanged file again and a changed one can never be served stale.
 *
 * The database: `npm run build` runs the ingest first (prebuild), which writes
 * `static/data/atlas.sqlite`. Files in `static/` are copied verbatim (the stable URL
 * `/data/atlas.sqlite` is what the About page offers for download), but importing the same file
 * by a relative path makes Vite treat it as an ordinary asset: it is emitted again as
 * `_app/immutable/assets/atlas.<hash>.sqlite`. `import.meta.glob` rather than a plain `?url`
 * import, so a checkout without a built database still compiles (type check, unit tests, a dev
 * server before the first ingest): then the stable URL is used and a missing file is reported
 * by the loader like any other 404.
 */
import wasm from 'sql.js/dist/sql-wasm.wasm?url';

const built = import.meta.glob<string>('../../../static/data/atlas.sqlite', {
	query: '?url',
	import: 'default',
	eager: true
});
/** The first view's build-time answers (app/dashboard/firstView.ts), hashed the same way. */
const firstView = import.meta.glob<string>('../../../static/data/atlas.first.json', {
	query: '?url',
	import: 'default',
	eager: true
});

/**
 * The stable, human-friendly download link (About page), below the site's base path: resolve
 * it with `asset()` from `$app/paths`.
 */
export const DATABASE_DOWNLOAD_FILE = '/data/atlas.sqlite';

/** The taxonomy the database was built with (written beside it by the ingest), for adding recaps. */
export const TAXONOMY_FILE = '/data/atlas.taxonomy.json';

/**
 * The content-hashed copy, when the build had a database. The dev server serves `static/` at
 * the root and refuses `/static/…` URLs, so `vite dev` uses the stable URL.
 */
export const HASHED_DATABASE_URL: string | undefined = import.meta.env.DEV
	? undefined
	: Object.values(built)[0];

export const WASM_URL: string = wasm;

/** Written by the ingest beside the database (stable URL, for `vite dev`). */
export const FIRST_VIEW_FILE = '/data/atlas.first.json';
export const HASHED_FIRST_VIEW_URL: string | undefined = import.meta.env.DEV
	? undefined
	: Object.values(firstView)[0];

/**
 * Absolute URLs for the worker, which would resolve relative ones against its own script.
 * `downloadUrl` is `asset(DATABASE_DOWNLOAD_FILE)`; `page` the current page's URL.
 */
export function assetUrls(downloadUrl: string, page: string): { database: string; wasm: string } {
	return {
		database: new URL(HASHED_DATABASE_URL ?? downloadUrl, page).href,
		wasm: new URL(WASM_URL, page).href
	};
}
