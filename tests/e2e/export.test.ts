/**
 * Every export button downloads a real file named after what it holds: a PNG at twice the SVG's
 * size, an SVG that parses and carries the title, legend, filters and source, a CSV with one
 * row per mark, and (network) GEXF that lists the drawn nodes and edges.
 */
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openPage, serveSite, type PageProblems, type Site } from './harness';
import { CHARTS, openDashboard, type ChartId, type Counts } from './dashboard';
import { download, parseCsv, pngSize } from './files';

/** A label from each chart's legend (series, colour scale, landscape categories). */
const LEGEND: Record<ChartId, string> = {
	timeline: 'KubeCon + CloudNativeCon',
	heatmap: 'Share of the column',
	network: 'Orchestration'
};
const VIEW = '/?from=2018&to=2020&theme=observability';
/** librsvg's command-line renderer, when installed (CI installs it). */
const RSVG = ['/usr/bin/rsvg-convert', '/usr/local/bin/rsvg-convert'].find(
	(p) => spawnSync(p, ['--version']).status === 0
);
const STEM = '2018-2020_observability';

let site: Site;
let browser: Browser;
let page: Page;
let counts: Counts;
const problems: PageProblems[] = [];

beforeAll(async () => {
	[site, browser] = await Promise.all([serveSite(), launchBrowser()]);
});

/**
 * A fresh tab per chart: Chromium stops delivering a tab's downloads after the tenth (its
 * download-request limiter; scripted clicks do not count as the user interaction that resets
 * it), and the whole sequence is 13 files.
 */
async function openView() {
	const opened = await openPage(browser);
	page = opened.page;
	problems.push(opened.problems);
	counts = await openDashboard(page, `${site.url}${VIEW}`);
}

afterAll(async () => {
	await browser?.close();
	await site?.stop();
});

const button = (chart: ChartId, kind: string) =>
	page.locator(`figure[data-chart="${chart}"]`).getByRole('button', { name: `Export ${kind}` });

/** Parses XML in the page (the browser's own parser); null when it is not well-formed. */
function parseXml(text: string, type: 'image/svg+xml' | 'application/xml') {
	return page.evaluate(
		({ text, type }) => {
			const doc = new DOMParser().parseFromString(text, type);
			if (doc.querySelector('parsererror')) return null;
			const root = doc.documentElement;
			const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent ?? '');
			return {
				root: root.localName,
				width: Number(root.getAttribute('width')),
				height: Number(root.getAttribute('height')),
				title: doc.querySelector('title')?.textContent ?? '',
				text: texts.join(' ').replace(/\s+/g, ' '),
				styleSheets: doc.querySelectorAll('link[rel="stylesheet"]').length,
				cssVars: /var\(--/.test(text),
				nodes: doc.getElementsByTagName('node').length,
				edges: doc.getElementsByTagName('edge').length
			};
		},
		{ text, type }
	);
}

describe.each(CHARTS)('%s export', (chart) => {
	beforeAll(openView);

	it('SVG: parses, self-contained, with title, legend, filters and source', async () => {
		const file = await download(page, button(chart, 'SVG'));
		expect(file.name).toBe(`${chart}_${STEM}.svg`);
		const svg = await parseXml(file.text, 'image/svg+xml');
		expect(svg, 'well-formed SVG').not.toBeNull();
		expect(svg?.root).toBe('svg');
		expect(svg?.width).toBeGreaterThan(0);
		const title = await page.locator(`figure[data-chart="${chart}"] h2`).textContent();
		expect(svg?.text).toContain(title?.trim());
		expect(svg?.text).toContain(LEGEND[chart]);
		expect(svg?.text).toContain('Observability');
		expect(svg?.text).toContain('2018');
		expect(svg?.text).toMatch(/Source/i);
		expect(svg?.styleSheets).toBe(0);
		expect(svg?.cssVars, 'colours resolved, not CSS variables').toBe(false);
		// SVG 1.1 colours: Inkscape paints an rgba() fill (a computed `transparent`) black.
		expect(file.text, 'no colour with an alpha').not.toMatch(/rgba\(|hsla\(|transparent/);
	});

	// librsvg (`rsvg-convert`, Debian's librsvg2-bin, installed by .ci/run) renders SVG without a
	// browser, as Inkscape and image viewers do: an export that leans on the page's CSS, fonts
	// or scripts fails here.
	it.skipIf(!RSVG)('SVG: renders on its own outside the browser (librsvg)', async () => {
		const file = await download(page, button(chart, 'SVG'));
		const svg = await parseXml(file.text, 'image/svg+xml');
		const out = spawnSync(RSVG!, ['--format', 'png'], { input: file.bytes, maxBuffer: 1 << 26 });
		expect(out.stderr.toString(), 'librsvg warnings').toBe('');
		expect(out.status).toBe(0);
		expect(pngSize(out.stdout)).toEqual({
			width: Math.round(svg?.width ?? 0),
			height: Math.round(svg?.height ?? 0)
		});
		expect(out.stdout.length).toBeGreaterThan(5000);
	});

	it('PNG: a PNG at twice the exported SVG size', async () => {
		const svg = await parseXml((await download(page, button(chart, 'SVG'))).text, 'image/svg+xml');
		const file = await download(page, button(chart, 'PNG'));
		expect(file.name).toBe(`${chart}_${STEM}.png`);
		const size = pngSize(file.bytes);
		expect(size, 'PNG signature and IHDR').not.toBeNull();
		expect(size?.width).toBe(Math.round((svg?.width ?? 0) * 2));
		expect(size?.height).toBe(Math.round((svg?.height ?? 0) * 2));
		expect(file.bytes.length).toBeGreaterThan(2000);
	});

	it('CSV: a header row and one row per mark', async () => {
		const file = await download(page, button(chart, 'CSV'));
		expect(file.name).toBe(`${chart}_${STEM}.csv`);
		const [header, ...rows] = parseCsv(file.text);
		const headers = await page
			.locator(`figure[data-chart="${chart}"] .table-wrap thead th`)
			.allTextContents();
		expect(header).toEqual(headers.map((h) => h.trim()));
		expect(rows.length).toBe(counts[chart].marks);
		expect(rows.every((r) => r.length === header?.length)).toBe(true);
	});
});

describe('network export', () => {
	it('GEXF: well-formed, with the drawn nodes and edges', async () => {
		const file = await download(page, button('network', 'GEXF'));
		expect(file.name).toBe(`network_${STEM}.gexf`);
		const gexf = await parseXml(file.text, 'application/xml');
		expect(gexf?.root).toBe('gexf');
		const nodes = await page.locator('figure[data-chart="network"] circle.node').count();
		const edges = await page.locator('figure[data-chart="network"] line.edge').count();
		expect(gexf?.nodes).toBe(nodes);
		expect(gexf?.edges).toBe(edges);
		expect(nodes).toBeGreaterThan(0);
	});

	it('raised no console errors or warnings', () => {
		expect(problems.flatMap((p) => p.errors)).toEqual([]);
	});
});
