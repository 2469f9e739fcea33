/**
 * The worker's own code in Node: a fake `self` receives its messages. The database arrives as a
 * data: URL (Node's fetch reads those), the wasm as a file path (sql.js's Node loader reads it).
 */
import { createRequire } from 'node:module';
import initSqlJs from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDatabase } from '$lib/db/build';
import type { WorkerRequest, WorkerResponse } from '$lib/db/worker/protocol';
import { EMPTY_FILTERS } from '$lib/db/types';
import { transferables, unpackNetwork, type PackedNetwork } from '$lib/db/worker/wire';
import { handmadeResult } from '../../../fixtures/db/handmade';

const wasmUrl = createRequire(import.meta.url).resolve('sql.js/dist/sql-wasm.wasm');
const posted: WorkerResponse[] = [];
/** What each posted message transferred. */
const transfers = new Map<WorkerResponse, Transferable[]>();
let send: (request: WorkerRequest) => void;
let good: string;
let newer: string;
let renamed: string;

function dataUrl(bytes: Uint8Array): string {
	return `data:application/octet-stream;base64,${Buffer.from(bytes).toString('base64')}`;
}

async function answer(id: number): Promise<WorkerResponse> {
	for (let i = 0; i < 200; i++) {
		const found = posted.find((m) => 'id' in m && m.id === id && m.type !== 'progress');
		if (found) return found;
		await new Promise((r) => setTimeout(r, 10));
	}
	throw new Error(`no answer to request ${id}`);
}

beforeAll(async () => {
	const SQL = await initSqlJs();
	const bytes = buildDatabase(SQL, handmadeResult(), { builtAt: '2024-01-01T00:00:00Z' });
	good = dataUrl(bytes);
	const db = new SQL.Database(bytes);
	db.run("UPDATE meta SET value = '99' WHERE key = 'schema_version'");
	newer = dataUrl(db.export());
	db.run("UPDATE meta SET value = '1' WHERE key = 'schema_version'");
	db.run("UPDATE events SET name = 'Renamed' WHERE id = 'kubecon-na-2019'");
	renamed = dataUrl(db.export());
	const scope = {
		postMessage(m: WorkerResponse, transfer?: Transferable[]) {
			posted.push(m);
			if (transfer) transfers.set(m, transfer);
		},
		onmessage: null
	};
	(globalThis as unknown as { self: unknown }).self = scope;
	await import('$lib/db/worker/db.worker');
	send = (request) =>
		(scope.onmessage as unknown as (e: { data: WorkerRequest }) => void)({ data: request });
});

describe('db.worker', () => {
	it('says it started, then opens the database with progress and answers queries', async () => {
		expect(posted[0]).toEqual({ type: 'ready' });
		send({ type: 'open', id: 1, databaseUrl: good, wasmUrl });
		// A query sent while the database is still loading waits for it.
		send({ type: 'query', id: 2, method: 'events', args: [EMPTY_FILTERS] });
		expect(await answer(1)).toMatchObject({ type: 'opened', meta: { schemaVersion: 1 } });
		const phases = posted.filter((m) => m.type === 'progress' && m.id === 1);
		expect(phases.at(-1)).toMatchObject({ progress: { phase: 'open' } });
		const events = await answer(2);
		expect(events.type).toBe('result');
		expect((events as { value: { id: string }[] }).value.map((e) => e.id)).toContain(
			'kubecon-na-2019'
		);
	});

	it('sends a network answer packed, its edge arrays transferred', async () => {
		send({ type: 'query', id: 30, method: 'network', args: [EMPTY_FILTERS, 1, 150] });
		const message = await answer(30);
		expect(message).toMatchObject({ type: 'result', packed: 'network' });
		const packed = (message as { value: PackedNetwork }).value;
		expect(transfers.get(message)).toEqual(transferables(packed));
		const { nodes, edges } = unpackNetwork(packed);
		expect(edges.length).toBeGreaterThan(0);
		const ids = new Set(nodes.map((n) => n.id));
		expect(edges.every((e) => ids.has(e.source) && ids.has(e.target) && e.weight > 0)).toBe(true);
	});

	it('warms up quietly when idle, and a question asked meanwhile is answered', async () => {
		const before = posted.length;
		// The warm-up starts 200 ms after the queue empties and asks one question per task.
		await new Promise((r) => setTimeout(r, 230));
		send({ type: 'query', id: 5, method: 'events', args: [{ ...EMPTY_FILTERS, from: 2019 }] });
		const events = await answer(5);
		expect(events).toMatchObject({ type: 'result' });
		expect((events as { value: { year: number }[] }).value.every((e) => e.year >= 2019)).toBe(true);
		await new Promise((r) => setTimeout(r, 400));
		// Nothing but the answer was posted: warm-up answers are thrown away, not sent.
		expect(posted.slice(before).map((m) => m.type)).toEqual(['result']);
	});

	it('drops a queued question superseded by a newer one from the same slot', async () => {
		send({ type: 'query', id: 10, method: 'themes', args: [], slot: 'heatmap:themes' });
		send({ type: 'query', id: 11, method: 'projects', args: [], slot: 'network:projects' });
		send({ type: 'query', id: 12, method: 'themes', args: [], slot: 'heatmap:themes' });
		expect(await answer(10)).toEqual({ type: 'cancelled', id: 10 });
		expect(await answer(11)).toMatchObject({ type: 'result' });
		expect(await answer(12)).toMatchObject({ type: 'result' });
	});

	it('reports an unknown schema version as a typed error', async () => {
		send({ type: 'open', id: 3, databaseUrl: newer, wasmUrl });
		expect(await answer(3)).toMatchObject({
			type: 'error',
			error: { kind: 'schema', message: expect.stringContaining('schema version 99') }
		});
	});

	it('reports bytes that are not SQLite as corrupt', async () => {
		send({ type: 'open', id: 4, databaseUrl: dataUrl(new Uint8Array(4096)), wasmUrl });
		expect(await answer(4)).toMatchObject({ type: 'error', error: { kind: 'corrupt' } });
	});

	it('answers a question asked before from the same database, and afresh from another', async () => {
		const name = async (id: number) => {
			send({ type: 'query', id, method: 'events', args: [EMPTY_FILTERS] });
			const events = (await answer(id)) as { value: { id: string; name: string }[] };
			return events.value.find((e) => e.id === 'kubecon-na-2019')?.name;
		};
		const first = await name(20);
		expect(first).not.toBe('Renamed');
		expect(await name(21)).toBe(first);
		send({ type: 'open', id: 22, databaseUrl: renamed, wasmUrl });
		expect(await answer(22)).toMatchObject({ type: 'opened' });
		expect(await name(23)).toBe('Renamed');
	});
});
