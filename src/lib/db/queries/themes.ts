/** The themes in taxonomy order (the heatmap's row order). */
import type { ThemeInfo } from '../types';
import { query } from '../sql';
import type { QueryContext } from './scope';

export function themes(ctx: QueryContext): ThemeInfo[] {
	return query<ThemeInfo>(ctx.db, 'SELECT id, name, description FROM themes ORDER BY ordinal');
}
