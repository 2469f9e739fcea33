/**
 * Project co-mention network. Without a project filter: the `maxNodes` most mentioned projects
 * and the edges among them. With one: the chosen projects, their neighbours and the edges that
 * touch a chosen project. Node size is the project's own mentions under the year, event, theme
 * and search filters; edges are weighted 2 per shared passage + 1 per section where the two
 * appear only in different passages.
 */
import type { Filters, NetworkEdge, NetworkNode } from '../types';
import { placeholders, query } from '../sql';
import type { QueryMode } from './events';
import {
	and,
	eventScope,
	inList,
	matchedPassages,
	needsRaw,
	themeMask,
	themeRows,
	TRUE,
	type Clause,
	type QueryContext
} from './scope';

interface Weighted {
	source: string;
	target: string;
	weight: number;
	passages: number;
}

interface NodeRow {
	id: string;
	name: string;
	category: string;
	mentions: number;
}

/** All edges in scope as a subquery of (source, target, weight, passages). */
function edgesSql(ctx: QueryContext, f: Filters, raw: boolean): Clause {
	if (raw) {
		const matched = matchedPassages(f, { projects: false });
		return {
			sql: `WITH matched AS (${matched.sql}),
			pp AS (SELECT DISTINCT x.id AS passage_id, x.section_id, x.event_id, m.project_id
				FROM matched x JOIN mentions m ON m.passage_id = x.id),
			ppairs AS (SELECT a.section_id, a.event_id, a.project_id AS source, b.project_id AS target,
				COUNT(*) AS n FROM pp a JOIN pp b ON b.passage_id = a.passage_id AND b.project_id > a.project_id
				GROUP BY 1, 2, 3, 4),
			sp AS (SELECT DISTINCT section_id, event_id, project_id FROM pp)
			SELECT source, target, SUM(w) AS weight, SUM(n) AS passages FROM (
				SELECT source, target, 2 * n AS w, n FROM ppairs
				UNION ALL
				SELECT a.project_id, b.project_id, 1, 0 FROM sp a
				JOIN sp b ON b.section_id = a.section_id AND b.event_id = a.event_id AND b.project_id > a.project_id
				WHERE NOT EXISTS (SELECT 1 FROM ppairs p WHERE p.section_id = a.section_id
					AND p.event_id = a.event_id AND p.source = a.project_id AND p.target = b.project_id))
			GROUP BY source, target`,
			params: matched.params
		};
	}
	const scope = eventScope(f, 'a.event_id');
	if (f.themes.length === 0) {
		return {
			sql: `SELECT a.source, a.target, SUM(a.weight) AS weight, SUM(a.passages) AS passages
			FROM comentions a WHERE ${scope.sql} GROUP BY a.source, a.target`,
			params: scope.params
		};
	}
	const mask = themeMask(ctx, f.themes);
	const where = and(scope, themeRows(ctx, f.themes, 'a'), {
		sql: '(a.mask_a & ?) != 0 AND (a.mask_b & ?) != 0 AND (a.mask_shared & ?) = 0',
		params: [mask, mask, mask]
	});
	return {
		sql: `SELECT a.source, a.target, SUM(a.weight) AS weight, SUM(a.passages) AS passages
		FROM comentions_by_theme a WHERE ${where.sql} GROUP BY a.source, a.target`,
		params: where.params
	};
}

/** Mentions per project in scope as a subquery of (project_id, mentions). */
function mentionsSql(ctx: QueryContext, f: Filters, raw: boolean): Clause {
	if (raw) {
		const matched = matchedPassages(f, { projects: false });
		return {
			sql: `SELECT m.project_id, COUNT(*) AS mentions FROM (${matched.sql}) x
			JOIN mentions m ON m.passage_id = x.id GROUP BY m.project_id`,
			params: matched.params
		};
	}
	const byTheme = f.themes.length > 0;
	const where = and(eventScope(f, 'a.event_id'), byTheme ? themeRows(ctx, f.themes, 'a') : TRUE);
	return {
		sql: `SELECT a.project_id, SUM(a.mentions) AS mentions
		FROM ${byTheme ? 'event_projects_by_theme' : 'event_projects'} a WHERE ${where.sql} GROUP BY a.project_id`,
		params: where.params
	};
}

function nodeRows(ctx: QueryContext, counts: Clause, where: Clause): NodeRow[] {
	return query<NodeRow>(
		ctx.db,
		`SELECT pr.id, pr.name, pr.category, COALESCE(c.mentions, 0) AS mentions
		FROM projects pr LEFT JOIN (${counts.sql}) c ON c.project_id = pr.id
		WHERE ${where.sql} ORDER BY mentions DESC, pr.id`,
		[...counts.params, ...where.params]
	);
}

export function network(
	ctx: QueryContext,
	f: Filters,
	minWeight = 1,
	maxNodes = 150,
	mode: QueryMode = 'auto'
): { nodes: NetworkNode[]; edges: NetworkEdge[] } {
	const raw = mode === 'raw' || needsRaw(f);
	const counts = mentionsSql(ctx, f, raw);
	const all = edgesSql(ctx, f, raw);
	let nodes: NodeRow[];
	let edges: Weighted[];
	if (f.projects.length === 0) {
		nodes = nodeRows(ctx, counts, { sql: 'c.mentions > 0', params: [] }).slice(0, maxNodes);
		const ids = nodes.map((n) => n.id);
		if (ids.length === 0) return { nodes: [], edges: [] };
		edges = query<Weighted>(
			ctx.db,
			`SELECT * FROM (${all.sql}) WHERE weight >= ? AND source IN (${placeholders(ids.length)})
			AND target IN (${placeholders(ids.length)}) ORDER BY weight DESC, source, target`,
			[...all.params, minWeight, ...ids, ...ids]
		);
	} else {
		const chosen = f.projects;
		edges = query<Weighted>(
			ctx.db,
			`SELECT * FROM (${all.sql}) WHERE weight >= ? AND (source IN (${placeholders(chosen.length)})
			OR target IN (${placeholders(chosen.length)})) ORDER BY weight DESC, source, target`,
			[...all.params, minWeight, ...chosen, ...chosen]
		);
		const ids = new Set([...chosen, ...edges.flatMap((e) => [e.source, e.target])]);
		const candidates = nodeRows(ctx, counts, inList('pr.id', [...ids]));
		const picked = [
			...candidates.filter((n) => chosen.includes(n.id)),
			...candidates.filter((n) => !chosen.includes(n.id))
		].slice(0, Math.max(maxNodes, chosen.length));
		const kept = new Set(picked.map((n) => n.id));
		nodes = candidates.filter((n) => kept.has(n.id));
		edges = edges.filter((e) => kept.has(e.source) && kept.has(e.target));
	}
	return {
		nodes: nodes.map((n) => ({
			id: n.id,
			name: n.name,
			category: n.category,
			mentions: n.mentions
		})),
		edges: edges.map((e) => ({
			source: e.source,
			target: e.target,
			weight: e.weight,
			passages: e.passages
		}))
	};
}
