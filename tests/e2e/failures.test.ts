/**
 * Failure is never a blank page: a copy of the built site with its database damaged, missing or
 * of an unknown schema version shows an alert that says so, with a Retry button that works.
 */
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import initSqlJs from 'sql.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, openPage, serveCopy } from './harness';
import { waitForCharts } from './dashboard';

/** Both copies of the database: the content-hashed one the site loads, the stable download. */
function databaseFiles(root: string): string[] {
	const assets = join(root, '_app/immutable/assets');
	const hashed = readdirSync(assets)
		.filter((name) => /^atlas\..+\.sqlite$/.test(name))
		.map((name) => join(assets, name));
	if (!hashed.length) throw new Error(`no hashed database in ${assets}`);
	return [...hashed, join(root, 'data/atlas.sqlite')];
}

async function withSchemaVersion(version: string): Promise<Uint8Array> {
	const SQL = await initSqlJs();
	const db = new SQL.Database(readFileSync('build/data/atlas.sqlite'));
	db.run(`UPDATE meta SET value = ? WHERE key = 'schema_version'`, [version]);
	const bytes = db.export();
	db.close();
	return bytes;
}

let browser: Browser;

beforeAll(async () => {
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
});

describe.each([
	{
		what: 'a corrupt database',
		title: /damaged/i,
		mutate: (root: string) => {
			const garbage = Buffer.alloc(64 * 1024, 'this is not an SQLite database\n');
			for (const file of databaseFiles(root)) writeFileSync(file, garbage);
		}
	},
	{
		what: 'a missing database (404)',
		title: /missing/i,
		mutate: (root: string) => {
			for (const file of databaseFiles(root)) rmSync(file);
		}
	},
	{
		what: 'a database of an unknown schema version',
		title: /version/i,
		bytes: () => withSchemaVersion('99')
	}
])('$what', ({ title, mutate, bytes }) => {
	it('shows an alert with a Retry button, on the dashboard and other pages', async () => {
		const replacement = bytes ? await bytes() : null;
		const site = await serveCopy((root) => {
			if (mutate) mutate(root);
			if (replacement) for (const file of databaseFiles(root)) writeFileSync(file, replacement);
		});
		try {
			const { context, page, problems } = await openPage(browser);
			let requests = 0;
			context.on('request', (r) => {
				if (/\/atlas\.[^/]*sqlite$/.test(new URL(r.url()).pathname)) requests++;
			});
			await page.goto(`${site.url}/`);
			const alert = page.getByRole('alert').filter({ hasText: title });
			await alert.waitFor({ timeout: 30_000 });
			const retry = alert.getByRole('button', { name: /retry/i });
			await expect(retry.isVisible()).resolves.toBe(true);
			// The charts say there is nothing to draw instead of loading forever.
			for (const chart of ['timeline', 'heatmap', 'network']) {
				await expect(
					page.locator(`figure[data-chart="${chart}"]`).getAttribute('aria-busy')
				).resolves.toBe('false');
			}

			const before = requests;
			expect(before).toBeGreaterThan(0);
			await retry.click();
			await page.getByRole('alert').filter({ hasText: title }).waitFor({ timeout: 30_000 });
			// Retry downloads the database again.
			await expect.poll(() => requests).toBeGreaterThan(before);

			await page.goto(`${site.url}/projects/kubernetes`);
			await page.getByRole('alert').filter({ hasText: title }).waitFor({ timeout: 30_000 });
			expect(problems.errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
			await context.close();
		} finally {
			await site.stop();
		}
	});
});

describe('a database other than the one the site was built with', () => {
	it('draws from that database, not from the build-time first view', async () => {
		const SQL = await initSqlJs();
		const db = new SQL.Database(readFileSync('build/data/atlas.sqlite'));
		db.run(`UPDATE meta SET value = '2030-01-01T00:00:00Z' WHERE key = 'built_at'`);
		db.run(
			`UPDATE events SET name = 'Renamed Chicago meetup' WHERE id = 'devops-chicago-meetup-2015-03'`
		);
		const replacement = db.export();
		db.close();
		const site = await serveCopy((root) => {
			for (const file of databaseFiles(root)) writeFileSync(file, replacement);
		});
		try {
			const { context, page, problems } = await openPage(browser);
			await page.goto(`${site.url}/`);
			const heatmap = page.locator('figure[data-chart="heatmap"]');
			await heatmap
				.getByText('Renamed Chicago', { exact: false })
				.first()
				.waitFor({ state: 'attached', timeout: 30_000 });
			await waitForCharts(page);
			await expect(heatmap.getByText('DevOps-Chicago', { exact: false }).count()).resolves.toBe(0);
			expect(problems.errors).toEqual([]);
			await context.close();
		} finally {
			await site.stop();
		}
	});
});
