/**
 * The dashboard's answers, one slot per chart plus the passage list. Each slot re-asks only
 * when its own inputs change (a selection change re-asks the passage list alone; a heatmap
 * toggle the heatmap alone), and `Latest` drops answers overtaken by a newer question, so a
 * fast sequence of filter changes can never paint an old view last.
 *
 * A redraw is applied in one go: answers that replace something already shown are held until
 * every question in flight has its answer (or `HOLD_MS` has passed), so a filter change costs the
 * browser one style, layout and paint pass instead of one per chart, and the linked views change
 * together. First answers are shown as they come, so the first chart appears as soon as it can.
 */
import { asLoadError, type AtlasLoadError } from '$lib/db/load';
import type {
	AtlasClient,
	AtlasSummary,
	EventSummary,
	Filters,
	HeatmapCell,
	NetworkEdge,
	NetworkNode,
	PassageHit,
	PassageQuery,
	SeriesPoint
} from '$lib/db/types';
import { Latest } from '../latest';
import { isUnfiltered, MAX_NODES, PASSAGE_PAGE, TOP_SERIES, type FirstView } from './firstView';

export type Slot = 'timeline' | 'heatmap' | 'network' | 'passages' | 'summary';

export interface TimelineData {
	events: EventSummary[];
	series: SeriesPoint[];
}

export interface NetworkData {
	nodes: NetworkNode[];
	edges: NetworkEdge[];
}

export interface PassagePage {
	total: number;
	rows: PassageHit[];
}

export { MAX_NODES, PASSAGE_PAGE, TOP_SERIES } from './firstView';
/** Longest an answer waits for the others of its redraw. */
export const HOLD_MS = 40;

/** Redrawn after the charts (see `DashboardData.#release`). */
const AFTER_CHARTS: ReadonlySet<Slot> = new Set(['passages', 'summary']);

/**
 * After the next frame is painted, once the tasks already waiting have run (the idle period that
 * follows the frame: a click waiting to be handled goes first); soon anyway where frames are not
 * produced (a hidden tab).
 */
function afterPaint(run: () => void): void {
	let done = false;
	const once = () => {
		if (!done) run();
		done = true;
	};
	if (typeof requestAnimationFrame === 'function')
		requestAnimationFrame(() =>
			typeof requestIdleCallback === 'function'
				? requestIdleCallback(once, { timeout: 50 })
				: setTimeout(once, 0)
		);
	setTimeout(once, 150);
}

/** In the next idle moment (soon anyway), or after a frame where there are no idle callbacks. */
function idle(run: () => void): void {
	if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 500 });
	else setTimeout(run, 50);
}

/** Marks for the browser benchmark (`performance.getEntriesByName('atlas:timeline')`). */
function mark(slot: Slot): void {
	performance.mark(`atlas:${slot}`);
}

/** An answer waiting to be applied: `change` applies it, unless its slot was asked again. */
interface Held {
	slot: Slot;
	asked: number;
	change: () => void;
}

export class DashboardData {
	timeline = $state.raw<TimelineData | null>(null);
	heatmap = $state.raw<HeatmapCell[] | null>(null);
	network = $state.raw<NetworkData | null>(null);
	passages = $state.raw<PassagePage | null>(null);
	/** The counts line. */
	summary = $state.raw<AtlasSummary | null>(null);
	errors = $state.raw<Partial<Record<Slot, AtlasLoadError>>>({});
	/** Slots waiting for an answer (to dim a stale chart, not to hide it). */
	pending = $state.raw<Partial<Record<Slot, boolean>>>({});

	#latest: Record<Slot, Latest> = {
		timeline: new Latest(),
		heatmap: new Latest(),
		network: new Latest(),
		passages: new Latest(),
		summary: new Latest()
	};
	#clients: Record<Slot, AtlasClient>;
	/** The passage question last asked, so "Show more" continues it. */
	#passageQuery: PassageQuery | null = null;
	/** Questions asked per slot, and which slots' newest question is unanswered. */
	#asked: Record<Slot, number> = { timeline: 0, heatmap: 0, network: 0, passages: 0, summary: 0 };
	#inFlight: Partial<Record<Slot, boolean>> = {};
	/** Answers held for the rest of their redraw, applied together by `#release`. */
	#held: Held[] = [];
	/**
	 * While charts have changed and their frame is not yet painted: the counts' and passages'
	 * answers released meanwhile, applied after that frame (see `#release`).
	 */
	#afterFrame: Held[] | null = null;
	#holdTimer: ReturnType<typeof setTimeout> | undefined;

	/**
	 * `client.slot`, when there (the worker client), gives each chart its own queue slot in the
	 * worker, so a question it no longer needs is dropped before it runs. `firstView`, when given:
	 * the build-time answers of the unfiltered view (see firstView.ts), used instead of asking
	 * `client` for that view, so the charts need not wait for the database.
	 */
	constructor(
		readonly client: AtlasClient & { slot?: (name: string) => AtlasClient },
		readonly firstView: FirstView | null = null
	) {
		const forSlot = (slot: Slot) => client.slot?.(slot) ?? client;
		this.#clients = {
			timeline: forSlot('timeline'),
			heatmap: forSlot('heatmap'),
			network: forSlot('network'),
			passages: forSlot('passages'),
			summary: forSlot('summary')
		};
	}

	/**
	 * The build-time answer for an unfiltered view, when there is one: in a task of its own (as a
	 * worker's answer would come), so that each chart's first drawing is a task of its own.
	 */
	#first<T>(filters: Filters, pick: (view: FirstView) => T, fits = true): Promise<T> | null {
		const view = this.firstView;
		if (!view || !fits || !isUnfiltered(filters)) return null;
		return new Promise((resolve) => setTimeout(() => resolve(pick(view)), 0));
	}

	loadTimeline(filters: Filters): void {
		const client = this.#clients.timeline;
		this.#ask(
			'timeline',
			this.#first(filters, (v) => ({ events: v.catalog, series: v.series })) ??
				Promise.all([client.events(filters), client.timelineSeries(filters, TOP_SERIES)]).then(
					([events, series]) => ({ events, series })
				),
			(value) => (this.timeline = value)
		);
	}

	loadHeatmap(filters: Filters, columns: 'event' | 'year', measure: 'share' | 'raw'): void {
		this.#ask(
			'heatmap',
			this.#first(filters, (v) => v.heatmap, columns === 'event' && measure === 'share') ??
				this.#clients.heatmap.heatmap(filters, columns, measure),
			(v) => (this.heatmap = v)
		);
	}

	/**
	 * Set by the network chart's panel: lays out a new graph (into the layout cache) before its
	 * answer counts as in, so the chart draws it in the same frame as the other charts instead of
	 * one layout later. Null until the chart knows its size.
	 */
	warmNetworkLayout: ((network: NetworkData) => Promise<unknown>) | null = null;

	/**
	 * Every edge (weight ≥ 1): the weight slider only hides edges, without a query. `maxNodes`:
	 * the most mentioned projects kept (null: all of them).
	 */
	loadNetwork(filters: Filters, maxNodes: number | null = MAX_NODES): void {
		const limit = maxNodes ?? Number.MAX_SAFE_INTEGER;
		const answer =
			this.#first(filters, (v) => v.network, maxNodes === MAX_NODES) ??
			this.#clients.network.network(filters, 1, limit);
		const work = answer.then(async (network) => {
			// A failed layout is the chart's to report when it asks again.
			await this.warmNetworkLayout?.(network).catch(() => undefined);
			return network;
		});
		this.#ask('network', work, (v) => (this.network = v));
	}

	loadSummary(filters: Filters): void {
		this.#ask(
			'summary',
			this.#first(filters, (v) => v.summary) ?? this.#clients.summary.summary(filters),
			(v) => (this.summary = v)
		);
	}

	loadPassages(query: PassageQuery): void {
		this.#passageQuery = query;
		// Nothing selected, first page: the unfiltered view's passages.
		const { filters, limit, ...selected } = query;
		const first = Object.values(selected).every((v) => v === undefined) && limit === undefined;
		this.#ask(
			'passages',
			this.#first(filters, (v) => v.passages, first) ??
				this.#clients.passages.passages({ limit: PASSAGE_PAGE, ...query }),
			(v) => (this.passages = v)
		);
	}

	/** The next page of the current passage question, appended. */
	morePassages(): void {
		const query = this.#passageQuery;
		const current = this.passages;
		if (!query || !current || current.rows.length >= current.total) return;
		this.#ask(
			'passages',
			this.#clients.passages.passages({
				...query,
				limit: PASSAGE_PAGE,
				offset: current.rows.length
			}),
			(next) => (this.passages = { total: next.total, rows: [...current.rows, ...next.rows] })
		);
	}

	#rehearsed = false;

	/**
	 * Once, after the first view is drawn: each chart takes the answer it already shows again, as
	 * a copy, one chart per idle moment, twice over. Nothing on the page changes (every mark keeps
	 * its attributes), but the code a filter change runs (the layouts, the marks' comparisons,
	 * Svelte's updates, the tables) has run and been compiled before the first click, which
	 * otherwise pays for it: the first changes of a visit were the slowest. Stops as soon as
	 * anything is asked.
	 */
	rehearse(): void {
		if (this.#rehearsed) return;
		this.#rehearsed = true;
		const asked = () => Object.values(this.#asked).reduce((a, b) => a + b, 0);
		const before = asked();
		const steps: (() => void)[] = [];
		for (let round = 0; round < 2; round++)
			steps.push(
				() => this.timeline && (this.timeline = { ...this.timeline }),
				() => this.heatmap && (this.heatmap = [...this.heatmap]),
				() => this.network && (this.network = { ...this.network })
			);
		const next = () => {
			const busy = Object.values(this.pending).some(Boolean);
			if (busy || asked() !== before || steps.length === 0) return;
			steps.shift()!();
			idle(next);
		};
		idle(next);
	}

	cancel(): void {
		for (const latest of Object.values(this.#latest)) latest.cancel();
		clearTimeout(this.#holdTimer);
		this.#held = [];
		this.#afterFrame?.splice(0);
		this.#afterFrame = null;
		this.#inFlight = {};
	}

	#ask<T>(slot: Slot, work: Promise<T>, apply: (value: T) => void): void {
		this.pending = { ...this.pending, [slot]: true };
		this.#asked[slot]++;
		this.#inFlight[slot] = true;
		this.#latest[slot].run(
			work,
			(value) => {
				const redraw = this[slot] !== null;
				this.#settle(slot, redraw, () => {
					apply(value);
					mark(slot);
					this.pending = { ...this.pending, [slot]: false };
					if (this.errors[slot]) this.errors = { ...this.errors, [slot]: undefined };
				});
			},
			(error) => {
				this.#settle(slot, false, () => {
					this.pending = { ...this.pending, [slot]: false };
					this.errors = { ...this.errors, [slot]: asLoadError(error) };
				});
			}
		);
	}

	/**
	 * Holds an answer while others of its redraw are on their way. Charts wait for charts only:
	 * the passage list and the counts line follow the charts' frame anyway, and their questions
	 * (asked last, a full-text search among them) held every chart back until they were answered
	 * or `HOLD_MS` ran out.
	 */
	#settle(slot: Slot, hold: boolean, change: () => void): void {
		this.#inFlight[slot] = false;
		this.#held.push({ slot, asked: this.#asked[slot], change });
		const chart = !AFTER_CHARTS.has(slot);
		const waiting = (Object.keys(this.#inFlight) as Slot[]).some(
			(other) => this.#inFlight[other] && !(chart && AFTER_CHARTS.has(other))
		);
		if (!hold || !waiting) this.#release();
		else this.#holdTimer ??= setTimeout(() => this.#release(), HOLD_MS);
	}

	/**
	 * Applies the held answers, except any whose slot has been asked again since. When charts
	 * change, the counts line and the passage list (text to lay out, below the charts) follow just
	 * after the charts' frame has been painted: their answers released with the charts' or after
	 * them, before that frame, wait for it. (Answered a few milliseconds after the charts, they
	 * used to be applied in the next task, which came before the frame: the charts were painted
	 * only once the list was laid out too.)
	 */
	#release(): void {
		clearTimeout(this.#holdTimer);
		this.#holdTimer = undefined;
		const held = this.#held;
		this.#held = [];
		const current = held.filter(({ slot, asked }) => asked === this.#asked[slot]);
		const charts = current.some(({ slot }) => !AFTER_CHARTS.has(slot));
		if (charts && !this.#afterFrame) {
			const list: Held[] = (this.#afterFrame = []);
			afterPaint(() => {
				if (this.#afterFrame === list) this.#afterFrame = null;
				for (const { slot, asked, change } of list) if (asked === this.#asked[slot]) change();
			});
		}
		const waiting = this.#afterFrame;
		for (const held of current) {
			if (waiting && AFTER_CHARTS.has(held.slot)) waiting.push(held);
			else held.change();
		}
	}
}
