import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

const pages = adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true });

/**
 * adapter-static, plus build/404.html: an app shell that renders src/routes/+error.svelte in
 * the browser (scripts/serve.js and most static hosts send it for unknown paths). Written here
 * rather than with the adapter's `fallback` option, which would turn off `strict` (the check that
 * every page is prerendered). Its asset paths are absolute, so the site is served from the root.
 * @type {import('@sveltejs/kit').Adapter}
 */
const withNotFoundPage = {
	name: pages.name,
	async adapt(builder) {
		await pages.adapt(builder);
		await builder.generateFallback('build/404.html');
	}
};

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true, discloseVersion: false },
	kit: {
		adapter: withNotFoundPage,
		// The dashboard's CSS (about 22 KB in three files) goes into the page: no stylesheet
		// request stands between the prerendered HTML and its first paint.
		inlineStyleThreshold: 16_384,
		prerender: {
			// Every page must prerender, except the development-only chart gallery, which answers
			// 404 in a production build so that no page is written for it.
			handleHttpError: ({ path, status, message }) => {
				if (status === 404 && /^\/dev\//.test(path)) return;
				throw new Error(message);
			},
			handleMissingId: 'fail'
		}
	}
};

export default config;
