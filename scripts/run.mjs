/**
 * node [flags] scripts/run.mjs ENTRY.ts [args…]
 * Runs a TypeScript script as plain JavaScript: bundled first with esbuild (our code only; packages
 * stay imports from node_modules), as Vite bundles the same code for the browser. For the ingest
 * and its benchmark, which would otherwise run through tsx: tsx compiles with esbuild's
 * `keepNames`, which wraps every function made at run time in a call that names it, and the
 * ingest makes many closures per document (about 5% of the 5,000-document run went to naming
 * them, and to collecting the garbage of it). Error stacks point into the TypeScript sources.
 */
import { build } from 'esbuild';
import { mkdirSync, rmSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [entry] = process.argv.splice(2, 1);
if (!entry) {
	console.error('usage: node scripts/run.mjs ENTRY.ts [args…]');
	process.exit(2);
}
const dir = resolve('node_modules/.cache/kubecon-atlas');
mkdirSync(dir, { recursive: true });
const outfile = join(dir, `${basename(entry).replace(/\.ts$/, '')}.mjs`);
// A new file, not the old one rewritten: a work tree whose node_modules is a hard-linked copy
// (`cp -al`) shares the old file, and would run this tree's code.
rmSync(outfile, { force: true });
rmSync(`${outfile}.map`, { force: true });
await build({
	entryPoints: [entry],
	outfile,
	bundle: true,
	platform: 'node',
	format: 'esm',
	target: 'node20',
	packages: 'external',
	// Our settings need nothing from tsconfig.json, which extends a file `svelte-kit sync` writes.
	tsconfigRaw: {},
	sourcemap: 'linked',
	logLevel: 'warning'
});
process.setSourceMapsEnabled(true);
await import(pathToFileURL(outfile).href);
