/**
 * Project mentions: one Aho–Corasick pass per passage over every name and alias, then word
 * boundaries, case rules and (for ambiguous words like Helm or Vault) context decide which hits
 * are the tool. Offsets are UTF-16 indices into the passage, end exclusive, non-overlapping.
 */
import type { TaxonomyProject } from './types';
import { atWordBoundary, compileAutomaton, selectLongest } from './automaton';
import { aliasCaseRule, isSentenceInitial, type CaseRule } from './matcherCase';

// Compiled once: tsx lowers in-function literals with \p{…} to a new RegExp per call.
const NEXT_CAPITALISED = /^[ \t]+\p{Lu}/u;
const CAPITALISED = /^\p{Lu}/u;
const PROPER_NOUN_BEFORE = /(\p{Lu}[\p{L}\p{N}]*)[ \t]+$/u;

export interface ProjectMatch {
	projectId: string;
	start: number;
	end: number;
	surface: string;
}

export interface ProjectMatcher {
	match(text: string): ProjectMatch[];
}

export interface AliasEntry {
	alias: string;
	projectIds: string[];
	rule: CaseRule;
	/** Lower-cased context words of the (single) ambiguous project. */
	context: string[];
	/** Its project has an ambiguous name: a document naming it may vouch for that name. */
	vouchable: boolean;
}

export interface Candidate {
	entry: AliasEntry;
	start: number;
	end: number;
}

const NO_CANDIDATES: readonly Candidate[] = [];

/** Words that mark a mention as software whatever the project (versions, CLI verbs, artefacts). */
const TOOL_FOLLOWERS =
	/^(?:\s+v?\d[\w.]*|\s*\((?:cncf|incubat\w*|graduated|sandbox)\b|\s+(?:(?:is|has|was)\s+(?:now\s+)?)?(?:graduated|graduates|incubating)\b|\s*,\s*(?:a|the)\s+cncf\b|-(?:based|powered|backed|compatible|enabled)\b|\s+(?:chart|charts|release|releases|install|upgrade|uninstall|template|repo|ls|list|del|delete|hist|history|plugin|plugins|cli|controller|operator|cluster|server|agent|binary|daemon|config|configs|manifest|manifests|bootstrap|reconcile|sync|v\d+)\b)/i;
/**
 * What a product does and an English word does not: "Helm is now used by…", "Envoy supports…",
 * "Vault was adopted…". Checked on capitalised ambiguous hits only.
 */
const PRODUCT_VERB =
	/^[ \t]+(?:(?:is|was|are|were|has been|have been|gets|got)[ \t]+(?:(?:now|also|still|widely|already|increasingly|mostly|heavily|often|commonly|being|easily)[ \t]+){0,2}(?:used|adopted|deployed|installed|configured|supported|integrated|maintained|downloaded)\b|(?:(?:now|also|already|natively)[ \t]+)?(?:supports|integrates|ships|lets|allows|enables|provides|exposes)\b)/;
/**
 * Korean writes its particle onto the name and the tool's noun after it: "Helm을 사용",
 * "Envoy 설정을", "Harbor가 인큐베이션", "Flux 차트" (use, configuration, incubation, chart).
 */
const KOREAN_TOOL_AFTER =
	/^(?:이|가|은|는|을|를|의|에서|에|으로|로|와|과|도|만)?[ \t]*(?:차트|설정|설치|사용|도입|적용|인큐베이션|인큐베이팅|졸업|프로젝트|릴리스|릴리즈|배포|업그레이드|플러그인|컨트롤러|오퍼레이터|클러스터|서버|에이전트|레지스트리|프록시|저장소|레포지토리|버전|템플릿|매니페스트|연동)/;
const CONTEXT_WINDOW = 80;
/** A table row's or a list's label for its cell ("Project: ", "Tools: ") right before a name. */
const PROJECT_LABEL =
	/(?:^|[|\n]\s*|\s)(?:cncf\s+)?(?:projects?|tools?|tooling|projekte?|projets?|proyectos?|projetos?|progett[oi])\s*:\s?$/i;
const COLON = 58;
const AT = 64;
const DOT = 46;
/** The rest of an e-mail address after a name in its local part ("-dev@googlegroups.com"). */
const EMAIL_REST = /^[\w.+-]{0,30}@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b/i;

/** One entry per distinct alias; an alias two projects share says nothing and is left out. */
export function aliasEntries(projects: TaxonomyProject[]): AliasEntry[] {
	const byAlias = new Map<string, AliasEntry>();
	for (const project of [...projects].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
		const names = new Set([project.name, ...project.aliases].map((a) => a.trim()).filter(Boolean));
		for (const alias of names) {
			const key = alias.toLowerCase() + '\u0000' + aliasCaseKey(alias);
			const existing = byAlias.get(key);
			if (existing) {
				if (!existing.projectIds.includes(project.id)) existing.projectIds.push(project.id);
				continue;
			}
			byAlias.set(key, {
				alias,
				projectIds: [project.id],
				rule: aliasCaseRule(alias, project),
				context: (project.ambiguous?.context ?? []).map((w) => w.toLowerCase()),
				vouchable: false
			});
		}
	}
	const entries = [...byAlias.values()].filter((e) => e.projectIds.length === 1);
	const ambiguous = new Set(
		entries.filter((e) => e.rule === 'ambiguous').map((e) => e.projectIds[0])
	);
	for (const e of entries) e.vouchable = ambiguous.has(e.projectIds[0]);
	return entries;
}

/**
 * Collects the hits of one passage and decides which are mentions. Shared by the standalone
 * matcher and the pipeline's single-pass lexicon scan.
 */
export class MentionCollector {
	private candidates: Candidate[] = [];
	/**
	 * Candidate objects reused from passage to passage (one per hit otherwise): they live only
	 * until the next reset, so `chosen()` must be read before it.
	 */
	private pool: Candidate[] = [];
	/** URL spans of the text, found on its first hit (most passages have none to check). */
	private urls: [number, number][] | null = null;
	private text = '';
	/**
	 * Projects the document has already been seen to name (set by the caller per document): a
	 * capitalised ambiguous name of one of them needs no other evidence ("Envoy wants help…" in
	 * a recap whose other passages name the Envoy proxy).
	 */
	vouched: ReadonlySet<string> | null = null;
	/**
	 * Projects of the ambiguous hits the last `chosen()` turned down only for want of evidence
	 * (capitalised, not part of another name): a later `vouched` may accept them.
	 */
	readonly unsure: string[] = [];

	reset(text: string) {
		this.text = text;
		this.candidates.length = 0;
		this.unsure.length = 0;
		this.urls = null;
	}

	hit(entry: AliasEntry, start: number, end: number) {
		const text = this.text;
		if (!atWordBoundary(text, start, end)) return;
		// "linkerd@example.com": the local part of an e-mail address.
		const next = text.charCodeAt(end);
		if (
			(next === AT || next === HYPHEN || next === DOT) &&
			EMAIL_REST.test(text.slice(end, end + 64))
		)
			return;
		const urls = (this.urls ??= urlSpans(text));
		if (urls.length > 0 && insideSpan(urls, start)) return;
		if (!caseAllows(entry.rule, entry.alias, text, start, end)) return;
		let c = this.pool[this.candidates.length];
		if (c) {
			c.entry = entry;
			c.start = start;
			c.end = end;
		} else {
			c = { entry, start, end };
			this.pool.push(c);
		}
		this.candidates.push(c);
	}

	/** The accepted mentions, in text order without overlaps (read before the next reset). */
	chosen(): readonly Candidate[] {
		const { text, candidates } = this;
		if (candidates.length === 0) return NO_CANDIDATES;
		// Most passages have no ambiguous hit: then every candidate stands (no vetting needed),
		// and a single one needs no overlap resolution.
		const accepted = candidates.some((c) => c.entry.rule === 'ambiguous')
			? vetAmbiguous(text, candidates, this.vouched, this.unsure)
			: candidates;
		return accepted.length === 1 ? accepted : selectLongest(accepted);
	}

	finish(): ProjectMatch[] {
		return this.chosen().map((c) => ({
			projectId: c.entry.projectIds[0]!,
			start: c.start,
			end: c.end,
			surface: this.text.slice(c.start, c.end)
		}));
	}
}

/** The candidates minus the ambiguous ones that neither case nor context marks as the tool. */
function vetAmbiguous(
	text: string,
	candidates: Candidate[],
	vouched: ReadonlySet<string> | null,
	unsure: string[]
): Candidate[] {
	// Unambiguous hits are the "tech neighbours" that vouch for ambiguous ones.
	const firm = candidates.some((c) => c.entry.rule !== 'ambiguous');
	const verdicts = VERDICTS;
	verdicts.length = 0;
	let confirmed = false;
	let open = false;
	for (const c of candidates) {
		const v = c.entry.rule !== 'ambiguous' ? ACCEPT : ambiguousAccepted(text, c, firm, candidates);
		if (v === ACCEPT) confirmed = true;
		else if (v === UNSURE) open = true;
		verdicts.push(v);
	}
	// An ambiguous name its own context confirms ("Contour … ingress") is a tech neighbour too:
	// "Contour routed traffic through Envoy".
	if (!firm && confirmed && open) {
		for (let k = 0; k < candidates.length; k++)
			if (verdicts[k] === UNSURE)
				verdicts[k] = ambiguousAccepted(text, candidates[k]!, true, candidates);
	}
	if (open) acceptListedTogether(text, candidates, verdicts);
	return candidates.filter((c, k) => {
		const verdict = verdicts[k]!;
		if (verdict !== UNSURE) return verdict === ACCEPT;
		const id = c.entry.projectIds[0]!;
		if (vouched?.has(id)) return true;
		if (!unsure.includes(id)) unsure.push(id);
		return false;
	});
}

export function compileMatcher(projects: TaxonomyProject[]): ProjectMatcher {
	const entries = aliasEntries(projects);
	const automaton = compileAutomaton(entries.map((e) => e.alias));
	const collector = new MentionCollector();
	return {
		match(text) {
			if (text.length === 0) return [];
			collector.reset(text);
			automaton.scanWords(text, (pattern, start, end) =>
				collector.hit(entries[pattern]!, start, end)
			);
			return collector.finish();
		}
	};
}

/** Aliases that differ only in case are distinct when one of them is case-sensitive. */
function aliasCaseKey(alias: string): string {
	return /[A-Z]/.test(alias.slice(1)) ? alias : '';
}

/** Whether text[start, end) is written in a case the alias's rule accepts. */
function caseAllows(
	rule: CaseRule,
	alias: string,
	text: string,
	start: number,
	end: number
): boolean {
	if (rule === 'any' || rule === 'ambiguous') return true;
	const surface = text.slice(start, end);
	if (rule === 'exact') return surface === alias;
	return (
		surface === alias ||
		surface === alias[0] + alias.slice(1).toLowerCase() ||
		surface === alias.toUpperCase()
	);
}

/** A verdict on an ambiguous hit, as a small number (one shape for the JIT). */
type Verdict = 0 | 1 | 2;
const REJECT: Verdict = 0;
const ACCEPT: Verdict = 1;
/** A capitalised name that only lacks evidence in this passage. */
const UNSURE: Verdict = 2;
/** Scratch space for vetAmbiguous (one passage at a time). */
const VERDICTS: Verdict[] = [];

function ambiguousAccepted(
	text: string,
	hit: Candidate,
	firm: boolean,
	candidates: Candidate[]
): Verdict {
	// "Prometheus-Operator": a part of a compound with another project's name is not the tool.
	if (inCompound(text, hit, candidates)) return REJECT;
	const surface = text.slice(hit.start, hit.end);
	const after = text.slice(hit.end, hit.end + 24);
	if (TOOL_FOLLOWERS.test(after)) return ACCEPT;
	if (hangulAfter(text, hit.end) && KOREAN_TOOL_AFTER.test(after)) return ACCEPT;
	// "Project: Envoy | Status: graduated": a table's Project (or Tool) column names the tool.
	if (text.charCodeAt(hit.start - 2) === COLON || text.charCodeAt(hit.start - 1) === COLON) {
		if (PROJECT_LABEL.test(text.slice(Math.max(0, hit.start - 30), hit.start))) return ACCEPT;
	}
	// "Ambassador Labs", "Ambassador Fest": a capitalised word after it makes another name.
	const next = NEXT_CAPITALISED.exec(after);
	if (next) {
		const word = hit.end + next[0].length - 1;
		if (!candidates.some((c) => c.start === word)) return REJECT;
	}
	// Distinctive spelling of a mixed-case alias ("KinD") is evidence by itself.
	if (surface === hit.entry.alias && /[A-Z]/.test(hit.entry.alias.slice(1))) return ACCEPT;
	const capital = CAPITALISED.test(surface);
	if (!capital) return REJECT;
	const initial = isSentenceInitial(text, hit.start);
	if (followsProperNoun(text, hit.start)) return REJECT;
	// "Helm is now used by a majority…": a product's verb confirms a name wherever it stands.
	if (PRODUCT_VERB.test(text.slice(hit.end, hit.end + 48))) return ACCEPT;
	// Any firm project in the passage (the same one spelled "HashiCorp Vault" included) vouches.
	const neighbour = firm;
	const context = hasContextWord(text, hit.start, hit.end, hit.entry.context);
	// Sentence-initial capitals say nothing: then both signals are needed, or the name is listed
	// with a firm project right after it ("Backstage and Dapr drew crowds").
	if (!initial) return neighbour || context ? ACCEPT : UNSURE;
	// "Rook: Cloud-Native Storage Orchestration", "Vault: Secrets Management at Scale": a talk's
	// title naming its project before a colon, its context after it.
	if (context && text.charCodeAt(hit.end) === COLON) return ACCEPT;
	return neighbour && (context || listedWithFirm(text, hit, candidates)) ? ACCEPT : UNSURE;
}

/** Whether a list joiner leads from the hit straight to an unambiguous project's name. */
function listedWithFirm(text: string, hit: Candidate, candidates: Candidate[]): boolean {
	for (const c of candidates)
		if (c.start > hit.end && c.entry.rule !== 'ambiguous')
			return c.start - hit.end <= 7 && LIST_JOIN.test(text.slice(hit.end, c.start));
	return false;
}

/** What joins two names of a list: a comma, "and", "or", "&", a slash. */
const LIST_JOIN = /^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|\s*\/\s*)$/;

/**
 * "We ran Helm and Envoy", "… with Flux, Helm or Vault": capitalised ambiguous names of two
 * projects listed side by side, inside a sentence, vouch for each other as a tech neighbour would.
 */
function acceptListedTogether(text: string, candidates: Candidate[], verdicts: Verdict[]) {
	for (let k = 0; k + 1 < candidates.length; k++) {
		const a = candidates[k]!;
		const b = candidates[k + 1]!;
		const [va, vb] = [verdicts[k]!, verdicts[k + 1]!];
		if (va === REJECT || vb === REJECT || (va === ACCEPT && vb === ACCEPT)) continue;
		if (a.entry.rule !== 'ambiguous' || b.entry.rule !== 'ambiguous') continue;
		if (a.entry.projectIds[0] === b.entry.projectIds[0] || b.start < a.end) continue;
		// A sentence-initial capital says nothing ("Flux and Vault are words too").
		if (!LIST_JOIN.test(text.slice(a.end, b.start)) || isSentenceInitial(text, a.start)) continue;
		verdicts[k] = ACCEPT;
		verdicts[k + 1] = ACCEPT;
	}
}

/**
 * Whether a hyphen joins the hit to an unambiguous name of another project
 * ("Prometheus-Operator"). Two ambiguous names ("Helm-Operator") are left to their evidence.
 */
function inCompound(text: string, hit: Candidate, candidates: Candidate[]): boolean {
	const before = hit.start > 0 && text.charCodeAt(hit.start - 1) === HYPHEN;
	const after = text.charCodeAt(hit.end) === HYPHEN;
	if (!before && !after) return false;
	const id = hit.entry.projectIds[0];
	return candidates.some(
		(c) =>
			c.entry.rule !== 'ambiguous' &&
			c.entry.projectIds[0] !== id &&
			((before && c.end === hit.start - 1) || (after && c.start === hit.end + 1))
	);
}

const HYPHEN = 45;

/** Whether a Hangul syllable follows `end`, right after it or after one space. */
function hangulAfter(text: string, end: number): boolean {
	let c = text.charCodeAt(end);
	if (c === 32) c = text.charCodeAt(end + 1);
	return c >= 0xac00 && c <= 0xd7a3;
}

/** "Giant Swarm", "Red Hat": a capitalised word just before makes it part of another name. */
function followsProperNoun(text: string, start: number): boolean {
	const before = PROPER_NOUN_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
	if (!before) return false;
	return !isSentenceInitial(text, start - before[0].length);
}

function hasContextWord(text: string, start: number, end: number, words: string[]): boolean {
	if (words.length === 0) return false;
	const window = (
		text.slice(Math.max(0, start - CONTEXT_WINDOW), start) +
		' ' +
		text.slice(end, end + CONTEXT_WINDOW)
	).toLowerCase();
	return words.some((w) => {
		let i = window.indexOf(w);
		while (i >= 0) {
			if (atWordBoundary(window, i, i + w.length)) return true;
			i = window.indexOf(w, i + 1);
		}
		return false;
	});
}

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>()"“”]+/gi;

const NO_SPANS: [number, number][] = [];

function urlSpans(text: string): [number, number][] {
	if (!text.includes('http') && !text.includes('www.')) return NO_SPANS;
	const spans: [number, number][] = [];
	for (const m of text.matchAll(URL_RE)) spans.push([m.index, m.index + m[0].length]);
	return spans;
}

function insideSpan(spans: [number, number][], at: number): boolean {
	return spans.some(([s, e]) => at >= s && at < e);
}
