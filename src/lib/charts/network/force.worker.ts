/// <reference lib="webworker" />
/**
 * Runs the network's force layout off the main thread (see force.layout.ts). One message in, one
 * out, matched by request id; failures come back as messages, never as silence.
 *
 * Warm-up: the page loads with one layout (the first view's), and the next one, on the first
 * filter change, ran with cold code — about twice as long as later ones. So after each of the
 * first layouts the worker, when idle for a moment, runs the same input `WARM_RUNS` more times,
 * one per task, and throws the result away; a request arriving meanwhile goes first.
 */
import { runForce, type ForceInput } from './force.layout';
import type { ForceRequest, ForceResponse } from './force.protocol';

const post = (msg: ForceResponse) => (self as unknown as Worker).postMessage(msg);

const WARM_RUNS = 3;
let warmRuns = WARM_RUNS;
let warmTimer: ReturnType<typeof setTimeout> | undefined;

function warmUp(input: ForceInput): void {
	warmTimer = setTimeout(() => {
		runForce(input);
		if (--warmRuns > 0) warmUp(input);
	}, 150);
}

self.onmessage = (ev: MessageEvent<ForceRequest>) => {
	clearTimeout(warmTimer);
	const { id, input } = ev.data;
	try {
		post({ id, ok: true, result: runForce(input) });
		if (warmRuns > 0) warmUp(input);
	} catch (err) {
		post({ id, ok: false, message: err instanceof Error ? err.message : String(err) });
	}
};
