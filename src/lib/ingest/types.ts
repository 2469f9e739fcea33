/**
 * Contracts of the ingest pipeline: documents → parsed structure → rows for SQLite.
 * Everything here is plain data so that Node (scripts/) and the browser share it.
 */

/** A document as read from disk or dropped in the browser. `path` is relative to the corpus folder. */
export interface SourceInput {
	path: string;
	bytes: Uint8Array;
}

export type DocFormat = 'text' | 'markdown' | 'rst' | 'asciidoc';
/**
 * A source's markup as `sources.format` records it: one of the parsers' formats, or a markup read
 * as the Markdown it maps to (an HTML page or a body in HTML blocks, Org mode, a MediaWiki page).
 */
export type SourceFormat =
	DocFormat | 'html' | 'org' | 'mediawiki' | 'dokuwiki' | 'rtf' | 'bbcode' | 'docx' | 'odt';

/** Front matter (YAML `---`, TOML `+++`, rST `.. post::` fields, AsciiDoc `:attr:`), normalised. */
export interface FrontMatter {
	title?: string;
	/** ISO date `YYYY-MM-DD` when the value parsed as a plausible date (2000–2030). */
	date?: string;
	author?: string;
	publisher?: string;
	url?: string;
	tags: string[];
	/** Explicit event override: a catalog id (`kubecon-eu-2018`) or a free-text name. */
	event?: string;
	/** Everything else, as parsed. */
	extra: Record<string, unknown>;
}

export type SectionKind = 'preamble' | 'heading' | 'talk' | 'day';
export type PassageKind = 'paragraph' | 'list' | 'table' | 'quote' | 'talk';

export interface ParsedPassage {
	/** Plain text: markup removed, entities decoded, whitespace normalised. Never HTML. */
	text: string;
	kind: PassageKind;
	/** The text of the links in it (Markdown keeps them), when it has any: a linked title. */
	links?: string[];
	/** Those of its links that lead to a programme's page for one session: a session's title. */
	sessions?: string[];
}

export interface ParsedSection {
	heading: string | null;
	/** 0 for the preamble, 1 for the top heading level, deeper levels larger. */
	level: number;
	kind: SectionKind;
	passages: ParsedPassage[];
}

export interface ParsedDocument {
	path: string;
	format: SourceFormat;
	frontMatter: FrontMatter;
	/** Title from front matter, else the first heading / first line. */
	title: string | null;
	author: string | null;
	publisher: string | null;
	url: string | null;
	/** ISO date of publication when known. */
	published: string | null;
	sections: ParsedSection[];
	words: number;
	sha256: string;
}

export type Severity = 'warning' | 'error';

/** One problem with one input. `file` is the corpus-relative path (or taxonomy file). */
export interface IngestWarning {
	file: string;
	severity: Severity;
	message: string;
}

// ---------- taxonomy (data/taxonomy/*.yaml) ----------

export type EventSeries = 'kubecon' | 'dockercon' | 'other';
export type EventFormat = 'in-person' | 'virtual' | 'hybrid';

export interface CatalogEvent {
	id: string;
	name: string;
	series: EventSeries;
	/** `north-america`, `europe`, `china`, `us`, `online`… */
	region: string;
	start_date: string;
	end_date: string;
	city: string | null;
	country: string | null;
	format: EventFormat;
	/** Other names recaps use: "KubeCon Copenhagen", "KubeCon EU 2018", "DockerCon 14"… */
	aliases?: string[];
	/**
	 * Where and when an edition held otherwise was planned to be (KubeCon Europe 2020: Amsterdam,
	 * 30 March – 2 April 2020, held online in August): recaps written before the change say so.
	 */
	planned?: PlannedEdition;
}

export interface PlannedEdition {
	city: string | null;
	country: string | null;
	start_date: string | null;
	end_date: string | null;
}

export type CncfStatus = 'sandbox' | 'incubating' | 'graduated' | 'archived' | null;

export interface TaxonomyProject {
	id: string;
	name: string;
	aliases: string[];
	category: string;
	subcategory: string;
	cncf_status: CncfStatus;
	accepted: string | null;
	incubating: string | null;
	graduated: string | null;
	homepage: string | null;
	/**
	 * Ambiguous names (Flux, Helm, Vault, Chef…): a mention counts only when case or nearby
	 * context marks it as the tool. `context` lists words that confirm it; `others`, words that
	 * mark the name as another thing of that name ("weaveworks" beside Loki, their tracer of 2017).
	 */
	ambiguous?: { context: string[]; others?: string[] };
	/**
	 * For a name that is no common word but also another's ("Kafka", the writer; "Jaeger", the
	 * liqueur): words of that other thing ("franz", "jägermeister"). The bare name does not count
	 * when one of them stands near it; longer names ("Apache Kafka") always do.
	 */
	others?: string[];
}

export interface TaxonomyTheme {
	id: string;
	name: string;
	description: string;
	/** term → weight (0–1]. Terms are case-insensitive words or phrases. */
	lexicon: Record<string, number>;
	/** Landscape categories / subcategories whose projects count towards this theme. */
	categories?: string[];
	/** Project ids that count towards this theme whatever their category. */
	projects?: string[];
}

export interface Taxonomy {
	events: CatalogEvent[];
	projects: TaxonomyProject[];
	themes: TaxonomyTheme[];
}

// ---------- rows (one interface per table; see docs/schema.md) ----------

export interface EventRow {
	id: string;
	name: string;
	series: EventSeries;
	region: string | null;
	year: number;
	start_date: string | null;
	end_date: string | null;
	city: string | null;
	country: string | null;
	format: EventFormat | null;
	/** 1 when the event comes from the catalog, 0 when created from what a document says. */
	in_catalog: 0 | 1;
}

export interface SourceRow {
	id: number;
	path: string;
	title: string | null;
	author: string | null;
	publisher: string | null;
	url: string | null;
	published: string | null;
	format: SourceFormat;
	sha256: string;
	words: number;
}

export interface SectionRow {
	id: number;
	source_id: number;
	event_id: string | null;
	ordinal: number;
	heading: string | null;
	kind: SectionKind;
}

export interface PassageRow {
	id: number;
	source_id: number;
	section_id: number;
	event_id: string | null;
	ordinal: number;
	text: string;
	/** Why no event could be attributed (null when event_id is set). */
	unattributed_reason: string | null;
}

export interface TalkRow {
	id: number;
	event_id: string | null;
	source_id: number;
	section_id: number;
	title: string;
	speakers: string[];
	organizations: string[];
}

export interface MentionRow {
	passage_id: number;
	project_id: string;
	/** UTF-16 offsets into the passage text, end exclusive (JavaScript string indices). */
	start: number;
	end: number;
	surface: string;
}

export interface PassageThemeRow {
	passage_id: number;
	theme_id: string;
	score: number;
}

/** Everything the writer needs: the taxonomy plus the rows extracted from the corpus. */
export interface IngestResult {
	taxonomy: Taxonomy;
	events: EventRow[];
	sources: SourceRow[];
	sections: SectionRow[];
	passages: PassageRow[];
	talks: TalkRow[];
	mentions: MentionRow[];
	passageThemes: PassageThemeRow[];
	warnings: IngestWarning[];
}
