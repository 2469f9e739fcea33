/**
 * Co-mention packs: the co-mention edges of one event (all passages, or the passages of one
 * theme) as one BLOB of little-endian uint32 triples (source ordinal | target ordinal << 16,
 * weight, passages), ordinals being `projects.ordinal`. The network sums edges over many
 * events on every filter change; reading a few blobs and adding typed arrays is two orders of
 * magnitude faster in sql.js than a GROUP BY over the same rows (docs/schema.md).
 */
import type { Database } from 'sql.js';
import { decodeSum, type Comentions } from './comentions';

export const PACK_FIELDS = 3;
/** Ordinals share one uint32: at most 65,536 projects. */
export const MAX_PACK_PROJECTS = 65536;

const littleEndian = new Uint8Array(new Uint32Array([1]).buffer)[0] === 1;

function checkPlatform(): void {
	if (!littleEndian) throw new Error('co-mention packs need a little-endian platform');
}

export function decodePack(blob: Uint8Array): Uint32Array {
	checkPlatform();
	const bytes = blob.byteOffset % 4 === 0 ? blob : blob.slice();
	return new Uint32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4);
}

function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Writes `comentions` (all passages) and one pack per (theme, event), in key order. */
export function writeComentions(
	db: Database,
	comentions: Comentions,
	ids: readonly string[]
): void {
	checkPlatform();
	const n = comentions.projectCount;
	if (n > MAX_PACK_PROJECTS)
		throw new Error(`At most ${MAX_PACK_PROJECTS} projects fit the co-mention packs.`);
	const rows = db.prepare('INSERT INTO comentions VALUES (?, ?, ?, ?, ?)');
	const packs = db.prepare('INSERT INTO comention_packs VALUES (?, ?, ?, ?)');
	try {
		for (const key of [...comentions.sums.keys()].sort(compare)) {
			const [theme, event] = key.split('\u0000') as [string, string];
			const pairs = [...comentions.sums.get(key)!].sort((a, b) => a[0] - b[0]);
			const values = new Uint32Array(pairs.length * PACK_FIELDS);
			pairs.forEach(([pair, sum], i) => {
				const source = Math.floor(pair / n);
				const target = pair % n;
				const { weight, passages } = decodeSum(sum);
				values.set([source | (target << 16), weight, passages], i * PACK_FIELDS);
				if (theme === '') rows.run([event, ids[source]!, ids[target]!, weight, passages]);
			});
			packs.run([theme, event, pairs.length, new Uint8Array(values.buffer)]);
		}
	} finally {
		rows.free();
		packs.free();
	}
}
