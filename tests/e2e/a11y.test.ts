/**
 * axe-core on every kind of page, once the data is drawn, in the light and the dark theme: no
 * serious or critical violation.
 */
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { openPage } from './harness';
import { servedSite } from './servedSite';
import { SITE_PAGES } from './sitePages';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface Violation {
	id: string;
	impact: string | null;
	help: string;
	nodes: { target: string[]; failureSummary?: string }[];
}

const e2e = servedSite();

describe.each(['light', 'dark'] as const)('axe, %s theme', (colorScheme) => {
	it.each(SITE_PAGES)('$path', async ({ path, ready }) => {
		const { context, page, problems } = await openPage(e2e.browser, { colorScheme });
		await page.goto(`${e2e.site.url}${path}`);
		await ready(page);
		await page.addScriptTag({ path: AXE });
		const violations = (await page.evaluate(async () => {
			const axe = (window as unknown as { axe: { run(): Promise<{ violations: unknown[] }> } }).axe;
			return (await axe.run()).violations;
		})) as Violation[];
		const bad = violations
			.filter((v) => v.impact === 'serious' || v.impact === 'critical')
			.map(
				(v) =>
					`${v.impact} ${v.id}: ${v.help}\n` +
					v.nodes
						.slice(0, 5)
						.map((n) => `    ${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim()}`)
						.join('\n')
			);
		expect(bad, bad.join('\n')).toEqual([]);
		expect(problems.errors).toEqual([]);
		await context.close();
	});
});
