import { describe, expect, it, vi } from 'vitest';
import { forceKey, lcg, runForce, type ForceInput } from '$lib/charts/network/force.layout';
import { createForceClient } from '$lib/charts/network/force.client';
import type { ForceRequest, ForceResponse } from '$lib/charts/network/force.protocol';

const input = (): ForceInput => ({
	nodes: ['a', 'b', 'c', 'd', 'e'].map((id, i) => ({ id, r: 4 + i })),
	links: [
		{ source: 'a', target: 'b', weight: 5 },
		{ source: 'b', target: 'c', weight: 1 },
		{ source: 'a', target: 'zz', weight: 9 }
	],
	ticks: 120,
	seed: 3
});

describe('lcg', () => {
	it('repeats for a seed, differs between seeds, stays in [0, 1)', () => {
		const a = lcg(42);
		const b = lcg(42);
		const seqA = Array.from({ length: 50 }, a);
		expect(Array.from({ length: 50 }, b)).toEqual(seqA);
		expect(lcg(43)()).not.toBe(lcg(42)());
		for (const v of seqA) expect(v >= 0 && v < 1).toBe(true);
	});
});

describe('runForce', () => {
	it('gives the same positions for the same input', () => {
		expect(runForce(input())).toEqual(runForce(input()));
	});

	it('does not mutate the input (d3 writes into the nodes it gets)', () => {
		const inp = input();
		const copy = structuredClone(inp);
		runForce(inp);
		expect(inp).toEqual(copy);
	});

	it('places every node at a finite position, in input order, ignoring dangling links', () => {
		const { positions } = runForce(input());
		expect(positions.map((p) => p.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
		for (const p of positions) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
	});

	it('keeps linked nodes closer than unlinked ones and avoids overlaps', () => {
		const { positions } = runForce(input());
		const at = new Map(positions.map((p) => [p.id, p]));
		const d = (a: string, b: string) =>
			Math.hypot(at.get(a)!.x - at.get(b)!.x, at.get(a)!.y - at.get(b)!.y);
		expect(d('a', 'b')).toBeLessThan(d('a', 'e'));
		expect(d('a', 'b')).toBeGreaterThan(4 + 5);
	});

	it('keys inputs: equal inputs share a key, any change makes a new one', () => {
		const k = forceKey(input());
		expect(forceKey(input())).toBe(k);
		expect(forceKey({ ...input(), seed: 4 })).not.toBe(k);
		expect(forceKey({ ...input(), aspect: 2 })).not.toBe(k);
		expect(forceKey({ ...input(), links: input().links.slice(1) })).not.toBe(k);
	});
});

describe('force client', () => {
	/** A worker stand-in that answers like force.worker.ts, asynchronously. */
	function fakeWorker() {
		const w = {
			onmessage: null as ((ev: MessageEvent<ForceResponse>) => void) | null,
			onerror: null,
			posted: [] as ForceRequest[],
			postMessage(req: ForceRequest) {
				w.posted.push(req);
				queueMicrotask(() =>
					w.onmessage?.({
						data: { id: req.id, ok: true, result: runForce(req.input) }
					} as MessageEvent<ForceResponse>)
				);
			},
			terminate: vi.fn()
		};
		return w;
	}

	it('asks the worker once per distinct input and caches by key', async () => {
		const w = fakeWorker();
		const client = createForceClient(() => w as unknown as Worker);
		const [r1, r2] = await Promise.all([
			client.layout(input()),
			client.layout({ ...input(), seed: 9 })
		]);
		expect(r1).toEqual(runForce(input()));
		expect(r2.key).not.toBe(r1.key);
		expect(await client.layout(input())).toBe(r1);
		expect(w.posted).toHaveLength(2);
		client.dispose();
		expect(w.terminate).toHaveBeenCalled();
	});

	it('reports a worker failure as a rejected promise with a message', async () => {
		const w = fakeWorker();
		w.postMessage = (req) =>
			queueMicrotask(() =>
				w.onmessage?.({
					data: { id: req.id, ok: false, message: 'boom' }
				} as MessageEvent<ForceResponse>)
			);
		const client = createForceClient(() => w as unknown as Worker);
		await expect(client.layout(input())).rejects.toThrow('Network layout failed: boom');
	});

	it('runs in-thread without Worker support', async () => {
		const client = createForceClient(null);
		expect(await client.layout(input())).toEqual(runForce(input()));
	});
});
