import type { PageLoad } from './$types';

// The id is all the prerendered page knows; the rest is read from the database in the browser.
export const load: PageLoad = ({ params }) => ({ id: params.id });
