/**
 * Links to the per-item pages. The site uses `trailingSlash: 'always'` (pages are written as
 * `…/index.html`), so links carry the slash and no redirect is needed.
 */
import { resolve } from '$app/paths';

export function projectHref(id: string): string {
	return `${resolve('/projects/[id]', { id })}/`;
}

export function eventHref(id: string): string {
	return `${resolve('/events/[id]', { id })}/`;
}

/** The dashboard with one filter set (the "Explore in the dashboard" links). */
export function dashboardHref(param: 'project' | 'event' | 'theme', id: string): string {
	return `${resolve('/')}?${param}=${encodeURIComponent(id)}`;
}
