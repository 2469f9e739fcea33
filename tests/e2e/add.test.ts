/**
 * Adding one's own recaps in the browser: the files are read by the same ingest as the CLI, the
 * atlas is rebuilt in a worker, and every page then reads the new database. A file that cannot
 * be read is named and the rest still loads; when nothing can be read, an alert says why and
 * the atlas is unchanged.
 */
import { readFile } from 'node:fs/promises';
import { strToU8, zipSync } from 'fflate';
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

	it('reads a Word document, a saved e-mail and a Latin-1 text file in the browser', async () => {
		const { context, page, problems } = await openPage(e2e.browser);
		await openAdd(page);
		const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
		const para = (text: string, style = '') =>
			`<w:p><w:pPr>${style && `<w:pStyle w:val="${style}"/>`}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
		const docx = zipSync({
			'word/document.xml': strToU8(
				`<w:document ${w}><w:body>${para('DockerCon 2019 trip report', 'Title')}${para('DockerCon 2019 in San Francisco showed Docker Desktop Enterprise and Kubernetes.')}</w:body></w:document>`
			),
			'docProps/core.xml': strToU8(
				'<cp:coreProperties><dc:creator>Sam Lee</dc:creator></cp:coreProperties>'
			)
		});
		const mail = [
			'Received: from mail.example.org by mx.example.com',
			'From: Anna Kowalczyk <anna@example.org>',
			'Subject: =?UTF-8?Q?KubeCon_San_Diego_=E2=80=93_trip_report?=',
			'Date: Fri, 22 Nov 2019 18:04:11 -0800',
			'MIME-Version: 1.0',
			'Content-Type: text/plain; charset="UTF-8"',
			'Content-Transfer-Encoding: quoted-printable',
			'',
			'KubeCon + CloudNativeCon North America 2019 in San Diego: Helm 3 was released =E2=80=93 Tiller is gone!',
			''
		].join('\r\n');
		await page.locator('#recap-files').setInputFiles([
			{ name: 'trip.docx', mimeType: 'application/octet-stream', buffer: Buffer.from(docx) },
			{ name: 'trip.eml', mimeType: 'message/rfc822', buffer: Buffer.from(mail) },
			{
				name: 'invalid-utf8.txt',
				mimeType: 'text/plain',
				buffer: await readFile(`${FIXTURES}/invalid-utf8.txt`)
			}
		]);
		await page.getByRole('button', { name: 'Add 3 recaps to the atlas' }).click();
		const added = page.locator('section.added');
		await added.getByRole('heading', { name: 'Added 3 recaps' }).waitFor({ timeout: 30_000 });
		const text = await added.innerText();
		expect(text).toMatch(/DockerCon 2019 trip report \(trip\.docx, 1 passage\)/);
		expect(text).toMatch(/KubeCon San Diego – trip report \(trip\.eml, 1 passage\)/);
		expect(text).toMatch(/invalid-utf8\.txt: not UTF-8 .*read as Windows-1252/);
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
