#!/usr/bin/env node
// A small static file server for build/ (the site needs nothing more: no server code).
// PORT overrides 4173. Hashed assets are cached forever, everything else revalidates.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const root = resolve(process.argv[2] ?? 'build');
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? '127.0.0.1';

/** @type {Record<string, string>} */
const types = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.md': 'text/markdown; charset=utf-8',
	'.wasm': 'application/wasm',
	'.sqlite': 'application/vnd.sqlite3',
	'.webmanifest': 'application/manifest+json'
};
const compressible = new Set([
	'.html',
	'.js',
	'.css',
	'.json',
	'.svg',
	'.txt',
	'.md',
	'.webmanifest',
	'.wasm'
]);

/**
 * Compressed bodies, made once per file version: compressing on every request put ~10 ms of
 * server time in front of each script on a page load (the database stays uncompressed, so its
 * download can show a total).
 * @type {Map<string, { mtimeMs: number; body: Buffer }>}
 */
const gzipped = new Map();

/** @param {string} file @param {import('node:fs').Stats} stat */
function gzipOf(file, stat) {
	const hit = gzipped.get(file);
	if (hit && hit.mtimeMs === stat.mtimeMs) return hit.body;
	const body = gzipSync(readFileSync(file));
	gzipped.set(file, { mtimeMs: stat.mtimeMs, body });
	return body;
}

if (!existsSync(root)) {
	console.error(`serve: ${root} does not exist — run \`npm run build\` first.`);
	process.exit(1);
}

/**
 * Maps a URL path to a file in root: /a → /a.html or /a/index.html, never outside root.
 * @param {string} pathname
 */
function resolveFile(pathname) {
	const clean = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
	const candidates = [clean, `${clean}.html`, join(clean, 'index.html')];
	for (const candidate of candidates) {
		const file = join(root, candidate);
		if (!file.startsWith(root)) return null;
		if (existsSync(file) && statSync(file).isFile()) return file;
	}
	return null;
}

const server = createServer((req, res) => {
	let pathname;
	try {
		pathname = new URL(req.url ?? '/', 'http://localhost').pathname;
	} catch {
		res.writeHead(400).end('Bad request');
		return;
	}
	const file = resolveFile(pathname);
	if (!file) {
		const notFound = join(root, '404.html');
		res.writeHead(404, { 'content-type': types['.html'] });
		if (existsSync(notFound)) createReadStream(notFound).pipe(res);
		else res.end('Not found');
		return;
	}
	const ext = extname(file);
	const headers = {
		'content-type': types[ext] ?? 'application/octet-stream',
		'cache-control': pathname.includes('/_app/immutable/')
			? 'public, max-age=31536000, immutable'
			: 'no-cache',
		'x-content-type-options': 'nosniff'
	};
	const stat = statSync(file);
	const gzip = compressible.has(ext) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
	const etag = `"${stat.size.toString(16)}-${stat.mtime.getTime().toString(16)}${gzip ? '-gz' : ''}"`;
	if (req.headers['if-none-match'] === etag) {
		res.writeHead(304, { ...headers, etag }).end();
		return;
	}
	if (gzip) {
		const body = gzipOf(file, stat);
		res.writeHead(200, {
			...headers,
			etag,
			'content-encoding': 'gzip',
			'content-length': body.length,
			vary: 'accept-encoding'
		});
		res.end(req.method === 'HEAD' ? undefined : body);
	} else {
		res.writeHead(200, { ...headers, etag, 'content-length': stat.size });
		if (req.method === 'HEAD') return res.end();
		// Large reads: a 90 MB database goes out in 1 MB pieces, not 64 KB ones.
		createReadStream(file, { highWaterMark: 1 << 20 }).pipe(res);
	}
});

server.listen(port, host, () => {
	console.log(`KubeCon Atlas at http://localhost:${port} (serving ${root})`);
});
