/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline after the first visit. Three caches:
 * - `atlas-immutable`: everything under `_app/immutable/` (scripts, styles, the sql.js wasm and
 *   the content-hashed database). Their names change when their content does, so this cache
 *   outlives deploys: an unchanged database is never downloaded again. On activate, entries the
 *   new build no longer lists are deleted.
 * - `atlas-shell-<version>`: the prerendered pages people open first (dashboard, About) and the
 *   small static files; replaced by each deploy.
 * - `atlas-pages-<version>`: other pages (a project, an event) as they are visited.
 */
import { build, files, prerendered, version } from '$service-worker';

const sw = self as unknown as ServiceWorkerGlobalScope;

const IMMUTABLE = 'atlas-immutable';
const SHELL = `atlas-shell-${version}`;
const PAGES = `atlas-pages-${version}`;
const CURRENT = new Set([IMMUTABLE, SHELL, PAGES]);

/** Where the site is mounted (the scope ends with a slash): prefixes every path below. */
const scopePath = new URL(sw.registration.scope).pathname;
const root = scopePath.slice(0, -1);

const immutable = new Set(build);
/** The stable download copy of the database is a second copy of the hashed one: not precached. */
const shellFiles = files.filter((path) => !path.endsWith('.sqlite'));
/** Hundreds of project pages would make the first visit download all of them: cached on visit. */
const shellPages = prerendered.filter((path) => !/\/(projects|events)\//.test(path));
const shell = new Set([...shellFiles, ...shellPages, `${root}/`]);

sw.addEventListener('install', (event) => {
	event.waitUntil(
		(async () => {
			const cache = await caches.open(IMMUTABLE);
			const have = new Set((await cache.keys()).map((request) => new URL(request.url).pathname));
			await cache.addAll(build.filter((path) => !have.has(path)));
			await (await caches.open(SHELL)).addAll([...shell]);
			await sw.skipWaiting();
		})()
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const name of await caches.keys()) {
				if (name.startsWith('atlas-') && !CURRENT.has(name)) await caches.delete(name);
			}
			const cache = await caches.open(IMMUTABLE);
			for (const request of await cache.keys()) {
				if (!immutable.has(new URL(request.url).pathname)) await cache.delete(request);
			}
			await sw.clients.claim();
		})()
	);
});

async function cacheFirst(request: Request, cacheName: string): Promise<Response> {
	const cache = await caches.open(cacheName);
	const hit = await cache.match(request);
	if (hit) return hit;
	const response = await fetch(request);
	if (response.ok) await cache.put(request, response.clone());
	return response;
}

/** Pages and the download copy: fresh when online, the last copy when offline. */
async function networkFirst(request: Request, cacheName: string): Promise<Response> {
	const cache = await caches.open(cacheName);
	// One copy per page: `/?theme=security` is the dashboard page with a filter in the URL.
	const key = new URL(request.url);
	key.search = '';
	try {
		const response = await fetch(request);
		if (response.ok) await cache.put(key.href, response.clone());
		return response;
	} catch (error) {
		const hit = (await cache.match(key.href)) ?? (await caches.match(key.href));
		if (hit) return hit;
		throw error;
	}
}

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin || !url.pathname.startsWith(scopePath)) return;
	// Range requests (media, resumable downloads) are left to the browser.
	if (request.headers.has('range')) return;

	if (immutable.has(url.pathname)) {
		event.respondWith(cacheFirst(request, IMMUTABLE));
	} else if (shell.has(url.pathname)) {
		event.respondWith(networkFirst(request, SHELL));
	} else if (request.mode === 'navigate' || url.pathname.endsWith('.sqlite')) {
		event.respondWith(networkFirst(request, PAGES));
	}
});
