/** Messages between the page and the add worker (add.worker.ts): one request, one answer. */
import type { AddReport } from '../addRecaps';
import type { SerializedLoadError } from '../load';

export interface AddWorkerRequest {
	/** Absolute URLs: the sql.js wasm, and the taxonomy the database was built with. */
	wasmUrl: string;
	taxonomyUrl: string;
	/** The atlas to add to: its file, or where to fetch it (the published one, cached). */
	database: Uint8Array | { url: string };
	files: { path: string; bytes: Uint8Array }[];
}

export type AddWorkerResponse =
	{ ok: true; bytes: Uint8Array; report: AddReport } | { ok: false; error: SerializedLoadError };
