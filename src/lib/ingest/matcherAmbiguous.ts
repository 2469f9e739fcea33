/**
 * Ambiguous project names ("Helm", "Vault", "Sentry" are words too): whether a hit is the tool,
 * from the words after it, its case, the projects around it in the passage and the project's own
 * context words (projects.yaml `ambiguous.context`).
 */
import type { Candidate } from './matcher';
import { atWordBoundary } from './automaton';
import { isSentenceInitial } from './matcherCase';
import { otherThingNearer } from './matcherOthers';
import { cjkBeside, hangulAfter, hangulBefore, hashtag } from './matcherScripts';
import { GERMAN_PRODUCT_VERB, germanDeterminerBefore, TOOL_COMPOUND } from './matcherGerman';
import {
	countNoun,
	LIST_JOIN,
	listedBesideFirm,
	lowerCaseToolName,
	PART_AFTER
} from './matcherNounUse';

// Compiled once: tsx lowers in-function literals with \p{…} to a new RegExp per call.
const NEXT_CAPITALISED = /^[ \t]+\p{Lu}/u;
const CAPITALISED = /^\p{Lu}/u;
const PROPER_NOUN_BEFORE = /(\p{Lu}[\p{L}\p{N}]*)[ \t]+$/u;

/** Words that mark a mention as software whatever the project (versions, CLI verbs, artefacts). */
const TOOL_FOLLOWERS =
	/^(?:\s+v?\d[\w.]*|\s*\((?:cncf|incubat\w*|graduated|sandbox)\b|\s+(?:(?:is|has|was)\s+(?:now\s+)?)?(?:graduated|graduates|incubating)\b|\s*,\s*(?:a|the)\s+cncf\b|\s*\|\s*(?:graduated|incubating|sandbox|archived)\b|-(?:based|powered|backed|compatible|enabled)\b|\s+(?:chart|charts|release|releases|install|upgrade|uninstall|template|repo|ls|list|del|delete|hist|history|plugin|plugins|cli|controller|operator|cluster|server|agent|sidecar|sidecars|binary|daemon|config|configs|manifest|manifests|bootstrap|reconcile|sync|v\d+)\b)/i;
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
/** A capitalised word after a name that makes a part of the product, not another name. */
const PRODUCT_PART = /^[ \t]+(?:Mobile|SDKs?|APIs?|Dashboard|Proxy)\b/;
/** A design pattern or an idea named by the word, not the tool: "Operator pattern". */
const DESIGN_PATTERN = /^[ \t]+(?:pattern|patterns|paradigm|concept|design pattern)\b/i;
/** A project's gathering after its name: "Spinnaker Summit", "Helm Summit", "Flux Day". */
const OWN_GATHERING = /^[ \t]+(?:Summit|Con|Conf|Camp|Day|Days)\b/;
/** A session's or a project's own noun after the name: "the Envoy talk", "the Flux maintainers". */
const SESSION_AFTER =
	/^[ \t]+(?:talks?|sessions?|deep[ -]dives?|keynotes?|workshops?|maintainers?|booth|project|community)\b/i;
const CONTEXT_WINDOW = 80;
/** A table row's or a list's label for its cell ("Project: ", "Tools: ") right before a name. */
const PROJECT_LABEL =
	/(?:^|[|\n]\s*|\s)(?:cncf\s+)?(?:projects?|tools?|tooling|projekte?|projets?|proyectos?|projetos?|progett[oi])\s*:\s?$/i;
const COLON = 58;

/** The candidates minus the ambiguous ones that neither case nor context marks as the tool. */
export function vetAmbiguous(
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
	let part = false;
	for (const c of candidates) {
		const v = c.entry.rule !== 'ambiguous' ? ACCEPT : ambiguousAccepted(text, c, firm, candidates);
		if (v === ACCEPT || v === SURE) confirmed = true;
		else if (v === UNSURE) open = true;
		else if (v === PART) part = true;
		verdicts.push(v);
	}
	// "the Sentry and the Gofer: … the Sentry intercepts …": a name the passage uses for a part.
	if (part) partsThroughout(text, candidates, verdicts);
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
		if (verdict !== UNSURE) return verdict === ACCEPT || verdict === SURE;
		const id = c.entry.projectIds[0]!;
		if (vouched?.has(id)) return true;
		// "Harbor's new replication feature…" in a recap naming other container registries: a
		// bare possessive is a name, and the document's field makes it this project's.
		const field = c.entry.field && possessiveName(text, c) ? c.entry.field : '';
		if (field && vouched?.has(field)) return true;
		if (!unsure.includes(id)) unsure.push(id);
		if (field && !unsure.includes(field)) unsure.push(field);
		return false;
	});
}

/** A verdict on an ambiguous hit, as a small number (one shape for the JIT). */
type Verdict = 0 | 1 | 2 | 3 | 4;
const REJECT: Verdict = 0;
const ACCEPT: Verdict = 1;
/** A capitalised name that only lacks evidence in this passage. */
const UNSURE: Verdict = 2;
/** Accepted on the words of the name itself ("Helm chart", "Vault is used by"): stays so. */
const SURE: Verdict = 3;
/** "the Sentry and the Gofer": the name of a part of something else, here and in the passage. */
const PART: Verdict = 4;
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
	// "Weaveworks showed Loki, their tracer": another thing of the same name (projects.yaml
	// `others`), whatever its case or neighbours.
	const others = hit.entry.others;
	if (others.length > 0 && otherThingNearer(text, hit.start, hit.end, others, hit.entry.context))
		return REJECT;
	const surface = text.slice(hit.start, hit.end);
	const after = text.slice(hit.end, hit.end + 24);
	if (TOOL_FOLLOWERS.test(after)) return SURE;
	// "the Operator pattern", "the Ambassador pattern": a design pattern named by the word.
	if (DESIGN_PATTERN.test(after)) return REJECT;
	if (text.charCodeAt(hit.end) === HYPHEN && TOOL_COMPOUND.test(after)) return SURE;
	if (hangulAfter(text, hit.end) && KOREAN_TOOL_AFTER.test(after)) return SURE;
	// "Project: Envoy | Status: graduated": a table's Project (or Tool) column names the tool.
	if (text.charCodeAt(hit.start - 2) === COLON || text.charCodeAt(hit.start - 1) === COLON) {
		if (PROJECT_LABEL.test(text.slice(Math.max(0, hit.start - 30), hit.start))) return SURE;
	}
	// "Envoy Mobile", "Vault SDK": the project's own port or interface, named after it.
	if (PRODUCT_PART.test(after) && CAPITALISED.test(surface)) return SURE;
	// "Ambassador Labs", "Ambassador Fest": a capitalised word after it makes another name. Not
	// the project's own gathering ("Spinnaker Summit", "Helm Summit"), which names the project:
	// the passage's evidence decides as for the name alone.
	const next = NEXT_CAPITALISED.exec(after);
	if (next && !OWN_GATHERING.test(after)) {
		const word = hit.end + next[0].length - 1;
		if (!candidates.some((c) => c.start === word)) return REJECT;
	}
	// Distinctive spelling of a mixed-case alias ("KinD") is evidence by itself.
	if (surface === hit.entry.alias && /[A-Z]/.test(hit.entry.alias.slice(1))) return SURE;
	const capital = CAPITALISED.test(surface);
	// "we use kind to…", "minikube, kind and k3d": a name spelled in lower case by its project.
	if (!capital) return lowerCaseAccepted(text, hit, surface, firm, candidates);
	// "They built an Operator to manage Kafka": a count noun, not a product's name, unless the
	// document names the project elsewhere ("each Envoy has the latest config").
	if (countNoun(text, hit.start, after)) return UNSURE;
	// "Harbor's new replication feature…": a bare possessive opening a sentence is a name's.
	const initial = isSentenceInitial(text, hit.start) && !possessiveName(text, hit);
	if (followsProperNoun(text, hit.start)) return REJECT;
	const context = hasContextWord(text, hit.start, hit.end, hit.entry.context);
	// "Der Chef des Teams", "Ein Operator im Rechenzentrum": German capitalises its nouns, so
	// after a German article only the project's own context makes the word the tool.
	if (germanDeterminerBefore(text, hit.start)) return context ? ACCEPT : REJECT;
	// "Helm is now used by a majority…": a product's verb confirms a name wherever it stands.
	const verb = text.slice(hit.end, hit.end + 48);
	if (PRODUCT_VERB.test(verb) || GERMAN_PRODUCT_VERB.test(verb)) return SURE;
	// "the Envoy talk", "the Vault deep dive", "the Harbor maintainers": capitalised inside a
	// sentence before a conference's or a project's noun, the name is the project's.
	if (!initial && SESSION_AFTER.test(after)) return SURE;
	// Any firm project in the passage (the same one spelled "HashiCorp Vault" included) vouches.
	const neighbour = firm;
	// "gVisor … the Sentry and the Gofer": a product is named without an article. With one, no
	// word after it that makes it the product's ("the Sentry dashboard"), nothing of the
	// product's own field around ("errors", "secrets") and another product in the passage, the
	// word names a part of that other product. (Not "the Sentry, Prometheus and Grafana stack".)
	if (neighbour && !context && partOfAnother(text, hit, after, candidates)) return PART;
	// Sentence-initial capitals say nothing: then both signals are needed, or the name is listed
	// with a firm project right after it ("Backstage and Dapr drew crowds").
	// "Envoy の最新動向 (Matt Klein, Lyft)": Japanese or Chinese beside it, a capital at the
	// passage's start is no English sentence's, and says no more than one inside it.
	if (!initial || cjkBeside(text, hit.start, hit.end))
		return neighbour || context ? ACCEPT : UNSURE;
	// "Conduit is now Linkerd 2.0": the passage names the same project unambiguously.
	if (neighbour && namedFirmly(candidates, hit.entry.projectIds[0]!)) return ACCEPT;
	// "Rook: Cloud-Native Storage Orchestration", "Vault: Secrets Management at Scale": a talk's
	// title naming its project before a colon, its context after it.
	if (context && text.charCodeAt(hit.end) === COLON) return ACCEPT;
	if (!neighbour) return UNSURE;
	// "Rook avec Ceph … Longhorn a présenté sa version 1.4": a firm project of the name's own
	// field (Ceph beside Longhorn, Quay beside Harbor) says what the word is in any language.
	return context || listedWithFirm(text, hit, candidates) || sameFieldFirm(hit, candidates)
		? ACCEPT
		: UNSURE;
}

/** Whether an unambiguous name of another project of the hit's field is among the hits. */
function sameFieldFirm(hit: Candidate, candidates: Candidate[]): boolean {
	const field = hit.entry.field;
	if (!field) return false;
	const id = hit.entry.projectIds[0];
	return candidates.some(
		(c) => c.entry.rule !== 'ambiguous' && c.entry.field === field && c.entry.projectIds[0] !== id
	);
}

/**
 * A lower-case ambiguous hit. "我们用 flannel 和 Calico", "flannel 대신 Calico": among Chinese,
 * Japanese or Korean a Latin word is a name, and so is a hashtag's ("#KubeCon #helm"); another project in the passage or the
 * project's context confirms it. Elsewhere it must stand where a tool does (lowerCaseToolName);
 * then a name its project writes in lower case ("we use kind to…") or one listed beside other
 * projects ("image spec, packer, openshift") needs another project in the passage, and a
 * capitalised name written in lower case ("replaced flannel with Calico", "use vault for the
 * secrets") the project's own context: "with chef and porter beers" beside Kubernetes is no tool.
 */
function lowerCaseAccepted(
	text: string,
	hit: Candidate,
	surface: string,
	firm: boolean,
	candidates: Candidate[]
): Verdict {
	if (
		cjkBeside(text, hit.start, hit.end) ||
		hangulAfter(text, hit.end) ||
		hangulBefore(text, hit.start) ||
		hashtag(text, hit.start)
	)
		return firm || hasContextWord(text, hit.start, hit.end, hit.entry.context) ? ACCEPT : REJECT;
	if (!lowerCaseToolName(text, hit, candidates)) return REJECT;
	// "image spec, packer, openshift": listed among other projects' names, a tool's.
	const named = surface === hit.entry.name || listedBesideFirm(text, hit, candidates);
	if (named && firm) return ACCEPT;
	return hasContextWord(text, hit.start, hit.end, hit.entry.context) ? ACCEPT : REJECT;
}

const POSSESSIVE_AFTER = /^['’]s(?![ \t]+\p{Lu})(?=[ \t]+\p{Ll})/u;

/**
 * "Harbor's new feature": a capitalised word with a possessive and no article before it is a
 * name. Not "the harbor's", nor "Helm's Deep" (a capitalised word after makes another name).
 */
function possessiveName(text: string, hit: Candidate): boolean {
	const c = text.charCodeAt(hit.end);
	if (c !== 39 && c !== 0x2019) return false;
	if (!POSSESSIVE_AFTER.test(text.slice(hit.end, hit.end + 6))) return false;
	return CAPITALISED.test(text.slice(hit.start, hit.end)) && !articleBefore(text, hit.start);
}

/** "the " (or "The ") right before a name. */
const ARTICLE_BEFORE = /(?:^|[^\p{L}\p{N}])[Tt]he[ \t]$/u;
function partOfAnother(text: string, hit: Candidate, after: string, candidates: Candidate[]) {
	return (
		articleBefore(text, hit.start) &&
		PART_AFTER.test(after) &&
		!listedWithFirm(text, hit, candidates)
	);
}

function articleBefore(text: string, start: number): boolean {
	return ARTICLE_BEFORE.test(text.slice(Math.max(0, start - 5), start));
}

/**
 * "… the Sentry and the Gofer: the Sentry intercepts …": the other hits of a project with the
 * article, once one of them names a part (PART), name it too, unless their own words make them
 * the product (SURE).
 */
function partsThroughout(text: string, candidates: Candidate[], verdicts: Verdict[]) {
	for (let k = 0; k < candidates.length; k++) {
		if (verdicts[k] !== PART) continue;
		const id = candidates[k]!.entry.projectIds[0];
		for (let j = 0; j < candidates.length; j++) {
			const c = candidates[j]!;
			const v = verdicts[j]!;
			if (
				(v === ACCEPT || v === UNSURE) &&
				c.entry.projectIds[0] === id &&
				articleBefore(text, c.start)
			)
				verdicts[j] = REJECT;
		}
	}
}

/** Whether an unambiguous name of the project is among the passage's hits. */
function namedFirmly(candidates: Candidate[], id: string): boolean {
	return candidates.some((c) => c.entry.rule !== 'ambiguous' && c.entry.projectIds[0] === id);
}

/** Whether a list joiner leads from the hit straight to an unambiguous project's name. */
function listedWithFirm(text: string, hit: Candidate, candidates: Candidate[]): boolean {
	for (const c of candidates)
		if (c.start > hit.end && c.entry.rule !== 'ambiguous')
			return c.start - hit.end <= 7 && LIST_JOIN.test(text.slice(hit.end, c.start));
	return false;
}

/**
 * "We ran Helm and Envoy", "… with Flux, Helm or Vault": capitalised ambiguous names of two
 * projects listed side by side, inside a sentence, vouch for each other as a tech neighbour would.
 */
function acceptListedTogether(text: string, candidates: Candidate[], verdicts: Verdict[]) {
	for (let k = 0; k + 1 < candidates.length; k++) {
		const a = candidates[k]!;
		const b = candidates[k + 1]!;
		const [va, vb] = [verdicts[k]!, verdicts[k + 1]!];
		if (va !== ACCEPT && va !== UNSURE && va !== SURE) continue;
		if (vb !== ACCEPT && vb !== UNSURE && vb !== SURE) continue;
		if (va !== UNSURE && vb !== UNSURE) continue;
		if (a.entry.rule !== 'ambiguous' || b.entry.rule !== 'ambiguous') continue;
		if (a.entry.projectIds[0] === b.entry.projectIds[0] || b.start < a.end) continue;
		// A sentence-initial capital says nothing ("Flux and Vault are words too").
		if (!LIST_JOIN.test(text.slice(a.end, b.start)) || isSentenceInitial(text, a.start)) continue;
		verdicts[k] = ACCEPT;
		verdicts[k + 1] = ACCEPT;
	}
}

/**
 * Whether a hyphen joins the hit to an unambiguous name of another project before it
 * ("Prometheus-Operator", "Kubernetes-Vault"): the compound names a part of that project. Before
 * the other name ("Rook-Ceph", Rook's Ceph operator) the name is the tool's. Two ambiguous
 * names ("Helm-Operator") are left to their evidence.
 */
function inCompound(text: string, hit: Candidate, candidates: Candidate[]): boolean {
	if (hit.start === 0 || text.charCodeAt(hit.start - 1) !== HYPHEN) return false;
	const id = hit.entry.projectIds[0];
	return candidates.some(
		(c) => c.entry.rule !== 'ambiguous' && c.entry.projectIds[0] !== id && c.end === hit.start - 1
	);
}

const HYPHEN = 45;

/**
 * Capitalised words that join no name: a title's prepositions and verbs ("Security Using Falco",
 * "Deploying With Helm"), and "Project" before a project's name ("Project Harbor").
 */
const NOT_A_NAME_BEFORE = new Set([
	'about',
	'across',
	'and',
	'at',
	'behind',
	'beyond',
	'by',
	'for',
	'from',
	'in',
	'inside',
	'into',
	'introducing',
	'meet',
	'of',
	'on',
	'or',
	'over',
	'project',
	'than',
	'through',
	'to',
	'using',
	'versus',
	'via',
	'vs',
	'with',
	'without'
]);

/** "Giant Swarm", "Red Hat": a capitalised word just before makes it part of another name. */
function followsProperNoun(text: string, start: number): boolean {
	const before = PROPER_NOUN_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
	if (!before) return false;
	if (before[1]!.length <= 11 && NOT_A_NAME_BEFORE.has(before[1]!.toLowerCase())) return false;
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
