import { EMPTY_FILTERS } from '$lib/db/types';
import type { EntryGenerator } from './$types';
import { buildTimeAtlas } from '../../buildtime.server';

/** One prerendered page per event in the database, catalogue events without passages too. */
export const entries: EntryGenerator = async () => {
	const events = await (await buildTimeAtlas()).events(EMPTY_FILTERS);
	return events.map(({ id }) => ({ id }));
};
