/**
 * Passage facts: what the charts need to know of each attributed passage — its event, section,
 * words, projects and themes — packed as typed arrays in `passage_facts`. A full-text search
 * can match any set of passages, so no aggregate answers it; summing these facts over the
 * matches in JavaScript does, in milliseconds where SQL joins over the passages took seconds.
 */
import type { Database } from 'sql.js';
import type { IngestResult } from '../ingest/types';
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

function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** The facts of `result`'s attributed passages (ordinals as the writer assigns them). */
export function computeFacts(result: IngestResult, words: (text: string) => number): PassageFacts {
	const events = new Map(
		[...new Set(result.events.map((e) => e.id))].sort(compare).map((id, i) => [id, i])
	);
	const projects = new Map(
		result.taxonomy.projects
			.map((p) => p.id)
			.sort(compare)
			.map((id, i) => [id, i])
	);
	const themes = new Map(result.taxonomy.themes.map((t, i) => [t.id, i]));
	const passages = result.passages.filter((p) => p.event_id !== null).sort((a, b) => a.id - b.id);
	const mentionsOf = new Map<number, Map<number, number>>();
	for (const m of result.mentions) {
		const project = projects.get(m.project_id);
		if (project === undefined) continue;
		const counts = mentionsOf.get(m.passage_id) ?? new Map<number, number>();
		counts.set(project, (counts.get(project) ?? 0) + 1);
		mentionsOf.set(m.passage_id, counts);
	}
	const themesOf = new Map<number, [number, number][]>();
	for (const pt of result.passageThemes) {
		const theme = themes.get(pt.theme_id);
		if (theme === undefined || !(pt.score > 0)) continue;
		const list = themesOf.get(pt.passage_id) ?? [];
		list.push([theme, pt.score]);
		themesOf.set(pt.passage_id, list);
	}
	const n = passages.length;
	const mentions = passages.map((p) =>
		[...(mentionsOf.get(p.id) ?? [])].sort((a, b) => a[0] - b[0])
	);
	const scored = passages.map((p) => (themesOf.get(p.id) ?? []).sort((a, b) => a[0] - b[0]));
	const starts = (lists: unknown[][]) => {
		const out = new Uint32Array(n + 1);
		lists.forEach((list, i) => (out[i + 1] = out[i]! + list.length));
		return out;
	};
	return {
		ids: Uint32Array.from(passages, (p) => p.id),
		event: Uint32Array.from(passages, (p) => events.get(p.event_id!)!),
		section: Uint32Array.from(passages, (p) => p.section_id),
		words: Uint32Array.from(passages, (p) => words(p.text)),
		mentionStart: starts(mentions),
		mentionProject: Uint32Array.from(mentions.flat(), ([project]) => project),
		mentionCount: Uint32Array.from(mentions.flat(), ([, count]) => count),
		themeStart: starts(scored),
		themeIndex: Uint32Array.from(scored.flat(), ([theme]) => theme),
		themeScore: Float64Array.from(scored.flat(), ([, score]) => score)
	};
}

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
