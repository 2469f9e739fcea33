/**
 * What the project and event pages share: their answer from the worker (the newest only, see
 * `Latest`), its error with a retry, and "Show more passages" appending the next page.
 */
import type { AtlasClient } from '$lib/db/types';
import { asLoadError, type AtlasLoadError } from '$lib/db/load';
import { Latest } from './latest';
import { morePassages, type PassagePage } from './pages';

export class EntityPage<T extends { passages: PassagePage }> {
	result = $state.raw<T | null>(null);
	error = $state.raw<AtlasLoadError | null>(null);
	loadingMore = $state(false);
	#latest = new Latest();
	#atlas: { status: string; client: AtlasClient | null };
	#fetch: (client: AtlasClient) => Promise<T>;

	/**
	 * `atlas`: the page's atlas store (asked once it is ready). `fetch`: the page's question;
	 * reactive values it reads (the route's id) make `load`, run in an effect, ask again.
	 */
	constructor(
		atlas: { status: string; client: AtlasClient | null },
		fetch: (client: AtlasClient) => Promise<T>
	) {
		this.#atlas = atlas;
		this.#fetch = fetch;
	}

	load = (): void => {
		const client = this.#atlas.client;
		if (this.#atlas.status !== 'ready' || !client) return;
		this.error = null;
		this.#latest.run(
			this.#fetch(client),
			(value) => (this.result = value),
			(e) => (this.error = asLoadError(e))
		);
	};

	more = async (): Promise<void> => {
		const client = this.#atlas.client;
		const current = this.result;
		if (!client || !current) return;
		this.loadingMore = true;
		try {
			const passages = await morePassages(client, current.passages);
			if (this.result === current) this.result = { ...current, passages };
		} catch (e) {
			this.error = asLoadError(e);
		} finally {
			this.loadingMore = false;
		}
	};
}
