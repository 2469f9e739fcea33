/** Every project of the taxonomy, by name (mentioned or not). */
import type { ProjectInfo } from '../types';
import { query } from '../sql';
import type { QueryContext } from './scope';

interface ProjectRow {
	id: string;
	name: string;
	category: string;
	subcategory: string;
	cncf_status: string | null;
	accepted: string | null;
	incubating: string | null;
	graduated: string | null;
	homepage: string | null;
}

export function projects(ctx: QueryContext): ProjectInfo[] {
	return query<ProjectRow>(ctx.db, 'SELECT * FROM projects ORDER BY name COLLATE NOCASE, id').map(
		(r) => ({
			id: r.id,
			name: r.name,
			category: r.category,
			subcategory: r.subcategory,
			cncfStatus: r.cncf_status,
			accepted: r.accepted,
			incubating: r.incubating,
			graduated: r.graduated,
			homepage: r.homepage
		})
	);
}
