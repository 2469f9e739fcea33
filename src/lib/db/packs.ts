/**
 * Co-mention packs: the co-mention edges of one event (all passages, or the passages of one
 * theme) as one BLOB of little-endian uint32 triples (source ordinal | target ordinal << 16,
 * weight, passages), ordinals being `projects.ordinal`. The network sums edges over many
 * events on every filter change; reading a few blobs and adding typed arrays is two orders of
 * magnitude faster in sql.js than a GROUP BY over the same rows (docs/schema.md).
 */
import type { Database } from 'sql.js';
import type { PairList } from './comentions';
import { insertRows } from './insert';
import type { Stats } from './stats';

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

/** Writes `comentions` (all passages) and one pack per (theme, event), in key order. */
export function writeComentions(
	db: Database,
	lists: PairList[],
	ids: readonly string[],
	stats: Stats
): void {
	checkPlatform();
	const n = ids.length;
	if (n > MAX_PACK_PROJECTS)
		throw new Error(`At most ${MAX_PACK_PROJECTS} projects fit the co-mention packs.`);
	const all = lists.filter((l) => l.theme === '');
	const offsets = [0];
	for (const l of all) offsets.push(offsets.at(-1)! + l.pairs.length);
	// Key (event_id, source, target): each list is one event, its pairs sorted by source.
	let sources = 0;
	for (const { pairs } of all) {
		for (let k = 0; k < pairs.length; k++)
			if (k === 0 || Math.floor(pairs[k]! / n) !== Math.floor(pairs[k - 1]! / n)) sources++;
	}
	stats.add('comentions', 'comentions', offsets.at(-1)!, [all.length, sources, offsets.at(-1)!]);
	let list = 0;
	insertRows(db, 'comentions', '(?,?,?,?,?)', offsets.at(-1)!, (r, out, at) => {
		while (r >= offsets[list + 1]!) list++;
		const { event, pairs, weight, passages } = all[list]!;
		const k = r - offsets[list]!;
		out[at] = event;
		out[at + 1] = ids[Math.floor(pairs[k]! / n)]!;
		out[at + 2] = ids[pairs[k]! % n]!;
		out[at + 3] = weight[k]!;
		out[at + 4] = passages[k]!;
	});
	insertRows(db, 'comention_packs', '(?,?,?,?)', lists.length, (k, out, at) => {
		const { theme, event, pairs, weight, passages } = lists[k]!;
		const values = new Uint32Array(pairs.length * PACK_FIELDS);
		for (let i = 0; i < pairs.length; i++) {
			values[i * PACK_FIELDS] = Math.floor(pairs[i]! / n) | ((pairs[i]! % n) << 16);
			values[i * PACK_FIELDS + 1] = weight[i]!;
			values[i * PACK_FIELDS + 2] = passages[i]!;
		}
		out[at] = theme;
		out[at + 1] = event;
		out[at + 2] = pairs.length;
		out[at + 3] = new Uint8Array(values.buffer);
	});
}
