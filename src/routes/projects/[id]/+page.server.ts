import type { EntryGenerator } from './$types';
import { buildTimeAtlas } from '../../buildtime.server';

/** One prerendered page per project in the database (the crawler cannot find them: links to
 * them are drawn in the browser). */
export const entries: EntryGenerator = async () => {
	const projects = await (await buildTimeAtlas()).projects();
	return projects.map(({ id }) => ({ id }));
};
