/**
 * Loads the reference data (data/taxonomy/*.yaml, data/corpus/sources.yaml) from YAML text.
 * Every entry is checked; a broken entry is dropped with an 'error' warning naming the file, the
 * entry and the field, and the rest is kept, so one typo never takes the catalog down.
 * Pure: callers read the files (Node scripts) or fetch them (browser).
 */
import { parseDocument } from 'yaml';
import { isIsoDate } from './dates';
import type {
	CatalogEvent,
	CncfStatus,
	IngestWarning,
	PlannedEdition,
	Taxonomy,
	TaxonomyProject,
	TaxonomyTheme
} from './types';

/** The theme ids shareable URLs depend on: exactly these, in display order. */
export const REQUIRED_THEME_IDS = [
	'containers-runtimes',
	'microservices',
	'service-mesh',
	'networking',
	'observability',
	'security',
	'gitops-cd',
	'serverless',
	'platform-engineering',
	'multi-cluster',
	'reliability-sre',
	'storage-data',
	'ml-ai',
	'community',
	'config-iac'
] as const;
export type ThemeId = (typeof REQUIRED_THEME_IDS)[number];

export const TAXONOMY_FILES = {
	events: 'data/taxonomy/events.yaml',
	projects: 'data/taxonomy/projects.yaml',
	themes: 'data/taxonomy/themes.yaml'
} as const;
export const SOURCES_FILE = 'data/corpus/sources.yaml';

const SERIES = ['kubecon', 'dockercon', 'other'];
const EVENT_FORMATS = ['in-person', 'virtual', 'hybrid'];
const CNCF_STATUSES = ['sandbox', 'incubating', 'graduated', 'archived'];
const EVENT_KEYS = ['id', 'name', 'series', 'region', 'start_date', 'end_date', 'city', 'country'];
const PROJECT_KEYS = ['id', 'name', 'aliases', 'category', 'subcategory', 'cncf_status'];
const ID_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

type Obj = Record<string, unknown>;

/** Collects the problems of one entry; `fail` marks the entry as unusable. */
class Checker {
	failed = false;
	constructor(
		private file: string,
		private label: string,
		private out: IngestWarning[]
	) {}
	warn(message: string, severity: 'warning' | 'error' = 'warning'): void {
		this.out.push({ file: this.file, severity, message: `${this.label}: ${message}` });
	}
	fail(message: string): void {
		this.failed = true;
		this.warn(`${message}; entry dropped`, 'error');
	}
}

function isObj(v: unknown): v is Obj {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function text(v: unknown): string | null {
	return typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
}

/** Parses YAML; a syntax error becomes one 'error' warning (with line) and yields undefined. */
function load(src: string, file: string, out: IngestWarning[]): unknown {
	const doc = parseDocument(src, { prettyErrors: true, uniqueKeys: true });
	if (doc.errors.length > 0) {
		for (const e of doc.errors)
			out.push({ file, severity: 'error', message: `invalid YAML: ${e.message.split('\n')[0]}` });
		return undefined;
	}
	return doc.toJS();
}

function entryLabel(kind: string, raw: unknown, index: number): string {
	const id = isObj(raw) && typeof raw.id === 'string' && raw.id ? raw.id : null;
	return id ? `${kind} "${id}"` : `${kind} #${index + 1} (no id)`;
}

function listOf(v: unknown, file: string, out: IngestWarning[], kind: string): unknown[] {
	if (v === undefined || v === null) return [];
	if (Array.isArray(v)) return v;
	out.push({
		file,
		severity: 'error',
		message: `expected a YAML list of ${kind}, got ${typeof v}`
	});
	return [];
}

function checkId(raw: Obj, c: Checker): string {
	if (typeof raw.id !== 'string' || !ID_RE.test(raw.id))
		c.fail(`id ${JSON.stringify(raw.id ?? null)} is missing or not a lower-case slug`);
	return String(raw.id ?? '');
}

function checkEnum(raw: Obj, key: string, allowed: string[], c: Checker): void {
	if (!allowed.includes(raw[key] as string))
		c.fail(`${key} ${JSON.stringify(raw[key] ?? null)} is not one of ${allowed.join(' | ')}`);
}

function stringList(raw: Obj, key: string, c: Checker): string[] {
	const v = raw[key];
	if (v === undefined || v === null) return [];
	if (!Array.isArray(v)) {
		c.warn(`${key} should be a list of strings; ignored`);
		return [];
	}
	const good = v.filter((a): a is string => typeof a === 'string' && a.trim() !== '');
	if (good.length !== v.length)
		c.warn(`${key} has ${v.length - good.length} non-text item(s); ignored`);
	return good.map((a) => a.trim());
}

function unknownKeys(raw: Obj, known: string[], c: Checker): void {
	for (const k of Object.keys(raw)) if (!known.includes(k)) c.warn(`unknown field "${k}" ignored`);
}

function nullableText(raw: Obj, key: string, c: Checker): string | null {
	const v = raw[key];
	if (v === undefined || v === null) return null;
	if (typeof v !== 'string') c.warn(`${key} should be text or null; ignored`);
	return text(v);
}

function parseEvent(raw: unknown, i: number, out: IngestWarning[]): CatalogEvent | null {
	const c = new Checker(TAXONOMY_FILES.events, entryLabel('event', raw, i), out);
	if (!isObj(raw)) return (c.fail('not a mapping'), null);
	const id = checkId(raw, c);
	if (!text(raw.name)) c.fail('name is missing');
	checkEnum(raw, 'series', SERIES, c);
	checkEnum(raw, 'format', EVENT_FORMATS, c);
	if (!text(raw.region)) c.fail('region is missing');
	for (const k of ['start_date', 'end_date'])
		if (!isIsoDate(raw[k]))
			c.fail(`${k} ${JSON.stringify(raw[k] ?? null)} is not a date (YYYY-MM-DD)`);
	if (!c.failed && (raw.start_date as string) > (raw.end_date as string))
		c.fail(`end_date ${raw.end_date} is before start_date ${raw.start_date}`);
	unknownKeys(raw, [...EVENT_KEYS, 'format', 'aliases', 'planned'], c);
	const planned = raw.planned === undefined ? undefined : parsePlanned(raw.planned, c);
	if (c.failed) return null;
	return {
		...(planned ? { planned } : {}),
		id,
		name: text(raw.name) as string,
		series: raw.series as CatalogEvent['series'],
		region: text(raw.region) as string,
		start_date: raw.start_date as string,
		end_date: raw.end_date as string,
		city: nullableText(raw, 'city', c),
		country: nullableText(raw, 'country', c),
		format: raw.format as CatalogEvent['format'],
		aliases: stringList(raw, 'aliases', c)
	};
}

/** `planned:` a city, a country and days (each optional) an edition held otherwise had. */
function parsePlanned(raw: unknown, c: Checker): PlannedEdition | undefined {
	if (!isObj(raw)) return (c.warn('planned should be a mapping; ignored'), undefined);
	unknownKeys(raw, ['city', 'country', 'start_date', 'end_date'], c);
	const p = {
		city: nullableText(raw, 'city', c),
		country: nullableText(raw, 'country', c),
		start_date: optionalDate(raw, 'start_date', c),
		end_date: optionalDate(raw, 'end_date', c)
	};
	if ((p.start_date === null) !== (p.end_date === null) || p.start_date! > p.end_date!) {
		c.warn('planned start_date and end_date should both be given, in order; ignored');
		p.start_date = p.end_date = null;
	}
	return p;
}

function optionalDate(raw: Obj, key: string, c: Checker): string | null {
	const v = raw[key];
	if (v === undefined || v === null) return null;
	if (isIsoDate(v)) return v;
	c.warn(`${key} ${JSON.stringify(v)} is not a date (YYYY-MM-DD); ignored`, 'error');
	return null;
}

function parseProject(raw: unknown, i: number, out: IngestWarning[]): TaxonomyProject | null {
	const c = new Checker(TAXONOMY_FILES.projects, entryLabel('project', raw, i), out);
	if (!isObj(raw)) return (c.fail('not a mapping'), null);
	const id = checkId(raw, c);
	for (const k of ['name', 'category', 'subcategory']) if (!text(raw[k])) c.fail(`${k} is missing`);
	const status = raw.cncf_status ?? null;
	if (status !== null && !CNCF_STATUSES.includes(status as string))
		c.fail(
			`cncf_status ${JSON.stringify(status)} is not one of null | ${CNCF_STATUSES.join(' | ')}`
		);
	unknownKeys(
		raw,
		[...PROJECT_KEYS, 'accepted', 'incubating', 'graduated', 'homepage', 'ambiguous', 'others'],
		c
	);
	if (c.failed) return null;
	const dates = {
		accepted: optionalDate(raw, 'accepted', c),
		incubating: optionalDate(raw, 'incubating', c),
		graduated: optionalDate(raw, 'graduated', c)
	};
	if (status === null && (dates.accepted || dates.incubating || dates.graduated))
		c.warn('has CNCF dates but no cncf_status');
	if (status === 'graduated' && !dates.graduated) c.warn('is graduated but has no graduated date');
	const order = [dates.accepted, dates.incubating, dates.graduated].filter((d) => d !== null);
	if (order.some((d, k) => k > 0 && d < (order[k - 1] as string)))
		c.warn('CNCF dates are out of order (accepted ≤ incubating ≤ graduated)');
	const homepage = nullableText(raw, 'homepage', c);
	if (homepage && !/^https?:\/\//.test(homepage))
		c.warn(`homepage "${homepage}" is not an http(s) URL`);
	const project: TaxonomyProject = {
		id,
		name: text(raw.name) as string,
		aliases: stringList(raw, 'aliases', c),
		category: text(raw.category) as string,
		subcategory: text(raw.subcategory) as string,
		cncf_status: status as CncfStatus,
		...dates,
		homepage: homepage && /^https?:\/\//.test(homepage) ? homepage : null
	};
	if (raw.ambiguous !== undefined && raw.ambiguous !== null) {
		// Broken context must not turn an ambiguous word into an always-counted one: keep the flag.
		const amb = isObj(raw.ambiguous) ? raw.ambiguous : {};
		if (!isObj(raw.ambiguous) || !Array.isArray(amb.context))
			c.warn('ambiguous should be { context: [words…] }; kept as ambiguous with no context words');
		project.ambiguous = { context: stringList(amb, 'context', c).map((w) => w.toLowerCase()) };
		if (isObj(raw.ambiguous) && amb.others !== undefined)
			project.ambiguous.others = stringList(amb, 'others', c).map((w) => w.toLowerCase());
	}
	if (raw.others !== undefined && raw.others !== null)
		project.others = stringList(raw, 'others', c).map((w) => w.toLowerCase());
	return project;
}

function parseTheme(raw: unknown, i: number, out: IngestWarning[]): TaxonomyTheme | null {
	const c = new Checker(TAXONOMY_FILES.themes, entryLabel('theme', raw, i), out);
	if (!isObj(raw)) return (c.fail('not a mapping'), null);
	const id = checkId(raw, c);
	if (!c.failed && !(REQUIRED_THEME_IDS as readonly string[]).includes(id))
		c.fail(
			`id is not one of the ${REQUIRED_THEME_IDS.length} theme ids (${REQUIRED_THEME_IDS.join(', ')})`
		);
	if (!text(raw.name)) c.fail('name is missing');
	if (!isObj(raw.lexicon)) c.fail('lexicon is missing (a mapping of term → weight)');
	unknownKeys(raw, ['id', 'name', 'description', 'lexicon', 'categories', 'projects'], c);
	if (c.failed) return null;
	const lexicon: Record<string, number> = {};
	for (const [term, w] of Object.entries(raw.lexicon as Obj)) {
		if (typeof w !== 'number' || !(w > 0 && w <= 1))
			c.warn(`lexicon "${term}": weight ${JSON.stringify(w)} not in (0, 1]; term ignored`);
		else lexicon[term.trim().toLowerCase()] = w;
	}
	if (Object.keys(lexicon).length === 0) c.warn('lexicon has no usable terms', 'error');
	return {
		id,
		name: text(raw.name) as string,
		description: text(raw.description) ?? '',
		lexicon,
		categories: stringList(raw, 'categories', c),
		projects: stringList(raw, 'projects', c)
	};
}

/** Drops repeated ids, and names/aliases that another entry already claims (first one wins). */
function dedupe<T extends { id: string; name: string; aliases?: string[] }>(
	items: T[],
	file: string,
	kind: string,
	out: IngestWarning[]
): T[] {
	const ids = new Set<string>();
	const owner = new Map<string, string>();
	const kept: T[] = [];
	for (const item of items) {
		const err = (message: string) =>
			out.push({ file, severity: 'error', message: `${kind} "${item.id}": ${message}` });
		if (ids.has(item.id)) {
			err('duplicate id; entry dropped');
			continue;
		}
		const nameOwner = owner.get(item.name.toLowerCase());
		if (nameOwner) {
			err(`name "${item.name}" already names ${kind} "${nameOwner}"; entry dropped`);
			continue;
		}
		ids.add(item.id);
		owner.set(item.name.toLowerCase(), item.id);
		const aliases: string[] = [];
		for (const a of item.aliases ?? []) {
			const k = a.toLowerCase();
			const prev = owner.get(k);
			if (prev === item.id) continue;
			if (prev) err(`alias "${a}" already names ${kind} "${prev}"; alias dropped`);
			else {
				owner.set(k, item.id);
				aliases.push(a);
			}
		}
		kept.push(item.aliases ? { ...item, aliases } : item);
	}
	return kept;
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

export function parseTaxonomy(files: { events: string; projects: string; themes: string }): {
	taxonomy: Taxonomy;
	warnings: IngestWarning[];
} {
	const warnings: IngestWarning[] = [];
	const F = TAXONOMY_FILES;
	const rawEvents = listOf(load(files.events, F.events, warnings), F.events, warnings, 'events');
	const events = dedupe(
		rawEvents.map((r, i) => parseEvent(r, i, warnings)).filter((e) => e !== null),
		F.events,
		'event',
		warnings
	).sort((a, b) =>
		a.start_date < b.start_date ? -1 : a.start_date > b.start_date ? 1 : byId(a, b)
	);

	const rawProjects = listOf(
		load(files.projects, F.projects, warnings),
		F.projects,
		warnings,
		'projects'
	);
	const projects = dedupe(
		rawProjects.map((r, i) => parseProject(r, i, warnings)).filter((p) => p !== null),
		F.projects,
		'project',
		warnings
	).sort(byId);

	const rawThemes = listOf(load(files.themes, F.themes, warnings), F.themes, warnings, 'themes');
	const parsedThemes = rawThemes
		.map((r, i) => parseTheme(r, i, warnings))
		.filter((t) => t !== null);
	const themes = dedupe(parsedThemes, F.themes, 'theme', warnings).sort(
		(a, b) =>
			REQUIRED_THEME_IDS.indexOf(a.id as ThemeId) - REQUIRED_THEME_IDS.indexOf(b.id as ThemeId)
	);
	const present = new Set(themes.map((t) => t.id));
	for (const id of REQUIRED_THEME_IDS)
		if (!present.has(id))
			warnings.push({ file: F.themes, severity: 'error', message: `theme "${id}" is missing` });
	const known = new Set(
		projects.flatMap((p) => [p.category.toLowerCase(), p.subcategory.toLowerCase()])
	);
	for (const t of themes)
		for (const cat of t.categories ?? [])
			if (projects.length > 0 && !known.has(cat.toLowerCase()))
				warnings.push({
					file: F.themes,
					severity: 'warning',
					message: `theme "${t.id}": category "${cat}" is no project's category or subcategory`
				});
	const ids = new Set(projects.map((p) => p.id));
	for (const t of themes)
		for (const id of t.projects ?? [])
			if (projects.length > 0 && !ids.has(id))
				warnings.push({
					file: F.themes,
					severity: 'warning',
					message: `theme "${t.id}": project "${id}" is not in the project list`
				});
	return { taxonomy: { events, projects, themes }, warnings };
}

export { parseSourcesManifest, type SourceManifestEntry } from './sourcesManifest';
