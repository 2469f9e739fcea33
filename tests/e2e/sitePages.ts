/** The site's kinds of page, each with what says its data has arrived (axe, screenshots). */
import type { Page } from 'playwright-core';
import { waitForCharts } from './dashboard';

export interface SitePage {
	name: string;
	path: string;
	ready: (page: Page) => Promise<unknown>;
}

export const SITE_PAGES: SitePage[] = [
	{ name: 'dashboard', path: '/', ready: (page) => waitForCharts(page) },
	{
		name: 'about',
		path: '/about',
		ready: (page) => page.locator('caption', { hasText: 'sources' }).waitFor()
	},
	{
		name: 'project',
		path: '/projects/kubernetes',
		ready: (page) => page.locator('#over-time').waitFor()
	},
	{
		name: 'event',
		path: '/events/kubecon-eu-2018',
		ready: (page) => page.locator('#talks').waitFor()
	},
	{
		name: 'add',
		path: '/add',
		ready: (page) => page.locator('#recap-files').waitFor()
	}
];
