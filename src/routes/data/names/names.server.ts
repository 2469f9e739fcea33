import { json } from '@sveltejs/kit';
import { EMPTY_FILTERS } from '$lib/db/types';
import { buildTimeAtlas } from '../../buildtime.server';

type Kind = 'projects' | 'events';

const maps = new Map<Kind, Promise<Map<string, string>>>();

function names(kind: Kind): Promise<Map<string, string>> {
	let map = maps.get(kind);
	if (!map) {
		map = (async () => {
			const atlas = await buildTimeAtlas();
			const rows = kind === 'projects' ? await atlas.projects() : await atlas.events(EMPTY_FILTERS);
			return new Map(rows.map((r) => [r.id, r.name]));
		})();
		maps.set(kind, map);
	}
	return map;
}

/**
 * `{ name }` of one project or event, written at build time (one tiny file per page) so that
 * its prerendered title and h1 carry the name instead of the id. `name` is null for an
 * unknown id or without a database (the page then says what is missing once it loads).
 */
export async function nameResponse(kind: Kind, id: string): Promise<Response> {
	try {
		return json({ name: (await names(kind)).get(id) ?? null });
	} catch {
		return json({ name: null });
	}
}

export async function nameEntries(kind: Kind): Promise<{ id: string }[]> {
	return [...(await names(kind)).keys()].map((id) => ({ id }));
}
