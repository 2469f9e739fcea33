/**
 * Reads data/corpus/sources.yaml: what is known about each corpus file beyond its own text
 * (author, publisher, url…). The ingest uses it to fill fields a document does not state;
 * what a document states wins.
 */
import { parseDocument } from 'yaml';
import type { SourceFormat, IngestWarning } from './types';
import { isIsoDate } from './dates';

export interface SourceManifestEntry {
	title: string | null;
	author: string | null;
	publisher: string | null;
	url: string | null;
	/** ISO date YYYY-MM-DD. */
	published: string | null;
	format: SourceFormat | null;
	/** Catalog event ids the document covers, in reading order. */
	events: string[];
}

const FILE = 'data/corpus/sources.yaml';
const FORMATS: SourceFormat[] = [
	'text',
	'markdown',
	'rst',
	'asciidoc',
	'html',
	'org',
	'mediawiki',
	'dokuwiki',
	'rtf',
	'bbcode',
	'docx',
	'odt'
];
const FIELDS = ['title', 'author', 'publisher', 'url', 'published', 'format', 'events'];

/**
 * @param knownEvents catalog ids; when given, an unknown event id is reported (and kept: the
 *   ingest may still create the event from the text).
 */
export function parseSourcesManifest(
	text: string,
	knownEvents?: Iterable<string>
): { documents: Map<string, SourceManifestEntry>; warnings: IngestWarning[] } {
	const warnings: IngestWarning[] = [];
	const documents = new Map<string, SourceManifestEntry>();
	const warn = (message: string, severity: 'warning' | 'error' = 'warning') =>
		warnings.push({ file: FILE, severity, message });
	const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
	if (doc.errors.length > 0) {
		for (const e of doc.errors) warn(`invalid YAML: ${e.message.split('\n')[0]}`, 'error');
		return { documents, warnings };
	}
	const root = doc.toJS() as unknown;
	const docs = (root as { documents?: unknown } | null)?.documents;
	if (typeof docs !== 'object' || docs === null || Array.isArray(docs)) {
		warn('expected a top-level `documents:` mapping of file name → entry', 'error');
		return { documents, warnings };
	}
	const known = knownEvents ? new Set(knownEvents) : null;
	for (const path of Object.keys(docs).sort()) {
		const raw = (docs as Record<string, unknown>)[path];
		const where = `document "${path}"`;
		if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
			warn(`${where}: not a mapping; entry dropped`, 'error');
			continue;
		}
		const r = raw as Record<string, unknown>;
		for (const k of Object.keys(r))
			if (!FIELDS.includes(k)) warn(`${where}: unknown field "${k}" ignored`);
		const str = (k: string): string | null => {
			const v = r[k];
			if (v === undefined || v === null) return null;
			if (typeof v === 'string' && v.trim()) return v.trim();
			warn(`${where}: ${k} should be text or null; ignored`);
			return null;
		};
		let published = str('published');
		if (published && !isIsoDate(published)) {
			warn(`${where}: published "${published}" is not a date (YYYY-MM-DD); ignored`);
			published = null;
		}
		let format = str('format') as SourceFormat | null;
		if (format && !FORMATS.includes(format)) {
			warn(`${where}: format "${format}" is not one of ${FORMATS.join(' | ')}; ignored`);
			format = null;
		}
		const rawEvents = Array.isArray(r.events) ? r.events : [];
		if (r.events !== undefined && r.events !== null && !Array.isArray(r.events))
			warn(`${where}: events should be a list of event ids; ignored`);
		const events = rawEvents.filter((e): e is string => typeof e === 'string');
		if (known)
			for (const e of events)
				if (!known.has(e)) warn(`${where}: event "${e}" is not in the catalog`);
		documents.set(path, {
			title: str('title'),
			author: str('author'),
			publisher: str('publisher'),
			url: str('url'),
			published,
			format,
			events
		});
	}
	return { documents, warnings };
}
