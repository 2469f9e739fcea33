/**
 * node:crypto's SHA-256 for the Node ingest (IngestOptions.sha256Hex): the same hex digest as
 * the portable src/lib/ingest/sha256.ts, which the browser keeps, at native speed (the
 * pure-JS one cost ~0.1 s of a 5,000-document ingest). The CLI and the ingest bench both pass
 * it, so the bench measures what `npm run ingest` does.
 */
import { createHash } from 'node:crypto';

export function nodeSha256Hex(bytes: Uint8Array): string {
	return createHash('sha256').update(bytes).digest('hex');
}
