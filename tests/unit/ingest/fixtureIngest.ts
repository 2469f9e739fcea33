/** Fixture documents and inline texts ingested with the project's own taxonomy. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ingest } from '../../../src/lib/ingest/pipeline';
import { talksInPassage } from '../../../src/lib/ingest/talks';
import { projectTaxonomy as taxonomy, root } from './projectTaxonomy';

/** tests/fixtures/docs/`name` ingested: the result, its source, its editions and its talks. */
export function ingestFixture(name: string) {
	const bytes = new Uint8Array(readFileSync(join(root, 'tests/fixtures/docs', name)));
	const r = ingest([{ path: name, bytes }], taxonomy);
	const events = [...new Set(r.passages.map((p) => p.event_id))];
	const talks = r.talks.map((t) => [t.title, t.speakers, t.organizations]);
	return { r, source: r.sources[0]!, events, talks };
}

/** `text` ingested as a document named `path` (its format told from its content). */
export const ingestText = (path: string, text: string) =>
	ingest([{ path, bytes: new TextEncoder().encode(text) }], taxonomy);

/** The events created from the text (not in the catalog) of a document of these lines. */
export const createdEvents = (path: string, ...lines: string[]) =>
	ingestText(path, lines.join('\n')).events.filter((e) => e.in_catalog === 0);

/** The talks one passage names, as [title, speakers, organisations]. */
export const talks = (text: string) =>
	talksInPassage(text).map((t) => [t.title, t.speakers, t.organizations]);
