import { resolve } from '$app/paths';

/**
 * The name of a project or event page, from the small JSON file written next to the database at
 * build time. Prerendering inlines the response into the page, so the title and h1 are right
 * before the database loads and hydration needs no request. Null if it cannot be read.
 */
export async function pageName(
	fetch: typeof globalThis.fetch,
	kind: 'projects' | 'events',
	id: string
): Promise<string | null> {
	try {
		const path =
			kind === 'projects' ? '/data/names/projects/[id].json' : '/data/names/events/[id].json';
		const response = await fetch(resolve(path, { id }));
		if (!response.ok) return null;
		const body: { name?: unknown } = await response.json();
		return typeof body.name === 'string' ? body.name : null;
	} catch {
		return null;
	}
}
