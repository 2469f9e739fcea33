/**
 * The pipeline's single pass per passage: one Aho–Corasick automaton over every project alias
 * and every theme term, so each passage is read once for both mentions and theme scores.
 */
import type { MentionRow, PassageThemeRow, TaxonomyProject, TaxonomyTheme } from './types';
import { compileAutomaton } from './automaton';
import { aliasEntries, MentionCollector, type ProjectMatch } from './matcher';
import { hostAfter } from './matcherHosts';
import { ThemeTerms, type ThemeScore, type ThemeScorerOptions } from './themes';

export interface PassageAnalysis {
	mentions: ProjectMatch[];
	themes: ThemeScore[];
}

export interface Lexicon {
	analyse(text: string): PassageAnalysis;
	/**
	 * The same analysis appended as rows of passage `passageId` (what the pipeline stores),
	 * without the intermediate match and score objects: fewer allocations per passage.
	 * `seen`: the projects the passage's document has named so far; the passage's mentions are
	 * added to it, and its capitalised ambiguous names count when the set holds their project.
	 * Returns the projects of ambiguous names turned down for want of evidence (usually none),
	 * which a later passage of the document may vouch for.
	 */
	addRows(
		text: string,
		passageId: number,
		mentions: MentionRow[],
		passageThemes: PassageThemeRow[],
		seen?: Set<string>
	): readonly string[];
	/**
	 * The project with an ambiguous name that a gathering is named after ("EnvoyCon 2019" →
	 * Envoy, "Helm Summit EU 2019" → Helm), or null: a document about it vouches for the name.
	 */
	gatheringProject(eventName: string): string | null;
}

/** The name a gathering is named after: "EnvoyCon", "Helm Summit", "ArgoCon", "Flux Day". */
const GATHERING_OF = /^([A-Z][A-Za-z]+?)\s?(?:Con|Conf|Summit|Day|Days|Camp|Fest)\b/;

const NO_IDS: readonly string[] = [];
const DOT = 46;

export function compileLexicon(
	projects: TaxonomyProject[],
	themes: TaxonomyTheme[],
	options: ThemeScorerOptions = {}
): Lexicon {
	const entries = aliasEntries(projects);
	const terms = new ThemeTerms(themes, projects, options);
	const split = entries.length;
	const automaton = compileAutomaton([...entries.map((e) => e.alias), ...terms.patterns]);
	const mentions = new MentionCollector();
	const ambiguousNames = new Map<string, string>();
	for (const e of entries)
		if (e.rule === 'ambiguous') ambiguousNames.set(e.alias.toLowerCase(), e.projectIds[0]!);

	/**
	 * One pass over the text feeds both collectors; returns the chosen mentions. The theme terms
	 * are read after the mentions are chosen, from the same hits: a term inside a mention is part
	 * of a project's name, and counts only for the project's own themes ("Open Service Mesh",
	 * "Dockerfile", "Helm charts"), not for others ("Chaos Mesh" is no service mesh).
	 */
	function scan(text: string) {
		mentions.reset(text);
		terms.reset(text);
		const count = automaton.collectWords(text);
		const hits = automaton.hits;
		let themeHits = 0;
		for (let k = 0; k < count * 3; k += 3) {
			const p = hits[k]!;
			if (p < split) mentions.hit(entries[p]!, hits[k + 1]!, hits[k + 2]!);
			else themeHits++;
		}
		const chosen = mentions.chosen();
		if (themeHits === 0) return chosen;
		// Hits come in order of end offset and the mentions do not overlap: the first mention
		// ending at or after a term's end is the only one that may hold it.
		let m = 0;
		for (let k = 0; k < count * 3; k += 3) {
			const p = hits[k]!;
			if (p < split) continue;
			const start = hits[k + 1]!;
			const end = hits[k + 2]!;
			// "community.monzo.com": a host's words are no prose (a path's slug may say the topic).
			if (mentions.inUrlHost(start)) continue;
			if (text.charCodeAt(end) === DOT && hostAfter(text, end)) continue;
			while (m < chosen.length && chosen[m]!.end < end) m++;
			const inside = m < chosen.length && chosen[m]!.start <= start;
			terms.hit(p - split, start, end, inside ? chosen[m]!.entry.projectIds[0]! : null);
		}
		return chosen;
	}

	return {
		analyse(text) {
			const found = scan(text).map((c) => ({
				projectId: c.entry.projectIds[0]!,
				start: c.start,
				end: c.end,
				surface: text.slice(c.start, c.end)
			}));
			const themes: ThemeScore[] = [];
			terms.scores(
				found.map((m) => m.projectId),
				(themeId, score) => themes.push({ themeId, score })
			);
			return { mentions: found, themes };
		},
		addRows(text, passageId, mentionRows, themeRows, seen) {
			const ids: string[] = [];
			mentions.vouched = seen ?? null;
			for (const c of scan(text)) {
				const projectId = c.entry.projectIds[0]!;
				ids.push(projectId);
				if (seen) {
					if (c.entry.vouchable) seen.add(projectId);
					if (c.entry.field) seen.add(c.entry.field);
				}
				mentionRows.push({
					passage_id: passageId,
					project_id: projectId,
					start: c.start,
					end: c.end,
					surface: text.slice(c.start, c.end)
				});
			}
			terms.scores(ids, (themeId, score) =>
				themeRows.push({ passage_id: passageId, theme_id: themeId, score })
			);
			mentions.vouched = null;
			return mentions.unsure.length === 0 ? NO_IDS : [...mentions.unsure];
		},
		gatheringProject(eventName) {
			const m = GATHERING_OF.exec(eventName);
			return m ? (ambiguousNames.get(m[1]!.toLowerCase()) ?? null) : null;
		}
	};
}
