/**
 * The loaded atlas, shared by every page through context: the worker client, how loading is
 * going, and the small reference tables (themes, projects, the event catalogue) that names and
 * filters are checked against. Created once by the root layout, so moving between the dashboard
 * and a project page never downloads or opens the database again.
 */
import { createContext } from 'svelte';
import { eventLabel } from '$lib/charts/formats';
import { asset } from '$app/paths';
import {
	assetUrls,
	DATABASE_DOWNLOAD_FILE,
	FIRST_VIEW_FILE,
	HASHED_FIRST_VIEW_URL
} from '$lib/db/assets';
import type { FirstView } from './dashboard/firstView';
import { asLoadError, type AtlasLoadError, type LoadProgress } from '$lib/db/load';
import {
	EMPTY_FILTERS,
	type EventSummary,
	type MetaInfo,
	type ProjectInfo,
	type ThemeInfo
} from '$lib/db/types';
import { createWorkerClient, type WorkerAtlasClient } from '$lib/db/worker/workerClient';
import type { KnownValues } from '$lib/state/filters.url';
import { byId, idSet, nameMap } from './lookup';

export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

export class AtlasStore {
	status = $state<LoadStatus>('idle');
	progress = $state.raw<LoadProgress | null>(null);
	error = $state.raw<AtlasLoadError | null>(null);
	client = $state.raw<WorkerAtlasClient | null>(null);
	meta = $state.raw<MetaInfo | null>(null);
	themes = $state.raw<ThemeInfo[]>([]);
	projects = $state.raw<ProjectInfo[]>([]);
	/** Every event, unfiltered (names, dates, the data's year range). */
	catalog = $state.raw<EventSummary[]>([]);
	/**
	 * The unfiltered view's build-time answers, while they match the database (see
	 * dashboard/firstView.ts): the dashboard draws from them before the database is open.
	 */
	firstView = $state.raw<FirstView | null>(null);

	readonly themeById = $derived(byId(this.themes));
	readonly projectById = $derived(byId(this.projects));
	readonly projectNames = $derived(nameMap(this.projects));
	readonly themeNames = $derived(nameMap(this.themes));
	/** Short labels ("KubeCon EU 2018") for captions, chips and tables. */
	readonly eventNames = $derived(
		nameMap(this.catalog.map((e) => ({ id: e.id, name: eventLabel(e) })))
	);
	readonly eventById = $derived(byId(this.catalog));
	readonly years = $derived.by((): [number, number] | undefined => {
		const years = this.catalog.map((e) => e.year);
		return years.length ? [Math.min(...years), Math.max(...years)] : undefined;
	});
	readonly known = $derived<KnownValues>({
		themes: idSet(this.themes),
		events: idSet(this.catalog),
		projects: idSet(this.projects),
		years: this.years
	});

	#createClient: () => WorkerAtlasClient;
	#fetchFirstView: () => Promise<FirstView | null>;

	constructor(
		createClient: () => WorkerAtlasClient = () =>
			createWorkerClient({ urls: assetUrls(asset(DATABASE_DOWNLOAD_FILE), location.href) }),
		// Without the file (an old build, a dev server before the first ingest), no first view.
		fetchFirstView: () => Promise<FirstView | null> = () =>
			fetch(HASHED_FIRST_VIEW_URL ?? asset(FIRST_VIEW_FILE))
				.then((r) => (r.ok ? (r.json() as Promise<FirstView>) : null))
				.catch(() => null)
	) {
		this.#createClient = createClient;
		this.#fetchFirstView = fetchFirstView;
	}

	/** Idempotent: the first caller starts loading, later ones share it. */
	start(): void {
		if (this.status === 'idle') void this.#load();
	}

	retry(): void {
		this.client?.dispose();
		this.client = null;
		void this.#load();
	}

	dispose(): void {
		this.client?.dispose();
	}

	/**
	 * Reads the reference tables again after the worker replaced the database (a user's recaps
	 * were added: see app/addRecaps.ts); pages that ask from now on get the new answers.
	 */
	async refresh(meta: MetaInfo): Promise<void> {
		this.firstView = null; // Answers for the database the site was built with.
		if (this.client) await this.#read(this.client, meta);
	}

	/** The reference tables of the database `client` has open. */
	async #read(client: WorkerAtlasClient, meta: MetaInfo): Promise<boolean> {
		if (this.firstView?.builtAt === meta.builtAt) {
			this.meta = meta; // The first view brought the same tables.
			return true;
		}
		const [themes, projects, catalog] = await Promise.all([
			client.themes(),
			client.projects(),
			client.events(EMPTY_FILTERS)
		]);
		if (client !== this.client) return false; // A retry replaced this client.
		this.meta = meta;
		this.firstView = null;
		this.themes = themes;
		this.projects = projects;
		this.catalog = catalog;
		return true;
	}

	async #load(): Promise<void> {
		this.status = 'loading';
		this.error = null;
		this.progress = null;
		performance.mark('atlas:load-start');
		const client = this.#createClient();
		this.client = client;
		void this.#fetchFirstView().then((view) => {
			if (!view || client !== this.client || this.status !== 'loading') return;
			this.themes = view.themes;
			this.projects = view.projects;
			this.catalog = view.catalog;
			this.firstView = view;
		});
		try {
			const meta = await client.load((progress) => {
				// For the browser benchmark: the download is over, the open begins.
				if (progress.phase === 'open') performance.mark('atlas:downloaded');
				if (client === this.client) this.progress = progress;
			});
			if (!(await this.#read(client, meta))) return;
			performance.mark('atlas:ready');
			this.status = 'ready';
		} catch (error) {
			if (client !== this.client) return;
			this.error = asLoadError(error);
			this.status = 'error';
		}
	}
}

export const [getAtlas, setAtlas] = createContext<AtlasStore>();
