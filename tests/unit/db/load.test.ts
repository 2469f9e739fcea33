import { describe, expect, it } from 'vitest';
import { AtlasLoadError, fetchDatabase, looksLikeSqlite, type LoadProgress } from '$lib/db/load';

function sqliteBytes(size = 4096): Uint8Array {
	const bytes = new Uint8Array(size);
	bytes.set(new TextEncoder().encode('SQLite format 3\0'));
	return bytes;
}

/** A response whose body arrives in chunks, like a real download. */
function chunked(bytes: Uint8Array, init: ResponseInit, chunkSize = 1000): Response {
	let offset = 0;
	const body = new ReadableStream<Uint8Array>({
		pull(controller) {
			if (offset >= bytes.length) return controller.close();
			controller.enqueue(bytes.slice(offset, offset + chunkSize));
			offset += chunkSize;
		}
	});
	return new Response(body, init);
}

const fakeFetch =
	(response: Response | Error): typeof fetch =>
	async () => {
		if (response instanceof Error) throw response;
		return response;
	};

async function failure(promise: Promise<unknown>): Promise<AtlasLoadError> {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(AtlasLoadError);
	return error as AtlasLoadError;
}

describe('fetchDatabase', () => {
	it('reports bytes received against Content-Length and returns the whole file', async () => {
		const bytes = sqliteBytes(4096);
		const seen: LoadProgress[] = [];
		const response = chunked(bytes, { headers: { 'content-length': '4096' } });
		const result = await fetchDatabase(
			'/data/atlas.sqlite',
			(p) => seen.push(p),
			fakeFetch(response)
		);
		expect(result).toEqual(bytes);
		expect(seen[0]).toEqual({ phase: 'download', received: 0, total: 4096 });
		expect(seen.map((p) => p.received)).toEqual([0, 1000, 2000, 3000, 4000, 4096]);
		expect(seen.every((p) => p.total === 4096)).toBe(true);
	});

	it('reports a large download a hundredth at a time, not chunk by chunk', async () => {
		const bytes = sqliteBytes(200_000);
		const seen: LoadProgress[] = [];
		const response = chunked(bytes, { headers: { 'content-length': '200000' } }, 100);
		expect(await fetchDatabase('/db', (p) => seen.push(p), fakeFetch(response))).toEqual(bytes);
		expect(seen.length).toBeGreaterThan(90);
		expect(seen.length).toBeLessThanOrEqual(102);
		expect(seen.at(-1)).toEqual({ phase: 'download', received: 200_000, total: 200_000 });
		const received = seen.map((p) => p.received);
		expect(received).toEqual([...received].sort((a, b) => a - b));
	});

	it('calls a body longer than its Content-Length a failed download', async () => {
		const response = chunked(sqliteBytes(5000), { headers: { 'content-length': '3000' } });
		const error = await failure(fetchDatabase('/db', undefined, fakeFetch(response)));
		expect(error.kind).toBe('network');
	});

	it('has no total when the server compresses the body', async () => {
		const seen: LoadProgress[] = [];
		const response = chunked(sqliteBytes(), {
			headers: { 'content-length': '50', 'content-encoding': 'gzip' }
		});
		await fetchDatabase('/db', (p) => seen.push(p), fakeFetch(response));
		expect(seen.every((p) => p.total === null)).toBe(true);
	});

	it('calls a 404 a missing file and names it', async () => {
		const error = await failure(
			fetchDatabase(
				'http://site/data/atlas.sqlite',
				undefined,
				fakeFetch(new Response('no', { status: 404 }))
			)
		);
		expect(error.kind).toBe('missing');
		expect(error.message).toContain('/data/atlas.sqlite');
		expect(error.message).toContain('404');
	});

	it('calls an HTML page served in place of the file a missing file', async () => {
		const page = new Response('<!doctype html><title>Home</title>', {
			headers: { 'content-type': 'text/html; charset=utf-8' }
		});
		expect((await failure(fetchDatabase('/db', undefined, fakeFetch(page)))).kind).toBe('missing');
	});

	it('reports other HTTP errors and unreachable servers as network failures', async () => {
		const server = fakeFetch(new Response('boom', { status: 500 }));
		expect((await failure(fetchDatabase('/db', undefined, server))).kind).toBe('network');
		const offline = fakeFetch(new TypeError('Failed to fetch'));
		const error = await failure(fetchDatabase('/db', undefined, offline));
		expect(error.kind).toBe('network');
		expect(error.detail).toBe('Failed to fetch');
	});

	it('rejects bytes that are not SQLite as corrupt', async () => {
		const junk = new Response(new Uint8Array(2048).fill(7), {
			headers: { 'content-type': 'application/octet-stream' }
		});
		const error = await failure(fetchDatabase('/data/atlas.sqlite', undefined, fakeFetch(junk)));
		expect(error.kind).toBe('corrupt');
		expect(error.message).toMatch(/not an SQLite database/);
	});

	it('reports a download cut short', async () => {
		const response = chunked(sqliteBytes(2000), { headers: { 'content-length': '5000' } });
		expect((await failure(fetchDatabase('/db', undefined, fakeFetch(response)))).kind).toBe(
			'network'
		);
	});
});

describe('looksLikeSqlite', () => {
	it('accepts the SQLite header and nothing shorter than a page header', () => {
		expect(looksLikeSqlite(sqliteBytes(100))).toBe(true);
		expect(looksLikeSqlite(sqliteBytes(100).slice(0, 99))).toBe(false);
		expect(looksLikeSqlite(new TextEncoder().encode('SQLite format 2\0'.padEnd(200, ' ')))).toBe(
			false
		);
	});
});
