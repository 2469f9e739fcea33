import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	compilerOptions: { runes: true },
	kit: {
		adapter: adapter({ pages: 'build', assets: 'build', fallback: undefined, strict: true }),
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
