/**
 * Theme scores per passage: weighted lexicon terms (one automaton over every theme's terms)
 * plus the landscape categories of the projects mentioned, squashed with 1 - exp(-sum) so
 * that a long passage saturates instead of exploding.
 */
import type { TaxonomyProject, TaxonomyTheme } from './types';
import { atWordBoundary, compileAutomaton } from './automaton';

export interface ThemeScore {
	themeId: string;
	score: number;
}

export interface ThemeScorer {
	score(text: string, projectIds: Iterable<string>): ThemeScore[];
}

export interface ThemeScorerOptions {
	/** Scores below this are dropped. */
	threshold?: number;
	/** Raw weight a mentioned project of a matching category adds. */
	categoryWeight?: number;
	/** Each further occurrence of a term counts this much less (0.5 → 1, 0.5, 0.25…). */
	repeatDecay?: number;
}

export const DEFAULT_THEME_THRESHOLD = 0.15;

interface TermEntry {
	themeIndex: number;
	weight: number;
	termIndex: number;
}

export function compileThemeScorer(
	themes: TaxonomyTheme[],
	projects: TaxonomyProject[],
	options: ThemeScorerOptions = {}
): ThemeScorer {
	const threshold = options.threshold ?? DEFAULT_THEME_THRESHOLD;
	const categoryWeight = options.categoryWeight ?? 0.6;
	const decay = options.repeatDecay ?? 0.5;

	// Each pattern (a term or its plural) → the (theme, weight) pairs it feeds.
	const patternIndex = new Map<string, number>();
	const patterns: string[] = [];
	const feeds: TermEntry[][] = [];
	let termCount = 0;
	themes.forEach((theme, themeIndex) => {
		for (const [rawTerm, rawWeight] of Object.entries(theme.lexicon)) {
			const term = rawTerm.trim().toLowerCase().replace(/\s+/g, ' ');
			const weight = Number(rawWeight);
			if (!term || !(weight > 0)) continue;
			const termIndex = termCount++;
			for (const form of inflections(term)) {
				let p = patternIndex.get(form);
				if (p === undefined) {
					p = patterns.length;
					patternIndex.set(form, p);
					patterns.push(form);
					feeds.push([]);
				}
				const feed = feeds[p]!;
				if (!feed.some((f) => f.termIndex === termIndex)) {
					feed.push({ themeIndex, weight, termIndex });
				}
			}
		}
	});
	const automaton = compileAutomaton(patterns);

	// Project → themes its category or subcategory belongs to.
	const projectThemes = new Map<string, number[]>();
	for (const project of projects) {
		const keys = [project.category, project.subcategory].map((c) => c?.toLowerCase());
		const hits = themes
			.map((t, i) => ((t.categories ?? []).some((c) => keys.includes(c.toLowerCase())) ? i : -1))
			.filter((i) => i >= 0);
		if (hits.length > 0) projectThemes.set(project.id, hits);
	}

	return {
		score(text, projectIds) {
			const raw = new Float64Array(themes.length);
			const seen = new Map<number, number>();
			// Hits come ordered by end offset; overlapping forms of one term count once.
			const lastEnd = new Map<number, number>();
			automaton.scan(text, (pattern, start, end) => {
				if (!atWordBoundary(text, start, end)) return;
				for (const { themeIndex, weight, termIndex } of feeds[pattern]!) {
					if ((lastEnd.get(termIndex) ?? -1) > start) continue;
					lastEnd.set(termIndex, end);
					const n = seen.get(termIndex) ?? 0;
					seen.set(termIndex, n + 1);
					raw[themeIndex]! += weight * Math.pow(decay, n);
				}
			});
			for (const id of new Set(projectIds)) {
				for (const t of projectThemes.get(id) ?? []) raw[t]! += categoryWeight;
			}
			const out: ThemeScore[] = [];
			raw.forEach((sum, i) => {
				if (sum <= 0) return;
				const score = Math.round((1 - Math.exp(-sum)) * 1000) / 1000;
				if (score >= threshold) out.push({ themeId: themes[i]!.id, score });
			});
			return out;
		}
	};
}

/** The term and its plain English plural, so lexicons can list "service mesh" once. */
function inflections(term: string): string[] {
	if (!/[a-z]$/.test(term)) return [term];
	if (/(?:s|x|z|ch|sh)$/.test(term)) return [term, term + 'es'];
	if (/[^aeiou]y$/.test(term)) return [term, term.slice(0, -1) + 'ies'];
	return [term, term + 's'];
}
