/**
 * Ambiguous names used as the common noun they also are, and lower-case names that are the
 * tool's own spelling. "They built an Operator to manage Kafka", "each Operator reconciles":
 * a name heading its noun phrase after "an" or "each" is a count noun (a product takes no
 * indefinite article), though "a Helm wrapper", "an Envoy sidecar" (the name before a noun)
 * stay the tool's. "kind", "ko", "sealer" are written in lower case as their projects are: in
 * lower case the word is the tool only where a tool stands ("we use kind to…", "minikube, kind
 * and k3d", "ran kind create cluster").
 */
import type { Candidate } from './matcher';

/**
 * What ends the noun phrase a name heads: punctuation, a conjunction, preposition or auxiliary,
 * or a verb with its object ("intercepts the", "implements a").
 */
export const PART_AFTER =
	/^(?:[ \t]*(?:$|[.,;:!?)\]–—\n`])|[ \t]+(?:and|or|but|of|in|on|to|for|with|from|at|by|via|is|was|are|were|has|had|does|did|can|could|will|would|should|must|may|might|then|which|that|who|itself|also|still|now|[a-z]+s[ \t]+(?:the|a|an|all|every|each|its|their))\b)/;

/**
 * What joins two names of a list: a comma, "and", "or", "&", a slash; in Chinese, Japanese and
 * Korean their enumeration comma and "and" ("Helm 和 Istio", "HelmとIstio", "Helm과 Istio").
 */
export const LIST_JOIN =
	/^(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+|\s*\/\s*|\s*(?:[、，和与及과와및とや])\s*)$/;

/** "an", "each", "every", "another" right before a name (not "the": see partOfAnother). */
const COUNT_DETERMINER = /(?:^|[^\p{L}\p{N}])(?:[Aa]n?|[Ee]ach|[Ee]very|[Aa]nother)[ \t]+$/u;

/**
 * "an Operator to manage Kafka", "each Operator reconciles a…", "with an Operator and its
 * CRDs": a capitalised name after an indefinite determiner that ends its noun phrase.
 */
export function countNoun(text: string, start: number, after: string): boolean {
	const space = text.charCodeAt(start - 1);
	if (space !== 32 && space !== 9) return false;
	return (
		COUNT_DETERMINER.test(text.slice(Math.max(0, start - 9), start)) &&
		(PART_AFTER.test(after) || RELATIVE_AFTER.test(after))
	);
}

/**
 * A clause's subject right after the name, its "that" left out: "an Operator they wrote
 * themselves", "each Operator we deploy" (the noun phrase ends at the name).
 */
const RELATIVE_AFTER = /^[ \t]+(?:we|they|I|you|he|she|someone|somebody|nobody|everyone)[ \t]/;

/** A verb or preposition that puts a tool after it: "we use kind", "ran kind", "with ko". */
const TOOL_SLOT_BEFORE =
	/(?:^|[^\p{L}\p{N}])(?:use|uses|used|using|run|runs|ran|running|install|installs|installed|installing|try|tries|tried|trying|via|with|replace|replaced|replacing|deploy|deployed|deploying|adopt|adopted|(?:switch|switched|migrate|migrated|moved)[ \t]+(?:from|to))[ \t]+$/u;
/**
 * The same slots in German, Spanish, Italian, French and Portuguese recaps: "nutzen wir helm für",
 * "flannel durch Cilium ersetzt", "usamos vault con", "avec flux et".
 */
const TOOL_SLOT_BEFORE_INTL =
	/(?:^|[^\p{L}\p{N}])(?:mit|durch|statt|(?:nutzen|nutzt|verwenden|verwendet)(?:[ \t]+wir)?|con|usar|usamos|usando|utilizamos|usiamo|utilizziamo|avec|utiliser|utilisons|utilise|com)[ \t]+$/u;
const PART_AFTER_INTL =
	/^[ \t]+(?:für|mit|und|oder|als|durch|ersetzt|con|para|por|y|en|per|e|avec|pour|et|dans|com)\b/u;
/** The command line's verbs after a tool's name: "kind create cluster", "ko build". */
const SUBCOMMAND_AFTER = /^[ \t]+(?:create|delete|get|load|export|build|apply|resolve|publish)\b/;

/**
 * Whether a lower-case hit of a project's name ("kind", "flannel") stands where a tool does:
 * after "use", "run", "with", "replaced" or listed beside another project, and before what ends
 * a noun phrase or a subcommand ("kind of", "kind regards" are not). The caller also asks for
 * the project's context words or another project in the passage.
 */
export function lowerCaseToolName(text: string, hit: Candidate, candidates: Candidate[]) {
	const surface = text.slice(hit.start, hit.end);
	if (surface !== hit.entry.name && !ownNameInLowerCase(surface, hit.entry.name)) return false;
	const after = text.slice(hit.end, hit.end + 24);
	if (!PART_AFTER.test(after) && !SUBCOMMAND_AFTER.test(after) && !PART_AFTER_INTL.test(after))
		return false;
	if (/^[ \t]+of\b/.test(after)) return false;
	const before = text.slice(Math.max(0, hit.start - 16), hit.start);
	if (TOOL_SLOT_BEFORE.test(before) || TOOL_SLOT_BEFORE_INTL.test(before)) return true;
	// "```bash\nkind create cluster", "$ kind load": a command line's first word.
	if (COMMAND_START.test(before) && SUBCOMMAND_AFTER.test(after)) return true;
	// "- kind for CI clusters": a list item opened by the name in its own lower case, as no
	// item opens with an everyday word (the caller still asks for another project or context).
	if (ITEM_START.test(before) && ownNameInLowerCase(surface, hit.entry.name)) return true;
	return listedBesideFirm(text, hit, candidates);
}

/** Where a command starts: a line's start, a shell prompt, a code span's backtick. */
const COMMAND_START = /(?:^|\n[ \t]*|[$#>][ \t]+|`)$/;
/** Where a list item's text starts: a line's start, after its bullet if the text kept one. */
const ITEM_START = /(?:^|\n)[ \t]*(?:[-*•][ \t]+)?$/;

/**
 * "flannel" for Flannel, "helm" for Helm: the project's name in lower case, as its own commands,
 * packages and (for flannel, containerd, etcd) its own docs write it.
 */
function ownNameInLowerCase(surface: string, name: string): boolean {
	return surface.length === name.length && surface === name.toLowerCase();
}

/** "minikube, kind and k3d": an unambiguous project's name right before or after, in a list. */
export function listedBesideFirm(text: string, hit: Candidate, candidates: Candidate[]): boolean {
	for (const c of candidates) {
		if (c.entry.rule === 'ambiguous') continue;
		if (
			c.end <= hit.start &&
			hit.start - c.end <= 7 &&
			LIST_JOIN.test(text.slice(c.end, hit.start))
		)
			return true;
		if (
			c.start >= hit.end &&
			c.start - hit.end <= 7 &&
			LIST_JOIN.test(text.slice(hit.end, c.start))
		)
			return true;
	}
	return false;
}
