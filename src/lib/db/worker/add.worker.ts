/**
 * Adds a user's recaps to the atlas, off the page's thread, into a new database file: the ingest
 * and the writer are large and only this worker loads them, once the user asks (the database
 * worker, which every page starts, stays small). It answers once and is then stopped.
 */
import initSqlJs from 'sql.js';
import type { Taxonomy } from '../../ingest/types';
import { addRecaps } from '../addRecaps';
import { AtlasLoadError, fetchDatabase, serializeError } from '../load';
import { openAtlas } from '../open';
import type { AddWorkerRequest, AddWorkerResponse } from './addProtocol';

const scope = self as unknown as {
	postMessage(message: AddWorkerResponse, transfer?: Transferable[]): void;
	onmessage: ((event: MessageEvent<AddWorkerRequest>) => void) | null;
};

async function loadTaxonomy(url: string): Promise<Taxonomy> {
	const response = await fetch(url).catch(() => null);
	if (!response?.ok) {
		throw new AtlasLoadError(
			'add',
			`The taxonomy (projects, events, themes) could not be downloaded${
				response ? ` (HTTP ${response.status})` : ''
			}; nothing was added. Retry when online.`
		);
	}
	return (await response.json()) as Taxonomy;
}

scope.onmessage = async ({ data: request }) => {
	try {
		const { database } = request;
		const [SQL, taxonomy, bytes] = await Promise.all([
			initSqlJs({ locateFile: () => request.wasmUrl }),
			loadTaxonomy(request.taxonomyUrl),
			database instanceof Uint8Array ? database : fetchDatabase(database.url)
		]);
		const db = openAtlas(SQL, bytes);
		try {
			const added = addRecaps(SQL, db, taxonomy, request.files, new Date().toISOString());
			scope.postMessage({ ok: true, ...added }, [added.bytes.buffer]);
		} finally {
			db.close();
		}
	} catch (error) {
		scope.postMessage({ ok: false, error: serializeError(error, 'add') });
	}
};
