/** Facts about the database itself: version, build time, corpus digest and counts. */
import type { MetaInfo } from '../types';
import { query } from '../sql';
import type { QueryContext } from './scope';

export function meta(ctx: QueryContext): MetaInfo {
	const values = new Map(
		query<{ key: string; value: string }>(ctx.db, 'SELECT key, value FROM meta').map((r) => [
			r.key,
			r.value
		])
	);
	const counts: Record<string, number> = {};
	for (const [key, value] of values) {
		if (key.startsWith('counts.')) counts[key.slice('counts.'.length)] = Number(value);
	}
	return {
		schemaVersion: Number(values.get('schema_version')),
		builtAt: values.get('built_at') ?? '',
		corpusDigest: values.get('corpus_digest') ?? '',
		counts
	};
}
