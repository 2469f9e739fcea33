/**
 * The raw tables (schema.ts RAW_DDL) filled from the ingest rows. Rows go in primary-key order
 * where the ingest's order is not already it: SQLite appends to the end of a B-tree much faster
 * than it inserts in the middle, and the pages come out full.
 */
import type { Database, SqlValue } from 'sql.js';
import type { IngestResult, MentionRow, PassageThemeRow } from '../ingest/types';
import { insertRows } from './insert';
import type { Stats } from './stats';
import type { EncodedTexts } from './texts';

function compareIds(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * `rows` in the order of `compare`. The ingest's rows are in order or nearly (a passage's themes
 * in taxonomy order, not by id): an insertion sort costs a pass then, and hands over to a full
 * sort when the rows turn out far from sorted.
 */
export function inOrder<T>(rows: readonly T[], compare: (a: T, b: T) => number): T[] {
	const out = rows.slice();
	let budget = 8 * out.length;
	for (let i = 1; i < out.length; i++) {
		const row = out[i]!;
		let j = i - 1;
		for (; j >= 0 && compare(out[j]!, row) > 0; j--) {
			out[j + 1] = out[j]!;
			if (--budget < 0) {
				out[j] = row; // out is a permutation of rows again
				return out.sort(compare);
			}
		}
		out[j + 1] = row;
	}
	return out;
}

/** Inserts `list` into `table`, one row per element, from the values `values` gives. */
function insertList<T>(
	db: Database,
	table: string,
	tuple: string,
	list: readonly T[],
	values: (row: T) => SqlValue[]
): void {
	insertRows(db, table, tuple, list.length, (i, out, at) => {
		const v = values(list[i]!);
		for (let k = 0; k < v.length; k++) out[at + k] = v[k]!;
	});
}

function insertDocuments(db: Database, result: IngestResult): void {
	insertList(db, 'events', '(?,?,?,?,?,?,?,?,?,?,?)', result.events, (e) => [
		e.id,
		e.name,
		e.series,
		e.region,
		e.year,
		e.start_date,
		e.end_date,
		e.city,
		e.country,
		e.format,
		e.in_catalog
	]);
	insertList(db, 'sources', '(?,?,?,?,?,?,?,?,?,?)', result.sources, (s) => [
		s.id,
		s.path,
		s.title,
		s.author,
		s.publisher,
		s.url,
		s.published,
		s.format,
		s.sha256,
		s.words
	]);
	const { sections } = result;
	insertRows(db, 'sections', '(?,?,?,?,?,?)', sections.length, (i, out, at) => {
		const s = sections[i]!;
		out[at] = s.id;
		out[at + 1] = s.source_id;
		out[at + 2] = s.event_id;
		out[at + 3] = s.ordinal;
		out[at + 4] = s.heading;
		out[at + 5] = s.kind;
	});
	insertList(db, 'talks', '(?,?,?,?,?,?,?)', result.talks, (t) => [
		t.id,
		t.event_id,
		t.source_id,
		t.section_id,
		t.title,
		JSON.stringify(t.speakers),
		JSON.stringify(t.organizations)
	]);
	insertList(db, 'warnings (file, severity, message)', '(?,?,?)', result.warnings, (w) => [
		w.file,
		w.severity,
		w.message
	]);
}

function insertPassages(
	db: Database,
	result: IngestResult,
	texts: EncodedTexts,
	stats: Stats
): void {
	const { passages } = result;
	const events = new Set<string | null>(); // NULL counts once, as in ANALYZE
	for (const p of passages) events.add(p.event_id);
	stats.add('passages', 'passages_event', passages.length, [events.size, passages.length]);
	// Text bound as UTF-8 bytes (texts.ts).
	insertRows(db, 'passages', '(?,?,?,?,?,CAST(? AS TEXT),?,?)', passages.length, (i, out, at) => {
		const p = passages[i]!;
		out[at] = p.id;
		out[at + 1] = p.source_id;
		out[at + 2] = p.section_id;
		out[at + 3] = p.event_id;
		out[at + 4] = p.ordinal;
		out[at + 5] = texts.bytes.subarray(i === 0 ? 0 : texts.ends[i - 1], texts.ends[i]);
		out[at + 6] = texts.words[i]!;
		out[at + 7] = p.event_id === null ? (p.unattributed_reason ?? 'no event found') : null;
	});
}

function insertTaxonomy(db: Database, result: IngestResult): void {
	const { taxonomy } = result;
	const projects = [...taxonomy.projects].sort((a, b) => compareIds(a.id, b.id));
	const ordered = projects.map((p, ordinal) => ({ p, ordinal }));
	insertList(db, 'projects', '(?,?,?,?,?,?,?,?,?,?)', ordered, ({ p, ordinal }) => [
		p.id,
		ordinal,
		p.name,
		p.category,
		p.subcategory,
		p.cncf_status,
		p.accepted,
		p.incubating,
		p.graduated,
		p.homepage
	]);
	const aliases = taxonomy.projects.flatMap((p) =>
		[...new Set(p.aliases)].sort().map((alias) => [p.id, alias])
	);
	insertList(db, 'project_aliases', '(?,?)', aliases, (a) => a);
	insertList(
		db,
		'themes',
		'(?,?,?,?,?)',
		taxonomy.themes.map((t, i) => ({ t, i })),
		({ t, i }) => [t.id, t.name, t.description, i, JSON.stringify(t.lexicon)]
	);
}

function compareMentions(a: MentionRow, b: MentionRow): number {
	return (
		a.passage_id - b.passage_id ||
		a.start - b.start ||
		compareIds(a.project_id, b.project_id) ||
		a.end - b.end
	);
}

function comparePassageThemes(a: PassageThemeRow, b: PassageThemeRow): number {
	return a.passage_id - b.passage_id || compareIds(a.theme_id, b.theme_id);
}

/**
 * Stats of the mentions' key (passage_id, start, project_id, end) and of mentions_project
 * (project_id, passage_id), from the rows in key order: one pass over each passage's few rows.
 */
function mentionStats(mentions: readonly MentionRow[], stats: Stats): void {
	const projects = new Set<string>();
	// Distinct passages, (passage, start), (passage, start, project), full keys; (project, passage).
	let [passages, starts, triples, keys, pairs] = [0, 0, 0, 0, 0];
	for (let i = 0, first = 0; i < mentions.length; i++) {
		const m = mentions[i]!;
		const prev = i > 0 ? mentions[i - 1]! : undefined;
		if (prev?.passage_id !== m.passage_id) [first, passages] = [i, passages + 1];
		const sameStart = i > first && prev!.start === m.start;
		const sameProject = sameStart && prev!.project_id === m.project_id;
		if (!sameStart) starts++;
		if (!sameProject) triples++;
		if (!sameProject || prev!.end !== m.end) keys++;
		let named = false;
		for (let j = first; j < i && !named; j++) named = mentions[j]!.project_id === m.project_id;
		if (!named) pairs++;
		projects.add(m.project_id);
	}
	const n = mentions.length;
	stats.add('mentions', 'mentions', n, [passages, starts, triples, keys]);
	stats.add('mentions', 'mentions_project', n, [projects.size, pairs]);
}

function insertFindings(db: Database, result: IngestResult, stats: Stats): void {
	const mentions = inOrder(result.mentions, compareMentions);
	mentionStats(mentions, stats);
	insertRows(db, 'mentions', '(?,?,?,?,?)', mentions.length, (i, out, at) => {
		const m = mentions[i]!;
		out[at] = m.passage_id;
		out[at + 1] = m.project_id;
		out[at + 2] = m.start;
		out[at + 3] = m.end;
		out[at + 4] = m.surface;
	});
	// "On a theme" means a row here: a score of 0 is no score.
	const scored = inOrder(
		result.passageThemes.filter((pt) => pt.score > 0),
		comparePassageThemes
	);
	const themes = new Set<string>();
	let passages = 0;
	scored.forEach((pt, i) => {
		if (i === 0 || scored[i - 1]!.passage_id !== pt.passage_id) passages++;
		themes.add(pt.theme_id);
	});
	stats.add('passage_themes', 'passage_themes', scored.length, [passages, scored.length]);
	stats.add('passage_themes', 'passage_themes_theme', scored.length, [themes.size, scored.length]);
	insertRows(db, 'passage_themes', '(?,?,?)', scored.length, (i, out, at) => {
		const pt = scored[i]!;
		out[at] = pt.passage_id;
		out[at + 1] = pt.theme_id;
		out[at + 2] = pt.score;
	});
}

/** Fills the raw tables, parents before children; `stats` gets the largest tables' stats. */
export function insertRaw(
	db: Database,
	result: IngestResult,
	texts: EncodedTexts,
	stats: Stats
): void {
	insertDocuments(db, result);
	insertPassages(db, result, texts, stats);
	insertTaxonomy(db, result);
	insertFindings(db, result, stats);
}
