/**
 * The counts line: events, passages, sources, projects and mentions over the passages matching
 * the filters, each passage once (types.ts `AtlasSummary`). Exact in every case:
 * - years and events only (the page's first view): sums and distinct counts over the
 *   per-event aggregates (event_stats, source_events, event_projects), which are exact when
 *   no theme or project narrows the passages;
 * - a theme, a project or a search: the passage facts (facts.ts) of the matching passages,
 *   scanned once in JavaScript (a few milliseconds for 80,000 passages; the facts are read
 *   from the database on first use and kept).
 * `mode: 'raw'` asks SQL over the raw tables instead: the tests' reference answer.
 */
import type { AtlasSummary, Filters } from '../types';
import { queryRow, queryValues } from '../sql';
import type { QueryMode } from './events';
import { eventScope, matchedWhere, needsRaw, type QueryContext } from './scope';
import { eventsInScope, matches, search } from './search';

function fromAggregates(ctx: QueryContext, f: Filters): AtlasSummary {
	const scope = eventScope(f, 'event_id');
	const totals = queryRow<{ events: number; passages: number; mentions: number }>(
		ctx.db,
		`SELECT COUNT(*) AS events, COALESCE(SUM(passages), 0) AS passages,
			COALESCE(SUM(mentions), 0) AS mentions
		FROM event_stats WHERE passages > 0 AND ${scope.sql}`,
		scope.params
	)!;
	const distinct = (table: string, column: string) =>
		queryRow<{ n: number }>(
			ctx.db,
			`SELECT COUNT(DISTINCT ${column}) AS n FROM ${table} WHERE ${scope.sql}`,
			scope.params
		)!.n;
	return {
		events: totals.events,
		passages: totals.passages,
		sources: distinct('source_events', 'source_id'),
		projects: distinct('event_projects', 'project_id'),
		mentions: totals.mentions
	};
}

/** Source id of each section id (the facts know a passage's section, not its document). */
function sectionSources(ctx: QueryContext): Int32Array {
	let map = ctx.cache.get('summary:sections') as Int32Array | undefined;
	if (!map) {
		const rows = queryValues(ctx.db, 'SELECT id, source_id FROM sections');
		let max = 0;
		for (const [id] of rows) max = Math.max(max, id as number);
		map = new Int32Array(max + 1);
		for (const [id, source] of rows) map[id as number] = source as number;
		ctx.cache.set('summary:sections', map);
	}
	return map;
}

function fromFacts(ctx: QueryContext, f: Filters): AtlasSummary {
	const s = search(ctx);
	const { facts } = s;
	const m = matches(ctx, f);
	const sourceOf = sectionSources(ctx);
	// Flags by index rather than sets, and one pass over the passages in scope (no copy of them).
	const events = new Uint8Array(s.eventIds.length);
	const sources = new Uint8Array(sourceOf.reduce((n, x) => Math.max(n, x), 0) + 1);
	const projects = new Uint8Array(s.projectIds.length);
	let passages = 0;
	let mentions = 0;
	const { themeStart, themeIndex, mentionStart, mentionProject, mentionCount } = facts;
	const any = (mask: Uint8Array, start: Uint32Array, values: Uint32Array, i: number) => {
		for (let k = start[i]!; k < start[i + 1]!; k++) if (mask[values[k]!]) return true;
		return false;
	};
	const count = (i: number) => {
		if (m.themes && !any(m.themes, themeStart, themeIndex, i)) return;
		if (m.projects && !any(m.projects, mentionStart, mentionProject, i)) return;
		passages++;
		events[facts.event[i]!] = 1;
		sources[sourceOf[facts.section[i]!]!] = 1;
		for (let k = mentionStart[i]!; k < mentionStart[i + 1]!; k++) {
			projects[mentionProject[k]!] = 1;
			mentions += mentionCount[k]!;
		}
	};
	if (needsRaw(f)) for (const i of m.passages) count(i);
	else {
		const inScope = eventsInScope(s, f);
		for (let i = 0; i < facts.event.length; i++) if (inScope[facts.event[i]!]) count(i);
	}
	const flagged = (flags: Uint8Array) => flags.reduce((n, x) => n + x, 0);
	return {
		events: flagged(events),
		passages,
		sources: flagged(sources),
		projects: flagged(projects),
		mentions
	};
}

/** The reference: the same counts in SQL over the raw tables. */
function fromPassages(ctx: QueryContext, f: Filters): AtlasSummary {
	const where = matchedWhere(f);
	const matched = `SELECT p.id FROM passages p WHERE ${where.sql}`;
	const row = queryRow<AtlasSummary>(
		ctx.db,
		`SELECT
			(SELECT COUNT(DISTINCT p.event_id) FROM passages p WHERE ${where.sql}) AS events,
			(SELECT COUNT(*) FROM passages p WHERE ${where.sql}) AS passages,
			(SELECT COUNT(DISTINCT p.source_id) FROM passages p WHERE ${where.sql}) AS sources,
			(SELECT COUNT(DISTINCT project_id) FROM mentions WHERE passage_id IN (${matched})) AS projects,
			(SELECT COUNT(*) FROM mentions WHERE passage_id IN (${matched})) AS mentions`,
		[...where.params, ...where.params, ...where.params, ...where.params, ...where.params]
	)!;
	return { ...row };
}

export function summary(ctx: QueryContext, f: Filters, mode: QueryMode = 'auto'): AtlasSummary {
	if (mode === 'raw') return fromPassages(ctx, f);
	const narrowed = f.themes.length > 0 || f.projects.length > 0 || needsRaw(f);
	return narrowed ? fromFacts(ctx, f) : fromAggregates(ctx, f);
}
