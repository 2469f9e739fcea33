/**
 * Project mentions: one Aho–Corasick pass per passage over every name and alias, then word
 * boundaries, case rules and (for ambiguous words like Helm or Vault) context decide which hits
 * are the tool. Offsets are UTF-16 indices into the passage, end exclusive, non-overlapping.
 */
import type { TaxonomyProject } from './types';
import { atWordBoundary, compileAutomaton, selectLongest } from './automaton';
import { aliasCaseRule, caseAllows, type CaseRule } from './matcherCase';
import { vetAmbiguous } from './matcherAmbiguous';
import { inOrganisationSlot } from './matcherOrg';
import { hostAfter, hostAlias, writtenAsHost } from './matcherHosts';
import { otherThingNearer } from './matcherOthers';
import { withoutRepeats } from './matcherRepeats';

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
	/** The project's own name ("kind" for "Kubernetes in Docker"). */
	name: string;
	projectIds: string[];
	rule: CaseRule;
	/** Lower-cased context words of the (single) ambiguous project. */
	context: string[];
	/** Lower-cased words that mark the ambiguous name as another thing of that name. */
	others: string[];
	/**
	 * The same for a name that is no common word (projects.yaml top-level `others`: "franz" for
	 * Kafka); set on the entry of the bare name only, empty on every other.
	 */
	firmOthers: string[];
	/** Its project has an ambiguous name: a document naming it may vouch for that name. */
	vouchable: boolean;
	/**
	 * The project's field (taxonomy subcategory) as a key of `MentionCollector.vouched`: a
	 * document naming other container registries vouches for "Harbor's" (see vetAmbiguous).
	 */
	field: string;
	/** The alias is a site's host, not the project's name ("helm.sh"): see writtenAsHost. */
	host: boolean;
}

export interface Candidate {
	entry: AliasEntry;
	start: number;
	end: number;
}

const NO_CANDIDATES: readonly Candidate[] = [];
const NO_WORDS: string[] = [];
/** Marks a field's key among the project ids of `vouched` (no id starts with it). */
const FIELD_KEY = '\u0000';

const AT = 64;
const DOT = 46;
const HYPHEN = 45;
/** The rest of an e-mail address after a name in its local part ("-dev@googlegroups.com"). */
const EMAIL_REST = /^[\w.+-]{0,30}@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b/i;

/** One entry per distinct alias; an alias two projects share says nothing and is left out. */
export function aliasEntries(projects: TaxonomyProject[]): AliasEntry[] {
	const byAlias = new Map<string, AliasEntry>();
	for (const project of [...projects].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))) {
		const names = new Set([project.name, ...project.aliases].map((a) => a.trim()).filter(Boolean));
		for (const alias of names) {
			if (versionOfAnother(alias, names)) continue;
			const key = alias.toLowerCase() + '\u0000' + aliasCaseKey(alias);
			const existing = byAlias.get(key);
			if (existing) {
				if (!existing.projectIds.includes(project.id)) existing.projectIds.push(project.id);
				continue;
			}
			byAlias.set(key, {
				alias,
				name: project.name,
				projectIds: [project.id],
				rule: aliasCaseRule(alias, project),
				context: (project.ambiguous?.context ?? []).map((w) => w.toLowerCase()),
				others: (project.ambiguous?.others ?? []).map((w) => w.toLowerCase()),
				firmOthers:
					alias.toLowerCase() === project.name.toLowerCase()
						? (project.others ?? []).map((w) => w.toLowerCase())
						: NO_WORDS,
				vouchable: false,
				field: project.subcategory ? FIELD_KEY + project.subcategory : '',
				// A registry's host is the service itself ("pushed to quay.io"), not its site.
				host: hostAlias(alias, project.name) && project.subcategory !== 'Container Registry'
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
	 * a recap whose other passages name the Envoy proxy). It also holds the fields (`field`) of
	 * the projects named.
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
		// "see linkerd.io", "docs.linkerd.io", "helm.sh": a web host, not a mention.
		if (next === DOT && hostAfter(text, end)) return;
		if (entry.host && writtenAsHost(text, start, end)) return;
		// "@linkerd", "jane@fluxcd.io": an account's handle or a mail domain, like a URL.
		const before = text.charCodeAt(start - 1);
		if (before === AT) return;
		// "~/.kube/config", ".helm/": a dot-file's name in a path.
		if (before === DOT && dotFile(text, start - 1)) return;
		// "Docker, Inc.", "Docker Inc. announced…": the company with its legal suffix.
		if ((next === SPACE || next === COMMA) && companyAfter(text, end)) return;
		if (this.inUrl(start)) return;
		if (!caseAllows(entry.rule, entry.alias, text, start, end, entry.name)) return;
		// "a Franz Kafka quote", "a round of Jaeger shots": another thing of a firm name.
		if (
			entry.firmOthers.length !== 0 &&
			entry.rule !== 'ambiguous' &&
			otherThingNearer(text, start, end, entry.firmOthers, NO_WORDS)
		)
			return;
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

	/** Whether `at` is inside a URL or a bare web address of the text (found on first ask). */
	inUrl(at: number): boolean {
		const urls = (this.urls ??= urlSpans(this.text));
		return urls.length > 0 && insideSpan(urls, at);
	}

	/**
	 * Whether `at` is inside the host of a URL or a bare web address ("community.monzo.com"), not
	 * its path ("…/installing-multicluster/", a slug that says what the page is about).
	 */
	inUrlHost(at: number): boolean {
		const urls = (this.urls ??= urlSpans(this.text));
		if (urls.length === 0) return false;
		for (const [s, e] of urls) {
			if (at < s || at >= e) continue;
			const scheme = this.text.indexOf('//', s);
			const from = scheme >= 0 && scheme < at ? scheme + 2 : s;
			const slash = this.text.indexOf('/', from);
			return slash < 0 || slash > at;
		}
		return false;
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
		if (accepted.length === 1) return withoutOrganisations(text, accepted);
		return withoutOrganisations(text, withoutRepeats(text, selectLongest(accepted)));
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

const OPEN_PAREN = 40;
const SPACE = 32;
const COMMA = 44;

/** A legal form after a name (sticky: tested at the name's end, no slice). */
const LEGAL_FORM = /,?[ \t]+(?:Inc|INC|Ltd|LTD|LLC|GmbH|Corp|Corporation|PLC|plc)\b/y;

/** Whether the "." at `dot` starts a path's dot-file name: after "/", "~", a space or a quote. */
function dotFile(text: string, dot: number): boolean {
	const c = text.charCodeAt(dot - 1);
	return dot === 0 || c === 47 || c === 126 || c <= 32 || c === 96 || c === 34 || c === 39;
}

/** Whether a company's legal form follows `end`: "Docker, Inc.", "Docker Inc", "Sentry Ltd". */
function companyAfter(text: string, end: number): boolean {
	// The form's first letter one or two characters on (I, L, G, C, P): most hits stop here.
	const c = text.charCodeAt(text.charCodeAt(end) === COMMA ? end + 2 : end + 1);
	if (c !== 73 && c !== 76 && c !== 71 && c !== 67 && c !== 80 && c !== 112) return false;
	LEGAL_FORM.lastIndex = end;
	return LEGAL_FORM.test(text);
}

/**
 * The hits minus those that stand as a speaker's organisation ("Jane Doe (Grafana Labs)"). Only
 * a hit right after "(" or a space is looked at further (matcherOrg); most lists come back as
 * they are.
 */
function withoutOrganisations(text: string, hits: readonly Candidate[]): readonly Candidate[] {
	let kept: Candidate[] | null = null;
	for (let i = 0; i < hits.length; i++) {
		const c = hits[i]!;
		const before = text.charCodeAt(c.start - 1);
		const org =
			(before === OPEN_PAREN || before === SPACE) && inOrganisationSlot(text, c.start, c.end, hits);
		if (org) kept ??= hits.slice(0, i);
		else if (kept) kept.push(c);
	}
	return kept ?? hits;
}

/** A version after a name: "Helm 3", "Flux v2", "Linkerd 2". */
const VERSION_SUFFIX = /^(.+?)[ \t]+v?\d+(?:\.\d+)*$/i;

/**
 * Whether an alias is another of the project's names with a version after it ("Helm 3" beside
 * "Helm"). A mention spans the name only, whatever version follows it ("Helm 3", "Helm 3.1",
 * "Linkerd 2.3", "Kubernetes 1.14" all span the name; TOOL_FOLLOWERS makes an ambiguous name with
 * a version the tool), so such an alias is left out: it would span "Helm 3" but not "Helm 3.1",
 * and cut "Linkerd 2.3" after its "2".
 */
function versionOfAnother(alias: string, names: ReadonlySet<string>): boolean {
	const m = VERSION_SUFFIX.exec(alias);
	if (!m) return false;
	const head = m[1]!.toLowerCase();
	for (const n of names) if (n.toLowerCase() === head) return true;
	return false;
}

/** Aliases that differ only in case are distinct when one of them is case-sensitive. */
function aliasCaseKey(alias: string): string {
	return /[A-Z]/.test(alias.slice(1)) ? alias : '';
}

const URL_RE = /\b(?:https?:\/\/|www\.)[^\s<>()"“”]+/gi;
/**
 * An address without its scheme: a host with a lower-case top-level domain, then a path
 * ("github.com/prometheus/prometheus", "docs.docker.com/compose"); "Node.js/Deno" or "ASP.NET/C#"
 * name no host.
 */
const BARE_URL_RE =
	/(?<![\w@./-])(?:[A-Za-z\d](?:[A-Za-z\d-]*[A-Za-z\d])?\.)+(?:com|org|net|io|dev|sh|co|cloud|app|ai|me|info|tech|blog|page|site|xyz|eu|de|fr|uk|nl|es|it|pl|ch|at|se|jp|cn|kr|in|ru|br|us|ca|au|edu|gov)\/[^\s<>()"“”]*/g;
const BARE_URL_GATE = /\.[a-z]{2,5}\//;

const NO_SPANS: [number, number][] = [];

function urlSpans(text: string): [number, number][] {
	const scheme = text.includes('http') || text.includes('www.');
	// A path after a host: ".com/", ".io/" (a slash first, then a short regex, then the full one).
	const bare = text.includes('/') && BARE_URL_GATE.test(text);
	if (!scheme && !bare) return NO_SPANS;
	const spans: [number, number][] = [];
	if (scheme) for (const m of text.matchAll(URL_RE)) spans.push([m.index, m.index + m[0].length]);
	if (bare)
		for (const m of text.matchAll(BARE_URL_RE)) spans.push([m.index, m.index + m[0].length]);
	return spans;
}

function insideSpan(spans: [number, number][], at: number): boolean {
	return spans.some(([s, e]) => at >= s && at < e);
}
