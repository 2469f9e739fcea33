import { describe, expect, it } from 'vitest';
import { AtlasLoadError } from '$lib/db/load';
import { EMPTY_FILTERS, type MetaInfo } from '$lib/db/types';
import type { WorkerRequest, WorkerResponse } from '$lib/db/worker/protocol';
import { createWorkerClient, SUPERSEDED, type WorkerLike } from '$lib/db/worker/workerClient';

const META: MetaInfo = { schemaVersion: 1, builtAt: '2026-01-01', corpusDigest: 'abc', counts: {} };
const urls = { database: 'http://site/db.sqlite', wasm: 'http://site/sql.wasm' };

type Listener = (event: { data?: WorkerResponse; message?: string }) => void;

/** A stand-in worker: `answer` decides what it replies to each request. */
function fakeWorker(
	answer: (request: WorkerRequest, reply: (r: WorkerResponse) => void) => void,
	opts: { start?: 'ready' | 'error' | 'silent' } = {}
) {
	const listeners: Record<string, Listener[]> = {};
	const emit = (type: string, event: Parameters<Listener>[0]) =>
		listeners[type]?.forEach((listener) => listener(event));
	const reply = (data: WorkerResponse) => queueMicrotask(() => emit('message', { data }));
	const worker = {
		terminated: false,
		addEventListener(type: string, listener: Listener) {
			(listeners[type] ??= []).push(listener);
		},
		postMessage(request: WorkerRequest) {
			answer(request, reply);
		},
		terminate() {
			this.terminated = true;
		}
	};
	const start = opts.start ?? 'ready';
	setTimeout(() => {
		if (start === 'ready') emit('message', { data: { type: 'ready' } });
		if (start === 'error') emit('error', { message: 'SyntaxError in db.worker.js' });
	}, 0);
	return worker as typeof worker & WorkerLike;
}

async function rejection(promise: Promise<unknown>): Promise<AtlasLoadError> {
	const error = await promise.then(
		() => null,
		(e: unknown) => e
	);
	expect(error).toBeInstanceOf(AtlasLoadError);
	return error as AtlasLoadError;
}

describe('createWorkerClient', () => {
	it('loads with progress, then answers queries by request id even out of order', async () => {
		const held: [WorkerRequest, (r: WorkerResponse) => void][] = [];
		const worker = fakeWorker((request, reply) => {
			if (request.type === 'open') {
				expect(request).toMatchObject({ databaseUrl: urls.database, wasmUrl: urls.wasm });
				reply({
					type: 'progress',
					id: request.id,
					progress: { phase: 'download', received: 5, total: 10 }
				});
				reply({ type: 'opened', id: request.id, meta: META });
			} else held.push([request, reply]);
		});
		const client = createWorkerClient({ createWorker: () => worker, urls });
		const progress: number[] = [];
		expect(await client.load((p) => progress.push(p.received))).toEqual(META);
		expect(progress).toEqual([5]);

		const themes = client.themes();
		const events = client.events(EMPTY_FILTERS);
		await new Promise((r) => setTimeout(r, 0));
		// Answer the second request first.
		for (const [request, reply] of held.reverse()) {
			if (request.type !== 'query') continue;
			reply({ type: 'result', id: request.id, value: request.method });
		}
		expect(await themes).toBe('themes');
		expect(await events).toBe('events');
	});

	it('tags slot calls, and rejects a call the worker dropped as superseded', async () => {
		const worker = fakeWorker((request, reply) => {
			if (request.type !== 'query') return;
			expect(request.slot).toBe('heatmap:heatmap');
			reply({ type: 'cancelled', id: request.id });
		});
		const client = createWorkerClient({ createWorker: () => worker, urls });
		const error = await rejection(client.slot('heatmap').heatmap(EMPTY_FILTERS, 'event'));
		expect(error.message).toBe(SUPERSEDED);
	});

	it('posts the database to open before a question asked while the worker was starting', async () => {
		const posted: string[] = [];
		const worker = fakeWorker((request, reply) => {
			posted.push(request.type === 'query' ? request.method : request.type);
			reply(
				request.type === 'open'
					? { type: 'opened', id: request.id, meta: META }
					: { type: 'result', id: request.id, value: [] }
			);
		});
		const client = createWorkerClient({ createWorker: () => worker, urls });
		const opened = client.load(() => undefined);
		// Asked at once (the first view's charts are up before the worker has started).
		const events = client.events(EMPTY_FILTERS);
		await Promise.all([opened, events]);
		expect(posted).toEqual(['open', 'events']);
	});

	it('turns a worker script that fails to load into a "worker" error', async () => {
		const client = createWorkerClient({
			createWorker: () => fakeWorker(() => {}, { start: 'error' }),
			urls
		});
		const error = await rejection(client.load());
		expect(error.kind).toBe('worker');
		expect(error.message).toMatch(/worker/i);
		expect(error.detail).toContain('SyntaxError');
	});

	it('gives up on a worker that never answers', async () => {
		const client = createWorkerClient({
			createWorker: () => fakeWorker(() => {}, { start: 'silent' }),
			urls,
			startTimeoutMs: 20
		});
		expect((await rejection(client.load())).kind).toBe('worker');
	});

	it('reports a Worker constructor that throws (workers blocked)', async () => {
		const client = createWorkerClient({
			createWorker: () => {
				throw new Error('SecurityError: workers are disabled');
			},
			urls
		});
		const error = await rejection(client.load());
		expect(error.kind).toBe('worker');
		expect((await rejection(client.themes())).kind).toBe('worker');
	});

	it('passes typed errors from the worker through', async () => {
		const worker = fakeWorker((request, reply) =>
			reply({
				type: 'error',
				id: request.id,
				error: { kind: 'schema', message: 'Schema version 9 is newer than this site reads (1).' }
			})
		);
		const client = createWorkerClient({ createWorker: () => worker, urls });
		const error = await rejection(client.load());
		expect(error.kind).toBe('schema');
		expect(error.message).toContain('version 9');
	});

	it('rejects pending calls and terminates the worker on dispose', async () => {
		const worker = fakeWorker(() => {});
		const client = createWorkerClient({ createWorker: () => worker, urls });
		await new Promise((r) => setTimeout(r, 0));
		const pending = client.projects();
		client.dispose();
		expect((await rejection(pending)).kind).toBe('worker');
		expect(worker.terminated).toBe(true);
	});
});
