/**
 * The built site served locally and a headless Chromium, for the tests of one file: started
 * before them, stopped after. Read `site` and `browser` inside tests (they are set by then).
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, serveSite, type Site } from './harness';

export function servedSite(): { site: Site; browser: Browser } {
	const e2e = {} as { site: Site; browser: Browser };
	beforeAll(async () => {
		[e2e.site, e2e.browser] = await Promise.all([serveSite(), launchBrowser()]);
	});
	afterAll(async () => {
		await e2e.browser?.close();
		await e2e.site?.stop();
	});
	return e2e;
}
