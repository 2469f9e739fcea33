/**
 * Front matter: YAML (`---`) and TOML (`+++`) blocks at the top of a document, read with the
 * `yaml` and `smol-toml` parsers, and the normalisation of any key/value record (these blocks,
 * rST `.. post::` fields, AsciiDoc attributes) into FrontMatter. Malformed front matter is a
 * warning: the body is still read.
 */
import { parseDocument } from 'yaml';
import { parse as parseToml } from 'smol-toml';
import type { FrontMatter, IngestWarning } from './types';
import { finishText, stripHtml } from './parse/inline';
import { simpleYaml } from './frontmatterYaml';
import { splitJsonFrontMatter } from './frontmatterJson';
import { looseYaml } from './frontmatterLoose';
import { authorName, epochDate, withoutContact } from './frontmatterValues';
import { findDates, partialDate } from './dates';

export interface SplitResult {
	raw: Record<string, unknown> | null;
	kind: 'yaml' | 'toml' | 'json' | null;
	body: string;
}

/** Front matter longer than this is not front matter (a `---` rule followed by prose). */
const MAX_FRONT_LINES = 300;

function firstLine(message: string): string {
	return message.split('\n')[0]!.trim();
}

/** A top-level `key: value` line whose plain (unquoted, unbracketed) value holds ": ". */
const COLON_IN_VALUE = /^[A-Za-z_][\w-]*: +[^\s"'[{|>&*!#%@`-][^\n#]*?: [^\n]*$/m;
const COLON_IN_VALUE_ALL = new RegExp(
	`^([A-Za-z_][\\w-]*): +([^\\s"'[{|>&*!#%@\`-][^\\n#]*?: [^\\n]*?) *$`,
	'gm'
);

function parseBlock(kind: 'yaml' | 'toml', src: string): Record<string, unknown> {
	if (kind === 'toml') return parseToml(src) as Record<string, unknown>;
	const simple = simpleYaml(src);
	if (simple) return simple;
	// uniqueKeys off: exported posts often repeat a key, which is not worth losing the rest for.
	let doc = parseDocument(src, { uniqueKeys: false, prettyErrors: true });
	// "title: My first KubeCon: Barcelona 2019": a colon in an unquoted title, as blog editors
	// (Dev.to, Jekyll) let writers type it, is text of the value.
	if (doc.errors.length && COLON_IN_VALUE.test(src)) {
		const quoted = src.replace(
			COLON_IN_VALUE_ALL,
			(_, key: string, v: string) => `${key}: ${JSON.stringify(v)}`
		);
		const retry = parseDocument(quoted, { uniqueKeys: false, prettyErrors: true });
		if (!retry.errors.length) doc = retry;
	}
	if (doc.errors.length) throw new Error(doc.errors[0]!.message);
	const value: unknown = doc.toJS({ maxAliasCount: 100 });
	if (value === null || value === undefined) return {};
	if (typeof value !== 'object' || Array.isArray(value)) {
		throw new Error('front matter is not a list of key: value pairs');
	}
	return value as Record<string, unknown>;
}

/**
 * The first of the MAX_FRONT_LINES + 1 lines from `from` whose right-trimmed text closes the
 * block, as offsets into `text`; read line by line rather than splitting the whole document.
 */
function closingLine(
	text: string,
	from: number,
	closes: (line: string) => boolean
): { start: number; end: number } | null {
	let start = from;
	for (let n = 0; n <= MAX_FRONT_LINES; n++) {
		const nl = text.indexOf('\n', start);
		const end = nl === -1 ? text.length : nl;
		if (closes(text.slice(start, end).trimEnd())) return { start, end };
		if (nl === -1) return null;
		start = nl + 1;
	}
	return null;
}

/** Split a leading `---`/`+++` block off the text and parse it. */
export function splitFrontMatter(
	text: string,
	file: string,
	warnings: IngestWarning[]
): SplitResult {
	const start = /^(?:[ \t]*\n)*(---|\+\+\+)[ \t]*\n/.exec(text);
	if (!start) {
		// Hugo's third kind: a JSON object.
		const json = text.charCodeAt(0) === 123 || /^\s/.test(text) ? splitJsonFrontMatter(text) : null;
		return json
			? { raw: json.raw, kind: 'json', body: json.body }
			: { raw: null, kind: null, body: text };
	}
	const fence = start[1]!;
	const kind = fence === '---' ? 'yaml' : 'toml';
	const from = start[0].length;
	const close = closingLine(text, from, (l) => l === fence || (kind === 'yaml' && l === '...'));
	if (!close) return { raw: null, kind: null, body: text };
	const src = text.slice(from, Math.max(from, close.start - 1));
	const body = text.slice(close.end + 1);
	try {
		return { raw: parseBlock(kind, src), kind, body };
	} catch (e) {
		const label = kind === 'yaml' ? 'YAML' : 'TOML';
		const why = firstLine(String((e as Error).message ?? e)).replace(/:$/, '');
		// One value YAML refuses should not lose the title, date and author: read line by line.
		const loose = kind === 'yaml' ? looseYaml(src) : null;
		warnings.push({
			file,
			severity: 'warning',
			message: loose
				? `malformed YAML front matter, read line by line as text (${why})`
				: `malformed ${label} front matter, ignored (the text is still read): ${why}`
		});
		return { raw: loose, kind, body };
	}
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function monthIndex(word: string): number {
	return MONTHS.indexOf(word.slice(0, 3).toLowerCase()) + 1;
}

/** Year, month, day from the date forms recaps use; null when none is recognised. */
function dateParts(raw: unknown): [number, number, number] | null {
	const value = epochDate(raw) ?? raw;
	if (value instanceof Date) {
		if (Number.isNaN(value.getTime())) return null;
		const iso = value.toISOString();
		return [Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10))];
	}
	if (typeof value !== 'string') return null;
	const s = value.trim();
	let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/.exec(s);
	if (m) return [Number(m[1]), Number(m[2]), Number(m[3])];
	// "May 11, 2018", "Mon, Jun 20 2016"
	m = /^(?:[A-Za-z]{3,9},?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(
		s
	);
	if (m && monthIndex(m[1]!)) return [Number(m[3]), monthIndex(m[1]!), Number(m[2])];
	// "11 May 2018", "Mon, 20 Jun 2016 10:00:00 +0000"
	m = /^(?:[A-Za-z]{3,9},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(s);
	if (m && monthIndex(m[2]!)) return [Number(m[3]), monthIndex(m[2]!), Number(m[1])];
	// "20.12.2018", "12/20/2018", "14. März 2019", "2018年11月12日": a full date as the text reads it.
	const d = /\d/.test(s) ? findDates(s)[0] : undefined;
	if (d && d.start === 0 && d.year !== null && d.day !== null && d.dayTo === null)
		return [d.year, d.month!, d.day];
	return null;
}

/** ISO date when the value is a real date in 2000–2030; a warning explains any other value. */
export function normaliseDate(
	value: unknown,
	file: string,
	warnings: IngestWarning[]
): string | undefined {
	if (value === undefined || value === null || value === '') return undefined;
	const parts = dateParts(value);
	const shown = value instanceof Date ? value.toISOString() : String(value);
	if (!parts) {
		// "April 2023", "2023-04", "2019": as precise as written (docs/schema.md), no day made up.
		const partial = partialDate(value);
		if (partial) return partial;
		warnings.push({
			file,
			severity: 'warning',
			message: `unrecognised date '${shown}' in front matter; ignored`
		});
		return undefined;
	}
	const [y, mo, d] = parts;
	const real = new Date(Date.UTC(y, mo - 1, d));
	if (real.getUTCMonth() !== mo - 1 || real.getUTCDate() !== d) {
		warnings.push({
			file,
			severity: 'warning',
			message: `invalid date '${shown}' in front matter; ignored`
		});
		return undefined;
	}
	if (y < 2000 || y > 2030) {
		warnings.push({
			file,
			severity: 'warning',
			message: `implausible date '${shown}' in front matter (expected a year from 2000 to 2030, a typo?); ignored`
		});
		return undefined;
	}
	return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function text(value: unknown): string | undefined {
	if (typeof value === 'number' || typeof value === 'boolean') return String(value);
	if (typeof value !== 'string') return undefined;
	const t = finishText(stripHtml(value));
	return t || undefined;
}

/** A person from a string, a list of people or an `{ name }` record. */
function person(value: unknown): string | undefined {
	// "author: [Li Wei, Zhang Min]": every author, joined as a byline's list is ("A, B").
	if (Array.isArray(value)) {
		const names = value.map((v) => (Array.isArray(v) ? undefined : person(v))).filter(Boolean);
		return names.length > 0 ? [...new Set(names)].join(', ') : undefined;
	}
	if (value && typeof value === 'object') {
		const v = value as Record<string, unknown>;
		return text(v.name ?? v.display_name ?? v.title);
	}
	// docutils' ":Authors: Ana Ruiz; Li Wei": every author, joined as a list of them is.
	if (typeof value === 'string' && value.includes(';')) {
		const names = value.split(';').map((n) => text(n) && withoutContact(text(n)!));
		if (names.every((n) => n && n.split(' ').length <= 5)) return names.join(', ');
	}
	const name = text(value);
	return name && authorName(name);
}

function list(value: unknown): string[] {
	if (typeof value === 'string')
		return value
			.split(',')
			.map((t) => finishText(t))
			.filter(Boolean);
	if (Array.isArray(value))
		return value.flatMap((v) =>
			typeof v === 'string' || typeof v === 'number' ? list(String(v)) : []
		);
	return [];
}

/** Dates become ISO strings and bigints numbers, so `extra` is plain, comparable data. */
function plain(value: unknown): unknown {
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString();
	if (typeof value === 'bigint') return Number(value);
	if (Array.isArray(value)) return value.map(plain);
	if (value && typeof value === 'object') {
		return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v)]));
	}
	return value;
}

/** Lower-cased key → the first key of `raw` that lowers to it (keys are matched without case). */
function keysByLowerCase(raw: Record<string, unknown>): Map<string, string> {
	const byLower = new Map<string, string>();
	for (const key of Object.keys(raw)) {
		const lower = key.toLowerCase();
		if (!byLower.has(lower)) byLower.set(lower, key);
	}
	return byLower;
}

function pick(
	raw: Record<string, unknown>,
	byLower: Map<string, string>,
	keys: string[],
	used: Set<string>,
	skip?: (value: unknown) => boolean
): unknown {
	for (const k of keys) {
		const hit = byLower.get(k);
		if (hit === undefined || (skip && skip(raw[hit]))) continue;
		if (raw[hit] !== undefined && raw[hit] !== null && raw[hit] !== '') {
			used.add(hit);
			return raw[hit];
		}
	}
	return undefined;
}

/** Keys of the publication date, most usual first (Hugo, Jekyll, Dev.to, Ghost, Hashnode…). */
const DATE_KEYS = [
	'date',
	'published_at',
	'publishedat',
	'datepublished',
	'date_published',
	'published',
	'pubdate',
	'publishdate',
	'publish_date',
	'revdate',
	'created',
	'created_at',
	// Notion's page properties ("Created time: May 9, 2018 4:12 PM").
	'created time',
	'date created'
];

/** Keys of the title and the author, in English and the other languages blogs are written in. */
const TITLE_KEYS = ['title', 'doctitle', 'titel', 'titre', 'título', 'titulo', 'titolo'];
const AUTHOR_KEYS = [
	'author',
	'authors',
	'team',
	'by',
	'created by',
	'autor',
	'autorin',
	'auteur',
	'autore',
	'verfasser'
];
const LOCAL_DATE_KEYS = ['datum', 'fecha', 'data'];

const PUBLISHER_KEYS = ['publisher', 'site', 'site_name', 'sitename', 'source'];

/** Hugo's `[params] author = "…"`: a value among a theme's own parameters. */
function fromParams(raw: Record<string, unknown>, byLower: Map<string, string>, keys: string[]) {
	const key = byLower.get('params');
	const params = key === undefined ? null : raw[key];
	if (!params || typeof params !== 'object' || Array.isArray(params)) return undefined;
	const p = params as Record<string, unknown>;
	return pick(p, keysByLowerCase(p), keys, new Set());
}

export function emptyFrontMatter(): FrontMatter {
	return { tags: [], extra: {} };
}

/** Any key/value record (YAML, TOML, rST fields, AsciiDoc attributes) → FrontMatter. */
export function normaliseFrontMatter(
	raw: Record<string, unknown> | null,
	file: string,
	warnings: IngestWarning[]
): FrontMatter {
	if (!raw) return emptyFrontMatter();
	const used = new Set<string>();
	const byLower = keysByLowerCase(raw);
	const fm: FrontMatter = emptyFrontMatter();
	const title = text(pick(raw, byLower, TITLE_KEYS, used));
	if (title) fm.title = title;
	// Dev.to writes `published: true` (a flag) beside `published_at:`; Hashnode `datePublished:`.
	const date = normaliseDate(
		pick(raw, byLower, DATE_KEYS, used, (v) => typeof v === 'boolean'),
		file,
		warnings
	);
	if (date) fm.date = date;
	// "datum:", "fecha:", "data:" (German, Spanish, Portuguese): only when it holds a date.
	else {
		const local = dateParts(pick(raw, byLower, LOCAL_DATE_KEYS, used, (v) => !dateParts(v)));
		if (local) fm.date = normaliseDate(local.join('-'), file, warnings);
	}
	const author =
		person(pick(raw, byLower, AUTHOR_KEYS, used)) ?? person(fromParams(raw, byLower, AUTHOR_KEYS));
	if (author) fm.author = author;
	const publisher =
		text(pick(raw, byLower, PUBLISHER_KEYS, used)) ??
		text(fromParams(raw, byLower, PUBLISHER_KEYS));
	if (publisher) fm.publisher = publisher;
	const url = text(
		pick(
			raw,
			byLower,
			['url', 'permalink', 'canonical', 'canonicalurl', 'canonical_url', 'link'],
			used
		)
	);
	if (url) fm.url = url;
	// Themes and templates name the field after the conference as well ("conference: KubeCon EU").
	const event = pick(
		raw,
		byLower,
		['event', 'conference', 'event_name', 'eventname', 'event-name', 'conference_name', 'conf'],
		used
	);
	const eventName = event && typeof event === 'object' ? person(event) : text(event);
	if (eventName) fm.event = eventName;
	const seen = new Set<string>();
	for (const key of ['tags', 'categories', 'category']) {
		for (const tag of list(pick(raw, byLower, [key], used))) {
			if (!seen.has(tag.toLowerCase())) fm.tags.push(tag);
			seen.add(tag.toLowerCase());
		}
	}
	for (const [k, v] of Object.entries(raw)) if (!used.has(k)) fm.extra[k] = plain(v);
	return fm;
}

/** Fields of `over` win; tags are merged. */
export function mergeFrontMatter(base: FrontMatter, over: FrontMatter): FrontMatter {
	const tags = [...over.tags, ...base.tags.filter((t) => !over.tags.includes(t))];
	return { ...base, ...over, tags, extra: { ...base.extra, ...over.extra } };
}
