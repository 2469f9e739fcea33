/**
 * npx tsx scripts/screenshots.ts [-- --out DIR --tiles]
 * Full-page screenshots of every kind of page of the built site (build/), in the light and the
 * dark theme, at 1280 and 360 px wide, once the data is drawn: to look at before calling a page
 * done. Also a filtered dashboard, a link with bad values (notices), a missing database (the
 * alert) and an unknown URL. `--tiles` adds 1,400 px high slices of long pages, easier to read
 * in an image viewer. Not part of `npm test` (it takes a minute or two).
 */
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, serveCopy, type Site } from '../tests/e2e/harness';
import { waitForCharts } from '../tests/e2e/dashboard';
import { SITE_PAGES, type SitePage } from '../tests/e2e/sitePages';

const { values } = parseArgs({
	options: {
		out: { type: 'string', default: 'test-results/screens' },
		tiles: { type: 'boolean', default: false }
	}
});

const TILE = 1400;
const WIDTHS = [1280, 360];
const SCHEMES = ['light', 'dark'] as const;

const alert = (page: Page) => page.getByRole('alert').first().waitFor({ timeout: 30_000 });
const EXTRA: SitePage[] = [
	{
		name: 'dashboard-filtered',
		path: '/?from=2018&to=2020&theme=observability',
		ready: (page) => waitForCharts(page)
	},
	{
		name: 'dashboard-bad-link',
		path: '/?from=abc&theme=nope',
		ready: (page) => waitForCharts(page)
	},
	{ name: 'not-found', path: '/no-such-page', ready: (page) => page.locator('body').waitFor() }
];

async function shoot(browser: Browser, site: Site, target: SitePage): Promise<string[]> {
	const written: string[] = [];
	for (const colorScheme of SCHEMES) {
		for (const width of WIDTHS) {
			const { context, page, problems } = await openPage(browser, {
				colorScheme,
				width,
				height: 800
			});
			await page.goto(`${site.url}${target.path}`);
			await target.ready(page);
			// Fonts and the last layout pass, so nothing is caught mid-move.
			await page.evaluate(() => document.fonts.ready);
			const stem = join(values.out, `${target.name}-${colorScheme}-${width}`);
			await page.screenshot({ path: `${stem}.png`, fullPage: true });
			written.push(`${stem}.png`);
			if (values.tiles) {
				const height = await page.evaluate(() => document.documentElement.scrollHeight);
				for (let y = 0, i = 1; y < height; y += TILE, i++) {
					const clip = { x: 0, y, width, height: Math.min(TILE, height - y) };
					await page.screenshot({ path: `${stem}.part${i}.png`, fullPage: true, clip });
				}
			}
			for (const problem of problems.errors) console.warn(`  ${target.name}: ${problem}`);
			await context.close();
		}
	}
	return written;
}

rmSync(values.out, { recursive: true, force: true });
mkdirSync(values.out, { recursive: true });
// A copy of build/, so a rebuild by someone else during the run cannot break a page mid-way.
const [site, browser] = await Promise.all([serveCopy(() => undefined), launchBrowser()]);
const broken = await serveCopy((root) => {
	const assets = join(root, '_app/immutable/assets');
	for (const name of readdirSync(assets).filter((n) => n.endsWith('.sqlite')))
		rmSync(join(assets, name));
	rmSync(join(root, 'data/atlas.sqlite'));
});
try {
	let count = 0;
	for (const target of [...SITE_PAGES, ...EXTRA]) {
		count += (await shoot(browser, site, target)).length;
		console.log(`${target.name} ✓`);
	}
	const missing = { name: 'dashboard-missing-db', path: '/', ready: alert };
	count += (await shoot(browser, broken, missing)).length;
	console.log(`${missing.name} ✓`);
	console.log(`${count} screenshots → ${values.out}/`);
} finally {
	await browser.close();
	await Promise.all([site.stop(), broken.stop()]);
}
