/**
 * The aggregate tables, computed in SQL from the raw rows (INSERT … SELECT), in order.
 * docs/schema.md explains each one; the query tests check every aggregate answer against the
 * same question asked of the raw tables.
 */

/**
 * SQLite has no bitwise-OR aggregate: OR-ing masks is the sum, over each theme bit, of the
 * largest `mask & bit` in the group.
 */
export function bitOrSql(column: string, themeCount: number): string {
	if (themeCount === 0) return '0';
	return Array.from({ length: themeCount }, (_, i) => `MAX(${column} & ${2 ** i})`).join(' + ');
}

export function aggregateStatements(themeCount: number): string[] {
	const orMask = bitOrSql('a.mask', themeCount);
	return [
		// Attributed passages with their theme mask (a bit per theme they score on) and mentions.
		`CREATE TEMP TABLE agg_passages (
			passage_id INTEGER PRIMARY KEY, event_id TEXT NOT NULL, source_id INTEGER NOT NULL,
			section_id INTEGER NOT NULL, words INTEGER NOT NULL, mask INTEGER NOT NULL,
			mentions INTEGER NOT NULL)`,
		`INSERT INTO agg_passages
		SELECT p.id, p.event_id, p.source_id, p.section_id, p.words,
			COALESCE(tm.mask, 0), COALESCE(mc.n, 0)
		FROM passages p
		LEFT JOIN (SELECT pt.passage_id, SUM(t.mask_bit) AS mask
			FROM passage_themes pt JOIN themes t ON t.id = pt.theme_id
			WHERE pt.score > 0 GROUP BY pt.passage_id) tm ON tm.passage_id = p.id
		LEFT JOIN (SELECT passage_id, COUNT(*) AS n FROM mentions GROUP BY passage_id) mc
			ON mc.passage_id = p.id
		WHERE p.event_id IS NOT NULL`,
		// Distinct (passage, project) with the number of mentions.
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
		SELECT a.event_id, pt.theme_id, COUNT(*), SUM(pt.score),
			COUNT(*) * 1.0 / es.passages, SUM(pt.score) / es.passages
		FROM passage_themes pt
		JOIN agg_passages a ON a.passage_id = pt.passage_id
		JOIN event_stats es ON es.event_id = a.event_id
		WHERE pt.score > 0 GROUP BY a.event_id, pt.theme_id`,
		`INSERT INTO event_projects
		SELECT a.event_id, pp.project_id, SUM(pp.n), COUNT(*), SUM(a.words)
		FROM agg_pp pp JOIN agg_passages a ON a.passage_id = pp.passage_id
		GROUP BY a.event_id, pp.project_id`,

		// Co-mentions. Pairs in one passage; then pairs present in one section (of one event).
		`CREATE TEMP TABLE agg_pairs AS
		SELECT x.passage_id, x.project_id AS source, y.project_id AS target
		FROM agg_pp x JOIN agg_pp y ON y.passage_id = x.passage_id AND y.project_id > x.project_id`,
		`CREATE TEMP TABLE agg_sp AS
		SELECT a.section_id, a.event_id, pp.project_id, ${orMask} AS mask
		FROM agg_pp pp JOIN agg_passages a ON a.passage_id = pp.passage_id
		GROUP BY a.section_id, a.event_id, pp.project_id`,
		`CREATE TEMP TABLE agg_shared AS
		SELECT a.section_id, a.event_id, pr.source, pr.target, COUNT(*) AS n, ${orMask} AS mask
		FROM agg_pairs pr JOIN agg_passages a ON a.passage_id = pr.passage_id
		GROUP BY a.section_id, a.event_id, pr.source, pr.target`,
		`CREATE INDEX temp.agg_shared_key ON agg_shared (section_id, event_id, source, target)`,
		`CREATE TEMP TABLE agg_spairs AS
		SELECT x.section_id, x.event_id, x.project_id AS source, y.project_id AS target,
			x.mask AS mask_a, y.mask AS mask_b,
			COALESCE(sh.mask, 0) AS mask_shared, sh.n IS NOT NULL AS shared
		FROM agg_sp x
		JOIN agg_sp y ON y.section_id = x.section_id AND y.event_id = x.event_id
			AND y.project_id > x.project_id
		LEFT JOIN agg_shared sh ON sh.section_id = x.section_id AND sh.event_id = x.event_id
			AND sh.source = x.project_id AND sh.target = y.project_id`,
		`INSERT INTO comentions
		SELECT event_id, source, target, SUM(w), SUM(n) FROM (
			SELECT a.event_id, pr.source, pr.target, 2 AS w, 1 AS n
			FROM agg_pairs pr JOIN agg_passages a ON a.passage_id = pr.passage_id
			UNION ALL
			SELECT event_id, source, target, 1, 0 FROM agg_spairs WHERE NOT shared)
		GROUP BY event_id, source, target`,
		`INSERT INTO comentions_by_theme
		SELECT event_id, source, target, theme_id, theme_bit, theme_mask, mask_a, mask_b,
			mask_shared, SUM(w), SUM(n) FROM (
			SELECT a.event_id, pr.source, pr.target, t.id AS theme_id, t.mask_bit AS theme_bit,
				a.mask AS theme_mask, a.mask AS mask_a, a.mask AS mask_b, 0 AS mask_shared,
				2 AS w, 1 AS n
			FROM agg_pairs pr JOIN agg_passages a ON a.passage_id = pr.passage_id
			JOIN themes t ON (a.mask & t.mask_bit) != 0
			UNION ALL
			SELECT sp.event_id, sp.source, sp.target, t.id, t.mask_bit, sp.mask_a | sp.mask_b,
				sp.mask_a, sp.mask_b, sp.mask_shared, 1, 0
			FROM agg_spairs sp
			JOIN themes t ON ((sp.mask_a | sp.mask_b) & ~sp.mask_shared & t.mask_bit) != 0
			WHERE (sp.mask_a & ~sp.mask_shared) != 0 AND (sp.mask_b & ~sp.mask_shared) != 0)
		GROUP BY theme_id, event_id, source, target, theme_mask, mask_a, mask_b, mask_shared
		ORDER BY theme_id, event_id, source, target, theme_mask, mask_a, mask_b, mask_shared`,

		// The same per-event aggregates, split by theme and keyed by the passages' theme mask.
		`INSERT INTO event_stats_by_theme
		SELECT a.event_id, pt.theme_id, t.mask_bit, a.mask, COUNT(*), SUM(a.words),
			SUM(a.mentions), SUM(pt.score)
		FROM passage_themes pt JOIN themes t ON t.id = pt.theme_id
		JOIN agg_passages a ON a.passage_id = pt.passage_id
		WHERE pt.score > 0 GROUP BY pt.theme_id, a.event_id, a.mask`,
		`INSERT INTO event_projects_by_theme
		SELECT a.event_id, pp.project_id, pt.theme_id, t.mask_bit, a.mask, SUM(pp.n), COUNT(*),
			SUM(a.words), SUM(pt.score)
		FROM agg_pp pp JOIN agg_passages a ON a.passage_id = pp.passage_id
		JOIN passage_themes pt ON pt.passage_id = pp.passage_id AND pt.score > 0
		JOIN themes t ON t.id = pt.theme_id
		GROUP BY pt.theme_id, pp.project_id, a.event_id, a.mask`,

		// Passages that mention projects, grouped by (event, theme mask, set of projects): exact
		// answers for "mentions any of these projects" without counting a passage twice.
		`CREATE TEMP TABLE agg_pset AS
		SELECT s.passage_id, a.event_id, a.mask, a.words, s.ids,
			DENSE_RANK() OVER (ORDER BY a.event_id, a.mask, s.ids) AS set_id
		FROM (SELECT passage_id, group_concat(project_id, ',' ORDER BY project_id) AS ids
			FROM agg_pp GROUP BY passage_id) s
		JOIN agg_passages a ON a.passage_id = s.passage_id`,
		`INSERT INTO project_sets (id, event_id, theme_mask, project_ids, passages, words)
		SELECT set_id, event_id, mask, ids, COUNT(*), SUM(words)
		FROM agg_pset GROUP BY set_id ORDER BY set_id`,
		`INSERT INTO project_set_members
		SELECT DISTINCT ps.set_id, pp.project_id
		FROM agg_pset ps JOIN agg_pp pp ON pp.passage_id = ps.passage_id
		ORDER BY pp.project_id, ps.set_id`,
		`INSERT INTO project_set_themes
		SELECT ps.set_id, pt.theme_id, SUM(pt.score)
		FROM agg_pset ps JOIN passage_themes pt ON pt.passage_id = ps.passage_id
		WHERE pt.score > 0 GROUP BY ps.set_id, pt.theme_id`,

		...[
			'agg_pset',
			'agg_spairs',
			'agg_shared',
			'agg_sp',
			'agg_pairs',
			'agg_pp',
			'agg_passages'
		].map((table) => `DROP TABLE temp.${table}`)
	];
}
