/// <reference lib="webworker" />
/**
 * Runs the network's force layout off the main thread (see force.layout.ts). One message in, one
 * out, matched by request id; failures come back as messages, never as silence.
 */
import { runForce } from './force.layout';
import type { ForceRequest, ForceResponse } from './force.protocol';

const post = (msg: ForceResponse) => (self as unknown as Worker).postMessage(msg);

self.onmessage = (ev: MessageEvent<ForceRequest>) => {
	const { id, input } = ev.data;
	try {
		post({ id, ok: true, result: runForce(input) });
	} catch (err) {
		post({ id, ok: false, message: err instanceof Error ? err.message : String(err) });
	}
};
