/**
 * The other pages (a project, an event, About) load their data without console noise, moving
 * between pages does not download the database again, and the dashboard works from the
 * keyboard: Tab reaches the marks of every chart, Enter selects, Escape clears the selection.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage } from './harness';
import { servedSite } from './servedSite';
import { openDashboard, redrawAfter, searchParams, waitForCharts } from './dashboard';

const e2e = servedSite();

describe('pages', () => {
	it('a project page shows its mentions, co-mentions, events and passages', async () => {
		const { context, page, problems } = await openPage(e2e.browser);
		await page.goto(`${e2e.site.url}/projects/kubernetes`);
		await page.locator('#over-time').waitFor();
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Kubernetes');
		await expect(page.locator('#events-list + ul li').count()).resolves.toBeGreaterThan(0);
		await expect(page.getByRole('heading', { name: /Passages mentioning/ }).count()).resolves.toBe(
			1
		);
		expect(problems.errors).toEqual([]);
		await context.close();
	});

	it('an event page shows its themes, projects, talks and sources', async () => {
		const { context, page, problems } = await openPage(e2e.browser);
		await page.goto(`${e2e.site.url}/events/kubecon-eu-2018`);
		await page.locator('#talks').waitFor();
		await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toMatch(/KubeCon/);
		await expect(page.locator('ul.talks li').count()).resolves.toBeGreaterThan(0);
		await expect(page.locator('ul.sources li').count()).resolves.toBeGreaterThan(0);
		expect(problems.errors).toEqual([]);
		await context.close();
	});

	it('About lists the sources and links to the database', async () => {
		const { context, page, problems } = await openPage(e2e.browser);
		await page.goto(`${e2e.site.url}/about`);
		const caption = page.locator('caption', { hasText: 'sources in the database' });
		await caption.waitFor();
		expect(Number((await caption.textContent())?.match(/\d+/)?.[0])).toBeGreaterThan(0);
		const href = await page
			.locator('a[href$="atlas.sqlite"]')
			.first()
			.evaluate((a) => (a as HTMLAnchorElement).href);
		const response = await page.request.get(href);
		expect(response.status()).toBe(200);
		expect((await response.body()).subarray(0, 15).toString()).toBe('SQLite format 3');
		expect(problems.errors).toEqual([]);
		await context.close();
	});

	it('moving from a project page to the dashboard keeps the loaded database', async () => {
		const { context, page, problems } = await openPage(e2e.browser);
		let downloads = 0;
		context.on('request', (r) => {
			if (r.url().endsWith('.sqlite')) downloads++;
		});
		await page.goto(`${e2e.site.url}/projects/cilium`);
		await page.locator('#over-time').waitFor();
		await page.getByRole('link', { name: 'Explore Cilium in the dashboard' }).click();
		await waitForCharts(page);
		expect(searchParams(page).get('project')).toBe('cilium');
		expect(downloads).toBe(1);
		expect(problems.errors).toEqual([]);
		await context.close();
	});
});

/** Tabs until `selector` has focus; returns how many presses it took (throws past `max`). */
async function tabTo(page: Page, selector: string, max = 300): Promise<number> {
	for (let i = 1; i <= max; i++) {
		await page.keyboard.press('Tab');
		if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return i;
	}
	throw new Error(`Tab never reached ${selector}`);
}

describe('keyboard', () => {
	it('Tab reaches the marks of every chart, with a visible focus', async () => {
		const { context, page, problems } = await openPage(e2e.browser);
		await openDashboard(page, `${e2e.site.url}/`);
		for (const mark of [
			'figure[data-chart="timeline"] circle.event',
			'figure[data-chart="heatmap"] rect.cell',
			'figure[data-chart="network"] circle.node'
		]) {
			await tabTo(page, mark);
			// Marks show focus with a stroke (an outline box around a circle would mislead).
			const look = await page.evaluate((s) => {
				const style = (el: Element) => {
					const c = getComputedStyle(el);
					return `${c.outlineStyle} ${c.outlineWidth} ${c.stroke} ${c.strokeWidth}`;
				};
				const focused = document.activeElement!;
				const other = [...document.querySelectorAll(s)].find(
					(el) => el !== focused && el.getAttribute('aria-pressed') !== 'true'
				);
				return { focused: style(focused), other: other ? style(other) : null };
			}, mark);
			expect(look.other, `another ${mark}`).not.toBeNull();
			expect(look.focused, `${mark}: focus is visible`).not.toBe(look.other);
		}
		expect(problems.errors).toEqual([]);
		await context.close();
	});

	it('Enter on a heatmap cell selects it; Escape clears the selection', async () => {
		const { context, page, problems } = await openPage(e2e.browser);
		await openDashboard(page, `${e2e.site.url}/`);
		await tabTo(page, 'figure[data-chart="heatmap"] rect.cell');
		const pressed = page.locator('figure[data-chart="heatmap"] rect.cell[aria-pressed="true"]');
		await redrawAfter(page, () => page.keyboard.press('Enter'));
		await expect(pressed.count()).resolves.toBe(1);
		const params = searchParams(page);
		expect(params.get('theme')).toBeTruthy();
		expect(params.get('event')).toBeTruthy();

		await page.keyboard.press('Escape');
		await pressed.waitFor({ state: 'detached' });
		// Escape clears the selection, not the filters the click set.
		expect(searchParams(page).toString()).toBe(params.toString());
		expect(problems.errors).toEqual([]);
		await context.close();
	});
});
