/**
 * The ingest pipeline: documents + taxonomy → rows for every table. Deterministic (inputs sorted
 * by path, integer ids in that order) and forgiving (one bad document becomes a warning naming
 * the file; the others still load). Pure TypeScript: the browser runs it to add a user's recap.
 */
import type {
	EventRow,
	IngestResult,
	IngestWarning,
	MentionRow,
	ParsedDocument,
	PassageRow,
	PassageThemeRow,
	SectionRow,
	SourceInput,
	SourceRow,
	TalkRow,
	Taxonomy
} from './types';
import type { SourceManifestEntry } from './sourcesManifest';
import { parseDocument } from './parse/index';
import { compileMatcher, type ProjectMatcher } from './matcher';
import { compileThemeScorer, type ThemeScorer } from './themes';
import { compileEventIndex, type EventIndex } from './eventRefs';
import { attributeEvents } from './events';
import { catalogRow } from './eventRows';

export interface IngestOptions {
	/** data/corpus/sources.yaml, keyed by corpus-relative path. */
	manifest?: Map<string, SourceManifestEntry>;
}

interface Compiled {
	matcher: ProjectMatcher;
	themes: ThemeScorer;
	events: EventIndex;
}

const compiledCache = new WeakMap<Taxonomy, Compiled>();

/** Matchers and automata are built once per taxonomy object. */
export function compileTaxonomy(taxonomy: Taxonomy): Compiled {
	let c = compiledCache.get(taxonomy);
	if (!c) {
		c = {
			matcher: compileMatcher(taxonomy.projects),
			themes: compileThemeScorer(taxonomy.themes, taxonomy.projects),
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
	for (const input of sorted) {
		if (present.has(input.path)) {
			out.warnings.push({
				file: input.path,
				severity: 'warning',
				message: 'already ingested; skipped'
			});
			continue;
		}
		present.add(input.path);
		try {
			const parsed = parseDocument(input);
			out.warnings.push(...parsed.warnings);
			if (!parsed.doc) continue;
			const rows = documentRows(parsed.doc, compiled, options, known);
			commit(out, rows, known);
		} catch (err) {
			out.warnings.push({
				file: input.path,
				severity: 'error',
				message: `could not be ingested: ${err instanceof Error ? err.message : String(err)}`
			});
		}
	}
	return out;
}

interface DocRows {
	source: Omit<SourceRow, 'id'>;
	sections: { row: Omit<SectionRow, 'id' | 'source_id'>; passages: PassageDraft[] }[];
	talks: (Omit<TalkRow, 'id' | 'source_id' | 'section_id'> & { sectionIndex: number })[];
	events: EventRow[];
	warnings: IngestWarning[];
}

interface PassageDraft {
	row: Omit<PassageRow, 'id' | 'source_id' | 'section_id'>;
	mentions: Omit<MentionRow, 'passage_id'>[];
	themes: Omit<PassageThemeRow, 'passage_id'>[];
}

function documentRows(
	doc: ParsedDocument,
	compiled: Compiled,
	options: IngestOptions,
	known: Map<string, EventRow>
): DocRows {
	const manifest = options.manifest?.get(doc.path);
	const warnings = frontMatterWarnings(doc, compiled.events);
	const attributed = attributeEvents(doc, compiled.events, {
		manifestEvents: manifest?.events,
		known
	});
	warnings.push(...attributed.warnings);
	const sections = doc.sections.map((section, si) => ({
		row: {
			event_id: attributed.sectionEvents[si] ?? null,
			ordinal: si + 1,
			heading: section.heading,
			kind: section.kind
		},
		passages: section.passages.map((p, pi): PassageDraft => {
			const ev = attributed.passageEvents[si]![pi]!;
			const found = compiled.matcher.match(p.text);
			return {
				row: {
					event_id: ev.eventId,
					ordinal: pi + 1,
					text: p.text,
					unattributed_reason: ev.reason
				},
				mentions: found.map((m) => ({
					project_id: m.projectId,
					start: m.start,
					end: m.end,
					surface: m.surface
				})),
				themes: compiled.themes
					.score(
						p.text,
						found.map((m) => m.projectId)
					)
					.map((t) => ({ theme_id: t.themeId, score: t.score }))
			};
		})
	}));
	const all = sections.flatMap((s) => s.passages);
	const unattributed = all.filter((p) => p.row.event_id === null);
	if (all.length > 0 && unattributed.length === all.length) {
		warnings.push({
			file: doc.path,
			severity: 'warning',
			message: `no recognisable event: ${unattributed[0]!.row.unattributed_reason}`
		});
	}
	return {
		source: {
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
		sections,
		talks: attributed.talks.map((t) => ({
			sectionIndex: t.sectionIndex,
			event_id: t.eventId,
			title: t.title,
			speakers: t.speakers,
			organizations: t.organizations
		})),
		events: attributed.createdEvents,
		warnings
	};
}

/** Front-matter tags that look like a conference edition the catalog does not know. */
function frontMatterWarnings(doc: ParsedDocument, index: EventIndex): IngestWarning[] {
	const warnings: IngestWarning[] = [];
	for (const tag of doc.frontMatter.tags) {
		const refs = index.findRefs(tag.replace(/[-_]+/g, ' '));
		if (refs.some((r) => !r.generic && r.series !== 'other' && r.candidates.length === 0)) {
			warnings.push({
				file: doc.path,
				severity: 'warning',
				message: `front matter tag "${tag}" names an event that is not in the catalog`
			});
		}
	}
	return warnings;
}

function commit(out: IngestResult, rows: DocRows, known: Map<string, EventRow>) {
	out.warnings.push(...rows.warnings);
	for (const e of rows.events) {
		if (!known.has(e.id)) {
			known.set(e.id, e);
			out.events.push(e);
		}
	}
	const sourceId = (out.sources[out.sources.length - 1]?.id ?? 0) + 1;
	out.sources.push({ id: sourceId, ...rows.source });
	let sectionId = out.sections[out.sections.length - 1]?.id ?? 0;
	let passageId = out.passages[out.passages.length - 1]?.id ?? 0;
	let talkId = out.talks[out.talks.length - 1]?.id ?? 0;
	const sectionIds: number[] = [];
	for (const s of rows.sections) {
		sectionId++;
		sectionIds.push(sectionId);
		out.sections.push({ id: sectionId, source_id: sourceId, ...s.row });
		for (const p of s.passages) {
			passageId++;
			out.passages.push({ id: passageId, source_id: sourceId, section_id: sectionId, ...p.row });
			for (const m of p.mentions) out.mentions.push({ passage_id: passageId, ...m });
			for (const t of p.themes) out.passageThemes.push({ passage_id: passageId, ...t });
		}
	}
	for (const { sectionIndex, ...t } of rows.talks) {
		talkId++;
		out.talks.push({
			id: talkId,
			source_id: sourceId,
			section_id: sectionIds[sectionIndex]!,
			...t
		});
	}
}
