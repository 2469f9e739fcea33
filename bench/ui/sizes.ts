/**
 * Bytes the site ships: every JavaScript file under _app/ (gzip -9, as a CDN would serve them),
 * split by when the dashboard loads them when scripts/js-size.ts is there to tell; the sql.js
 * wasm and the database, raw and gzipped.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { firstViewFile } from '../../scripts/lib/ingestRun';
import { gzipSync } from 'node:zlib';

export interface Size {
	raw: number;
	gzip: number;
}

export interface SiteSizes {
	/** Every .js file under _app/, summed. */
	allJs: Size & { files: number };
	/** From scripts/js-size.ts: what the dashboard's first load fetches, and its workers. */
	firstLoadJs?: Size;
	workersJs?: Size;
	lazyJs?: Size;
	otherPagesJs?: Size;
	/** First load + workers without sql.js's emscripten glue, gzipped: what the budget counts. */
	ownJsGzip?: number;
	sqlJsGlueGzip?: number;
	wasm: Size;
}

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

export function sizeOf(file: string, level = 9): Size {
	const bytes = readFileSync(file);
	return { raw: bytes.length, gzip: gzipSync(bytes, { level }).length };
}

function sum(sizes: Size[]): Size {
	return sizes.reduce((a, b) => ({ raw: a.raw + b.raw, gzip: a.gzip + b.gzip }), {
		raw: 0,
		gzip: 0
	});
}

interface JsSizeReport {
	totals: Record<'dashboard' | 'workers' | 'lazy' | 'pages', Size>;
	own: number;
	sqlJsGlue: number;
}

function jsSizeGroups(site: string): JsSizeReport | null {
	if (!existsSync('scripts/js-size.ts')) return null;
	try {
		const out = execFileSync(
			process.execPath,
			['--import', 'tsx', 'scripts/js-size.ts', site, '--json', '--budget', '100000'],
			{ encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }
		);
		return JSON.parse(out) as JsSizeReport;
	} catch {
		return null;
	}
}

export function siteSizes(site: string): SiteSizes {
	const files = walk(join(site, '_app'));
	const js = files.filter((f) => f.endsWith('.js'));
	const wasm = files.find((f) => f.endsWith('.wasm'));
	if (!wasm) throw new Error(`no .wasm under ${site}/_app`);
	const groups = jsSizeGroups(site);
	return {
		allJs: { ...sum(js.map((f) => sizeOf(f))), files: js.length },
		firstLoadJs: groups?.totals.dashboard,
		workersJs: groups?.totals.workers,
		lazyJs: groups?.totals.lazy,
		otherPagesJs: groups?.totals.pages,
		ownJsGzip: groups?.own,
		sqlJsGlueGzip: groups?.sqlJsGlue,
		wasm: sizeOf(wasm)
	};
}

/** The hashed database the site loads, and the stable download copy. */
export function databaseFiles(site: string): string[] {
	const assets = join(site, '_app/immutable/assets');
	const hashed = readdirSync(assets)
		.filter((name) => /^atlas\..+\.sqlite$/.test(name))
		.map((name) => join(assets, name));
	if (!hashed.length) throw new Error(`no hashed atlas.*.sqlite in ${assets}`);
	return [...hashed, join(site, 'data/atlas.sqlite')];
}

/**
 * Points a copy of the site at another database: its files link to `db`, and the first view's
 * build-time answers to the ones the ingest wrote beside it (removed when there are none, so
 * the page asks the database).
 */
export function useDatabase(site: string, db: string): void {
	for (const file of databaseFiles(site)) {
		rmSync(file);
		symlinkSync(resolve(db), file);
	}
	const assets = join(site, '_app/immutable/assets');
	const views = readdirSync(assets)
		.filter((name) => /^atlas\.first\..+\.json$/.test(name))
		.map((name) => join(assets, name));
	for (const file of [...views, join(site, 'data/atlas.first.json')]) {
		rmSync(file, { force: true });
		if (existsSync(firstViewFile(db))) symlinkSync(resolve(firstViewFile(db)), file);
	}
}
