/**
 * The ingest command without the process around it (so tests can run it): read the taxonomy
 * and the corpus, extract, build, write atomically, report. Returns the exit code.
 */
import { mkdir, readFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import initSqlJs from 'sql.js';
import { answerFirstView } from '../../src/lib/app/dashboard/firstView';
import { buildDatabase, reserveBuild } from '../../src/lib/db/build';
import { openAtlas } from '../../src/lib/db/open';
import { createAtlasClient } from '../../src/lib/db/queries';
import { ingest } from '../../src/lib/ingest/pipeline';
import { parseSourcesManifest, parseTaxonomy } from '../../src/lib/ingest/taxonomy';
import type { IngestResult, IngestWarning, Taxonomy } from '../../src/lib/ingest/types';
import { writeFileAtomic } from './atomicWrite';
import { CorpusNotFoundError, readCorpus } from './corpus';
import { nodeSha256Hex } from './nodeHash';

export interface IngestOptions {
	corpus: string;
	taxonomy: string;
	out: string;
	strict: boolean;
	/** Replaceable in tests (to make the build fail). */
	build?: typeof buildDatabase;
	log?: (line: string) => void;
	error?: (line: string) => void;
}

export interface IngestSummary {
	documents: number;
	passages: number;
	events: number;
	talks: number;
	mentions: number;
	warnings: number;
	bytes: number;
	seconds: number;
}

export async function loadTaxonomy(
	dir: string
): Promise<{ taxonomy: Taxonomy; warnings: IngestWarning[] }> {
	const read = (name: string) =>
		readFile(join(dir, `${name}.yaml`), 'utf8').catch(() => {
			throw new CorpusNotFoundError(`taxonomy file not found: ${join(dir, `${name}.yaml`)}`);
		});
	const [events, projects, themes] = await Promise.all([
		read('events'),
		read('projects'),
		read('themes')
	]);
	return parseTaxonomy({ events, projects, themes });
}

/** `static/data/atlas.sqlite` → `static/data/atlas.taxonomy.json`. */
export function taxonomyFile(database: string): string {
	return join(dirname(database), `${basename(database, extname(database))}.taxonomy.json`);
}

/** `static/data/atlas.sqlite` → `static/data/atlas.first.json` (app/dashboard/firstView.ts). */
export function firstViewFile(database: string): string {
	return join(dirname(database), `${basename(database, extname(database))}.first.json`);
}

function formatBytes(n: number): string {
	return n >= 1e6 ? `${(n / 1e6).toFixed(1)} MB` : `${(n / 1e3).toFixed(1)} kB`;
}

/** Events that hold at least one passage (the catalog lists many more). */
function eventsWithPassages(result: IngestResult): number {
	return new Set(result.passages.map((p) => p.event_id).filter((id) => id !== null)).size;
}

export async function runIngest(options: IngestOptions): Promise<number> {
	const log = options.log ?? ((line: string) => console.log(line));
	const error = options.error ?? ((line: string) => console.error(line));
	const started = performance.now();
	try {
		const [{ taxonomy, warnings: taxonomyWarnings }, corpus, SQL] = await Promise.all([
			loadTaxonomy(options.taxonomy),
			readCorpus(options.corpus),
			initSqlJs()
		]);
		const manifest =
			corpus.manifest === null
				? null
				: parseSourcesManifest(
						corpus.manifest,
						taxonomy.events.map((e) => e.id)
					);
		// Before the ingest, while the heap is small (reserveBuild says why).
		const reserved = reserveBuild(
			SQL,
			corpus.inputs.reduce((n, i) => n + i.bytes.length, 0)
		);
		const result = ingest(corpus.inputs, taxonomy, {
			...(manifest ? { manifest: manifest.documents } : {}),
			sha256Hex: nodeSha256Hex
		});
		result.warnings = [...taxonomyWarnings, ...(manifest?.warnings ?? []), ...result.warnings];
		// Not a warning (a corpus is expected to have one): a note, so the skip is never silent.
		for (const name of corpus.readmes)
			log(
				`note: ${name}: the corpus folder's own README (it describes the corpus); not read as a recap`
			);
		for (const w of result.warnings) error(`${w.severity}: ${w.file}: ${w.message}`);
		if (options.strict && result.warnings.length > 0) {
			error(`--strict: ${result.warnings.length} warning(s); ${options.out} was not written.`);
			return 1;
		}
		const bytes = (options.build ?? buildDatabase)(SQL, result, {
			builtAt: new Date().toISOString(),
			reserved
		});
		await mkdir(dirname(options.out), { recursive: true });
		// The taxonomy beside the database: the browser needs it to add a user's recaps.
		await writeFileAtomic(
			taxonomyFile(options.out),
			new TextEncoder().encode(JSON.stringify(taxonomy))
		);
		// The dashboard's unfiltered view, answered now by the same queries the page runs.
		const firstView = await answerFirstView(createAtlasClient(openAtlas(SQL, bytes.slice())));
		await writeFileAtomic(
			firstViewFile(options.out),
			new TextEncoder().encode(JSON.stringify(firstView))
		);
		await writeFileAtomic(options.out, bytes);
		const summary: IngestSummary = {
			documents: result.sources.length,
			passages: result.passages.length,
			events: eventsWithPassages(result),
			talks: result.talks.length,
			mentions: result.mentions.length,
			warnings: result.warnings.length,
			bytes: bytes.length,
			seconds: (performance.now() - started) / 1000
		};
		log(
			`${summary.documents} documents, ${summary.passages} passages, ${summary.events} events, ` +
				`${summary.talks} talks, ${summary.mentions} mentions, ${summary.warnings} warnings → ` +
				`${options.out} (${formatBytes(summary.bytes)}) in ${summary.seconds.toFixed(2)} s`
		);
		return 0;
	} catch (e) {
		if (e instanceof CorpusNotFoundError) error(`error: ${e.message}`);
		else
			error(
				`error: ingest failed, ${options.out} left unchanged: ${e instanceof Error ? e.message : String(e)}`
			);
		return 2;
	}
}
