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

export function missingParents(result: IngestResult): Problem[] {
	const events = idSet(result.events.map((e) => e.id));
	const sources = idSet(result.sources.map((s) => s.id));
	const sections = idSet(result.sections.map((s) => s.id));
	const passages = idSet(result.passages.map((p) => p.id));
	const projects = idSet(result.taxonomy.projects.map((p) => p.id));
	const themes = idSet(result.taxonomy.themes.map((t) => t.id));
	const problems: Problem[] = [];
	const check = <T>(
		table: string,
		rows: readonly T[],
		row: (r: T, i: number) => number,
		refs: [string, (value: string | number) => boolean, (r: T) => string | number | null][]
	) => {
		for (let i = 0; i < rows.length; i++) {
			const r = rows[i]!;
			for (const [parent, has, key] of refs) {
				const value = key(r);
				if (value !== null && !has(value)) problems.push({ table, row: row(r, i), parent });
			}
		}
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
