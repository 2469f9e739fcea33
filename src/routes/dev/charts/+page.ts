import { error } from '@sveltejs/kit';
import { dev } from '$app/environment';

// The chart gallery is a development tool: a production build answers 404 here, so the prerender
// step writes no page for it (svelte.config.js lets that 404 pass) and its code is never imported.
export function load() {
	if (!dev) error(404, 'The chart gallery exists only in development (npm run dev).');
}
