/**
 * npx tsx scripts/js-size.ts [BUILD_DIR] [--budget KB] [--json]
 * Gzipped size (zlib level 9) of the JavaScript the built site ships, grouped by when the browser
 * loads it: the dashboard's first load (index.html's modulepreloads and entry imports, followed
 * through static imports), the workers it starts, chunks the dashboard only imports on demand
 * (export…), other pages' chunks, and anything nothing references. Two totals: all JS (first load
 * + workers) and own JS, which sets aside sql.js's emscripten glue (bundled into the db worker) the
 * way issue 3 sets aside its wasm. Exit 1 when own JS exceeds the budget (default 100 KB =
 * 102,400 bytes), so a script or CI can gate on it.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

interface FileInfo {
	path: string;
	raw: number;
	gzip: number;
	staticImports: string[];
	dynamicImports: string[];
	workers: string[];
}

type Group = 'dashboard' | 'workers' | 'lazy' | 'pages' | 'unreferenced';

const { values, positionals } = parseArgs({
	allowPositionals: true,
	options: { budget: { type: 'string', default: '100' }, json: { type: 'boolean', default: false } }
});
const root = resolve(positionals[0] ?? 'build');
const budget = Number(values.budget) * 1024;
if (!existsSync(join(root, 'index.html'))) {
	console.error(`js-size: ${root}/index.html not found — run \`npx vite build\` first.`);
	process.exit(2);
}

function listJs(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return listJs(path);
		return name.endsWith('.js') ? [path] : [];
	});
}

/** Relative module specifiers resolved against the importing file; bare ones are not ours. */
function specifiers(source: string, pattern: RegExp, from: string): string[] {
	const out = new Set<string>();
	for (const m of source.matchAll(pattern)) {
		const spec = m[1];
		if (spec && spec.startsWith('.')) out.add(resolve(dirname(from), spec));
	}
	return [...out];
}

// Minified output: `import"./x.js"`, `from"./x.js"` (static), `import(`./x.js`)` (dynamic),
// `new URL(`../workers/x.js`,import.meta.url)` (workers and other assets).
const STATIC = /(?:\bfrom|\bimport)\s*["'`]([^"'`]+\.js)["'`]/g;
const DYNAMIC = /\bimport\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g;
const URL_REF = /new URL\(\s*["'`]([^"'`]+\.js)["'`]\s*,\s*import\.meta\.url/g;

function inspect(path: string): FileInfo {
	const bytes = readFileSync(path);
	const source = bytes.toString('utf8');
	return {
		path,
		raw: bytes.length,
		gzip: gzipSync(bytes, { level: 9 }).length,
		staticImports: specifiers(source, STATIC, path),
		dynamicImports: specifiers(source, DYNAMIC, path),
		workers: specifiers(source, URL_REF, path)
	};
}

const files = new Map(listJs(join(root, '_app')).map((p) => [p, inspect(p)]));

/**
 * sql.js's glue is a CommonJS module, so rolldown puts it (with its CommonJS runtime) first in the
 * chunk that imports it, ending with the emscripten UMD footer `…&&(e.Module=r)}` and the interop
 * call. Its cost is what the chunk loses in gzip without that prefix — measured in place, because
 * the same code minified alone is mangled differently and gzips ~0.4 KB larger.
 */
const GLUE_END = /&&\(\w+\.Module=\w+\)\}\)+\(\)(?:,\d+)?\)*([,;])/g;
function sqlJsGlue(path: string): { raw: number; gzip: number } | undefined {
	const source = readFileSync(path, 'utf8');
	if (!source.includes('sqlite3_open')) return undefined;
	const ends = [...source.matchAll(GLUE_END)];
	const end = ends[0];
	const prefix = end && source.slice(0, end.index + end[0].length);
	if (ends.length !== 1 || !prefix || !prefix.includes('sqlite3_open')) {
		console.error(
			`js-size: ${relative(root, path)} contains sql.js but its glue's end was not found — ` +
				'update GLUE_END in scripts/js-size.ts.'
		);
		process.exit(2);
	}
	const rest = (end[1] === ',' ? 'var ' : '') + source.slice(prefix.length);
	const whole = files.get(path)!;
	const restGzip = gzipSync(rest, { level: 9 }).length;
	return { raw: Buffer.byteLength(prefix), gzip: whole.gzip - restGzip };
}

function closure(starts: Iterable<string>, seen = new Set<string>()): Set<string> {
	const queue = [...starts];
	while (queue.length > 0) {
		const path = queue.pop()!;
		if (seen.has(path) || !files.has(path)) continue;
		seen.add(path);
		queue.push(...files.get(path)!.staticImports);
	}
	return seen;
}

// The dashboard's first load: what index.html preloads and imports.
const html = readFileSync(join(root, 'index.html'), 'utf8');
const entries = [
	...html.matchAll(/<link href="([^"]+\.js)" rel="modulepreload"/g),
	...html.matchAll(/import\("([^"]+\.js)"\)/g)
].map((m) => resolve(root, m[1]!));
const group = new Map<string, Group>();
const dashboard = closure(entries);
for (const p of dashboard) group.set(p, 'dashboard');

// Workers the dashboard starts (the db and force-layout workers), with what they import. A
// worker only another page starts (the add page's) belongs to that page.
const workerStarts = [...dashboard].flatMap((p) => files.get(p)!.workers);
for (const p of closure(workerStarts)) if (!group.has(p)) group.set(p, 'workers');

// On demand from the dashboard: dynamic imports that are not route nodes (SvelteKit's router
// imports every page's node from app.js; those are other pages).
const isNode = (p: string) => relative(join(root, '_app/immutable/nodes'), p).indexOf('..') !== 0;
const lazyQueue = [...dashboard].flatMap((p) => files.get(p)!.dynamicImports);
const lazy = new Set<string>();
while (lazyQueue.length > 0) {
	const start = lazyQueue.pop()!;
	if (isNode(start)) continue;
	for (const p of closure([start])) {
		if (group.has(p) || lazy.has(p)) continue;
		lazy.add(p);
		group.set(p, 'lazy');
		lazyQueue.push(...files.get(p)!.dynamicImports);
	}
}
const pageNodes = [...files.keys()].filter((p) => isNode(p) && !group.has(p));
const pageFiles = closure(pageNodes, new Set(group.keys()));
// With the workers those pages start (the add page's).
const pageWorkers = [...pageFiles].flatMap((p) => files.get(p)?.workers ?? []);
for (const p of [...pageFiles, ...closure(pageWorkers)]) if (!group.has(p)) group.set(p, 'pages');
for (const p of files.keys()) if (!group.has(p)) group.set(p, 'unreferenced');

// Names from Vite's manifest (kept in .svelte-kit) and SvelteKit's generated route nodes.
function names(): Map<string, string> {
	const out = new Map<string, string>();
	const manifestPath = '.svelte-kit/output/client/.vite/manifest.json';
	if (!existsSync(manifestPath)) return out;
	const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<
		string,
		{ file: string; name?: string; src?: string }
	>;
	for (const chunk of Object.values(manifest)) {
		let name = chunk.name ?? chunk.src ?? '';
		const node = /^nodes\/(\d+)$/.exec(name);
		const generated = node && `.svelte-kit/generated/client-optimized/nodes/${node[1]}.js`;
		if (generated && existsSync(generated)) {
			const route = /src\/routes\/(\S*?)\+(?:layout|page)/.exec(readFileSync(generated, 'utf8'));
			name += route ? ` (/${route[1]})` : ' (error page)';
		}
		out.set(resolve(root, chunk.file), name);
	}
	return out;
}
const label = names();
const workerName = (p: string) => /workers\/([^/]+?)-[\w-]+\.js$/.exec(p)?.[1];

const kb = (n: number) => (n / 1024).toFixed(1).padStart(6);
const titles: Record<Group, string> = {
	dashboard: 'Dashboard first load (index.html modulepreloads + entry imports, static closure)',
	workers: 'Workers (db, force layout; sql.js glue included, wasm aside)',
	lazy: 'Loaded on demand by the dashboard (dynamic import)',
	pages: 'Other pages only (about, projects, events, add — with the add worker)',
	unreferenced: 'Referenced by nothing above'
};
const glues = new Map<string, { raw: number; gzip: number }>();
for (const f of files.values()) {
	const g = group.get(f.path);
	const glue = g === 'dashboard' || g === 'workers' ? sqlJsGlue(f.path) : undefined;
	if (glue) glues.set(f.path, glue);
}
const totals = {} as Record<Group, { raw: number; gzip: number; count: number }>;
const report: Record<string, unknown>[] = [];
for (const g of Object.keys(titles) as Group[]) {
	const members = [...files.values()]
		.filter((f) => group.get(f.path) === g)
		.sort((a, b) => b.gzip - a.gzip);
	totals[g] = {
		raw: members.reduce((s, f) => s + f.raw, 0),
		gzip: members.reduce((s, f) => s + f.gzip, 0),
		count: members.length
	};
	if (values.json) {
		for (const f of members)
			report.push({ group: g, file: relative(root, f.path), raw: f.raw, gzip: f.gzip });
		continue;
	}
	if (members.length === 0) continue;
	console.log(`\n${titles[g]}\n${'  gzip KB    raw KB  file'}`);
	for (const f of members) {
		const name = label.get(f.path) ?? workerName(f.path) ?? '';
		console.log(`  ${kb(f.gzip)}   ${kb(f.raw)}  ${relative(root, f.path)}  ${name}`);
		const glue = glues.get(f.path);
		if (glue) console.log(`  ${kb(glue.gzip)}   ${kb(glue.raw)}    of which sql.js glue`);
	}
	console.log(`  ${kb(totals[g].gzip)}   ${kb(totals[g].raw)}  total (${members.length} files)`);
}

const swPath = join(root, 'service-worker.js');
const sw = existsSync(swPath) ? inspect(swPath) : undefined;
const all = totals.dashboard.gzip + totals.workers.gzip;
const glue = [...glues.values()].reduce((s, g) => s + g.gzip, 0);
const own = all - glue;
if (values.json) {
	console.log(
		JSON.stringify({
			files: report,
			totals,
			serviceWorker: sw?.gzip,
			all,
			sqlJsGlue: glue,
			own,
			budget
		})
	);
} else {
	const total = (n: number) => `${(n / 1024).toFixed(1).padStart(6)} KB gzipped`;
	if (sw) console.log(`\nService worker (installs after load): ${kb(sw.gzip)} KB gzip`);
	console.log(`\nAll JS (first load + workers):  ${total(all)}`);
	console.log(`sql.js glue (aside, like wasm): ${total(glue)}`);
	console.log(
		`Own JS (sql.js aside):          ${total(own)} (${own} bytes) ` +
			`(budget ${(budget / 1024).toFixed(0)} KB) — ${own <= budget ? 'within' : 'OVER'} budget`
	);
}
process.exit(own <= budget ? 0 : 1);
