/**
 * The force worker's own code in Node, with a fake `self`: answers by request id, and its
 * warm-up after the first layouts posts nothing and does not stand in the way of a request.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runForce } from '$lib/charts/network/force.layout';
import type { ForceInput, ForceRequest, ForceResponse } from '$lib/charts/network/force.protocol';

const posted: ForceResponse[] = [];
let send: (request: ForceRequest) => void;

const input = (seed = 1): ForceInput => ({
	nodes: ['a', 'b', 'c', 'd'].map((id, i) => ({ id, r: 4 + i })),
	links: [
		{ source: 'a', target: 'b', weight: 3 },
		{ source: 'b', target: 'c', weight: 1 },
		{ source: 'c', target: 'd', weight: 2 }
	],
	seed
});

beforeAll(async () => {
	vi.useFakeTimers();
	const scope = { postMessage: (m: ForceResponse) => posted.push(m), onmessage: null };
	(globalThis as unknown as { self: unknown }).self = scope;
	await import('$lib/charts/network/force.worker');
	send = (request) =>
		(scope.onmessage as unknown as (e: { data: ForceRequest }) => void)({ data: request });
});
afterAll(() => vi.useRealTimers());

describe('force.worker', () => {
	it('answers each request with its layout, and warms up silently when idle', () => {
		send({ id: 1, input: input() });
		expect(posted).toEqual([{ id: 1, ok: true, result: runForce(input()) }]);
		// Warm-up runs, one per timer task; a request between them is answered at once.
		vi.advanceTimersByTime(160);
		send({ id: 2, input: input(7) });
		expect(posted.at(-1)).toEqual({ id: 2, ok: true, result: runForce(input(7)) });
		vi.advanceTimersByTime(5_000);
		expect(posted.map((m) => m.id)).toEqual([1, 2]);
	});

	it('reports a failed layout as a message', () => {
		send({ id: 3, input: null as unknown as ForceInput });
		expect(posted.at(-1)).toMatchObject({ id: 3, ok: false });
	});
});
