/**
 * Passage facts: what the charts need to know of each attributed passage — its event, section,
 * words, projects and themes — packed as typed arrays in `passage_facts`. A full-text search
 * can match any set of passages, so no aggregate answers it; summing these facts over the
 * matches in JavaScript does, in milliseconds where SQL joins over the passages took seconds.
 */
import type { Database } from 'sql.js';
import { queryValues } from './sql';

export interface PassageFacts {
	/** Passage ids, ascending; index i below refers to ids[i]. */
	ids: Uint32Array;
	/** Index into `eventIds` (events ordered by id). */
	event: Uint32Array;
	section: Uint32Array;
	words: Uint32Array;
	/** Mentions of passage i: entries mentionStart[i] … mentionStart[i + 1] − 1. */
	mentionStart: Uint32Array;
	/** Project ordinal (projects.ordinal). */
	mentionProject: Uint32Array;
	/** Mentions of that project in the passage. */
	mentionCount: Uint32Array;
	themeStart: Uint32Array;
	/** Theme ordinal (themes.ordinal). */
	themeIndex: Uint32Array;
	themeScore: Float64Array;
}

const FIELDS = [
	'ids',
	'event',
	'section',
	'words',
	'mentionStart',
	'mentionProject',
	'mentionCount',
	'themeStart',
	'themeIndex',
	'themeScore'
] as const;

export function writeFacts(db: Database, facts: PassageFacts): void {
	const insert = db.prepare('INSERT INTO passage_facts VALUES (?, ?)');
	try {
		for (const name of FIELDS) {
			const array = facts[name];
			insert.run([name, new Uint8Array(array.buffer, array.byteOffset, array.byteLength)]);
		}
	} finally {
		insert.free();
	}
}

export function readFacts(db: Database): PassageFacts {
	const blobs = new Map(
		queryValues(db, 'SELECT name, data FROM passage_facts').map(([name, data]) => [
			name as string,
			data as Uint8Array
		])
	);
	const view = <T>(name: string, Type: new (buffer: ArrayBuffer) => T): T => {
		const blob = blobs.get(name);
		if (!blob) throw new Error(`passage_facts has no ${name}`);
		// A copy: aligned, and independent of sql.js's memory.
		return new Type(blob.slice().buffer);
	};
	return {
		ids: view('ids', Uint32Array),
		event: view('event', Uint32Array),
		section: view('section', Uint32Array),
		words: view('words', Uint32Array),
		mentionStart: view('mentionStart', Uint32Array),
		mentionProject: view('mentionProject', Uint32Array),
		mentionCount: view('mentionCount', Uint32Array),
		themeStart: view('themeStart', Uint32Array),
		themeIndex: view('themeIndex', Uint32Array),
		themeScore: view('themeScore', Float64Array)
	};
}
