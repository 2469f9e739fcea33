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

export function missingParents(result: IngestResult): Problem[] {
	const events = new Set(result.events.map((e) => e.id));
	const sources = new Set(result.sources.map((s) => s.id));
	const sections = new Set(result.sections.map((s) => s.id));
	const passages = new Set(result.passages.map((p) => p.id));
	const projects = new Set(result.taxonomy.projects.map((p) => p.id));
	const themes = new Set(result.taxonomy.themes.map((t) => t.id));
	const problems: Problem[] = [];
	const check = <T>(
		table: string,
		rows: readonly T[],
		row: (r: T, i: number) => number,
		refs: [string, Set<string | number>, (r: T) => string | number | null][]
	) => {
		rows.forEach((r, i) => {
			for (const [parent, ids, key] of refs) {
				const value = key(r);
				if (value !== null && !ids.has(value)) problems.push({ table, row: row(r, i), parent });
			}
		});
	};
	const byId = (r: { id: number }) => r.id;
	const byPosition = (_r: unknown, i: number) => i + 1;
	check('sections', result.sections, byId, [
		['sources', sources, (s) => s.source_id],
		['events', events, (s) => s.event_id]
	]);
	check('passages', result.passages, byId, [
		['sources', sources, (p) => p.source_id],
		['sections', sections, (p) => p.section_id],
		['events', events, (p) => p.event_id]
	]);
	check('talks', result.talks, byId, [
		['events', events, (t) => t.event_id],
		['sources', sources, (t) => t.source_id],
		['sections', sections, (t) => t.section_id]
	]);
	check('mentions', result.mentions, byPosition, [
		['passages', passages, (m) => m.passage_id],
		['projects', projects, (m) => m.project_id]
	]);
	check(
		'passage_themes',
		result.passageThemes.filter((pt) => pt.score > 0),
		byPosition,
		[
			['passages', passages, (pt) => pt.passage_id],
			['themes', themes, (pt) => pt.theme_id]
		]
	);
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
