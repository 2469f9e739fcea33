/**
 * One typed function per question the dashboard asks. `createQueries` answers synchronously
 * (tests, scripts, the worker's own code); `createAtlasClient` wraps it in the async
 * AtlasClient interface the page talks to through the worker.
 */
import type { Database } from 'sql.js';
import type { AtlasClient, Filters, PassageQuery } from '../types';
import { events, type QueryMode } from './events';
import { heatmap } from './heatmap';
import { meta } from './meta';
import { network } from './network';
import { passages } from './passages';
import { projects } from './projects';
import { createContext, normalize } from './scope';
import { sources } from './sources';
import { summary } from './summary';
import { talks } from './talks';
import { themes } from './themes';
import { timelineSeries } from './timeline';

export type { QueryMode } from './events';
export { ftsQuery } from './fts';

type Sync<T> = {
	[K in keyof T]: T[K] extends (...args: infer A) => Promise<infer R> ? (...args: A) => R : never;
};

export type AtlasQueries = Sync<AtlasClient>;

/**
 * Synchronous queries over an open atlas database. `mode: 'raw'` answers every chart from the
 * raw passages instead of the aggregates (slow; the tests use it as the reference answer).
 */
export function createQueries(db: Database, mode: QueryMode = 'auto'): AtlasQueries {
	const ctx = createContext(db);
	return {
		meta: () => meta(ctx),
		themes: () => themes(ctx),
		projects: () => projects(ctx),
		events: (f: Filters) => events(ctx, normalize(f), mode),
		timelineSeries: (f: Filters, limit?: number) => timelineSeries(ctx, normalize(f), limit, mode),
		heatmap: (f: Filters, columns: 'event' | 'year', measure?: 'share' | 'raw') =>
			heatmap(ctx, normalize(f), columns, measure, mode),
		network: (f: Filters, minWeight?: number, maxNodes?: number) =>
			network(ctx, normalize(f), minWeight, maxNodes, mode),
		passages: (q: PassageQuery) => passages(ctx, q, mode),
		talks: (eventId: string) => talks(ctx, eventId),
		sources: () => sources(ctx),
		summary: (f: Filters) => summary(ctx, normalize(f), mode)
	};
}

/** The async AtlasClient over an open database (each call runs synchronously inside). */
export function createAtlasClient(db: Database): AtlasClient {
	const q = createQueries(db);
	const wrap =
		<A extends unknown[], R>(fn: (...args: A) => R) =>
		async (...args: A): Promise<R> =>
			fn(...args);
	return {
		meta: wrap(q.meta),
		themes: wrap(q.themes),
		projects: wrap(q.projects),
		events: wrap(q.events),
		timelineSeries: wrap(q.timelineSeries),
		heatmap: wrap(q.heatmap),
		network: wrap(q.network),
		passages: wrap(q.passages),
		talks: wrap(q.talks),
		sources: wrap(q.sources),
		summary: wrap(q.summary)
	};
}
