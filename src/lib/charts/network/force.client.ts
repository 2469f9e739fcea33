/**
 * A tiny typed client for the force worker: `layout(input)` resolves with positions, results are
 * cached by the input's key (a filter that returns to an earlier graph redraws at once), and a
 * request supersedes nothing: every caller gets its own answer. Without `Worker` (SSR, jsdom) the
 * layout runs in-thread, which is the same pure function, imported only then: d3-force stays out
 * of the page's own JavaScript.
 */
import {
	forceKey,
	type ForceInput,
	type ForceRequest,
	type ForceResponse,
	type ForceResult
} from './force.protocol';

export type ForceLayoutFn = (input: ForceInput) => Promise<ForceResult>;

export function createForceClient(
	makeWorker: (() => Worker) | null = typeof Worker === 'undefined'
		? null
		: () => new Worker(new URL('./force.worker.ts', import.meta.url), { type: 'module' }),
	cacheSize = 20
): { layout: ForceLayoutFn; dispose: () => void } {
	const cache = new Map<string, ForceResult>();
	const pending = new Map<
		number,
		{ resolve: (r: ForceResult) => void; reject: (e: Error) => void }
	>();
	let worker: Worker | null = null;
	let nextId = 1;

	function remember(r: ForceResult) {
		cache.set(r.key, r);
		if (cache.size > cacheSize) cache.delete(cache.keys().next().value as string);
		return r;
	}

	function start(): Worker | null {
		if (worker || !makeWorker) return worker;
		worker = makeWorker();
		worker.onmessage = (ev: MessageEvent<ForceResponse>) => {
			const p = pending.get(ev.data.id);
			if (!p) return;
			pending.delete(ev.data.id);
			if (ev.data.ok) p.resolve(remember(ev.data.result));
			else p.reject(new Error(`Network layout failed: ${ev.data.message}`));
		};
		worker.onerror = (ev) => {
			for (const p of pending.values()) p.reject(new Error(`Network layout worker: ${ev.message}`));
			pending.clear();
		};
		return worker;
	}

	async function layout(input: ForceInput): Promise<ForceResult> {
		const hit = cache.get(forceKey(input));
		if (hit) return hit;
		const w = start();
		if (!w) return remember((await import('./force.layout')).runForce(input));
		const id = nextId++;
		const req: ForceRequest = { id, input };
		return new Promise((resolve, reject) => {
			pending.set(id, { resolve, reject });
			w.postMessage(req);
		});
	}

	return {
		layout,
		dispose() {
			worker?.terminate();
			worker = null;
			pending.clear();
		}
	};
}

let shared: ReturnType<typeof createForceClient> | null = null;

/** The page-wide client (one worker, one cache). */
export const forceLayout: ForceLayoutFn = (input) => (shared ??= createForceClient()).layout(input);
