/**
 * Pure part of the projects derivation: CNCF landscape + projects.manual.yaml → TaxonomyProject[].
 * The CLI (derive-projects.ts) does the file I/O; this module is what the tests exercise.
 */
import { parse } from 'yaml';
import type { CncfStatus, TaxonomyProject } from '../../src/lib/ingest/types';

interface LandscapeItem {
	name: string;
	homepage_url?: string;
	project?: string;
	extra?: { accepted?: string; incubating?: string; graduated?: string };
}

interface Located {
	item: LandscapeItem;
	category: string;
	subcategory: string;
}

export interface ManualEntry {
	landscape?: string;
	id?: string;
	name?: string;
	aliases?: string[];
	category?: string;
	subcategory?: string;
	homepage?: string | null;
	ambiguous?: boolean | string[];
	/**
	 * Words that mark an ambiguous name as another thing of that name (needs `ambiguous`):
	 * "weaveworks" beside "Loki" is Weaveworks' tracer of 2016–17, not Grafana Loki.
	 */
	others?: string[];
	/** Aliases derived from the landscape that would match ordinary words ("Serverless", "SAM"). */
	drop_aliases?: string[];
}

/**
 * Context words every ambiguous project of a subcategory gets, on top of its own. Kept to
 * words that rarely occur in a recap unless the tool is meant.
 */
export const SUBCATEGORY_CONTEXT: Record<string, string[]> = {
	'Automation & Configuration': ['configuration management', 'infrastructure as code', 'iac'],
	'Container Registry': ['container registry', 'image registry'],
	'Security & Compliance': ['security', 'vulnerability', 'vulnerabilities', 'compliance'],
	'Key Management': ['secrets management', 'key management'],
	'Cloud Native Storage': ['storage', 'persistent volume', 'persistent volumes'],
	'Container Runtime': ['container runtime', 'runtime'],
	'Cloud Native Network': ['cni', 'networking', 'network policy'],
	'Scheduling & Orchestration': ['orchestration', 'scheduler', 'scheduling'],
	'Coordination & Service Discovery': ['service discovery', 'coordination'],
	'Remote Procedure Call': ['rpc'],
	'Service Proxy': ['proxy', 'load balancer', 'load balancing'],
	'API Gateway': ['api gateway', 'ingress'],
	'Service Mesh': ['service mesh', 'sidecar', 'sidecars'],
	Database: ['database', 'databases'],
	'Streaming & Messaging': ['messaging', 'streaming', 'message queue'],
	'Application Definition & Image Build': ['developer experience', 'image build'],
	'Continuous Integration & Delivery': ['ci/cd', 'continuous delivery', 'continuous integration'],
	'Chaos Engineering': ['chaos engineering', 'fault injection'],
	'Feature Flagging': ['feature flag', 'feature flags'],
	Observability: ['observability', 'monitoring', 'metrics'],
	'Hosted Platform': ['serverless', 'faas'],
	'Installable Platform': ['serverless', 'faas']
};

const STATUSES = new Set(['sandbox', 'incubating', 'graduated', 'archived']);

export function slugify(name: string): string {
	return name
		.toLowerCase()
		.replace(/\+/g, 'plus')
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** "Open Policy Agent (OPA)" → name "Open Policy Agent", alias "OPA". */
function splitParenthetical(name: string): { base: string; extra: string[] } {
	const m = /^(.*?)\s*\(([^)]+)\)\s*$/.exec(name);
	return m && m[1] ? { base: m[1], extra: [m[2] as string] } : { base: name, extra: [] };
}

function indexLandscape(text: string): Map<string, Located> {
	const doc = parse(text) as { landscape?: unknown };
	if (!Array.isArray(doc?.landscape))
		throw new Error('landscape file: no top-level `landscape:` list');
	const byName = new Map<string, Located>();
	for (const c of doc.landscape as { name: string; subcategories?: unknown[] }[]) {
		for (const s of (c.subcategories ?? []) as { name: string; items?: LandscapeItem[] }[]) {
			for (const item of s.items ?? []) {
				// An item listed twice (e.g. also under an AI category) keeps its first home.
				if (!byName.has(item.name))
					byName.set(item.name, { item, category: c.name, subcategory: s.name });
			}
		}
	}
	return byName;
}

function date(v: string | undefined): string | null {
	return typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? v : null;
}

function fromLandscape({ item, category, subcategory }: Located): TaxonomyProject {
	const { base, extra } = splitParenthetical(item.name);
	const status = STATUSES.has(item.project ?? '') ? (item.project as CncfStatus) : null;
	return {
		id: slugify(base),
		name: base,
		aliases: extra,
		category,
		subcategory,
		cncf_status: status,
		accepted: status ? date(item.extra?.accepted) : null,
		incubating: status ? date(item.extra?.incubating) : null,
		graduated: status ? date(item.extra?.graduated) : null,
		homepage: item.homepage_url ?? null
	};
}

function applyOverrides(p: TaxonomyProject, e: ManualEntry): TaxonomyProject {
	const dropped = new Set((e.drop_aliases ?? []).map((a) => a.toLowerCase()));
	const out: TaxonomyProject = {
		...p,
		id: e.id ?? p.id,
		name: e.name ?? p.name,
		// The landscape's own spelling stays findable when the display name changes.
		aliases: [
			...(e.name && e.name !== p.name ? [p.name] : []),
			...p.aliases,
			...(e.aliases ?? [])
		].filter((a) => !dropped.has(a.toLowerCase())),
		category: e.category ?? p.category,
		subcategory: e.subcategory ?? p.subcategory,
		homepage: e.homepage !== undefined ? e.homepage : p.homepage
	};
	if (e.ambiguous) {
		const own = Array.isArray(e.ambiguous) ? e.ambiguous : [];
		const words = [...own, ...(SUBCATEGORY_CONTEXT[out.subcategory] ?? [])];
		out.ambiguous = { context: [...new Set(words.map((w) => w.toLowerCase()))].sort() };
		if (e.others?.length)
			out.ambiguous.others = [...new Set(e.others.map((w) => w.toLowerCase()))].sort();
	} else if (e.others?.length) {
		out.others = [...new Set(e.others.map((w) => w.toLowerCase()))].sort();
	}
	return out;
}

function standalone(e: ManualEntry, errors: string[]): TaxonomyProject | null {
	const missing = (['id', 'name', 'category', 'subcategory'] as const).filter((k) => !e[k]);
	if (missing.length) {
		errors.push(`projects.manual.yaml: entry ${e.id ?? e.name ?? '?'} lacks ${missing.join(', ')}`);
		return null;
	}
	const base: TaxonomyProject = {
		id: e.id as string,
		name: e.name as string,
		aliases: [],
		category: e.category as string,
		subcategory: e.subcategory as string,
		cncf_status: null,
		accepted: null,
		incubating: null,
		graduated: null,
		homepage: e.homepage ?? null
	};
	return applyOverrides(base, { ...e, name: undefined });
}

/** Drops aliases equal to the name or repeated (case-insensitively), keeping first spellings. */
function tidyAliases(p: TaxonomyProject): TaxonomyProject {
	const seen = new Set([p.name.toLowerCase()]);
	const aliases = p.aliases.filter((a) => {
		const k = a.toLowerCase();
		if (seen.has(k)) return false;
		seen.add(k);
		return true;
	});
	return { ...p, aliases };
}

function checkUnique(projects: TaxonomyProject[], errors: string[]): void {
	const ids = new Set<string>();
	const owner = new Map<string, string>();
	for (const p of projects) {
		if (ids.has(p.id)) errors.push(`duplicate project id ${p.id}`);
		ids.add(p.id);
		for (const term of [p.name, ...p.aliases]) {
			const k = term.toLowerCase();
			const prev = owner.get(k);
			if (prev && prev !== p.id) errors.push(`"${term}" names both ${prev} and ${p.id}`);
			else owner.set(k, p.id);
		}
	}
}

/** Merges the landscape and the manual file; `errors` is empty when the result is usable. */
export function deriveProjects(
	landscapeText: string,
	manualText: string
): { projects: TaxonomyProject[]; errors: string[] } {
	const errors: string[] = [];
	const landscape = indexLandscape(landscapeText);
	const manual = ((parse(manualText) as { projects?: ManualEntry[] })?.projects ?? []).filter(
		(e): e is ManualEntry => e !== null && typeof e === 'object'
	);
	const byLandscapeName = new Map<string, ManualEntry>();
	for (const e of manual) {
		if (!e.landscape) continue;
		if (!landscape.has(e.landscape))
			errors.push(`projects.manual.yaml: "${e.landscape}" is not an item of the landscape`);
		if (byLandscapeName.has(e.landscape))
			errors.push(`projects.manual.yaml: "${e.landscape}" is listed twice`);
		byLandscapeName.set(e.landscape, e);
	}
	const projects: TaxonomyProject[] = [];
	for (const [name, located] of landscape) {
		const entry = byLandscapeName.get(name);
		if (!located.item.project || !STATUSES.has(located.item.project)) {
			if (!entry) continue;
		}
		const base = fromLandscape(located);
		projects.push(tidyAliases(entry ? applyOverrides(base, entry) : base));
	}
	for (const e of manual) {
		if (e.landscape) continue;
		const p = standalone(e, errors);
		if (p) projects.push(tidyAliases(p));
	}
	projects.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	checkUnique(projects, errors);
	return { projects, errors };
}
