import type { EntryGenerator, RequestHandler } from './$types';
import { nameEntries, nameResponse } from '../../names.server';

export const prerender = true;

export const entries: EntryGenerator = () => nameEntries('projects');

export const GET: RequestHandler = ({ params }) => nameResponse('projects', params.id);
