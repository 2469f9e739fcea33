/**
 * The pipeline's single pass per passage: one Aho–Corasick automaton over every project alias
 * and every theme term, so each passage is read once for both mentions and theme scores.
 */
import type { TaxonomyProject, TaxonomyTheme } from './types';
import { compileAutomaton } from './automaton';
import { aliasEntries, MentionCollector, type ProjectMatch } from './matcher';
import { ThemeTerms, type ThemeScore, type ThemeScorerOptions } from './themes';

export interface PassageAnalysis {
	mentions: ProjectMatch[];
	themes: ThemeScore[];
}

export interface Lexicon {
	analyse(text: string): PassageAnalysis;
}

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
	return {
		analyse(text) {
			mentions.reset(text);
			terms.reset(text);
			const count = automaton.collectWords(text);
			const hits = automaton.hits;
			for (let k = 0; k < count * 3; k += 3) {
				const p = hits[k]!;
				if (p < split) mentions.hit(entries[p]!, hits[k + 1]!, hits[k + 2]!);
				else terms.hit(p - split, hits[k + 1]!, hits[k + 2]!);
			}
			const found = mentions.finish();
			return { mentions: found, themes: terms.finish(found.map((m) => m.projectId)) };
		}
	};
}
