/**
 * Adding one's own recaps in the browser: the files are read by the same ingest as the CLI, the
 * atlas is rebuilt in a worker, and every page then reads the new database. A file that cannot
 * be read is named and the rest still loads; when nothing can be read, an alert says why and
 * the atlas is unchanged.
 */
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage } from './harness';
import { servedSite } from './servedSite';
import { waitForCharts } from './dashboard';
import { pngSize } from './files';

const e2e = servedSite();

const FIXTURES = 'tests/fixtures/docs';

/** The dashboard's counts line ("6 events · 234 passages · 5 sources …"), as numbers by name. */
async function counts(page: Page): Promise<Record<string, number>> {
	// Shown once the database is open (the charts may be drawn from the first view before), and
	// with numbers once its answer is in: until then it holds its place with dashes ("– sources").
	await page
		.locator('div.status')
		.first()
		.getByText(/\d\s+sources?$/)
		.waitFor({ timeout: 30_000 });
	const text = await page.locator('div.status').first().innerText();
	return Object.fromEntries(
		[...text.matchAll(/([\d,]+)\s+(\w+)/g)].map((m) => [m[2]!, Number(m[1]!.replace(/,/g, ''))])
	);
}

async function openAdd(page: Page) {
	await page.goto(`${e2e.site.url}/add/`);
	await page.locator('#recap-files').waitFor();
}

describe('adding recaps in the browser', () => {
	it('adds readable files, names the unreadable one, and the dashboard shows them', async () => {
		const { context, page, problems } = await openPage(e2e.browser);
		await page.goto(`${e2e.site.url}/`);
		await waitForCharts(page);
		const before = await counts(page);

		await page.getByRole('link', { name: 'Add recaps' }).click();
		await page
			.locator('#recap-files')
			.setInputFiles([`${FIXTURES}/two-kubecons.md`, `${FIXTURES}/binary.bin`]);
		await page.getByRole('button', { name: 'Add 2 recaps to the atlas' }).click();
		const added = page.locator('section.added');
		await added.getByRole('heading', { name: 'Added 1 recap' }).waitFor({ timeout: 30_000 });
		const text = await added.innerText();
		expect(text).toContain('A busy summer of conferences');
		expect(text).toMatch(/KubeCon \+ CloudNativeCon Europe 2019: 2 passages/);
		expect(text).toMatch(/China 2019: 2 passages/);
		expect(text).toMatch(/binary\.bin: .*binary/);

		const [download] = await Promise.all([
			page.waitForEvent('download'),
			added.getByRole('link', { name: /Download this database/ }).click()
		]);
		const file = await readFile(await download.path());
		expect(file.subarray(0, 16).toString('latin1')).toBe('SQLite format 3\0');
		expect(pngSize(file)).toBeNull();

		await added.getByRole('link', { name: 'Explore them on the dashboard' }).click();
		await waitForCharts(page);
		const after = await counts(page);
		expect(after.sources).toBe(before.sources! + 1);
		expect(after.passages).toBe(before.passages! + 4);
		expect(problems.errors).toEqual([]);
		await context.close();
	});

	it('shows an alert and keeps the atlas when no file can be read', async () => {
		const { context, page, problems } = await openPage(e2e.browser);
		await openAdd(page);
		await page
			.locator('#recap-files')
			.setInputFiles([`${FIXTURES}/binary.bin`, `${FIXTURES}/empty.txt`]);
		await page.getByRole('button', { name: 'Add 2 recaps to the atlas' }).click();
		const alert = page.getByRole('alert');
		await alert.waitFor({ timeout: 30_000 });
		const message = await alert.innerText();
		expect(message).toContain('Your recaps were not added');
		expect(message).toMatch(/binary\.bin: .*empty\.txt: .*atlas is unchanged/s);
		await expect(alert.getByRole('button', { name: 'Try again' }).count()).resolves.toBe(1);

		await page.getByRole('link', { name: 'Dashboard' }).click();
		await waitForCharts(page);
		expect((await counts(page)).sources).toBe(5);
		expect(problems.errors).toEqual([]);
		await context.close();
	});

	it('adds a pasted recap', async () => {
		const { context, page } = await openPage(e2e.browser);
		await openAdd(page);
		await page.getByText('Or paste a recap').click();
		await page.getByLabel('File name').fill('pasted.md');
		await page
			.getByLabel('Text')
			.fill('# KubeCon EU 2018 notes\n\nCopenhagen was great: Prometheus and Envoy everywhere.\n');
		await page.getByRole('button', { name: 'Add to the atlas' }).click();
		const added = page.locator('section.added');
		await added.getByRole('heading', { name: 'Added 1 recap' }).waitFor({ timeout: 30_000 });
		expect(await added.innerText()).toMatch(/KubeCon \+ CloudNativeCon Europe 2018: 1 passage/);
		await context.close();
	});
});
