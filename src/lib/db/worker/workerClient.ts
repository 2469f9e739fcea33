/**
 * The page's side of the database worker: an AtlasClient whose calls are messages. Callers keep
 * results in `$state.raw` (rows are replaced, never mutated, and a deep proxy would be wasted
 * on them). Every failure on the way, including a worker that never starts, rejects with an
 * `AtlasLoadError`.
 */
import { AtlasLoadError, deserializeError, type ProgressCallback } from '../load';
import type { AtlasClient, MetaInfo } from '../types';
import type { QueryMethod, QueryResult, WorkerRequest, WorkerResponse } from './protocol';
import { unpackNetwork, type PackedNetwork } from './wire';

export interface WorkerAtlasClient extends AtlasClient {
	/**
	 * Download and open the database (or the one at `databaseUrl` instead of the open one: a
	 * failure keeps the open one); resolves with its meta once queries can run.
	 */
	load(onProgress?: ProgressCallback, databaseUrl?: string): Promise<MetaInfo>;
	/**
	 * The same client for one asker (a chart): each new call supersedes that asker's earlier call
	 * of the same method if the worker has not started it yet (it then rejects as superseded).
	 */
	slot(name: string): AtlasClient;
	/** Stop the worker; pending calls reject. */
	dispose(): void;
}

/** The part of `Worker` we use, so tests can hand in a fake. */
export type WorkerLike = Pick<Worker, 'postMessage' | 'terminate' | 'addEventListener'>;

export interface WorkerClientOptions {
	/** Absolute URLs of the database and the sql.js wasm (see `assetUrls`). */
	urls: { database: string; wasm: string };
	createWorker?: () => WorkerLike;
	/** A worker that has not said "ready" by then is reported as failing to start. */
	startTimeoutMs?: number;
}

interface Pending {
	resolve(value: unknown): void;
	reject(error: AtlasLoadError): void;
	onProgress?: ProgressCallback;
}

function defaultWorker(): WorkerLike {
	return new Worker(new URL('./db.worker.ts', import.meta.url), { type: 'module' });
}

/** The message of a call dropped because a newer one from the same slot replaced it. */
export const SUPERSEDED = 'Superseded by a newer question.';

const START_FAILED =
	'The database runs in a background worker, and this browser did not start it. Retry; if it keeps failing, a browser setting or extension may be blocking Web Workers.';

export function createWorkerClient(options: WorkerClientOptions): WorkerAtlasClient {
	const pending = new Map<number, Pending>();
	let nextId = 1;
	let failure: AtlasLoadError | null = null;
	let worker: WorkerLike | null = null;
	let resolveStarted!: () => void;
	let rejectStarted!: (error: AtlasLoadError) => void;
	const started = new Promise<void>((resolve, reject) => {
		resolveStarted = resolve;
		rejectStarted = reject;
	});
	started.catch(() => {});

	function fail(error: AtlasLoadError): void {
		failure ??= error;
		rejectStarted(error);
		for (const entry of pending.values()) entry.reject(error);
		pending.clear();
	}

	function onMessage(message: WorkerResponse): void {
		if (message.type === 'ready') return resolveStarted();
		const entry = pending.get(message.id);
		if (!entry) return; // Disposed or already settled.
		if (message.type === 'progress') return entry.onProgress?.(message.progress);
		pending.delete(message.id);
		if (message.type === 'error') entry.reject(deserializeError(message.error));
		else if (message.type === 'cancelled') entry.reject(new AtlasLoadError('query', SUPERSEDED));
		else if (message.type === 'opened') entry.resolve(message.meta);
		else
			entry.resolve(
				message.packed === 'network' ? unpackNetwork(message.value as PackedNetwork) : message.value
			);
	}

	try {
		worker = (options.createWorker ?? defaultWorker)();
		worker.addEventListener('message', (event) => onMessage((event as MessageEvent).data));
		worker.addEventListener('error', (event) => {
			const detail = (event as ErrorEvent).message || 'the worker script failed to load';
			fail(new AtlasLoadError('worker', START_FAILED, detail));
		});
		worker.addEventListener('messageerror', () =>
			fail(
				new AtlasLoadError('worker', 'The database worker sent a message that could not be read.')
			)
		);
	} catch (error) {
		fail(
			new AtlasLoadError(
				'worker',
				START_FAILED,
				error instanceof Error ? error.message : String(error)
			)
		);
	}

	const timeout = setTimeout(
		() => fail(new AtlasLoadError('worker', START_FAILED, 'no answer from the worker')),
		options.startTimeoutMs ?? 15_000
	);
	started.then(
		() => clearTimeout(timeout),
		() => clearTimeout(timeout)
	);

	function send<T>(request: WorkerRequest, onProgress?: ProgressCallback): Promise<T> {
		return new Promise<T>((resolve, reject) => {
			if (failure || !worker) return reject(failure);
			pending.set(request.id, { resolve: resolve as (value: unknown) => void, reject, onProgress });
			worker.postMessage(request);
		});
	}

	function call<M extends QueryMethod>(
		slot: string | undefined,
		method: M,
		...args: Parameters<AtlasClient[M]>
	) {
		const request = {
			type: 'query',
			id: nextId++,
			method,
			args,
			slot: slot && `${slot}:${method}`
		};
		// After the worker has started, like `load`: an "open" asked for first is posted first.
		return started.then(() => send<QueryResult<M>>(request as WorkerRequest));
	}

	function client(slot?: string): AtlasClient {
		return {
			meta: () => call(slot, 'meta'),
			themes: () => call(slot, 'themes'),
			projects: () => call(slot, 'projects'),
			events: (filters) => call(slot, 'events', filters),
			timelineSeries: (filters, limit) => call(slot, 'timelineSeries', filters, limit),
			heatmap: (filters, columns, measure) => call(slot, 'heatmap', filters, columns, measure),
			network: (filters, minWeight, maxNodes) =>
				call(slot, 'network', filters, minWeight, maxNodes),
			passages: (query) => call(slot, 'passages', query),
			talks: (eventId) => call(slot, 'talks', eventId),
			sources: () => call(slot, 'sources'),
			summary: (filters) => call(slot, 'summary', filters)
		};
	}

	return {
		async load(onProgress, databaseUrl = options.urls.database) {
			await started;
			return send<MetaInfo>(
				{ type: 'open', id: nextId++, databaseUrl, wasmUrl: options.urls.wasm },
				onProgress
			);
		},
		dispose() {
			clearTimeout(timeout);
			worker?.terminate();
			fail(new AtlasLoadError('worker', 'The database worker was stopped.'));
		},
		slot: (name) => client(name),
		...client()
	};
}
