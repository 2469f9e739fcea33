/**
 * The dashboard against the built site and the real database: download progress first, then the
 * three charts, each drawing one mark per row of its table, without console noise.
 */
import { describe, expect, it } from 'vitest';
import { openPage } from './harness';
import { servedSite } from './servedSite';
import { CHARTS, chartCounts, MARKS, openDashboard, redrawAfter, waitForCharts } from './dashboard';

const e2e = servedSite();

describe('dashboard', () => {
	it('draws the charts from the first view while the database downloads, with the bytes received', async () => {
		const { context, page, problems } = await openPage(e2e.browser);
		// A slow line, so the download lasts long enough to be seen (applies to the worker's fetch).
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Network.emulateNetworkConditions', {
			offline: false,
			latency: 20,
			downloadThroughput: 512 * 1024,
			uploadThroughput: -1
		});
		await page.goto(`${e2e.site.url}/`);
		const progress = await page.waitForFunction(
			() => {
				const bar = document.querySelector<HTMLProgressElement>('.load-progress progress');
				if (!bar || !(bar.value > 0)) return null;
				return {
					value: bar.value,
					max: bar.max,
					text: bar.closest('.load-progress')?.textContent ?? '',
					marks: document.querySelectorAll('svg[data-chart-svg]').length
				};
			},
			null,
			{ timeout: 30_000 }
		);
		expect((await progress.jsonValue())?.text).toMatch(/database/i);
		// The unfiltered view's build-time answers: all three charts while the bytes still come.
		const during = await page.waitForFunction(
			() => {
				const bar = document.querySelector<HTMLProgressElement>('.load-progress progress');
				const charts = document.querySelectorAll('svg[data-chart-svg]').length;
				return charts === 3 && bar ? { text: bar.closest('.load-progress')?.textContent } : null;
			},
			null,
			{ timeout: 30_000 }
		);
		expect((await during.jsonValue())?.text).toMatch(/\d/);

		await page.locator('.load-progress').waitFor({ state: 'detached', timeout: 60_000 });
		// Then the database answers: a filter redraws the charts.
		const before = await chartCounts(page);
		const after = await redrawAfter(page, () =>
			page.getByRole('checkbox', { name: 'Observability' }).check()
		);
		expect(after.heatmap.marks).toBeLessThan(before.heatmap.marks);
		expect(problems.errors).toEqual([]);
		await context.close();
	});

	it('draws each chart at its size the first time (no provisional width redrawn)', async () => {
		const { context, page, problems } = await openPage(e2e.browser);
		// Every width each chart's <svg> ever had (within one task too: the old values), from the start.
		await page.addInitScript(() => {
			const widths: Record<string, string[]> = {};
			(window as unknown as { chartWidths: typeof widths }).chartWidths = widths;
			const note = (svg: Element, value: string | null) => {
				const list = (widths[svg.getAttribute('data-chart-svg') ?? '?'] ??= []);
				if (value !== null && !list.includes(value)) list.push(value);
			};
			new MutationObserver((records) => {
				for (const r of records) {
					if (r.target instanceof Element && r.target.matches('svg[data-chart-svg]')) {
						note(r.target, r.oldValue);
						note(r.target, r.target.getAttribute('width'));
					}
					for (const n of r.addedNodes)
						if (n instanceof Element)
							for (const svg of n.querySelectorAll('svg[data-chart-svg]'))
								note(svg, svg.getAttribute('width'));
				}
			}).observe(document, {
				subtree: true,
				childList: true,
				attributeFilter: ['width'],
				attributeOldValue: true
			});
		});
		await page.goto(`${e2e.site.url}/`);
		await waitForCharts(page);
		const widths = await page.evaluate(
			() => (window as unknown as { chartWidths: Record<string, string[]> }).chartWidths
		);
		const final = await page.evaluate(() =>
			Object.fromEntries(
				[...document.querySelectorAll('svg[data-chart-svg]')].map((svg) => [
					svg.getAttribute('data-chart-svg'),
					[svg.getAttribute('width')]
				])
			)
		);
		for (const chart of CHARTS) expect(widths[chart], chart).toEqual(final[chart]);
		expect(problems.errors).toEqual([]);
		await context.close();
	});

	it('draws every chart with one mark per table row, titled and with a legend', async () => {
		const { context, page, problems } = await openPage(e2e.browser);
		const counts = await openDashboard(page, `${e2e.site.url}/`);
		for (const id of CHARTS) {
			expect(counts[id].marks, `${id} marks (${MARKS[id]})`).toBeGreaterThan(0);
			expect(counts[id].rows, `${id}: table rows = marks`).toBe(counts[id].marks);
			const figure = page.locator(`figure[data-chart="${id}"]`);
			await expect(figure.locator('h2').textContent()).resolves.toMatch(/\w/);
			await expect(figure.locator('svg[data-chart-svg] > title').textContent()).resolves.toMatch(
				/\w/
			);
		}
		// The sample spans 2014–2021: the time axis says so.
		const axis = await page.locator('figure[data-chart="timeline"] svg').first().textContent();
		expect(axis).toContain('2014');
		expect(axis).toContain('2021');
		// The status line counts what is shown.
		await expect(page.locator('.content > .status').textContent()).resolves.toMatch(
			/\d+\s*passages/
		);
		expect(problems.errors).toEqual([]);
		await context.close();
	});

	it('shows each table on demand with the same rows', async () => {
		const { context, page, problems } = await openPage(e2e.browser, { width: 800 });
		await page.goto(`${e2e.site.url}/`);
		await waitForCharts(page);
		const figure = page.locator('figure[data-chart="heatmap"]');
		const table = figure.getByRole('table');
		await expect(table.count(), 'no table until asked for').resolves.toBe(0);
		await figure.getByRole('button', { name: 'Table' }).click();
		await waitForCharts(page);
		await expect(table.isVisible()).resolves.toBe(true);
		const marks = await figure.locator(MARKS.heatmap).count();
		await expect(table.locator('tbody tr').count()).resolves.toBe(marks);
		expect(problems.errors).toEqual([]);
		await context.close();
	});

	it.each([1280, 360])('is never wider than the screen (%i px)', async (width) => {
		const { context, page, problems } = await openPage(e2e.browser, { width, height: 800 });
		await page.goto(`${e2e.site.url}/`);
		await waitForCharts(page);
		// No sideways scrolling, and every chart frame ends inside the screen.
		const overflow = await page.evaluate(() => [
			document.documentElement.scrollWidth - window.innerWidth,
			...[...document.querySelectorAll('figure[data-chart]')].map((f) =>
				Math.round(f.getBoundingClientRect().right - window.innerWidth)
			)
		]);
		expect(overflow).toHaveLength(4);
		for (const over of overflow) expect(over).toBeLessThanOrEqual(0);
		expect(problems.errors).toEqual([]);
		await context.close();
	});
});
