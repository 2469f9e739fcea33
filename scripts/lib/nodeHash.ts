/**
 * node:crypto's SHA-256 for the Node ingest (IngestOptions.sha256Hex): the same hex digest as
 * the portable src/lib/ingest/sha256.ts, which the browser keeps, at native speed (the
 * pure-JS one cost ~0.1 s of a 5,000-document ingest). The CLI and the ingest bench both pass
 * it, so the bench measures what `npm run ingest` does. The one-shot `hash` (Node ≥ 20.12)
 * makes no Hash object per document: 18–21 → 14–15 ms for the 5,000 documents.
 */
import { hash } from 'node:crypto';

export function nodeSha256Hex(bytes: Uint8Array): string {
	return hash('sha256', bytes);
}
