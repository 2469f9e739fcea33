/**
 * Linked filtering: a filter from a link, from the filter bar or from a click on a chart changes
 * what every chart shows and the URL; Back and Forward step through the changes; a bad link
 * is repaired with a visible notice.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, serveSite, type PageProblems, type Site } from './harness';
import { openDashboard, redrawAfter, searchParams, tableColumn, type Counts } from './dashboard';

let site: Site;
let browser: Browser;
let page: Page;
let problems: PageProblems;
/** The unfiltered view, to compare filtered ones with. */
let all: Counts;

beforeAll(async () => {
	[site, browser] = await Promise.all([serveSite(), launchBrowser()]);
	({ page, problems } = await openPage(browser));
	all = await openDashboard(page, `${site.url}/`);
});

afterAll(async () => {
	await browser?.close();
	await site?.stop();
});

function paramsOf(page: Page): Record<string, string> {
	return Object.fromEntries(searchParams(page));
}

describe('filters in the URL', () => {
	it('from=2019&to=2019 keeps 2019 only', async () => {
		const counts = await openDashboard(page, `${site.url}/?from=2019&to=2019`);
		const dates = await tableColumn(page, 'timeline', 'Date');
		expect(dates.length).toBeGreaterThan(0);
		expect(dates.every((d) => d.startsWith('2019'))).toBe(true);
		expect(counts.timeline.marks).toBeLessThan(all.timeline.marks);
		expect(counts.heatmap.marks).toBeLessThan(all.heatmap.marks);
		const years = page.getByRole('group', { name: 'Years' }).getByRole('combobox');
		await expect(years.nth(0).inputValue()).resolves.toBe('2019');
		await expect(years.nth(1).inputValue()).resolves.toBe('2019');
		expect(problems.errors).toEqual([]);
	});

	it('theme=observability narrows the heatmap to that theme', async () => {
		const counts = await openDashboard(page, `${site.url}/?theme=observability`);
		const themes = new Set(await tableColumn(page, 'heatmap', 'Theme id'));
		expect([...themes]).toEqual(['observability']);
		expect(counts.timeline.marks).toBeLessThan(all.timeline.marks);
		await expect(page.getByRole('checkbox', { name: 'Observability' }).isChecked()).resolves.toBe(
			true
		);
		expect(problems.errors).toEqual([]);
	});

	it('project=cilium selects the node and narrows the others', async () => {
		const counts = await openDashboard(page, `${site.url}/?project=cilium`);
		const node = page.locator('figure[data-chart="network"] circle.node[data-id="cilium"]');
		await expect(node.getAttribute('aria-pressed')).resolves.toBe('true');
		expect(counts.network.marks).toBeLessThan(all.network.marks);
		expect(counts.timeline.marks).toBeLessThan(all.timeline.marks);
		const series = await tableColumn(page, 'timeline', 'Series');
		expect(series).toContain('Cilium');
		await expect(
			page.getByRole('button', { name: 'Remove filter: Cilium' }).isVisible()
		).resolves.toBe(true);
		expect(problems.errors).toEqual([]);
	});

	it.each([1280, 360])(
		'a malformed link shows a notice and the whole atlas (%i px)',
		async (width) => {
			const phone = await openPage(browser, { width, height: 800 });
			const counts = await openDashboard(phone.page, `${site.url}/?from=abc&theme=nope`);
			expect(counts).toEqual(all);
			const notices = phone.page.locator('form[role="search"] .notices');
			await expect(notices.isVisible()).resolves.toBe(true);
			const text = await notices.textContent();
			expect(text).toContain('abc');
			expect(text).toContain('nope');
			expect(phone.problems.errors).toEqual([]);
			await phone.context.close();
		}
	);
});

describe('filters from the page', () => {
	it('the filter bar writes the URL, and Back / Forward step through the changes', async () => {
		await openDashboard(page, `${site.url}/`);
		const theme = await redrawAfter(page, () =>
			page.getByRole('checkbox', { name: 'Observability' }).check()
		);
		expect(paramsOf(page)).toEqual({ theme: 'observability' });
		expect(theme.heatmap.marks).toBeLessThan(all.heatmap.marks);

		const years = page.getByRole('group', { name: 'Years' }).getByRole('combobox');
		await redrawAfter(page, () => years.nth(0).selectOption('2019'));
		const both = await redrawAfter(page, () => years.nth(1).selectOption('2019'));
		expect(paramsOf(page)).toEqual({ theme: 'observability', from: '2019', to: '2019' });
		expect(both.timeline.marks).toBeLessThan(theme.timeline.marks);

		await redrawAfter(page, () => page.goBack());
		expect(paramsOf(page)).toEqual({ theme: 'observability', from: '2019' });
		expect(await redrawAfter(page, () => page.goBack())).toEqual(theme);
		expect(paramsOf(page)).toEqual({ theme: 'observability' });
		expect(await redrawAfter(page, () => page.goBack())).toEqual(all);
		expect(paramsOf(page)).toEqual({});
		await expect(page.getByRole('checkbox', { name: 'Observability' }).isChecked()).resolves.toBe(
			false
		);
		expect(await redrawAfter(page, () => page.goForward())).toEqual(theme);
		expect(paramsOf(page)).toEqual({ theme: 'observability' });
		expect(problems.errors).toEqual([]);
	});

	it('brushing the time axis sets the year range', async () => {
		await openDashboard(page, `${site.url}/`);
		const brush = page.locator('figure[data-chart="timeline"] rect.brush-zone');
		// Showing the tables scrolled the page down to the last chart.
		await brush.scrollIntoViewIfNeeded();
		const zone = await brush.boundingBox();
		if (!zone) throw new Error('no brush zone');
		const y = zone.y + zone.height / 2;
		const counts = await redrawAfter(page, async () => {
			await page.mouse.move(zone.x + zone.width * 0.55, y);
			await page.mouse.down();
			await page.mouse.move(zone.x + zone.width * 0.8, y, { steps: 8 });
			await page.mouse.up();
		});
		const from = Number(searchParams(page).get('from'));
		const to = Number(searchParams(page).get('to'));
		expect(from).toBeGreaterThan(2014);
		expect(to).toBeGreaterThanOrEqual(from);
		expect(to).toBeLessThan(2021);
		const years = (await tableColumn(page, 'timeline', 'Date')).map((d) => Number(d.slice(0, 4)));
		expect(years.every((y) => y >= from && y <= to)).toBe(true);
		expect(counts.timeline.marks).toBeLessThan(all.timeline.marks);
		expect(problems.errors).toEqual([]);
	});

	it('clicking a heatmap cell filters to its theme and event', async () => {
		await openDashboard(page, `${site.url}/`);
		// The cell with the most passages: its event and theme certainly have data.
		const passages = (await tableColumn(page, 'heatmap', 'Passages on the theme')).map(Number);
		const i = passages.indexOf(Math.max(...passages));
		const themeId = (await tableColumn(page, 'heatmap', 'Theme id'))[i];
		const eventId = (await tableColumn(page, 'heatmap', 'Event id'))[i];
		const cell = `figure[data-chart="heatmap"] rect.cell[data-theme-id="${themeId}"][data-column="${eventId}"]`;
		const counts = await redrawAfter(page, () => page.locator(cell).click());
		expect(paramsOf(page)).toEqual({ theme: themeId, event: eventId });
		await expect(page.locator(cell).getAttribute('aria-pressed')).resolves.toBe('true');
		const events = await tableColumn(page, 'timeline', 'Event id');
		expect(new Set(events)).toEqual(new Set([eventId]));
		expect(counts.heatmap.marks).toBeLessThan(all.heatmap.marks);
		expect(problems.errors).toEqual([]);
	});

	it('clicking a network node filters to its project', async () => {
		await openDashboard(page, `${site.url}/`);
		const node = page.locator('figure[data-chart="network"] circle.node[data-id="kubernetes"]');
		const counts = await redrawAfter(page, () => node.click());
		expect(paramsOf(page)).toEqual({ project: 'kubernetes' });
		await expect(node.getAttribute('aria-pressed')).resolves.toBe('true');
		expect(counts.network.marks).toBeLessThan(all.network.marks);
		const series = new Set(await tableColumn(page, 'timeline', 'Series'));
		expect(series.has('Kubernetes')).toBe(true);
		expect(problems.errors).toEqual([]);
	});

	it('a filter change not yet in the URL is kept in history when a link leads away', async () => {
		await openDashboard(page, `${site.url}/`);
		// The URL follows a change once the charts are redrawn; leave before that.
		await page.getByRole('checkbox', { name: 'Observability' }).check();
		await page.getByRole('navigation').getByRole('link', { name: 'About' }).click();
		await page.waitForURL((url) => url.pathname.endsWith('/about/'));
		await page.waitForTimeout(1000);
		const url = new URL(page.url());
		expect([url.pathname.endsWith('/about/'), url.search]).toEqual([true, '']);
		await page.goBack();
		await page.waitForURL((url) => !url.pathname.endsWith('/about/'));
		expect(paramsOf(page)).toEqual({ theme: 'observability' });
		expect(problems.errors).toEqual([]);
	});
});
