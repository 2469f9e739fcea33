/**
 * The aggregate tables, computed in SQL from the raw rows (INSERT … SELECT), in order.
 * docs/schema.md explains each one; the query tests check every aggregate answer against the
 * same question asked of the raw tables.
 * Co-mentions (comentions.ts) and event_projects_by_theme (projectThemes.ts) are computed in
 * TypeScript: as SQL they were the slowest statements of the build.
 */

export function aggregateStatements(): string[] {
	return [
		// Attributed passages, with their number of mentions.
		`CREATE TEMP TABLE agg_passages (
			passage_id INTEGER PRIMARY KEY, event_id TEXT NOT NULL, source_id INTEGER NOT NULL,
			section_id INTEGER NOT NULL, words INTEGER NOT NULL, mentions INTEGER NOT NULL)`,
		`INSERT INTO agg_passages
		SELECT p.id, p.event_id, p.source_id, p.section_id, p.words, COALESCE(mc.n, 0)
		FROM passages p
		LEFT JOIN (SELECT passage_id, COUNT(*) AS n FROM mentions GROUP BY passage_id) mc
			ON mc.passage_id = p.id
		WHERE p.event_id IS NOT NULL`,
		// (passage, project) with the number of mentions.
		`CREATE TEMP TABLE agg_pp (passage_id INTEGER NOT NULL, project_id TEXT NOT NULL,
			n INTEGER NOT NULL, PRIMARY KEY (passage_id, project_id)) WITHOUT ROWID`,
		`INSERT INTO agg_pp SELECT m.passage_id, m.project_id, COUNT(*)
		FROM mentions m JOIN agg_passages a ON a.passage_id = m.passage_id GROUP BY 1, 2`,

		`INSERT INTO event_stats
		SELECT e.id, COALESCE(s.passages, 0), COALESCE(s.words, 0), COALESCE(s.sources, 0),
			(SELECT COUNT(*) FROM talks t WHERE t.event_id = e.id), COALESCE(s.mentions, 0)
		FROM events e LEFT JOIN (
			SELECT event_id, COUNT(*) AS passages, SUM(words) AS words,
				COUNT(DISTINCT source_id) AS sources, SUM(mentions) AS mentions
			FROM agg_passages GROUP BY event_id) s ON s.event_id = e.id
		ORDER BY e.id`,
		`INSERT INTO source_events
		SELECT source_id, event_id, COUNT(*) FROM agg_passages GROUP BY source_id, event_id`,
		`INSERT INTO event_themes
		SELECT a.event_id, pt.theme_id, COUNT(*), SUM(a.words), SUM(a.mentions), SUM(pt.score),
			COUNT(*) * 1.0 / es.passages, SUM(pt.score) / es.passages
		FROM passage_themes pt
		JOIN agg_passages a ON a.passage_id = pt.passage_id
		JOIN event_stats es ON es.event_id = a.event_id
		GROUP BY a.event_id, pt.theme_id`,
		`INSERT INTO event_projects
		SELECT a.event_id, pp.project_id, SUM(pp.n), COUNT(*), SUM(a.words)
		FROM agg_pp pp JOIN agg_passages a ON a.passage_id = pp.passage_id
		GROUP BY a.event_id, pp.project_id`
	];
}

/** Drops the work tables. */
export function cleanupStatements(): string[] {
	return [...['agg_pp', 'agg_passages'].map((table) => `DROP TABLE temp.${table}`)];
}
