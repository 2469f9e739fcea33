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
	const counts = new Map<number, Map<string, number>>();
	for (const m of result.mentions) {
		let byProject = counts.get(m.passage_id);
		if (!byProject) counts.set(m.passage_id, (byProject = new Map()));
		byProject.set(m.project_id, (byProject.get(m.project_id) ?? 0) + 1);
	}
	const themes = new Map<number, { theme: string; score: number }[]>();
	for (const pt of result.passageThemes) {
		if (!(pt.score > 0) || !counts.has(pt.passage_id)) continue;
		const list = themes.get(pt.passage_id) ?? [];
		list.push({ theme: pt.theme_id, score: pt.score });
		themes.set(pt.passage_id, list);
	}
	const rows = new Map<string, ProjectThemeRow>();
	for (const p of result.passages) {
		const byProject = counts.get(p.id);
		const scored = themes.get(p.id);
		if (p.event_id === null || !byProject || !scored) continue;
		const w = words(p.text);
		for (const { theme, score } of scored) {
			for (const [project, n] of byProject) {
				const key = `${theme}\u0000${project}\u0000${p.event_id}`;
				let row = rows.get(key);
				if (!row) {
					row = {
						theme_id: theme,
						event_id: p.event_id,
						project_id: project,
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
	return [...rows.keys()].sort().map((key) => rows.get(key)!);
}
