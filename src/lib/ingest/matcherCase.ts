/**
 * Case rules for project aliases. Most names are safe in any case ("Kubernetes", "containerd"),
 * short acronyms must keep their case ("OPA" is not "opa"), and names that are also English
 * words ("Helm", "Vault", "kind") are ambiguous: context has to confirm them.
 */
import type { TaxonomyProject } from './types';

export type CaseRule = 'any' | 'exact' | 'exact-or-title' | 'ambiguous';

/**
 * Tool names that are everyday English words. The taxonomy flags the important ones
 * (`ambiguous`); this list is the safety net for the rest.
 */
const COMMON_WORDS = new Set(
	(
		'ambassador backstage beam brigade buildpacks calico canal chaos chef clair compose consul ' +
		'contour cortex draft drone dragonfly emissary envoy falco firecracker fission flannel flux ' +
		'garden gatekeeper graphite harbor harbour helm kind kong lambda lens litmus longhorn machine ' +
		'nomad notary octant operator packer parsec porter puppet pulsar quay rancher rook salt sentry ' +
		'serverless singularity spark spire stash storm swarm telepresence teleport tempo tilt ' +
		'vagrant vault vector volcano weave'
	).split(' ')
);

const KATAKANA_ONLY = /^[\p{Script=Katakana}ー・]+$/u;

export function aliasCaseRule(alias: string, project: TaxonomyProject): CaseRule {
	// "ヘルム", "エンボイ": a name written in Katakana is no English word, whatever the project.
	if (KATAKANA_ONLY.test(alias)) return 'any';
	const single = !/[\s]/.test(alias);
	const lower = alias.toLowerCase();
	// "envoyproxy", "FluxCD", "LitmusChaos": the name run on into more is no English word.
	const name = project.name.toLowerCase();
	const extendsName = lower.length > name.length && lower.startsWith(name);
	if (single && !extendsName && (project.ambiguous || COMMON_WORDS.has(lower))) return 'ambiguous';
	const letters = alias.replace(/[^\p{L}]/gu, '');
	if (letters.length > 0 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters)) {
		// Acronyms: "OPA", "EKS" exact; longer ones may be written "Keda" or "NATS".
		return letters.length <= 3 ? 'exact' : 'exact-or-title';
	}
	if (alias.length <= 2) return 'exact';
	return 'any';
}

/**
 * True when `index` starts a sentence, a list item or a line: a capital there is no evidence
 * that a word is a name.
 */
export function isSentenceInitial(text: string, index: number): boolean {
	let i = index - 1;
	while (i >= 0) {
		const ch = text[i]!;
		if (' \t“"‘\'*_([«>•·–—-'.includes(ch)) {
			i--;
			continue;
		}
		return '.!?:;\n\r'.includes(ch);
	}
	return true;
}
