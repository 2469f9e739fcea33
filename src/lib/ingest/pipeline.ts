/**
 * The ingest pipeline: documents + taxonomy → rows for every table. Deterministic (inputs sorted
 * by path, integer ids in that order) and forgiving (one bad document becomes a warning naming
 * the file; the others still load). Pure TypeScript: the browser runs it to add a user's recap.
 */
import type {
	EventRow,
	IngestResult,
	IngestWarning,
	ParsedDocument,
	PassageRow,
	SectionRow,
	SourceInput,
	SourceRow,
	TalkRow,
	Taxonomy
} from './types';
import type { SourceManifestEntry } from './sourcesManifest';
import { parseDocument } from './parse/index';
import { compileLexicon, type Lexicon } from './lexicon';
import { compileEventIndex, type EventIndex } from './eventRefs';
import { attributeEvents } from './events';
import { frontMatterWarnings, gatheringProjects, splitEditionLists } from './eventLists';
import { elsewhere, inCity } from './eventRows';
import { catalogRow, completedRow } from './eventRows';
import { corpusListings, listingMessage, type Listing } from './corpusListing';

export interface IngestOptions {
	/** data/corpus/sources.yaml, keyed by corpus-relative path. */
	manifest?: Map<string, SourceManifestEntry>;
	/**
	 * Hex SHA-256 of a document's bytes. Default: the portable implementation (sha256.ts), which
	 * the browser needs. Node passes node:crypto's (scripts/lib/nodeHash.ts): same digests, and
	 * the pure-JS one cost ~0.1 s of a 5,000-document ingest. Injected, so this module stays
	 * free of node: imports.
	 */
	sha256Hex?: (bytes: Uint8Array) => string;
}

interface Compiled {
	lexicon: Lexicon;
	events: EventIndex;
}

const compiledCache = new WeakMap<Taxonomy, Compiled>();

/** Matchers and automata are built once per taxonomy object. */
export function compileTaxonomy(taxonomy: Taxonomy): Compiled {
	let c = compiledCache.get(taxonomy);
	if (!c) {
		c = {
			lexicon: compileLexicon(taxonomy.projects, taxonomy.themes),
			events: compileEventIndex(taxonomy.events)
		};
		compiledCache.set(taxonomy, c);
	}
	return c;
}

export function ingest(
	inputs: SourceInput[],
	taxonomy: Taxonomy,
	options: IngestOptions = {}
): IngestResult {
	const empty: IngestResult = {
		taxonomy,
		events: taxonomy.events.map(catalogRow),
		sources: [],
		sections: [],
		passages: [],
		talks: [],
		mentions: [],
		passageThemes: [],
		warnings: []
	};
	return addDocuments(empty, inputs, options);
}

/**
 * Ingests more documents on top of an existing result (the browser's "add your own recap"):
 * ids continue after the existing ones; a path already present is reported and skipped.
 */
export function addDocuments(
	base: IngestResult,
	inputs: SourceInput[],
	options: IngestOptions = {}
): IngestResult {
	const compiled = compileTaxonomy(base.taxonomy);
	const out: IngestResult = {
		...base,
		events: [...base.events],
		sources: [...base.sources],
		sections: [...base.sections],
		passages: [...base.passages],
		talks: [...base.talks],
		mentions: [...base.mentions],
		passageThemes: [...base.passageThemes],
		warnings: [...base.warnings]
	};
	const known = new Map<string, EventRow>(out.events.map((e) => [e.id, e]));
	const present = new Set(out.sources.map((s) => s.path));
	const sorted = [...inputs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
	for (const read of readAll(sorted, present, options.sha256Hex)) {
		const file = read.input.path;
		if (read.kind === 'duplicate') {
			out.warnings.push({ file, severity: 'warning', message: 'already ingested; skipped' });
			continue;
		}
		if (read.kind === 'listing') {
			out.warnings.push({ file, severity: 'warning', message: listingMessage(read.listing) });
			continue;
		}
		try {
			if (read.kind === 'failed') throw read.error;
			out.warnings.push(...read.parsed.warnings);
			if (!read.parsed.doc) continue;
			const rows = documentRows(read.parsed.doc, compiled, options, known, nextIds(out));
			commit(out, rows, known);
		} catch (err) {
			out.warnings.push({
				file,
				severity: 'error',
				message: `could not be ingested: ${err instanceof Error ? err.message : String(err)}`
			});
		}
	}
	analysePassages(out, base.passages.length, compiled.lexicon);
	return out;
}

type Read =
	| { kind: 'duplicate'; input: SourceInput }
	| { kind: 'listing'; input: SourceInput; listing: Listing }
	| { kind: 'parsed'; input: SourceInput; parsed: ReturnType<typeof parseDocument> }
	| { kind: 'failed'; input: SourceInput; error: unknown };

/**
 * Every document parsed before any is attributed: each stage then runs over all documents with
 * its code and data hot in the CPU caches (measured 5-10% faster than alternating per document).
 * Parsing depends on nothing but the input, so rows, ids and warnings come out as before; a path
 * already present (or repeated in `inputs`) is a duplicate; a folder's INDEX.md or README.md that
 * lists the documents beside it is no recap (corpusListing.ts).
 */
function readAll(
	inputs: SourceInput[],
	present: Set<string>,
	hash?: (bytes: Uint8Array) => string
): Read[] {
	const listings = corpusListings(inputs);
	return inputs.map((input): Read => {
		if (present.has(input.path)) return { kind: 'duplicate', input };
		present.add(input.path);
		const listing = listings.get(input.path);
		if (listing) return { kind: 'listing', input, listing };
		try {
			return { kind: 'parsed', input, parsed: parseDocument(input, hash) };
		} catch (error) {
			return { kind: 'failed', input, error };
		}
	});
}

/**
 * Mentions and theme scores of the passages from `from` on, in passage order (so the rows come
 * out as if each document had been analysed in turn). One pass after all documents are read,
 * not one per document: the lexicon's automaton table (~0.9 MB) then stays in the CPU cache
 * instead of being evicted by the parsing in between (the lexicon stage measured a third
 * faster). Only plain string work happens here; nothing in it can fail for a document that
 * has been read.
 */
function analysePassages(out: IngestResult, from: number, lexicon: Lexicon) {
	const passages = out.passages;
	for (let i = from; i < passages.length;) {
		let end = i + 1;
		while (end < passages.length && passages[end]!.source_id === passages[i]!.source_id) end++;
		analyseDocument(out, i, end, lexicon);
		i = end;
	}
}

/**
 * Passages [from, to) of one document. A capitalised ambiguous name ("Envoy wants help…") is
 * the tool when the document names that project elsewhere with evidence: the few passages that
 * had such a name before the evidence came are analysed again at the end, and their rows
 * replace the first ones (the document's rows are the last ones in the arrays).
 */
function analyseDocument(out: IngestResult, from: number, to: number, lexicon: Lexicon) {
	const seen = new Set(gatheringProjects(out, from, to, lexicon));
	const mentionsAt: number[] = [];
	const themesAt: number[] = [];
	let redo: Map<number, readonly string[]> | null = null;
	for (let i = from; i < to; i++) {
		const p = out.passages[i]!;
		mentionsAt.push(out.mentions.length);
		themesAt.push(out.passageThemes.length);
		const unsure = lexicon.addRows(p.text, p.id, out.mentions, out.passageThemes, seen);
		if (unsure.length > 0) (redo ??= new Map()).set(i, unsure);
	}
	if (!redo) return;
	for (const [i, unsure] of redo) if (!unsure.some((id) => seen.has(id))) redo.delete(i);
	if (redo.size === 0) return;
	const mentions = out.mentions.splice(mentionsAt[0]!);
	const themes = out.passageThemes.splice(themesAt[0]!);
	const m0 = mentionsAt[0]!;
	const t0 = themesAt[0]!;
	for (let i = from; i < to; i++) {
		const k = i - from;
		if (redo.has(i)) {
			const p = out.passages[i]!;
			lexicon.addRows(p.text, p.id, out.mentions, out.passageThemes, seen);
			continue;
		}
		const mEnd = k + 1 < mentionsAt.length ? mentionsAt[k + 1]! : m0 + mentions.length;
		const tEnd = k + 1 < themesAt.length ? themesAt[k + 1]! : t0 + themes.length;
		for (let j = mentionsAt[k]!; j < mEnd; j++) out.mentions.push(mentions[j - m0]!);
		for (let j = themesAt[k]!; j < tEnd; j++) out.passageThemes.push(themes[j - t0]!);
	}
}

/**
 * The rows of one document, with final ids; committed only when the whole document worked.
 * Mentions and theme scores come later, from all passages at once (analysePassages).
 */
interface DocRows {
	source: SourceRow;
	sections: SectionRow[];
	passages: PassageRow[];
	talks: TalkRow[];
	events: EventRow[];
	warnings: IngestWarning[];
}

interface Ids {
	source: number;
	section: number;
	passage: number;
	talk: number;
}

/** The ids the next document starts from (rows are numbered 1.. in commit order). */
function nextIds(out: IngestResult): Ids {
	return {
		source: (out.sources.at(-1)?.id ?? 0) + 1,
		section: (out.sections.at(-1)?.id ?? 0) + 1,
		passage: (out.passages.at(-1)?.id ?? 0) + 1,
		talk: (out.talks.at(-1)?.id ?? 0) + 1
	};
}

function documentRows(
	doc: ParsedDocument,
	compiled: Compiled,
	options: IngestOptions,
	known: Map<string, EventRow>,
	ids: Ids
): DocRows {
	doc = splitEditionLists(doc, compiled.events);
	const manifest = options.manifest?.get(doc.path);
	const warnings = frontMatterWarnings(doc, compiled.events);
	const attributed = attributeEvents(doc, compiled.events, {
		manifestEvents: manifest?.events,
		known
	});
	warnings.push(...attributed.warnings);
	const sourceId = ids.source;
	const rows: DocRows = {
		source: {
			id: sourceId,
			path: doc.path,
			title: doc.title ?? manifest?.title ?? null,
			author: doc.author ?? manifest?.author ?? null,
			publisher: doc.publisher ?? manifest?.publisher ?? null,
			url: doc.url ?? manifest?.url ?? null,
			published: doc.published ?? manifest?.published ?? null,
			format: doc.format,
			sha256: doc.sha256,
			words: doc.words
		},
		sections: [],
		passages: [],
		talks: [],
		events: attributed.createdEvents,
		warnings
	};
	let passageId = ids.passage;
	doc.sections.forEach((section, si) => {
		const sectionId = ids.section + si;
		rows.sections.push({
			id: sectionId,
			source_id: sourceId,
			event_id: attributed.sectionEvents[si] ?? null,
			ordinal: si + 1,
			heading: section.heading,
			kind: section.kind
		});
		section.passages.forEach((p, pi) => {
			const ev = attributed.passageEvents[si]![pi]!;
			const id = passageId++;
			rows.passages.push({
				id,
				source_id: sourceId,
				section_id: sectionId,
				event_id: ev.eventId,
				ordinal: pi + 1,
				text: p.text,
				unattributed_reason: ev.reason
			});
		});
	});
	attributed.talks.forEach((t, i) => {
		rows.talks.push({
			id: ids.talk + i,
			event_id: t.eventId,
			source_id: sourceId,
			section_id: ids.section + t.sectionIndex,
			title: t.title,
			speakers: t.speakers,
			organizations: t.organizations
		});
	});
	const unattributed = rows.passages.filter((p) => p.event_id === null);
	if (rows.passages.length > 0 && unattributed.length === rows.passages.length) {
		warnings.push({
			file: doc.path,
			severity: 'warning',
			message: `no recognisable event: ${unattributed[0]!.unattributed_reason}`
		});
	}
	return rows;
}

/** Every row of a document that is at event `from` moved to `to`. */
function renameEvent(rows: DocRows, from: string, to: string) {
	for (const r of rows.sections) if (r.event_id === from) r.event_id = to;
	for (const r of rows.passages) if (r.event_id === from) r.event_id = to;
	for (const r of rows.talks) if (r.event_id === from) r.event_id = to;
}

function commit(out: IngestResult, rows: DocRows, known: Map<string, EventRow>) {
	out.warnings.push(...rows.warnings);
	for (let e of rows.events) {
		let had = known.get(e.id);
		// "Cloud Native Rejekts (2019)" in Barcelona, another document's in San Diego: two
		// gatherings of one name and year, told apart by their cities.
		if (had && elsewhere(had, e)) {
			const placed = inCity(e);
			renameEvent(rows, e.id, placed.id);
			e = placed;
			had = known.get(e.id);
		}
		if (!had) {
			known.set(e.id, e);
			out.events.push(e);
			continue;
		}
		// A later document may name the place or the day of an edition an earlier one named
		// without (a copy: rows of an earlier result stay as they were).
		const placed = completedRow(had, e);
		if (placed) {
			known.set(e.id, placed);
			const at = out.events.indexOf(had);
			if (at >= 0) out.events[at] = placed;
		}
	}
	out.sources.push(rows.source);
	// push(...) with a huge spread can overflow the stack; a loop cannot.
	for (const r of rows.sections) out.sections.push(r);
	for (const r of rows.passages) out.passages.push(r);
	for (const r of rows.talks) out.talks.push(r);
}
