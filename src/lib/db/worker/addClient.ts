/**
 * The page's side of the add worker: builds the atlas plus a user's recaps in a worker started
 * for this one job, then stopped. Rejects with an `AtlasLoadError` (kind `add`) that says why.
 */
import type { AddReport } from '../addRecaps';
import { AtlasLoadError, deserializeError } from '../load';
import type { AddWorkerRequest, AddWorkerResponse } from './addProtocol';

export function addInWorker(
	request: AddWorkerRequest
): Promise<{ bytes: Uint8Array; report: AddReport }> {
	return new Promise((resolve, reject) => {
		let worker: Worker;
		try {
			worker = new Worker(new URL('./add.worker.ts', import.meta.url), { type: 'module' });
		} catch (error) {
			return reject(
				new AtlasLoadError(
					'add',
					'Adding recaps runs in a background worker, and this browser did not start it.',
					error instanceof Error ? error.message : String(error)
				)
			);
		}
		worker.addEventListener('message', (event: MessageEvent<AddWorkerResponse>) => {
			worker.terminate();
			const answer = event.data;
			if (answer.ok) resolve({ bytes: answer.bytes, report: answer.report });
			else reject(deserializeError(answer.error));
		});
		worker.addEventListener('error', (event) => {
			worker.terminate();
			reject(
				new AtlasLoadError(
					'add',
					'The worker that adds recaps stopped with an error; the atlas is unchanged.',
					event.message
				)
			);
		});
		const buffers = request.files.map((f) => f.bytes.buffer);
		if (request.database instanceof Uint8Array) buffers.push(request.database.buffer);
		worker.postMessage(request, [...new Set(buffers)] as Transferable[]);
	});
}
