import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { defineConfig, type Plugin } from 'vitest/config';

/**
 * LayerCake's console printer for its `debug` prop, which the atlas never sets: a no-op in the
 * build instead of ~1.4 KB of the dashboard's first load (it also brings a colour parser).
 */
const noLayerCakeDebug: Plugin = {
	name: 'atlas:no-layercake-debug',
	apply: 'build',
	load(id) {
		if (/layercake\/dist\/helpers\/printDebug\.js$/.test(id))
			return 'export default function printDebug() {}';
	}
};

export default defineConfig({
	plugins: [noLayerCakeDebug, sveltekit()],
	worker: { format: 'es' },
	build: {
		// Small modules (< 8 KB source) used by two or more chunks go into one shared chunk instead
		// of a dozen tiny ones: fewer requests and better gzip. Measured with scripts/js-size.ts:
		// dashboard first load −1.7 KB gzipped, and no page loads more (about −0.5, project −2.8,
		// event −1.8 KB). Without the size cap, every shared module joins and /about loads 8.8 KB more.
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [{ name: 'shared', minShareCount: 2, test: /./, maxModuleSize: 8000 }]
				}
			}
		}
	},
	test: {
		// Determinism: the same time zone everywhere (dates in recaps are calendar dates).
		env: { TZ: 'UTC' },
		projects: [
			{
				extends: true,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['tests/unit/**/*.test.ts']
				}
			},
			{
				extends: true,
				plugins: [svelteTesting()],
				test: {
					name: 'component',
					environment: 'jsdom',
					include: ['tests/component/**/*.test.ts'],
					setupFiles: ['tests/component/setup.ts']
				}
			},
			{
				extends: true,
				test: {
					name: 'e2e',
					environment: 'node',
					include: ['tests/e2e/**/*.test.ts'],
					// One browser at a time: the machines have two cores.
					fileParallelism: false,
					testTimeout: 60_000,
					hookTimeout: 120_000
				}
			}
		]
	}
});
