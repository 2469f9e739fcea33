/**
 * Case rules for project aliases. Most names are safe in any case ("Kubernetes", "containerd"),
 * short acronyms must keep their case ("OPA" is not "opa"), and names that are also English
 * words ("Helm", "Vault", "kind") are ambiguous: context has to confirm them.
 */
import type { TaxonomyProject } from './types';

export type CaseRule = 'any' | 'exact' | 'exact-or-title' | 'ambiguous' | 'phrase';

/**
 * Tool names that are everyday English words. The taxonomy flags the important ones
 * (`ambiguous`); this list is the safety net for the rest.
 */
const COMMON_WORDS = new Set(
	(
		'ambassador backstage beam brigade buildpacks calico canal chaos chef clair compose conduit consul ' +
		'contour cortex draft drone dragonfly emissary envoy falco firecracker fission flannel flux ' +
		'garden gatekeeper graphite harbor harbour helm kind kong lambda lens litmus longhorn machine ' +
		'nomad notary octant operator packer parsec porter puppet pulsar quay rancher rook salt sentry ' +
		'serverless singularity spark spire stash storm swagger swarm telepresence teleport tempo tilt ' +
		'vagrant vault vector volcano weave'
	).split(' ')
);

/**
 * Names made of ordinary words that prose uses as ordinary phrases: "a serverless workflow",
 * "a logging operator", "service mesh performance". Written in lower case they are the phrase;
 * the project is written with capitals ("Serverless Workflow") or defined by its acronym.
 * "Kubernetes in Docker" is kind's long name and an everyday phrase too ("Kubernetes in Docker
 * Desktop"): its own spelling ("Kubernetes IN Docker") or the short name beside it marks it.
 * ("chaos mesh", "network service mesh", "open policy agent" are no everyday phrases: not here.)
 */
const COMMON_PHRASES = new Set([
	'artifact hub',
	'chaos toolkit',
	'cloud build',
	'confidential containers',
	'container linux',
	'event hubs',
	'kubernetes in docker',
	'logging operator',
	'open cluster management',
	'open service mesh',
	'open telemetry',
	'operator framework',
	'relational database service',
	'serverless application model',
	'serverless framework',
	'serverless workflow',
	'service fabric',
	'service mesh interface',
	'service mesh performance',
	'the update framework'
]);

const KATAKANA_ONLY = /^[\p{Script=Katakana}ー・]+$/u;

export function aliasCaseRule(alias: string, project: TaxonomyProject): CaseRule {
	// "ヘルム", "エンボイ": a name written in Katakana is no English word, whatever the project.
	if (KATAKANA_ONLY.test(alias)) return 'any';
	// "docker-compose", "Kubernetes-in-Docker": words joined by hyphens are no English word.
	const single = !/[\s-]/.test(alias);
	const lower = alias.toLowerCase();
	// "envoyproxy", "FluxCD", "LitmusChaos": the name run on into more is no English word.
	const name = project.name.toLowerCase();
	const extendsName = lower.length > name.length && lower.startsWith(name);
	if (single && !extendsName && (project.ambiguous || COMMON_WORDS.has(lower))) return 'ambiguous';
	if (!single && COMMON_PHRASES.has(lower)) return 'phrase';
	const letters = alias.replace(/[^\p{L}]/gu, '');
	if (letters.length > 0 && letters === letters.toUpperCase() && /\p{Lu}/u.test(letters)) {
		// "CRI-O", "RKE2", "M3DB": an acronym with a hyphen or a digit in it is no word in any
		// case, and its project's own files and commands write it in lower case ("cri-o", "rke2").
		if (alias.length >= 4 && /[\d-]/.test(alias)) return 'any';
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

/** Whether text[start, end) is written in a case the alias's rule accepts. */
export function caseAllows(
	rule: CaseRule,
	alias: string,
	text: string,
	start: number,
	end: number,
	name = alias
): boolean {
	if (rule === 'any' || rule === 'ambiguous') return true;
	const surface = text.slice(start, end);
	if (rule === 'phrase')
		return (
			capitalisedAsName(surface, alias) ||
			definedByAcronym(text, alias, end) ||
			besideShortName(text, name, start, end)
		);
	if (rule === 'exact') return surface === alias;
	return (
		surface === alias ||
		surface === alias[0] + alias.slice(1).toLowerCase() ||
		surface === alias.toUpperCase()
	);
}

/** Small words a title leaves in lower case ("the Update Framework"). */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'and', 'for', 'in', 'of', 'on', 'the', 'to']);

/**
 * "Serverless Workflow", "SERVERLESS WORKFLOW", "the Update Framework", "Kubernetes IN Docker":
 * each word a name's. A small word inside the name must be capitalised too ("Kubernetes in
 * Docker" is how prose writes the phrase).
 */
function capitalisedAsName(surface: string, alias: string): boolean {
	const words = surface.split(/\s+/);
	const names = alias.split(/\s+/);
	if (words.length !== names.length) return false;
	return words.every((w, k) => {
		const name = names[k]!;
		if (w === name.toUpperCase()) return true;
		if (w === name) return k === 0 || !TITLE_SMALL_WORDS.has(w);
		return k === 0 && TITLE_SMALL_WORDS.has(w) && w === name.toLowerCase();
	});
}

/** "Kubernetes in Docker (kind)", "kind (Kubernetes in Docker)": the project's short name. */
function besideShortName(text: string, name: string, start: number, end: number): boolean {
	if (name.includes(' ')) return false;
	const after = text.slice(end, end + name.length + 4);
	if (after.startsWith(` (${name})`) || after.startsWith(`(${name})`)) return true;
	const before = text.slice(Math.max(0, start - name.length - 3), start);
	return before.endsWith(`${name} (`) || before.endsWith(`${name}(`);
}

const ACRONYM_AFTER = /^[ \t]*\((?:(?:a[ \t]+)?(?:cncf|CNCF)\b|(\p{Lu}{2,6})\))/u;

/**
 * "the service mesh interface (SMI)", "serverless workflow (CNCF sandbox)": a phrase followed by
 * its own acronym or the CNCF's name is being named as the project.
 */
function definedByAcronym(text: string, alias: string, end: number): boolean {
	if (text.charCodeAt(end) !== 32 && text.charCodeAt(end) !== 40) return false;
	const m = ACRONYM_AFTER.exec(text.slice(end, end + 16));
	if (!m) return false;
	if (!m[1]) return true;
	const initials = alias
		.split(/\s+/)
		.map((w) => w[0]!)
		.join('')
		.toUpperCase();
	return m[1] === initials;
}
