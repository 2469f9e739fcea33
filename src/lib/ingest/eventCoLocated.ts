/**
 * Gatherings held beside a conference edition (its co-located days, summits and community events):
 * the edition a gathering named without a place or a date belongs to, and the catalog edition the
 * document's evidence clearly favours.
 */
import type { CatalogEvent } from './types';
import type { Ctx } from './eventContext';
import { eventYear } from './eventRows';

/** The year of the catalog edition the document's evidence clearly favours. */
export function namedEditionYear(ctx: Ctx): number | null {
	const host = bestEdition(ctx, null);
	return host ? eventYear(host) : null;
}

/** The catalog edition (of `year`, if given) the evidence scores clearly above the others. */
function bestEdition(ctx: Ctx, year: number | null): CatalogEvent | null {
	const scored = [...ctx.evidence.scores]
		.map(([id, s]) => ({ e: ctx.index.byId.get(id), score: s.score }))
		.filter((x): x is { e: CatalogEvent; score: number } => {
			return x.e !== undefined && x.score > 0 && (year === null || eventYear(x.e) === year);
		})
		.sort((a, b) => b.score - a.score);
	const best = scored[0];
	if (!best || (scored[1] && scored[1].score * 1.25 >= best.score)) return null;
	return best.e;
}

/**
 * Gatherings held beside a KubeCon (its "Day 0"): the CNCF's co-located days and summits, and the
 * community events that follow it from city to city.
 */
const CO_LOCATED_NAME =
	/\b(?:ServiceMeshCon|GitOpsCon|EnvoyCon|BackstageCon|FluentCon|PrometheusDay|WasmDay|Rejekts|eBPF Day|Wasm Day|Contributor Summit|OpenShift Commons|Security Day|Serverless Practitioners Summit|Telco Day|Edge Day|Kubernetes AI Day|Knative Day|Linkerd Day|Cilium Day|Multi-Tenancy Con)\b/i;
const CO_LOCATED_CUE = /\bco-?located\b|\bday[ -]?(?:0|zero)\b|\bpre-?(?:conference|event) day\b/i;

/**
 * The catalog edition a gathering named without a place was held beside ("ServiceMeshCon",
 * "the Kubernetes Contributor Summit", in a recap of KubeCon NA 2019): the edition of that year
 * the document is about, when the name is one of the usual co-located days, or when a passage
 * that names it says it was co-located. Its city is the gathering's.
 */
export function coLocatedHost(ctx: Ctx, name: string, year: number): CatalogEvent | null {
	if (!CO_LOCATED_NAME.test(name) && !saidCoLocated(ctx, name)) return null;
	const host = namedHost(ctx, name, year) ?? bestEdition(ctx, year);
	return host?.city ? host : null;
}

/** Per document and gathering: the edition a text names as its host (null: none named). */
const NAMED_HOSTS = new WeakMap<Ctx, Map<string, CatalogEvent | null>>();

/**
 * "EnvoyCon 2019 (co-located with KubeCon NA 2019)": the one catalog edition of `year` that a
 * heading or passage saying the gathering was co-located names beside it.
 */
function namedHost(ctx: Ctx, name: string, year: number): CatalogEvent | null {
	let known = NAMED_HOSTS.get(ctx);
	if (!known) NAMED_HOSTS.set(ctx, (known = new Map()));
	const key = `${name}\u0000${year}`;
	const had = known.get(key);
	if (had !== undefined) return had;
	let host: CatalogEvent | null = null;
	const look = (t: string | null) => {
		if (host || t === null || !t.includes(name) || !CO_LOCATED_CUE.test(t)) return;
		const ids = new Set<string>();
		for (const r of ctx.index.findRefs(t))
			for (const id of r.generic ? [] : r.candidates) {
				const e = ctx.index.byId.get(id);
				if (e && eventYear(e) === year && r.candidates.length === 1) ids.add(id);
			}
		if (ids.size === 1) host = ctx.index.byId.get([...ids][0]!) ?? null;
	};
	look(ctx.doc.title);
	for (const s of ctx.doc.sections) {
		look(s.heading);
		for (const p of s.passages) look(p.text);
	}
	known.set(key, host);
	return host;
}

/** A heading or passage that names the gathering and says it was co-located ("Day 0", …). */
function saidCoLocated(ctx: Ctx, name: string): boolean {
	// Once per name and document: every reference to the gathering asks.
	const known = (ctx.coLocated ??= new Map());
	let said = known.get(name);
	if (said === undefined) {
		const says = (t: string | null) => t !== null && t.includes(name) && CO_LOCATED_CUE.test(t);
		said =
			says(ctx.doc.title) ||
			ctx.doc.sections.some((s) => says(s.heading) || s.passages.some((p) => says(p.text)));
		known.set(name, said);
	}
	return said;
}
