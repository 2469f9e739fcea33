/**
 * `event_projects_by_theme` computed in one pass over the rows: a GROUP BY over the join of
 * mentions, passages and their themes was the slowest statement of the build. Same rule as
 * docs/schema.md: per (theme, event, project), over the event's passages on the theme.
 */
import type { IngestResult } from '../ingest/types';

export interface ProjectThemeRow {
	theme_id: string;
	event_id: string;
	project_id: string;
	mentions: number;
	passages: number;
	words: number;
	score: number;
}

export function projectThemeRows(
	result: IngestResult,
	words: (text: string) => number
): ProjectThemeRow[] {
	// Numeric keys (theme, project, event indexes): string keys made this the build's slowest step.
	const themeIds = [...new Set(result.passageThemes.map((pt) => pt.theme_id))].sort();
	const projectIds = [...new Set(result.mentions.map((m) => m.project_id))].sort();
	const eventIds = [...new Set(result.passages.map((p) => p.event_id ?? ''))].sort();
	const themeIndex = new Map(themeIds.map((id, i) => [id, i]));
	const projectIndex = new Map(projectIds.map((id, i) => [id, i]));
	const eventIndex = new Map(eventIds.map((id, i) => [id, i]));
	const counts = new Map<number, Map<number, number>>();
	for (const m of result.mentions) {
		let byProject = counts.get(m.passage_id);
		if (!byProject) counts.set(m.passage_id, (byProject = new Map()));
		const project = projectIndex.get(m.project_id)!;
		byProject.set(project, (byProject.get(project) ?? 0) + 1);
	}
	const themes = new Map<number, [number, number][]>();
	for (const pt of result.passageThemes) {
		if (!(pt.score > 0) || !counts.has(pt.passage_id)) continue;
		const list = themes.get(pt.passage_id) ?? [];
		list.push([themeIndex.get(pt.theme_id)!, pt.score]);
		themes.set(pt.passage_id, list);
	}
	const P = projectIds.length;
	const E = eventIds.length;
	const rows = new Map<number, ProjectThemeRow>();
	for (const p of result.passages) {
		const byProject = counts.get(p.id);
		const scored = themes.get(p.id);
		if (p.event_id === null || !byProject || !scored) continue;
		const w = words(p.text);
		const event = eventIndex.get(p.event_id)!;
		for (const [theme, score] of scored) {
			for (const [project, n] of byProject) {
				const key = (theme * P + project) * E + event;
				let row = rows.get(key);
				if (!row) {
					row = {
						theme_id: themeIds[theme]!,
						event_id: p.event_id,
						project_id: projectIds[project]!,
						mentions: 0,
						passages: 0,
						words: 0,
						score: 0
					};
					rows.set(key, row);
				}
				row.mentions += n;
				row.passages += 1;
				row.words += w;
				row.score += score;
			}
		}
	}
	// Key order is (theme, project, event) id order: the table's primary key order.
	return [...rows.keys()].sort((a, b) => a - b).map((key) => rows.get(key)!);
}
