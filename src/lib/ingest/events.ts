/**
 * Event attribution for one document. The document gets a default edition (front-matter
 * `event:`, the sources manifest, or scored evidence); a heading that names an edition switches
 * its section (and sub-sections); inside a section, a passage that names ANOTHER edition as
 * what it is about ("the DockerCon Europe 2014 keynote, by …", "at the March-2015 DevOps-Chicago
 * meetup") switches from there on, and so does a reference to a speaker of a talk already tied
 * to an edition ("Bridget’s talk…"). Passing references (future plans, comparisons) never
 * switch. A heading resets to its parent's edition or the document default.
 */
import type { CatalogEvent, EventRow, IngestWarning, ParsedDocument } from './types';
import { eventYear, type EventDescription, type EventIndex, type EventRef } from './eventRefs';
import { refRole, type RefRole } from './eventCues';
import { chooseDefault, collectEvidence, type DocEvidence } from './eventDefault';
import { externalRow } from './eventRows';
import { talkFromHeading } from './talkHeadings';
import { talksInPassage, type TalkCandidate } from './talks';
import { speakerMentions } from './speakerRefs';

export interface AttributedTalk {
	sectionIndex: number;
	title: string;
	speakers: string[];
	organizations: string[];
	eventId: string | null;
}

export interface AttributedDocument {
	sectionEvents: (string | null)[];
	passageEvents: { eventId: string | null; reason: string | null }[][];
	talks: AttributedTalk[];
	/** Editions outside the catalog that hold at least one passage. */
	createdEvents: EventRow[];
	warnings: IngestWarning[];
}

export interface AttributeOptions {
	/** Event ids the sources manifest lists for this document, main one first. */
	manifestEvents?: string[];
	/** Events created for earlier documents, so ids stay shared. */
	known?: Map<string, EventRow>;
}

interface Ctx {
	doc: ParsedDocument;
	index: EventIndex;
	evidence: DocEvidence;
	defaultId: string | null;
	defaultYear: number | null;
	rows: Map<string, EventRow>;
	/** Gatherings a heading or passage says were co-located, by name (see saidCoLocated). */
	coLocated?: Map<string, boolean>;
}

/** Headings of a digest's sections about anything else than the edition it covers. */
const OTHER_NEWS =
	/^(?:(?:in\s+)?other\s+(?:news|stories|links|reading|things)|elsewhere(?:\s+in\s+[\w\s-]{1,30})?|more\s+(?:news|links|reading)|also\s+(?:this|last)\s+(?:week|month)|around\s+the\s+(?:web|community|ecosystem)|miscellaneous|misc)\W*$/i;

/** The catalog series (KubeCon, DockerCon) the title, a heading or a passage names. */
function namedSeries(
	titleRefs: EventRef[],
	headingRefs: EventRef[][],
	passageRefs: { ref: EventRef }[][][]
): Set<string> {
	const out = new Set<string>();
	const add = (r: EventRef) => {
		if (r.series !== 'other') out.add(r.series);
	};
	titleRefs.forEach(add);
	for (const refs of headingRefs) refs.forEach(add);
	for (const section of passageRefs) for (const refs of section) for (const r of refs) add(r.ref);
	return out;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const NAME_WORD_BEFORE = /([A-Z][\w'’&.-]*)\s+$/;
const LEAD_WORD =
	/^(?:At|In|From|To|The|After|Before|Since|During|Like|Unlike|And|Or|But|Both|Than)$/;
const citiesCache = new WeakMap<
	EventIndex,
	{ names: string[]; longest: number; editions: Map<string, CatalogEvent[]> }
>();

/** The catalog's cities (lower case), and their editions: what a city and a year may name. */
function catalogCities(index: EventIndex) {
	let c = citiesCache.get(index);
	if (!c) {
		const editions = new Map<string, CatalogEvent[]>();
		for (const e of index.catalog) {
			if (!e.city) continue;
			const key = e.city.toLowerCase();
			editions.set(key, [...(editions.get(key) ?? []), e]);
		}
		const names = [...editions.keys()];
		c = { names, longest: Math.max(0, ...names.map((n) => n.length)), editions };
		citiesCache.set(index, c);
	}
	return c;
}

/** " 2019", " '19", " ’19": substring searches, much cheaper than a regex over every passage. */
function mayNameCityYear(text: string): boolean {
	return (
		text.includes(' 20') ||
		((text.includes("'") || text.includes('’')) && CITY_SHORT_YEAR_GATE.test(text))
	);
}
const CITY_SHORT_YEAR_GATE = / ['’][12]\d/;
const CITY_YEAR = /(?<=[ \t])(?:(20[12]\d)|['’]([12]\d))(?![A-Za-z0-9])/g;

/**
 * "Barcelona 2019 was my first KubeCon", "San Diego '19": in a document that names the series,
 * a catalog edition's city right before its year refers to that edition. Only passages that
 * name no edition otherwise are read.
 */
function addCityYearRefs(
	doc: ParsedDocument,
	index: EventIndex,
	series: Set<string>,
	passageRefs: { ref: EventRef; role: RefRole }[][][]
) {
	doc.sections.forEach((section, si) => {
		section.passages.forEach((p, pi) => {
			const text = p.text;
			const own = passageRefs[si]![pi]!;
			if (!mayNameCityYear(text) || own.some((r) => !r.ref.generic)) return;
			const found: { ref: EventRef; role: RefRole }[] = [];
			const byCity = catalogCities(index);
			for (const y of text.matchAll(CITY_YEAR)) {
				const year = y[1] ? Number(y[1]) : 2000 + Number(y[2]);
				const pre = text
					.slice(Math.max(0, y.index - 1 - byCity.longest), y.index - 1)
					.toLowerCase();
				let city: string | null = null;
				for (const name of byCity.names) if (pre.endsWith(name)) city = name;
				if (city === null || y.index - 1 - city.length < 0) continue;
				const cityStart = y.index - 1 - city.length;
				if (cityStart > 0 && LETTER_OR_DIGIT.test(text[cityStart - 1]!)) continue;
				// "Mobile World Congress Barcelona 2019": the city ends another name.
				const before = NAME_WORD_BEFORE.exec(text.slice(Math.max(0, cityStart - 30), cityStart));
				if (before && !LEAD_WORD.test(before[1]!)) continue;
				const editions = byCity.editions
					.get(city)!
					.filter((e) => series.has(e.series) && eventYear(e) === year);
				if (editions.length !== 1) continue;
				const e = editions[0]!;
				const end = y.index + y[0].length;
				const ref: EventRef = {
					start: cityStart,
					end,
					surface: text.slice(cityStart, end),
					series: e.series,
					candidates: [e.id],
					preferred: false,
					generic: false,
					external: null
				};
				found.push({ ref, role: refRole(text, ref.start, ref.end) });
			}
			if (found.length > 0)
				passageRefs[si]![pi] = [...own, ...found].sort((a, b) => a.ref.start - b.ref.start);
		});
	});
}

const NO_PASSAGE_REFS: { ref: EventRef; role: RefRole }[] = [];

export function attributeEvents(
	doc: ParsedDocument,
	index: EventIndex,
	options: AttributeOptions = {}
): AttributedDocument {
	const warnings: IngestWarning[] = [];
	const passageRefs = doc.sections.map((section) =>
		section.passages.map((p) => {
			const refs = index.findRefs(p.text);
			// Shared when empty (most passages): the lists are only read.
			if (refs.length === 0) return NO_PASSAGE_REFS;
			return refs.map((ref) => ({ ref, role: refRole(p.text, ref.start, ref.end) }));
		})
	);
	const headingRefs = doc.sections.map((s) => (s.heading ? index.findRefs(s.heading) : []));
	// Editions named by city and year ("Barcelona 2019") are read in documents that name a series
	// but whose title names no edition ("My three KubeCons"): where nothing else tells them apart.
	const titleRefs = doc.title ? index.findRefs(doc.title) : [];
	if (!titleRefs.some((r) => !r.generic)) {
		const series = namedSeries(titleRefs, headingRefs, passageRefs);
		if (series.size > 0) addCityYearRefs(doc, index, series, passageRefs);
	}
	const evidence = collectEvidence(doc, index, headingRefs, passageRefs);
	const rows = new Map<string, EventRow>();
	const ctx: Ctx = { doc, index, evidence, defaultId: null, defaultYear: null, rows };
	const publishedYear = doc.published ? Number(doc.published.slice(0, 4)) : null;

	let defaultReason: string | null = null;
	ctx.defaultYear = publishedYear;
	const explicit = explicitDefault(ctx, options, warnings);
	if (explicit) {
		ctx.defaultId = explicit;
	} else {
		const choice = chooseDefault(evidence);
		defaultReason = choice.reason;
		if (choice.winner) {
			// "ServiceMeshCon and KubeCon NA 2019": an undated gathering is in the year of the
			// edition the document names beside it.
			ctx.defaultYear = choice.winner.ref.external?.year ?? publishedYear ?? namedEditionYear(ctx);
			ctx.defaultId = idOf(ctx, choice.winner.ref, choice.winner.key);
		}
	}
	if (ctx.defaultId) ctx.defaultYear = yearOf(ctx, ctx.defaultId) ?? publishedYear;
	else ctx.defaultYear = publishedYear;

	const out: AttributedDocument = {
		sectionEvents: [],
		passageEvents: [],
		talks: [],
		createdEvents: [],
		warnings
	};
	const stack: { level: number; eventId: string | null }[] = [];
	const speakerEvents = new Map<string, string>();

	doc.sections.forEach((section, si) => {
		while (stack.length > 0 && stack[stack.length - 1]!.level >= section.level) stack.pop();
		const inherited = stack.length > 0 ? stack[stack.length - 1]!.eventId : ctx.defaultId;
		const headingId = section.heading
			? headingEvent(ctx, section.heading, headingRefs[si]!, inherited)
			: null;
		if (headingId && section.level > 0) stack.push({ level: section.level, eventId: headingId });
		// "Other news", "Elsewhere": a digest's section about everything but its edition.
		const elsewhere =
			!headingId && section.heading !== null && OTHER_NEWS.test(section.heading.trim());
		if (elsewhere && section.level > 0) stack.push({ level: section.level, eventId: null });
		let current = headingId ?? (elsewhere ? null : inherited);
		const sectionReason = elsewhere ? 'a digest section about other news names no event' : null;
		const home = current;
		const assigned: { eventId: string | null; reason: string | null }[] = [];
		let firstSwitch = -1;
		let quietLead = 0;

		section.passages.forEach((passage, pi) => {
			const text = passage.text;
			const refs = passageRefs[si]![pi]!;
			const talks = talksInPassage(text, passage.kind);
			const next = passageEvent(ctx, current, refs, talks, text, speakerEvents, home);
			if (refs.length === 0 && firstSwitch < 0) quietLead = pi + 1;
			if (next !== current && firstSwitch < 0 && pi > 0) firstSwitch = pi;
			current = next;
			assigned.push({
				eventId: current,
				reason: current ? null : (sectionReason ?? defaultReason ?? 'no event')
			});
			for (const t of talks) {
				const own = talkEvent(ctx, t, refs);
				const eventId = own ?? current;
				out.talks.push({ sectionIndex: si, ...pick(t), eventId });
				if (eventId) for (const s of t.speakers) rememberSpeaker(speakerEvents, s, eventId);
			}
		});
		// A section that opens with a few unmarked passages and then turns to another edition is
		// about that edition from its start ("Whale riding Docker…" then "the DockerCon … keynote").
		// (Not in a digest's other news: each item there is its own.)
		if (
			!headingId &&
			!elsewhere &&
			firstSwitch > 0 &&
			firstSwitch <= 2 &&
			quietLead >= firstSwitch
		) {
			const target = assigned[firstSwitch]!;
			for (let i = 0; i < firstSwitch; i++) assigned[i] = { ...target };
		}
		// A heading that names an edition ("DevOpsDays Berlin 2019") heads its notes, not a talk,
		// unless it names a speaker too ("Contributor summit: the hard parts – Jane Doe, Acme").
		const namesEdition = headingRefs[si]!.some((r) => !r.generic);
		const heading = section.heading
			? talkFromHeading(section.heading, section.kind === 'talk', section.passages)
			: null;
		const fromHeading = heading && (!namesEdition || heading.speakers.length > 0) ? heading : null;
		const sectionId =
			headingId ??
			majority(assigned.map((a) => a.eventId)) ??
			current ??
			(elsewhere ? null : inherited);
		if (fromHeading) {
			out.talks.push({ sectionIndex: si, ...fromHeading, eventId: sectionId });
			for (const s of fromHeading.speakers)
				if (sectionId) rememberSpeaker(speakerEvents, s, sectionId);
		}
		out.sectionEvents.push(sectionId);
		out.passageEvents.push(assigned);
	});

	const used = new Set<string | null>();
	for (const section of out.passageEvents) for (const p of section) used.add(p.eventId);
	out.createdEvents = [...rows.values()].filter((r) => used.has(r.id));
	out.talks = dedupeTalks(out.talks);
	for (const t of out.talks)
		if (t.eventId && rows.has(t.eventId) && !used.has(t.eventId)) t.eventId = null;
	return out;
}

function pick(t: TalkCandidate) {
	return { title: t.title, speakers: t.speakers, organizations: t.organizations };
}

function explicitDefault(
	ctx: Ctx,
	options: AttributeOptions,
	warnings: IngestWarning[]
): string | null {
	const value = ctx.doc.frontMatter.event?.trim();
	if (value) {
		const ref = ctx.index.resolveName(value);
		// An id-like value must be a catalog id; a free-text name may describe another gathering.
		const slugLike = /^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(value);
		if (ref && ref.candidates.length === 1) return ref.candidates[0]!;
		const described = slugLike ? null : (ref?.external ?? describeName(ctx, value));
		const year = described ? (described.year ?? ctx.defaultYear) : null;
		if (described && year !== null) {
			const row = externalRow({ ...described, year });
			addRow(ctx, row);
			return row.id;
		}
		warnings.push({
			file: ctx.doc.path,
			severity: 'warning',
			message: `front matter event "${value}" matches no event in the catalog${
				described ? ' and names no year' : ''
			}; attributing events from the text instead`
		});
	}
	for (const id of options.manifestEvents ?? []) {
		if (ctx.index.byId.has(id)) return id;
		const known = options.known?.get(id);
		if (known) {
			ctx.rows.set(id, known);
			return id;
		}
		break;
	}
	return null;
}

/** A free-text `event:` value ("DevOpsDays Chicago 2019") read as an edition outside the catalog. */
function describeName(ctx: Ctx, value: string): EventDescription | null {
	if (!/\p{L}{3}/u.test(value)) return null;
	const year = /\b((?:19|20)\d\d)\b/.exec(value);
	const city = ctx.index.places.find(value).find((p) => p.kind === 'city');
	return {
		name: value.replace(/\s+/g, ' '),
		series: 'other',
		year: year ? Number(year[1]) : null,
		month: null,
		city: city?.name ?? null,
		country: city?.country ?? null,
		region: null
	};
}

/** Turns a reference into an event id (creating the row for an edition outside the catalog). */
function idOf(ctx: Ctx, ref: EventRef, key?: string): string | null {
	if (ref.external) {
		const year = ref.external.year ?? ctx.defaultYear;
		if (year === null) return null;
		const host = ref.external.city === null ? coLocatedHost(ctx, ref.external.name, year) : null;
		const place = host ? { city: host.city ?? null, country: host.country ?? null } : {};
		const row = externalRow({ ...ref.external, ...place, year });
		addRow(ctx, row);
		return row.id;
	}
	if (key && ctx.index.byId.has(key)) return key;
	return ref.candidates[0] ?? null;
}

/** The year of the catalog edition the document's evidence clearly favours. */
function namedEditionYear(ctx: Ctx): number | null {
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
function coLocatedHost(ctx: Ctx, name: string, year: number): CatalogEvent | null {
	if (!CO_LOCATED_NAME.test(name) && !saidCoLocated(ctx, name)) return null;
	const host = bestEdition(ctx, year);
	return host?.city ? host : null;
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

/**
 * Keeps the first row made for an id, completed with the place a later reference gives ("All
 * Things Open 2019" in the title, "… 2019 in Raleigh" in the text).
 */
function addRow(ctx: Ctx, row: EventRow) {
	const had = ctx.rows.get(row.id);
	if (!had) ctx.rows.set(row.id, row);
	else if (had.city === null && row.city !== null && had.in_catalog === 0) {
		ctx.rows.set(row.id, { ...had, city: row.city, country: row.country ?? had.country });
	}
}

function yearOf(ctx: Ctx, id: string): number | null {
	const e = ctx.index.byId.get(id);
	if (e) return Number(e.start_date.slice(0, 4));
	return ctx.rows.get(id)?.year ?? null;
}

/** A specific reference → one event id, using the current edition and the document's evidence. */
function resolveRef(ctx: Ctx, ref: EventRef, current: string | null): string | null {
	if (ref.generic) return null;
	if (ref.external) return idOf(ctx, ref);
	const c = ref.candidates;
	if (c.length === 1) return c[0]!;
	if (current && c.includes(current)) return current;
	if (ctx.defaultId && c.includes(ctx.defaultId)) return ctx.defaultId;
	const scored = c
		.map((id) => ({ id, score: ctx.evidence.scores.get(id)?.score ?? 0 }))
		.sort((a, b) => b.score - a.score);
	if (scored[0] && scored[0].score > 0 && scored[0].score > (scored[1]?.score ?? 0) * 1.25)
		return scored[0].id;
	return ref.preferred ? c[0]! : null;
}

function headingEvent(
	ctx: Ctx,
	heading: string,
	refs: EventRef[],
	inherited: string | null
): string | null {
	for (const ref of refs) {
		if (refRole(heading, ref.start, ref.end) === 'passing') continue;
		const id = ref.generic ? seriesHeadingEvent(ctx, ref, inherited) : resolveRef(ctx, ref, null);
		if (id) return id;
	}
	return refs.length === 0 ? cityHeadingEvent(ctx, heading) : null;
}

/**
 * A heading that names only a series ("KubeCon") under an edition of something else (a
 * contributor summit, a co-located day): the edition of that series the document names most.
 */
function seriesHeadingEvent(ctx: Ctx, ref: EventRef, inherited: string | null): string | null {
	if (!inherited || seriesOf(ctx, inherited) === ref.series) return null;
	let best: { id: string; score: number } | null = null;
	for (const [id, s] of ctx.evidence.scores) {
		const e = ctx.index.byId.get(id);
		if (!e || e.series !== ref.series || s.score <= 0) continue;
		if (!best || s.score > best.score) best = { id, score: s.score };
	}
	return best?.id ?? null;
}

/** Words that may stand beside the city in a heading that names a place and nothing else. */
const PLACE_HEADING_FILLER =
	/^(?:in|at|the|day|days|part|week|recap|notes|highlights|edition|virtual|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)$/i;

/**
 * A heading that names a city and little else ("Barcelona (May)", "Day 2 in Shanghai", "2019:
 * Barcelona"), in a document about a conference series: the one edition of that series held
 * there in the heading's year, else the document's. A recap of two KubeCons in one summer heads each part with its city.
 */
function cityHeadingEvent(ctx: Ctx, heading: string): string | null {
	// "2019: Barcelona" names its year; "Barcelona (May)" is in the document's year.
	const named = /(?<!\d)((?:19|20)\d\d)(?!\d)/.exec(heading);
	const year = named ? Number(named[1]) : ctx.defaultYear;
	if (year === null || ctx.evidence.series.size === 0) return null;
	const cities = ctx.index.places.find(heading).filter((p) => p.kind === 'city');
	if (cities.length !== 1) return null;
	const hit = cities[0]!;
	// "Barcelona (May)", "Day 2 in Shanghai", "Seattle highlights" — not "Our Seattle office".
	const rest = (heading.slice(0, hit.start) + ' ' + heading.slice(hit.end)).match(/\p{L}+/gu) ?? [];
	if (rest.filter((w) => !PLACE_HEADING_FILLER.test(w)).length > 1) return null;
	const city = hit.name.toLowerCase();
	const held = ctx.index.catalog.filter(
		(e) =>
			ctx.evidence.series.has(e.series) &&
			e.city?.toLowerCase() === city &&
			Number(e.start_date.slice(0, 4)) === year
	);
	return held.length === 1 ? held[0]!.id : null;
}

function passageEvent(
	ctx: Ctx,
	current: string | null,
	refs: { ref: EventRef; role: RefRole }[],
	talks: TalkCandidate[],
	text: string,
	speakerEvents: Map<string, string>,
	home: string | null
): string | null {
	// Most passages name no event: only a reference back to a speaker's talk, or to the city of
	// the section's own edition after a turn to another one, can move them.
	if (refs.length === 0) {
		if (current === null) return null;
		if (home && current !== home && namesCityOf(ctx, home, text)) return home;
		return speakerSwitch(speakerEvents, current, text) ?? current;
	}
	const currentSeries = current ? seriesOf(ctx, current) : null;
	const resolved = refs.map((r) => ({ ...r, id: resolveRef(ctx, r.ref, current) }));
	const mentionsCurrent = resolved.some(
		(r) =>
			r.role !== 'passing' &&
			(r.id === current || (r.ref.generic && r.ref.series === currentSeries))
	);
	const inTalk = (r: { ref: EventRef }) =>
		talks.some((t) => r.ref.start >= t.start && r.ref.end <= t.end);
	const usable = resolved.filter((r) => r.id !== null && r.role !== 'passing');
	// Figures of an edition ("… drew 12,000 attendees") place a passage that has none yet, but,
	// not being narrative, do not take it from the edition being covered.
	if (current === null) return usable[0]?.id ?? null;
	// A gathering named without any date ("our Ambassador Fest", "the Spinnaker Summit") is
	// likely part of the edition being covered: it does not take passages away from it.
	const dated = usable.filter((r) => !r.ref.external || r.ref.external.year !== null);
	const narrative = dated.filter((r) => r.id !== current && r.role === 'narrative');
	const strong = narrative.find((r) => inTalk(r)) ?? (mentionsCurrent ? undefined : narrative[0]);
	if (strong) return strong.id;
	// Back to the document's own edition when a passage names it again.
	if (ctx.defaultId && current !== ctx.defaultId && usable.some((r) => r.id === ctx.defaultId)) {
		return ctx.defaultId;
	}
	return (mentionsCurrent ? null : speakerSwitch(speakerEvents, current, text)) ?? current;
}

/**
 * "The Barcelona keynotes were excellent", after a passage on last year's Copenhagen edition:
 * the text names the city where the section's own edition was held.
 */
function namesCityOf(ctx: Ctx, id: string, text: string): boolean {
	const city = ctx.index.byId.get(id)?.city ?? ctx.rows.get(id)?.city;
	if (!city) return false;
	const name = city.toLowerCase();
	return ctx.index.places
		.find(text)
		.some((p) => p.kind === 'city' && p.name.toLowerCase() === name);
}

/** Another edition when the text refers back to a speaker whose talk belongs to it. */
function speakerSwitch(
	speakerEvents: Map<string, string>,
	current: string,
	text: string
): string | null {
	if (!registryElsewhere(speakerEvents, current)) return null;
	for (const name of speakerMentions(text)) {
		const id = speakerEvents.get(name);
		if (id && id !== current) return id;
	}
	return null;
}

function talkEvent(
	ctx: Ctx,
	talk: TalkCandidate,
	refs: { ref: EventRef; role: RefRole }[]
): string | null {
	const own = refs.find(
		(r) => r.ref.start >= talk.start && r.ref.end <= talk.end && r.role !== 'passing'
	);
	return own ? resolveRef(ctx, own.ref, null) : null;
}

function seriesOf(ctx: Ctx, id: string): string | null {
	return ctx.index.byId.get(id)?.series ?? ctx.rows.get(id)?.series ?? null;
}

/** True when some known speaker's talk belongs to another edition than `current`. */
function registryElsewhere(map: Map<string, string>, current: string | null): boolean {
	for (const id of map.values()) if (id !== current) return true;
	return false;
}

function rememberSpeaker(map: Map<string, string>, speaker: string, eventId: string) {
	const parts = speaker.split(/\s+/);
	for (const key of [speaker, parts[0]!, parts[parts.length - 1]!])
		map.set(key.toLowerCase(), eventId);
}

function majority(ids: (string | null)[]): string | null {
	const counts = new Map<string, number>();
	for (const id of ids) if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
	let best: string | null = null;
	for (const [id, n] of counts) if (best === null || n > counts.get(best)!) best = id;
	return best;
}

function dedupeTalks(talks: AttributedTalk[]): AttributedTalk[] {
	const seen = new Set<string>();
	const bySpeaker = new Set(
		talks.filter((t) => !/^\w+ by /.test(t.title)).flatMap((t) => t.speakers)
	);
	return talks.filter((t) => {
		const key = `${t.title.toLowerCase()}|${t.eventId}`;
		if (seen.has(key)) return false;
		seen.add(key);
		// "Keynote by X" adds nothing when X's titled talk is known.
		return !(/^\w+ by /.test(t.title) && t.speakers.every((s) => bySpeaker.has(s)));
	});
}
