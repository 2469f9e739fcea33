/**
 * The attributed passages in numeric form, computed once per build: the passage facts, every
 * aggregate and the co-mentions are sums over these arrays. Per-row objects and string keys
 * (or SQL joins) made those steps most of the build's time on a large corpus.
 */
import type { IngestResult } from '../ingest/types';
import type { PassageFacts } from './facts';

export interface PassageIndex {
	/** What `passage_facts` stores (attributed passages by ascending id). */
	facts: PassageFacts;
	/** Per attributed passage (as in facts): its document id and its number of mentions. */
	source: Uint32Array;
	mentions: Uint32Array;
	/** Event ids ascending (facts.event indexes them). */
	eventIds: string[];
	/** Project ids ascending: `projects.ordinal`. */
	projectIds: string[];
	/** Theme ids in taxonomy order: `themes.ordinal`. */
	themeIds: string[];
	/**
	 * The passages (indices into facts) naming a project, grouped by event, in id order:
	 * `order[start[e] … start[e + 1] − 1]` are event e's. Project aggregates and co-mentions
	 * sum one event at a time over these.
	 */
	named: { order: Uint32Array; start: Uint32Array };
}

function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/** Offsets of a CSR layout from per-row counts. */
function offsets(counts: Uint32Array): Uint32Array {
	const start = new Uint32Array(counts.length + 1);
	for (let i = 0; i < counts.length; i++) start[i + 1] = start[i]! + counts[i]!;
	return start;
}

/** Sorts each row's segment of `keys` (insertion sort: a passage has a handful of entries). */
function sortSegments(start: Uint32Array, keys: Uint32Array, values: Float64Array): void {
	for (let r = 0; r + 1 < start.length; r++) {
		for (let i = start[r]! + 1; i < start[r + 1]!; i++) {
			const k = keys[i]!;
			const v = values[i]!;
			let j = i - 1;
			for (; j >= start[r]! && keys[j]! > k; j--) {
				keys[j + 1] = keys[j]!;
				values[j + 1] = values[j]!;
			}
			keys[j + 1] = k;
			values[j + 1] = v;
		}
	}
}

/**
 * `words[i]` is the word count of `result.passages[i]`. Mentions of projects and themes that
 * are not in the taxonomy are left out (the writer refuses such rows before this runs).
 */
export function indexPassages(result: IngestResult, words: Uint32Array): PassageIndex {
	const eventIds = [...new Set(result.events.map((e) => e.id))].sort(compare);
	const projectIds = result.taxonomy.projects.map((p) => p.id).sort(compare);
	const themeIds = result.taxonomy.themes.map((t) => t.id);
	const eventIndex = new Map(eventIds.map((id, i) => [id, i]));
	const projectIndex = new Map(projectIds.map((id, i) => [id, i]));
	const themeIndex = new Map(themeIds.map((id, i) => [id, i]));

	// Attributed passages by ascending id (the ingest emits them so; sort only if not).
	let order: number[] = [];
	for (let i = 0; i < result.passages.length; i++)
		if (result.passages[i]!.event_id !== null) order.push(i);
	if (order.some((o, k) => k > 0 && result.passages[order[k - 1]!]!.id >= result.passages[o]!.id))
		order = order.sort((a, b) => result.passages[a]!.id - result.passages[b]!.id);
	const n = order.length;
	let maxId = 0;
	for (const p of result.passages) maxId = Math.max(maxId, p.id);
	const position = new Int32Array(maxId + 1).fill(-1);
	const ids = new Uint32Array(n);
	const event = new Uint32Array(n);
	const section = new Uint32Array(n);
	const source = new Uint32Array(n);
	const passageWords = new Uint32Array(n);
	order.forEach((o, i) => {
		const p = result.passages[o]!;
		position[p.id] = i;
		ids[i] = p.id;
		event[i] = eventIndex.get(p.event_id!)!;
		section[i] = p.section_id;
		source[i] = p.source_id;
		passageWords[i] = words[o]!;
	});
	const at = (passageId: number) =>
		passageId >= 0 && passageId <= maxId ? position[passageId]! : -1;

	// Mentions: one (project, count) entry per passage and project, by project ordinal.
	const mentionRow = new Int32Array(result.mentions.length);
	const mentionProjectOf = new Int32Array(result.mentions.length);
	const perPassage = new Uint32Array(n);
	result.mentions.forEach((m, k) => {
		const i = at(m.passage_id);
		const project = projectIndex.get(m.project_id);
		mentionRow[k] = project === undefined ? -1 : i;
		mentionProjectOf[k] = project ?? -1;
		if (i >= 0 && project !== undefined) perPassage[i]!++;
	});
	const rawStart = offsets(perPassage);
	const rawProject = new Uint32Array(rawStart[n]!);
	const cursor = rawStart.slice(0, n);
	for (let k = 0; k < mentionRow.length; k++) {
		const i = mentionRow[k]!;
		if (i >= 0) rawProject[cursor[i]!++] = mentionProjectOf[k]!;
	}
	sortSegments(rawStart, rawProject, new Float64Array(rawProject.length));
	const mentions = perPassage;
	const distinct = new Uint32Array(n);
	for (let i = 0; i < n; i++) {
		for (let k = rawStart[i]!; k < rawStart[i + 1]!; k++) {
			if (k === rawStart[i] || rawProject[k] !== rawProject[k - 1]) distinct[i]!++;
		}
	}
	const mentionStart = offsets(distinct);
	const mentionProject = new Uint32Array(mentionStart[n]!);
	const mentionCount = new Uint32Array(mentionStart[n]!);
	for (let i = 0, out = -1; i < n; i++) {
		for (let k = rawStart[i]!; k < rawStart[i + 1]!; k++) {
			if (k === rawStart[i] || rawProject[k] !== rawProject[k - 1]) {
				mentionProject[++out] = rawProject[k]!;
			}
			mentionCount[out]!++;
		}
	}

	// Themes the passage scores on (score > 0: no score, no row), by theme ordinal.
	const themeCounts = new Uint32Array(n);
	const themeRow = new Int32Array(result.passageThemes.length);
	const themeOf = new Int32Array(result.passageThemes.length);
	result.passageThemes.forEach((pt, k) => {
		const theme = themeIndex.get(pt.theme_id);
		const i = theme === undefined || !(pt.score > 0) ? -1 : at(pt.passage_id);
		themeRow[k] = i;
		themeOf[k] = theme ?? -1;
		if (i >= 0) themeCounts[i]!++;
	});
	const themeStart = offsets(themeCounts);
	const themeIndexOut = new Uint32Array(themeStart[n]!);
	const themeScore = new Float64Array(themeStart[n]!);
	const next = themeStart.slice(0, n);
	result.passageThemes.forEach((pt, k) => {
		const i = themeRow[k]!;
		if (i < 0) return;
		themeIndexOut[next[i]!] = themeOf[k]!;
		themeScore[next[i]!++] = pt.score;
	});
	sortSegments(themeStart, themeIndexOut, themeScore);

	const facts: PassageFacts = {
		ids,
		event,
		section,
		words: passageWords,
		mentionStart,
		mentionProject,
		mentionCount,
		themeStart,
		themeIndex: themeIndexOut,
		themeScore
	};
	return {
		facts,
		source,
		mentions,
		eventIds,
		projectIds,
		themeIds,
		named: namedByEvent(facts, eventIds.length)
	};
}

/** Passages naming a project, grouped by event by a stable counting sort (id order within). */
function namedByEvent(facts: PassageFacts, E: number): PassageIndex['named'] {
	const { mentionStart, event } = facts;
	const start = new Uint32Array(E + 1);
	const named = (i: number) => mentionStart[i + 1]! > mentionStart[i]!;
	for (let i = 0; i < event.length; i++) if (named(i)) start[event[i]! + 1]!++;
	for (let e = 0; e < E; e++) start[e + 1]! += start[e]!;
	const order = new Uint32Array(start[E]!);
	const next = start.slice();
	for (let i = 0; i < event.length; i++) if (named(i)) order[next[event[i]!]!++] = i;
	return { order, start };
}
