/**
 * The database worker: loads the sql.js engine and the database bytes side by side, opens the
 * database and answers AtlasClient calls. sql.js is synchronous, so keeping it here keeps the
 * page responsive however long a query takes.
 */
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { AtlasLoadError, fetchDatabase, serializeError } from '../load';
import { CorruptDatabaseError, openAtlas, SchemaVersionError } from '../open';
import { createAtlasClient } from '../queries';
import { EMPTY_FILTERS, type AtlasClient, type NetworkEdge, type NetworkNode } from '../types';
import type { OpenRequest, QueryRequest, WorkerRequest, WorkerResponse } from './protocol';
import { packNetwork, transferables } from './wire';

const scope = self as unknown as {
	postMessage(message: WorkerResponse, transfer?: Transferable[]): void;
	onmessage: ((event: MessageEvent<WorkerRequest>) => void) | null;
};

type NetworkData = { nodes: NetworkNode[]; edges: NetworkEdge[] };

/** Queries that arrive while the database is still loading wait for it. */
let client: Promise<AtlasClient> | null = null;

function post(message: WorkerResponse): void {
	scope.postMessage(message);
}

async function loadEngine(wasmUrl: string): Promise<SqlJsStatic> {
	try {
		return await initSqlJs({ locateFile: () => wasmUrl });
	} catch (error) {
		throw new AtlasLoadError(
			'engine',
			'The SQLite engine (sql.js WebAssembly) could not be loaded. Retry; if it keeps failing, this browser may block WebAssembly.',
			error instanceof Error ? error.message : String(error)
		);
	}
}

function openError(error: unknown): unknown {
	if (error instanceof SchemaVersionError || error instanceof CorruptDatabaseError) {
		return new AtlasLoadError(
			error instanceof SchemaVersionError ? 'schema' : 'corrupt',
			error.message
		);
	}
	return error;
}

async function open(request: OpenRequest): Promise<void> {
	const engine = loadEngine(request.wasmUrl);
	// Download and engine start-up overlap; a failed download must not leave an unhandled rejection.
	engine.catch(() => {});
	const loading = (async () => {
		const bytes = await fetchDatabase(request.databaseUrl, (progress) =>
			post({ type: 'progress', id: request.id, progress })
		);
		const SQL = await engine;
		post({
			type: 'progress',
			id: request.id,
			progress: { phase: 'open', received: bytes.length, total: bytes.length }
		});
		try {
			return createAtlasClient(openAtlas(SQL, bytes));
		} catch (error) {
			throw openError(error);
		}
	})();
	// Opening another database (a user's recaps added: see app/addRecaps.ts) keeps the open one
	// if the new one fails.
	const previous = client;
	client = loading;
	try {
		const ready = await loading;
		post({ type: 'opened', id: request.id, meta: await ready.meta() });
		// With the first view drawn from the build, the page may ask nothing for a while.
		scheduleWarmUp();
	} catch (error) {
		if (client === loading) client = previous;
		post({ type: 'error', id: request.id, error: serializeError(error, 'corrupt') });
	}
}

/**
 * Answers already given from each open database: a filter turned off again, Back, or the view
 * before the last click asks a question asked before, and its answer comes without running SQL.
 * Another database (a user's recaps added) starts with none; past 64 the oldest go.
 */
const answers = new WeakMap<AtlasClient, Map<string, unknown>>();

async function ask(atlas: AtlasClient, request: QueryRequest): Promise<unknown> {
	let kept = answers.get(atlas);
	if (!kept) answers.set(atlas, (kept = new Map()));
	const key = request.method + JSON.stringify(request.args);
	if (!kept.has(key)) {
		// The union of argument tuples does not narrow by method; the protocol types guarantee it.
		const method = atlas[request.method] as (...args: unknown[]) => Promise<unknown>;
		kept.set(key, await method.apply(atlas, request.args));
		if (kept.size > 64) kept.delete(kept.keys().next().value!);
	}
	return kept.get(key);
}

async function query(request: QueryRequest): Promise<void> {
	try {
		if (!client) throw new AtlasLoadError('query', 'The database is not open yet.');
		const value = await ask(await client, request);
		const packed = request.method === 'network' ? packNetwork(value as NetworkData) : null;
		if (packed)
			scope.postMessage(
				{ type: 'result', id: request.id, value: packed, packed: 'network' },
				transferables(packed)
			);
		else post({ type: 'result', id: request.id, value });
	} catch (error) {
		post({ type: 'error', id: request.id, error: serializeError(error, 'query') });
	}
}

/**
 * Queries wait in a queue, so a question overtaken by a newer one from the same slot is dropped
 * before it runs: after a slow query, only the latest view is computed, not every view the user
 * clicked through meanwhile.
 */
const queue: QueryRequest[] = [];
let draining = false;

function enqueue(request: QueryRequest): void {
	if (request.slot) {
		for (let i = queue.length - 1; i >= 0; i--) {
			if (queue[i]!.slot !== request.slot) continue;
			post({ type: 'cancelled', id: queue[i]!.id });
			queue.splice(i, 1);
		}
	}
	queue.push(request);
	if (!draining) {
		draining = true;
		setTimeout(drain, 0);
	}
}

async function drain(): Promise<void> {
	const next = queue.shift();
	if (!next) {
		draining = false;
		scheduleWarmUp();
		return;
	}
	await query(next);
	// A task boundary: messages that arrived during the query are queued (and may supersede).
	setTimeout(drain, 0);
}

/**
 * Once per open database, a moment after it opens or after its first questions are answered,
 * while nothing is asked: the charts' questions, once each, under filters nobody asked for (a theme; a later start year).
 * The answers are thrown away (not cached); what stays is warm code (the engine's WebAssembly
 * and the query code compiled by the optimising tiers) and the database pages read. Without it
 * the first filter changes of a visit took up to twice as long as later ones. Stops at once when
 * a real question arrives.
 */
let warmed: AtlasClient | null = null;

function scheduleWarmUp(): void {
	// A failed warm-up costs nothing: the real question reports its own error.
	setTimeout(() => warmUp().catch(() => undefined), 200);
}

async function warmUp(): Promise<void> {
	const atlas = await client?.catch(() => null);
	if (!atlas || atlas === warmed || draining) return;
	warmed = atlas;
	const theme = (await atlas.themes())[0]!.id;
	const years = (await atlas.events(EMPTY_FILTERS)).map((e) => e.year).sort();
	for (const f of [
		{ ...EMPTY_FILTERS, themes: [theme] },
		{ ...EMPTY_FILTERS, from: years[years.length >> 1] ?? null }
	]) {
		for (const step of [
			() => atlas.events(f),
			() => atlas.timelineSeries(f, 5),
			() => atlas.heatmap(f, 'event'),
			() => atlas.network(f, 1, 150)
		]) {
			// One question per task, and none once the page asks something.
			await new Promise((resolve) => setTimeout(resolve, 0));
			if (draining || queue.length) return;
			await step();
		}
	}
}

scope.onmessage = (event) => {
	const request = event.data;
	if (request.type === 'open') void open(request);
	else enqueue(request);
};

post({ type: 'ready' });
