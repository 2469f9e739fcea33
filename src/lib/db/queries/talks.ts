/** The talks recaps name for one event, in corpus order. */
import type { TalkInfo } from '../types';
import { query } from '../sql';
import type { QueryContext } from './scope';

interface TalkRow {
	id: number;
	title: string;
	speakers: string;
	organizations: string;
	source_id: number;
}

function stringArray(json: string): string[] {
	const value: unknown = JSON.parse(json);
	return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

export function talks(ctx: QueryContext, eventId: string): TalkInfo[] {
	return query<TalkRow>(
		ctx.db,
		'SELECT id, title, speakers, organizations, source_id FROM talks WHERE event_id = ? ORDER BY id',
		[eventId]
	).map((r) => ({
		id: r.id,
		title: r.title,
		speakers: stringArray(r.speakers),
		organizations: stringArray(r.organizations),
		sourceId: r.source_id
	}));
}
