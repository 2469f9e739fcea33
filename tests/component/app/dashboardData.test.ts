import { describe, expect, it, vi } from 'vitest';
import { DashboardData, HOLD_MS, MAX_NODES } from '$lib/app/dashboard/data.svelte';
import type { FirstView } from '$lib/app/dashboard/firstView';
import { AtlasLoadError } from '$lib/db/load';
import { EMPTY_FILTERS, type AtlasClient, type Filters, type PassageHit } from '$lib/db/types';

/** A client whose heatmap answers are released by hand, to reorder them. */
function deferredClient() {
	const heatmapCalls: {
		filters: Filters;
		resolve: (v: unknown) => void;
		reject: (e: unknown) => void;
	}[] = [];
	const passage = (id: number): PassageHit => ({
		id,
		text: `passage ${id}`,
		eventId: null,
		eventName: null,
		sourceId: 1,
		sourceTitle: null,
		sourceAuthor: null,
		sourceUrl: null,
		sectionHeading: null,
		mentions: []
	});
	const client = {
		heatmap: (filters: Filters) =>
			new Promise((resolve, reject) => heatmapCalls.push({ filters, resolve, reject })),
		passages: async (q: { limit?: number; offset?: number }) => {
			const offset = q.offset ?? 0;
			const rows = Array.from({ length: Math.min(q.limit ?? 20, 45 - offset) }, (_, i) =>
				passage(offset + i)
			);
			return { total: 45, rows };
		}
	} as unknown as AtlasClient;
	return { client, heatmapCalls };
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('DashboardData', () => {
	it('never lets an older answer overwrite a newer one', async () => {
		const { client, heatmapCalls } = deferredClient();
		const data = new DashboardData(client);
		data.loadHeatmap({ ...EMPTY_FILTERS, themes: ['a'] }, 'event', 'share');
		data.loadHeatmap({ ...EMPTY_FILTERS, themes: ['b'] }, 'event', 'share');
		expect(data.pending.heatmap).toBe(true);
		heatmapCalls[1]!.resolve(['new']);
		await tick();
		heatmapCalls[0]!.resolve(['old']);
		await tick();
		expect(data.heatmap).toEqual(['new']);
		expect(data.pending.heatmap).toBe(false);
	});

	it('keeps a failure to its own chart, and clears it on the next answer', async () => {
		const { client, heatmapCalls } = deferredClient();
		const data = new DashboardData(client);
		data.loadHeatmap(EMPTY_FILTERS, 'year', 'raw');
		heatmapCalls[0]!.reject(new Error('no such column: x'));
		await tick();
		expect(data.errors.heatmap).toBeInstanceOf(AtlasLoadError);
		expect(data.errors.heatmap?.kind).toBe('query');
		expect(data.errors.timeline).toBeUndefined();
		data.loadHeatmap(EMPTY_FILTERS, 'year', 'raw');
		heatmapCalls[1]!.resolve([]);
		await tick();
		expect(data.errors.heatmap).toBeUndefined();
	});

	it('"Show more" appends the next page of the same question', async () => {
		const { client } = deferredClient();
		const data = new DashboardData(client);
		data.loadPassages({ filters: EMPTY_FILTERS });
		await tick();
		expect(data.passages?.rows.map((r) => r.id)).toEqual([...Array(20).keys()]);
		data.morePassages();
		await tick();
		data.morePassages();
		await tick();
		expect(data.passages?.rows).toHaveLength(45);
		expect(data.passages?.rows.at(-1)?.id).toBe(44);
		data.morePassages(); // Nothing left: no change.
		await tick();
		expect(data.passages?.rows).toHaveLength(45);
	});

	it('draws the unfiltered view from its build-time answers, and asks the database for any other', async () => {
		const asked: string[] = [];
		const record =
			(name: string, value: unknown) =>
			async (...args: unknown[]) => {
				asked.push(`${name} ${JSON.stringify(args[0])}`);
				return value;
			};
		const client = {
			events: record('events', []),
			timelineSeries: record('timelineSeries', []),
			heatmap: record('heatmap', ['from the database']),
			network: record('network', { nodes: [], edges: [] }),
			summary: record('summary', null),
			passages: record('passages', { total: 0, rows: [] })
		} as unknown as AtlasClient;
		const view = {
			builtAt: 'x',
			themes: [],
			projects: [],
			catalog: [{ id: 'kubecon-eu-2018' }],
			series: [],
			heatmap: ['built'],
			network: { nodes: [{ id: 'prometheus' }], edges: [] },
			summary: { passages: 1 },
			passages: { total: 1, rows: [] }
		} as unknown as FirstView;
		const data = new DashboardData(client, view);
		data.loadTimeline(EMPTY_FILTERS);
		data.loadHeatmap(EMPTY_FILTERS, 'event', 'share');
		data.loadNetwork(EMPTY_FILTERS);
		data.loadSummary(EMPTY_FILTERS);
		data.loadPassages({ filters: EMPTY_FILTERS });
		await tick();
		await tick();
		expect(asked).toEqual([]);
		expect(data.timeline?.events).toEqual(view.catalog);
		expect(data.heatmap).toEqual(['built']);
		expect(data.network).toBe(view.network);
		// The counts and the passage list follow the charts' first frame.
		await vi.waitFor(() => expect(data.summary).toBe(view.summary));
		expect(data.passages).toBe(view.passages);

		// Anything else is the database's: a filter, another heatmap measure, all projects, a
		// selected mark, the next page of passages.
		const theme = { ...EMPTY_FILTERS, themes: ['observability'] };
		data.loadHeatmap(theme, 'event', 'share');
		data.loadHeatmap(EMPTY_FILTERS, 'year', 'share');
		data.loadNetwork(EMPTY_FILTERS, null);
		data.loadPassages({ filters: EMPTY_FILTERS, eventId: 'kubecon-eu-2018' });
		await tick();
		expect(asked.map((a) => a.split(' ')[0])).toEqual([
			'heatmap',
			'heatmap',
			'network',
			'passages'
		]);
	});

	it('rehearses a redraw on the answers shown, changing nothing, and stops when asked something', async () => {
		vi.useFakeTimers();
		try {
			const heatmaps: number[] = [];
			const client = {
				heatmap: async () => (heatmaps.push(1), ['asked'])
			} as unknown as AtlasClient;
			const view = {
				catalog: [{ id: 'kubecon-eu-2018' }],
				series: [],
				heatmap: [{ cell: 1 }],
				network: { nodes: [{ id: 'prometheus' }], edges: [] }
			} as unknown as FirstView;
			const data = new DashboardData(client, view);
			data.loadTimeline(EMPTY_FILTERS);
			data.loadHeatmap(EMPTY_FILTERS, 'event', 'share');
			data.loadNetwork(EMPTY_FILTERS);
			await vi.advanceTimersByTimeAsync(1);
			const shown = { timeline: data.timeline, heatmap: data.heatmap, network: data.network };
			data.rehearse();
			// One chart per idle moment: the timeline first, then the heatmap, then the network.
			await vi.advanceTimersByTimeAsync(60);
			expect(data.timeline).not.toBe(shown.timeline);
			expect(data.timeline).toEqual(shown.timeline);
			expect(data.heatmap).toBe(shown.heatmap);
			await vi.advanceTimersByTimeAsync(120);
			expect(data.heatmap).not.toBe(shown.heatmap);
			expect(data.heatmap).toEqual(shown.heatmap);
			expect(data.network).toEqual(shown.network);

			// A question stops it: the answer is the question's, not a copy of the old view.
			data.loadHeatmap({ ...EMPTY_FILTERS, themes: ['a'] }, 'event', 'share');
			await vi.advanceTimersByTimeAsync(HOLD_MS + 1);
			const network = data.network;
			await vi.advanceTimersByTimeAsync(1000);
			expect(data.heatmap).toEqual(['asked']);
			expect(data.network).toBe(network);
			expect(heatmaps).toHaveLength(1);
		} finally {
			vi.useRealTimers();
		}
	});

	it('asks for the top projects by default and for all of them on request', async () => {
		const asked: (number | undefined)[] = [];
		const client = {
			network: async (_f: Filters, _min: number, maxNodes?: number) => {
				asked.push(maxNodes);
				return { nodes: [], edges: [] };
			}
		} as unknown as AtlasClient;
		const data = new DashboardData(client);
		data.loadNetwork(EMPTY_FILTERS);
		data.loadNetwork(EMPTY_FILTERS, null);
		await tick();
		expect(asked[0]).toBe(MAX_NODES);
		expect(asked[1]).toBeGreaterThan(100_000);
	});

	describe('a redraw', () => {
		/** A client whose heatmap, network and summary answers are released by hand. */
		function manualClient() {
			const calls: { method: string; resolve: (v: unknown) => void }[] = [];
			const ask = (method: string) => () =>
				new Promise((resolve) => calls.push({ method, resolve }));
			const client = {
				heatmap: ask('heatmap'),
				network: ask('network'),
				summary: ask('summary')
			} as unknown as AtlasClient;
			const answer = async (method: string, value: unknown) => {
				calls
					.filter((c) => c.method === method)
					.at(-1)!
					.resolve(value);
				// Microtasks only: the hold's timer must not run unless a test advances it.
				for (let i = 0; i < 8; i++) await Promise.resolve();
			};
			return { client, answer };
		}

		const graph = (name: string) => ({ nodes: [{ id: name }], edges: [] });

		async function shown() {
			const { client, answer } = manualClient();
			const data = new DashboardData(client);
			const load = (themes: string[]) => {
				const filters = { ...EMPTY_FILTERS, themes };
				data.loadHeatmap(filters, 'event', 'share');
				data.loadNetwork(filters);
				data.loadSummary(filters);
			};
			load([]);
			await answer('heatmap', ['first heatmap']);
			expect(data.heatmap, 'a first answer is shown at once').toEqual(['first heatmap']);
			await answer('network', graph('first'));
			await answer('summary', { passages: 1 });
			await vi.waitFor(() => expect(data.summary).toEqual({ passages: 1 }));
			load(['a']);
			return { data, answer };
		}

		it('changes every chart at once, when the last chart has its answer', async () => {
			const { data, answer } = await shown();
			await answer('heatmap', ['second heatmap']);
			expect(data.heatmap, 'held for the network').toEqual(['first heatmap']);
			expect(data.pending.heatmap).toBe(true);
			await answer('summary', { passages: 2 });
			expect(data.summary, 'the counts wait for the charts').toEqual({ passages: 1 });
			await answer('network', graph('second'));
			expect(data.heatmap).toEqual(['second heatmap']);
			expect(data.network).toEqual(graph('second'));
			expect(data.summary, 'the counts follow the charts').toEqual({ passages: 1 });
			await vi.waitFor(() => expect(data.summary).toEqual({ passages: 2 }));
			expect(data.pending).toEqual({ heatmap: false, network: false, summary: false });
		});

		it('does not hold the charts back for the counts or the passage list', async () => {
			const { data, answer } = await shown();
			await answer('heatmap', ['second heatmap']);
			await answer('network', graph('second'));
			expect(data.heatmap).toEqual(['second heatmap']);
			expect(data.network).toEqual(graph('second'));
			expect(data.pending.summary).toBe(true);
			// Answered before the charts' frame is painted: applied after it, not in the way.
			await answer('summary', { passages: 2 });
			expect(data.summary).toEqual({ passages: 1 });
			await vi.waitFor(() => expect(data.summary).toEqual({ passages: 2 }));
		});

		it('applies the counts at once when no chart has changed since the last frame', async () => {
			const { data, answer } = await shown();
			await answer('heatmap', ['second heatmap']);
			await answer('network', graph('second'));
			await new Promise((resolve) => setTimeout(resolve, 200)); // the charts' frame is past
			await answer('summary', { passages: 2 });
			expect(data.summary).toEqual({ passages: 2 });
		});

		it(`waits at most ${HOLD_MS} ms for a slow answer`, async () => {
			vi.useFakeTimers();
			try {
				const { data, answer } = await shown();
				await answer('heatmap', ['second heatmap']);
				await vi.advanceTimersByTimeAsync(HOLD_MS + 1);
				expect(data.heatmap).toEqual(['second heatmap']);
				expect(data.pending.network).toBe(true);
			} finally {
				vi.useRealTimers();
			}
		});

		it('drops a held answer whose chart has been asked again', async () => {
			const { data, answer } = await shown();
			await answer('heatmap', ['second heatmap']);
			data.loadHeatmap({ ...EMPTY_FILTERS, themes: ['b'] }, 'event', 'share');
			await answer('network', graph('second'));
			expect(data.heatmap).toEqual(['first heatmap']);
			expect(data.pending.heatmap).toBe(true);
			await answer('heatmap', ['third heatmap']);
			expect(data.heatmap).toEqual(['third heatmap']);
		});
	});
});
