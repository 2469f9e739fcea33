import type { EntryGenerator, RequestHandler } from './$types';
import { nameEntries, nameResponse } from '../../names.server';

export const prerender = true;

export const entries: EntryGenerator = () => nameEntries('events');

export const GET: RequestHandler = ({ params }) => nameResponse('events', params.id);
