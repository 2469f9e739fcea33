/**
 * A user's own recaps added to the open atlas, in the browser: the open database read back into
 * ingest rows, the new documents ingested on top (same code as `npm run ingest`), and a new
 * database built from the whole. Nothing is changed in place: the caller swaps databases only
 * when this returns, so a failure leaves the atlas as it was.
 */
import type { Database, SqlJsStatic } from 'sql.js';
import { addDocuments } from '../ingest/pipeline';
import type { IngestWarning, SourceInput, Taxonomy } from '../ingest/types';
import { buildDatabase } from './build';
import { readIngestResult } from './readResult';

/** What the new documents brought: shown to the user, and enough to link to it. */
export interface AddReport {
	/** The documents added, with the events their passages went to. */
	documents: {
		path: string;
		title: string | null;
		passages: number;
		events: { id: string; name: string; passages: number }[];
		unattributed: number;
	}[];
	passages: number;
	talks: number;
	mentions: number;
	/** Problems with the new files (a file skipped, a passage without event…). */
	warnings: IngestWarning[];
}

export class NothingAddedError extends Error {
	override name = 'NothingAddedError';
}

export function addRecaps(
	SQL: SqlJsStatic,
	db: Database,
	taxonomy: Taxonomy,
	inputs: SourceInput[],
	builtAt: string
): { bytes: Uint8Array; report: AddReport } {
	const base = readIngestResult(db, taxonomy);
	const result = addDocuments(base, inputs);
	const added = result.sources.slice(base.sources.length);
	const warnings = result.warnings.slice(base.warnings.length);
	if (added.length === 0) {
		const why = warnings.map((w) => `${w.file}: ${w.message}`).join('; ');
		throw new NothingAddedError(
			`No recap was added${why ? ` — ${why}` : ''}. The atlas is unchanged.`
		);
	}
	const eventName = new Map(result.events.map((e) => [e.id, e.name]));
	const passages = result.passages.slice(base.passages.length);
	const documents = added.map((s) => {
		const own = passages.filter((p) => p.source_id === s.id);
		const counts = new Map<string, number>();
		for (const p of own) if (p.event_id) counts.set(p.event_id, (counts.get(p.event_id) ?? 0) + 1);
		return {
			path: s.path,
			title: s.title,
			passages: own.length,
			events: [...counts].map(([id, n]) => ({ id, name: eventName.get(id) ?? id, passages: n })),
			unattributed: own.filter((p) => p.event_id === null).length
		};
	});
	const report: AddReport = {
		documents,
		passages: passages.length,
		talks: result.talks.length - base.talks.length,
		mentions: result.mentions.length - base.mentions.length,
		warnings
	};
	return { bytes: buildDatabase(SQL, result, { builtAt }), report };
}
