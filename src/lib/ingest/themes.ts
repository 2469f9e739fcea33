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

/**
 * A theme's row needs more than one helper word: 1 − e^−0.4 ≈ 0.33 is what a single term of
 * weight 0.4 (the most a helper weighs) gives, so alone it makes no row.
 */
export const DEFAULT_THEME_THRESHOLD = 0.35;

/** Terms weighing this much or less only help: each counts once per passage, however repeated. */
export const HELPER_WEIGHT = 0.4;

const NO_THEMES: readonly number[] = [];

interface TermEntry {
	themeIndex: number;
	weight: number;
	termIndex: number;
}

/**
 * The theme lexicons compiled to patterns plus the per-passage accumulator. Shared by the
 * standalone scorer and the pipeline's single-pass lexicon scan.
 */
export class ThemeTerms {
	/** Each pattern is a term or one of its plural forms. */
	readonly patterns: string[] = [];
	private readonly feeds: TermEntry[][] = [];
	private readonly projectThemes = new Map<string, readonly number[]>();
	private readonly threshold: number;
	private readonly categoryWeight: number;
	private readonly powers: number[];
	private readonly raw: Float64Array;
	private readonly seen: Int32Array;
	private readonly lastEnd: Int32Array;
	private readonly touched: number[] = [];
	private text = '';

	constructor(
		private readonly themes: TaxonomyTheme[],
		projects: TaxonomyProject[],
		options: ThemeScorerOptions = {}
	) {
		this.threshold = options.threshold ?? DEFAULT_THEME_THRESHOLD;
		this.categoryWeight = options.categoryWeight ?? 0.6;
		const decay = options.repeatDecay ?? 0.5;
		this.powers = Array.from({ length: 16 }, (_, n) => Math.pow(decay, n));
		const patternIndex = new Map<string, number>();
		let termCount = 0;
		const projectNames = new Set(
			projects.flatMap((p) => [p.name, ...p.aliases].map((n) => n.toLowerCase()))
		);
		themes.forEach((theme, themeIndex) => {
			// A term listed with its plural ("incident", "incidents") is one term of the theme: a
			// word counts once (at the larger weight its forms are listed with) and its repeats decay
			// together, instead of "incidents" adding both entries' weights.
			const termOfForm = new Map<string, number>();
			for (const [rawTerm, rawWeight] of Object.entries(theme.lexicon)) {
				const term = rawTerm.trim().toLowerCase().replace(/\s+/g, ' ');
				const weight = Number(rawWeight);
				if (!term || !(weight > 0)) continue;
				// A plural that is a project's name says that project, not the term ("NATS" ≠ NATs);
				// a term that is itself a name keeps its plural ("Dockerfiles").
				const forms = inflections(term).filter(
					(f, i) => i === 0 || projectNames.has(term) || !projectNames.has(f)
				);
				let termIndex = -1;
				for (const form of forms) termIndex = termOfForm.get(form) ?? termIndex;
				if (termIndex < 0) termIndex = termCount++;
				for (const form of forms) {
					termOfForm.set(form, termIndex);
					let p = patternIndex.get(form);
					if (p === undefined) {
						p = this.patterns.length;
						patternIndex.set(form, p);
						this.patterns.push(form);
						this.feeds.push([]);
					}
					const feed = this.feeds[p]!;
					const same = feed.find((f) => f.termIndex === termIndex);
					if (same) same.weight = Math.max(same.weight, weight);
					else feed.push({ themeIndex, weight, termIndex });
				}
			}
		});
		// Project → themes it counts towards.
		const counts = themes.map((t) => themeCounts(t));
		for (const project of projects) {
			const hits = counts.map((c, i) => (c(project) ? i : -1)).filter((i) => i >= 0);
			if (hits.length > 0) this.projectThemes.set(project.id, hits);
		}
		this.raw = new Float64Array(themes.length);
		this.seen = new Int32Array(termCount);
		this.lastEnd = new Int32Array(termCount).fill(-1);
	}

	reset(text: string) {
		this.text = text;
		this.raw.fill(0);
		for (const t of this.touched) {
			this.seen[t] = 0;
			this.lastEnd[t] = -1;
		}
		this.touched.length = 0;
	}

	/**
	 * A term's occurrence. `inside`: the project whose mention holds it; then it counts only
	 * towards that project's own themes ("mesh" of "Chaos Mesh" is no service mesh's).
	 */
	hit(pattern: number, start: number, end: number, inside: string | null = null) {
		if (!atWordBoundary(this.text, start, end)) return;
		const own = inside === null ? null : (this.projectThemes.get(inside) ?? NO_THEMES);
		for (const { themeIndex, weight, termIndex } of this.feeds[pattern]!) {
			if (own !== null && !own.includes(themeIndex)) continue;
			// Hits come ordered by end offset; overlapping forms of one term count once.
			if (this.lastEnd[termIndex]! > start) continue;
			if (this.seen[termIndex] === 0) this.touched.push(termIndex);
			else if (weight <= HELPER_WEIGHT) continue;
			this.lastEnd[termIndex] = end;
			const n = this.seen[termIndex]!++;
			this.raw[themeIndex]! += weight * (n < 16 ? this.powers[n]! : 0);
		}
	}

	finish(projectIds: Iterable<string>): ThemeScore[] {
		const out: ThemeScore[] = [];
		this.scores(projectIds, (themeId, score) => out.push({ themeId, score }));
		return out;
	}

	/** Each theme's score at or above the threshold, in theme order. */
	scores(projectIds: Iterable<string>, emit: (themeId: string, score: number) => void): void {
		const raw = this.raw;
		// Each project once, in order of first mention (the order the weights are added in).
		const ids = Array.isArray(projectIds) ? (projectIds as string[]) : [...projectIds];
		for (let i = 0; i < ids.length; i++) {
			const id = ids[i]!;
			if (ids.indexOf(id) < i) continue;
			const themes = this.projectThemes.get(id);
			if (themes) for (const t of themes) raw[t]! += this.categoryWeight;
		}
		for (let i = 0; i < raw.length; i++) {
			const sum = raw[i]!;
			if (sum <= 0) continue;
			const score = Math.round((1 - Math.exp(-sum)) * 1000) / 1000;
			if (score >= this.threshold) emit(this.themes[i]!.id, score);
		}
	}
}

/**
 * Whether a mentioned project counts towards the theme: its landscape category or subcategory is
 * one of the theme's `categories`, or the theme lists its id under `projects`.
 */
export function themeCounts(theme: TaxonomyTheme): (project: TaxonomyProject) => boolean {
	const categories = new Set((theme.categories ?? []).map((c) => c.toLowerCase()));
	const ids = new Set(theme.projects ?? []);
	return (p) =>
		ids.has(p.id) ||
		categories.has(p.category.toLowerCase()) ||
		categories.has(p.subcategory.toLowerCase());
}

export function compileThemeScorer(
	themes: TaxonomyTheme[],
	projects: TaxonomyProject[],
	options: ThemeScorerOptions = {}
): ThemeScorer {
	const terms = new ThemeTerms(themes, projects, options);
	const automaton = compileAutomaton(terms.patterns);
	return {
		score(text, projectIds) {
			terms.reset(text);
			automaton.scanWords(text, (p, start, end) => terms.hit(p, start, end));
			return terms.finish(projectIds);
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
