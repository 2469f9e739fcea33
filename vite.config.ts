import { sveltekit } from '@sveltejs/kit/vite';
import { svelteTesting } from '@testing-library/svelte/vite';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vitest/config';

/**
 * Code the atlas never runs, left out of the build: two LayerCake helpers (~1.4 and ~0.4 KB of
 * the dashboard's first load), the console printer for its `debug` prop (it also brings a colour
 * parser) and the scale namer, which besides that printer only padScale calls, and only for
 * `xPadding`-style props, which no chart sets; and d3-format (below).
 */
const STUBS: [RegExp, string][] = [
	[/layercake\/dist\/helpers\/printDebug\.js$/, 'export default function printDebug() {}'],
	[/layercake\/dist\/helpers\/findScaleName\.js$/, "export default () => '';"],
	// d3-format (~2 KB): only d3-scale's `tickFormat` method uses it, and no chart calls that; the
	// atlas writes its numbers itself (charts/formats.ts). Loud if that ever changes.
	[
		/node_modules\/d3-format\/dist\/d3-format\.mjs$/,
		[
			'format',
			'formatPrefix',
			'formatSpecifier',
			'precisionFixed',
			'precisionPrefix',
			'precisionRound'
		]
			.map(
				(name) =>
					`export function ${name}() { throw new Error('d3-format is left out of the build: use $lib/charts/formats'); }`
			)
			.join('\n')
	],
	// d3-interpolate's value interpolator handles colours, dates, strings and objects, and so brings
	// d3-color (~3 KB). The atlas's scales only ever map numbers to numbers (colours are palette
	// steps, charts/palette.ts), so the build keeps d3's number interpolators alone. Loud if a scale
	// is ever given something else.
	[
		/node_modules\/d3-interpolate\/dist\/d3-interpolate\.mjs$/,
		`const number = (a, b) => ((a = +a), (b = +b), (t) => a * (1 - t) + b * t);
		export const interpolateNumber = number;
		export const interpolateRound = (a, b) => ((a = +a), (b = +b), (t) => Math.round(a * (1 - t) + b * t));
		export function interpolate(a, b) {
			if (typeof b === 'number') return number(a, b);
			throw new Error('d3-interpolate is left out of the build but for numbers (vite.config.ts)');
		}
		export function piecewise(interpolator, values) {
			if (values === undefined) (values = interpolator), (interpolator = interpolate);
			let i = 0, v = values[0];
			const n = values.length - 1, I = new Array(n < 0 ? 0 : n);
			while (i < n) I[i] = interpolator(v, (v = values[++i]));
			return (t) => {
				const i = Math.max(0, Math.min(n - 1, Math.floor((t *= n))));
				return I[i](t - i);
			};
		}
		${[
			'interpolateArray',
			'interpolateBasis',
			'interpolateBasisClosed',
			'interpolateCubehelix',
			'interpolateCubehelixLong',
			'interpolateDate',
			'interpolateDiscrete',
			'interpolateHcl',
			'interpolateHclLong',
			'interpolateHsl',
			'interpolateHslLong',
			'interpolateHue',
			'interpolateLab',
			'interpolateNumberArray',
			'interpolateObject',
			'interpolateRgb',
			'interpolateRgbBasis',
			'interpolateRgbBasisClosed',
			'interpolateString',
			'interpolateTransformCss',
			'interpolateTransformSvg',
			'interpolateZoom',
			'quantize'
		]
			.map(
				(name) =>
					`export function ${name}() { throw new Error('d3-interpolate is left out of the build but for numbers'); }`
			)
			.join('\n')}`
	]
];
const layerCakeStubs: Plugin = {
	name: 'atlas:layercake-stubs',
	apply: 'build',
	load(id) {
		return STUBS.find(([file]) => file.test(id))?.[1];
	}
};

/**
 * V8's explicit compile hint (Chrome 136+): with `//# allFunctionsCalledOnLoad` at its top, a
 * script's functions are compiled with the script, on the background thread that streams it,
 * instead of lazily on the main thread at their first call — which for the dashboard is in the
 * middle of hydration and of each chart's first drawing. Loads alternated with a build without
 * it (bench/out/exp/loadab3.ts, six each, four rounds on a busy machine): long tasks after load
 * 15/7/11/11 -> 10/2/8/6, their total 1,121/436/953/945 -> 672/129/678/383 ms; the first chart
 * came 50–80 ms later in two rounds of four. Added after minification (which would drop the
 * comment); other browsers read it as a comment.
 */
const HINT = '//# allFunctionsCalledOnLoad\n';
const compileHints: Plugin = {
	name: 'atlas:compile-hints',
	apply: 'build',
	enforce: 'post',
	// Workers' bundles are generated, not written: the hint goes in here.
	generateBundle(_, bundle) {
		for (const file of Object.values(bundle))
			if (file.type === 'chunk') file.code = HINT + file.code;
	},
	// Vite puts its preload map (`__vite__mapDeps`) above the code after this plugin's
	// generateBundle; the hint must be the file's first line, so it is moved there.
	writeBundle({ dir }, bundle) {
		for (const file of Object.values(bundle)) {
			if (file.type !== 'chunk' || !dir) continue;
			const path = join(dir, file.fileName);
			const code = readFileSync(path, 'utf8');
			if (!code.startsWith(HINT)) writeFileSync(path, HINT + code.replace(HINT, ''));
		}
	}
};

export default defineConfig({
	plugins: [layerCakeStubs, sveltekit(), compileHints],
	worker: { format: 'es', plugins: () => [compileHints] },
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
		// A guard against hangs, not a speed limit: a test that runs the ingest CLI took over 5 s
		// (the default) on a machine whose two cores were busy with other work.
		testTimeout: 30_000,
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
