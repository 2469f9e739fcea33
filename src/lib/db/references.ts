/**
 * The foreign keys of the raw tables (schema.ts), checked on the ingest rows before they are
 * written: the same answer as `PRAGMA foreign_key_check`, without a pass over the database.
 */
import type { IngestResult } from '../ingest/types';

interface Problem {
	table: string;
	row: number;
	parent: string;
}

/**
 * Membership in a set of ids. Integer ids (the ingest numbers them from 1) are looked up in a
 * bitmap: a Set of a hundred thousand numbers made this check a noticeable part of the build.
 */
function idSet(ids: readonly (string | number)[]): (value: string | number) => boolean {
	let max = 0;
	const integers = ids.every((id) => typeof id === 'number' && Number.isInteger(id) && id >= 0);
	if (integers) for (const id of ids as number[]) max = Math.max(max, id);
	if (!integers || max > 4 * ids.length + 1024) {
		const set = new Set(ids);
		return (value) => set.has(value);
	}
	const bits = new Uint8Array(max + 1);
	for (const id of ids as number[]) bits[id] = 1;
	return (value) => typeof value === 'number' && bits[value] === 1;
}

/**
 * The rows whose parents are missing, table by table in insertion order. One plain loop per
 * table: a generic check calling a key function per reference was most of this phase's time
 * (its calls saw every table's rows and could not be inlined).
 */
export function missingParents(result: IngestResult): Problem[] {
	const events = idSet(result.events.map((e) => e.id));
	const sources = idSet(result.sources.map((s) => s.id));
	const sections = idSet(result.sections.map((s) => s.id));
	const passages = idSet(result.passages.map((p) => p.id));
	const projects = idSet(result.taxonomy.projects.map((p) => p.id));
	const themes = idSet(result.taxonomy.themes.map((t) => t.id));
	const problems: Problem[] = [];
	const miss = (table: string, row: number, parent: string) =>
		problems.push({ table, row, parent });
	for (const s of result.sections) {
		if (!sources(s.source_id)) miss('sections', s.id, 'sources');
		if (s.event_id !== null && !events(s.event_id)) miss('sections', s.id, 'events');
	}
	for (const p of result.passages) {
		if (!sources(p.source_id)) miss('passages', p.id, 'sources');
		if (!sections(p.section_id)) miss('passages', p.id, 'sections');
		if (p.event_id !== null && !events(p.event_id)) miss('passages', p.id, 'events');
	}
	for (const t of result.talks) {
		if (t.event_id !== null && !events(t.event_id)) miss('talks', t.id, 'events');
		if (!sources(t.source_id)) miss('talks', t.id, 'sources');
		if (!sections(t.section_id)) miss('talks', t.id, 'sections');
	}
	// Mentions and passage themes have no id: a problem names the row's position (1-based).
	const { mentions } = result;
	for (let i = 0; i < mentions.length; i++) {
		const m = mentions[i]!;
		if (!passages(m.passage_id)) miss('mentions', i + 1, 'passages');
		if (!projects(m.project_id)) miss('mentions', i + 1, 'projects');
	}
	// Only the rows written: a score of 0 is no row (rawRows.ts), and does not count a position.
	let row = 0;
	for (const pt of result.passageThemes) {
		if (!(pt.score > 0)) continue;
		row++;
		if (!passages(pt.passage_id)) miss('passage_themes', row, 'passages');
		if (!themes(pt.theme_id)) miss('passage_themes', row, 'themes');
	}
	return problems;
}

/** Throws, naming the first few, when a row points at a parent that does not exist. */
export function checkReferences(result: IngestResult): void {
	const problems = missingParents(result);
	if (problems.length === 0) return;
	const sample = problems
		.slice(0, 5)
		.map((p) => `${p.table} row ${p.row} → missing ${p.parent}`)
		.join('; ');
	throw new Error(
		`The ingest result refers to rows that do not exist (${problems.length}): ${sample}`
	);
}
