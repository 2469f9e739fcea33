/**
 * Project co-mention network. Without a project filter: the `maxNodes` most mentioned projects
 * and the edges among them. With one: the chosen projects, their neighbours and the edges that
 * touch a chosen project. Node size is the project's own mentions under the year, event, theme
 * and search filters; edges weigh 2 per shared passage + 1 per section where the two appear
 * only in different passages. Several themes add up their own weights.
 */
import type { Filters, NetworkEdge, NetworkNode } from '../types';
import { query } from '../sql';
import type { QueryMode } from './events';
import { mentionSumsSql, topProjects } from './timeline';
import { rawEdges, sumPacks, type Edge, type EdgeScope } from './networkEdges';
import { inList, matchedUnits, needsRaw, type QueryContext } from './scope';
import { matches, searchEdges, searchMentions, topOf } from './search';

interface NodeRow {
	id: string;
	name: string;
	category: string;
	mentions: number;
}

/** Mentions in scope of the projects `ids`, from the raw tables. */
function rawMentionCounts(ctx: QueryContext, f: Filters, ids: string[]): Map<string, number> {
	if (ids.length === 0) return new Map();
	const units = matchedUnits(f, { themes: true, projects: false });
	const only = inList('+m.project_id', ids);
	return new Map(
		query<{ project_id: string; mentions: number }>(
			ctx.db,
			`SELECT m.project_id, COUNT(*) AS mentions FROM (${units.sql}) x
			CROSS JOIN mentions m ON m.passage_id = x.id WHERE ${only.sql} GROUP BY m.project_id`,
			[...units.params, ...only.params]
		).map((r) => [r.project_id, r.mentions])
	);
}

/**
 * Every project's mentions in scope, from the aggregates, in one GROUP BY: the most mentioned
 * (the nodes) and their sizes both come from it, instead of one query for each.
 */
function mentionSums(ctx: QueryContext, f: Filters): Map<string, number> {
	const sums = mentionSumsSql(f);
	return new Map(
		query<{ project_id: string; mentions: number }>(ctx.db, sums.sql, sums.params).map((r) => [
			r.project_id,
			r.mentions
		])
	);
}

/** The `limit` largest of `sums`, ties by id (as `topProjects` orders them). */
function largest(sums: Map<string, number>, limit: number): string[] {
	return [...sums]
		.sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))
		.slice(0, limit)
		.map(([id]) => id);
}

/** Every project's name and category, read once per database. */
function projectInfo(ctx: QueryContext): Map<string, Omit<NodeRow, 'mentions'>> {
	let info = ctx.cache.get('network:projects') as Map<string, Omit<NodeRow, 'mentions'>>;
	if (!info) {
		const rows = query<Omit<NodeRow, 'mentions'>>(
			ctx.db,
			'SELECT id, name, category FROM projects'
		);
		ctx.cache.set('network:projects', (info = new Map(rows.map((r) => [r.id, r]))));
	}
	return info;
}

/** Where the network's numbers come from: aggregates, a search's matches, or raw SQL. */
interface NetworkSource {
	top(limit: number): string[];
	mentions(ids: string[]): Map<string, number>;
	edges(scope: EdgeScope): Edge[];
}

function sourceFor(ctx: QueryContext, f: Filters, mode: QueryMode): NetworkSource {
	if (mode === 'auto' && needsRaw(f)) {
		const m = matches(ctx, f);
		const counts = searchMentions(m);
		const total = (id: string) => [...(counts.get(id)?.values() ?? [])].reduce((a, b) => a + b, 0);
		return {
			top: (limit) => topOf(counts, limit),
			mentions: (ids) => new Map(ids.map((id) => [id, total(id)])),
			edges: () => searchEdges(m)
		};
	}
	if (mode === 'raw' || needsRaw(f))
		return {
			top: (limit) => topProjects(ctx, f, limit, true),
			mentions: (ids) => rawMentionCounts(ctx, f, ids),
			edges: () => rawEdges(ctx, f)
		};
	let sums: Map<string, number> | null = null;
	return {
		top: (limit) => largest((sums ??= mentionSums(ctx, f)), limit),
		mentions: (ids) => new Map(ids.map((id) => [id, (sums ??= mentionSums(ctx, f)).get(id) ?? 0])),
		edges: (scope) => sumPacks(ctx, f, scope)
	};
}

/** The projects `ids` that exist, with their mentions, most mentioned first. */
function nodeRows(ctx: QueryContext, source: NetworkSource, ids: string[]): NodeRow[] {
	if (ids.length === 0) return [];
	const mentions = source.mentions(ids);
	const info = projectInfo(ctx);
	return ids
		.filter((id) => info.has(id))
		.map((id) => ({ ...info.get(id)!, mentions: mentions.get(id) ?? 0 }))
		.sort((a, b) => b.mentions - a.mentions || compare(a.id, b.id));
}

function compare(a: string, b: string): number {
	return a < b ? -1 : a > b ? 1 : 0;
}

const byWeight = (a: Edge, b: Edge) =>
	b.weight - a.weight || compare(a.source, b.source) || compare(a.target, b.target);

export function network(
	ctx: QueryContext,
	f: Filters,
	minWeight = 1,
	maxNodes = 150,
	mode: QueryMode = 'auto'
): { nodes: NetworkNode[]; edges: NetworkEdge[] } {
	const source = sourceFor(ctx, f, mode);
	let nodes: NodeRow[] = [];
	let scope: EdgeScope;
	if (f.projects.length === 0) {
		nodes = nodeRows(ctx, source, source.top(maxNodes));
		scope = { ids: new Set(nodes.map((n) => n.id)), both: true };
	} else {
		scope = { ids: new Set(f.projects), both: false };
	}
	const inScope = (e: Edge) =>
		scope.both
			? scope.ids.has(e.source) && scope.ids.has(e.target)
			: scope.ids.has(e.source) || scope.ids.has(e.target);
	const edges = source.edges(scope).filter((e) => e.weight >= minWeight && inScope(e));
	if (f.projects.length > 0) {
		const ids = new Set([...f.projects, ...edges.flatMap((e) => [e.source, e.target])]);
		const candidates = nodeRows(ctx, source, [...ids]);
		const chosen = candidates.filter((n) => f.projects.includes(n.id));
		const others = candidates.filter((n) => !f.projects.includes(n.id));
		const kept = new Set(
			[...chosen, ...others.slice(0, Math.max(0, maxNodes - chosen.length))].map((n) => n.id)
		);
		nodes = candidates.filter((n) => kept.has(n.id));
	}
	const present = new Set(nodes.map((n) => n.id));
	return {
		nodes: nodes.map((n) => ({
			id: n.id,
			name: n.name,
			category: n.category,
			mentions: n.mentions
		})),
		edges: edges
			.filter((e) => present.has(e.source) && present.has(e.target))
			.sort(byWeight)
			.map((e) => ({ source: e.source, target: e.target, weight: e.weight, passages: e.passages }))
	};
}
