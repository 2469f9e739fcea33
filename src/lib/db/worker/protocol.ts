/**
 * Messages between the page and the database worker (the svelte.dev REPL pattern): a typed
 * union, every request carrying an id that its response echoes, so answers can arrive in any
 * order and the page can drop the ones it no longer wants.
 */
import type { LoadProgress, SerializedLoadError } from '../load';
import type { AtlasClient, MetaInfo } from '../types';

export type QueryMethod = keyof AtlasClient;

/** One request type per AtlasClient method, its arguments typed from the interface. */
export type QueryRequest = {
	[M in QueryMethod]: {
		type: 'query';
		id: number;
		method: M;
		args: Parameters<AtlasClient[M]>;
		/**
		 * Who asks (e.g. "heatmap:heatmap"). A newer request with the same slot supersedes an
		 * older one still waiting in the worker's queue: the older is answered `cancelled`.
		 */
		slot?: string;
	};
}[QueryMethod];

export interface OpenRequest {
	type: 'open';
	id: number;
	/** Absolute URLs (the worker resolves relative ones against its own script). */
	databaseUrl: string;
	wasmUrl: string;
}

export type WorkerRequest = OpenRequest | QueryRequest;

export type QueryResult<M extends QueryMethod> = Awaited<ReturnType<AtlasClient[M]>>;

export type WorkerResponse =
	/** Sent once the worker's script has run: proof that the worker started. */
	| { type: 'ready' }
	| { type: 'progress'; id: number; progress: LoadProgress }
	| { type: 'opened'; id: number; meta: MetaInfo }
	/** `packed`: the value is a network answer packed by wire.ts. */
	| { type: 'result'; id: number; value: unknown; packed?: 'network' }
	| { type: 'cancelled'; id: number }
	| { type: 'error'; id: number; error: SerializedLoadError };
