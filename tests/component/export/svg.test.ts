import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildExportSvg, canvasToSvg } from '$lib/export/svg';
import { legendSvg } from '$lib/export/legend';

function mount(markup: string): SVGSVGElement {
	document.body.innerHTML = `<style>
		:root { --mark: #0072b2; }
		.cell { fill: var(--mark); stroke: var(--missing, #ffffff); }
		.label { font-size: 11px; fill: var(--undefined-token, #333333); }
	</style><div style="--inline-color: #d55e00">${markup}</div>`;
	return document.querySelector('svg')!;
}

const chart = `<svg data-export-root width="300" height="120" viewBox="0 0 300 120" role="img" aria-label="x">
	<!-- svelte anchor -->
	<g class="cells svelte-abc123">
		<rect class="cell" x="0" y="0" width="10" height="10" tabindex="0" role="button" onclick="alert(1)" data-svelte-h="1"></rect>
		<rect x="20" y="0" width="10" height="10" style="fill: var(--inline-color); opacity: 0.5"></rect>
		<circle cx="50" cy="5" r="4" fill="var(--nope, #009e73)"></circle>
		<rect data-export-ignore x="0" y="0" width="300" height="120" fill="none" stroke="blue"></rect>
		<foreignObject width="10" height="10"><div>html</div></foreignObject>
		<image href="https://example.com/x.png" width="5" height="5"></image>
	</g>
	<text class="label" x="5" y="100">Observability &amp; &lt;friends&gt;</text>
</svg>`;

function parse(svg: string): Document {
	const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
	expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
	return doc;
}

afterEach(() => {
	document.body.innerHTML = '';
});

describe('buildExportSvg', () => {
	const build = (extra: Partial<Parameters<typeof buildExportSvg>[0]> = {}) =>
		buildExportSvg({
			chartSvg: mount(chart),
			title: 'Themes × events',
			legend: [
				{ label: 'KubeCon', color: '#0072b2' },
				{ label: 'DockerCon', color: '#e69f00' }
			],
			caption: '2018–2020 · Themes: Observability',
			source: 'Source: KubeCon Atlas — atlas.sqlite built 2026-01-05, 42 recaps',
			theme: 'light',
			...extra
		});

	it('is a standalone SVG document with size, viewBox and title', () => {
		const doc = parse(build());
		const root = doc.documentElement;
		expect(root.localName).toBe('svg');
		expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
		expect(Number(root.getAttribute('width'))).toBeGreaterThan(300);
		expect(Number(root.getAttribute('height'))).toBeGreaterThan(120);
		expect(root.getAttribute('viewBox')).toBe(
			`0 0 ${root.getAttribute('width')} ${root.getAttribute('height')}`
		);
		expect(root.querySelector('title')!.textContent).toBe('Themes × events');
	});

	it('carries title, legend, caption and source as text', () => {
		const text = parse(build()).documentElement.textContent!;
		for (const expected of [
			'Themes × events',
			'KubeCon',
			'DockerCon',
			'2018–2020 · Themes: Observability',
			'atlas.sqlite built 2026-01-05',
			'Observability & <friends>'
		])
			expect(text).toContain(expected);
	});

	it('has no CSS variables, classes, interactivity, foreignObject or external refs', () => {
		const svg = build();
		expect(svg).not.toContain('var(');
		expect(svg).not.toMatch(
			/tabindex|onclick|data-svelte|class=|<style|foreignObject|example\.com|<!--/
		);
		expect(svg).not.toContain('data-export-ignore');
	});

	it('inlines resolved colours from stylesheets, inline styles and var() defaults', () => {
		const doc = parse(build());
		const chartSvg = [...doc.documentElement.children].find((c) => c.querySelector('circle'))!;
		const rects = [...chartSvg.querySelectorAll('rect')];
		expect(rects).toHaveLength(2);
		expect(rects[0]!.getAttribute('fill')).toBe('#0072b2');
		expect(rects[0]!.getAttribute('stroke')).toBe('#ffffff');
		expect(rects[1]!.getAttribute('fill')).toBe('#d55e00');
		expect(rects[1]!.getAttribute('opacity')).toBe('0.5');
		expect(doc.querySelector('circle')!.getAttribute('fill')).toBe('#009e73');
		const label = [...doc.querySelectorAll('text')].find((t) =>
			t.textContent?.includes('friends')
		)!;
		expect(label.getAttribute('font-size')).toBe('11px');
		expect(label.getAttribute('fill')).toBe('#333333');
	});

	it('writes colours with an alpha as rgb and an opacity, transparent as none (Inkscape paints rgba black)', () => {
		const svg = buildExportSvg({
			chartSvg: mount(`<svg data-export-root width="100" height="50" viewBox="0 0 100 50">
				<rect id="capture" width="100" height="50" fill="rgba(0, 0, 0, 0)"></rect>
				<g style="fill: rgba(255, 0, 0, 0.5)">
					<rect id="inherits" width="10" height="10"></rect>
					<rect id="solid" width="10" height="10" style="fill: rgb(0, 0, 255)"></rect>
				</g>
				<line id="faint" x2="10" stroke="rgba(0, 128, 0, 0.25)" stroke-opacity="0.5"></line>
			</svg>`),
			title: 'T',
			legend: [],
			caption: '',
			source: 'S',
			theme: 'light'
		});
		expect(svg).not.toContain('rgba(');
		const doc = parse(svg);
		const at = (id: string) => doc.getElementById(id)!;
		expect(at('capture').getAttribute('fill')).toBe('none');
		const group = at('inherits').parentElement!;
		expect(group.getAttribute('fill')).toBe('rgb(255, 0, 0)');
		expect(group.getAttribute('fill-opacity')).toBe('0.5');
		// Inherits both from the group: together they are the colour it had on screen.
		expect(at('inherits').getAttribute('fill')).toBeNull();
		expect(at('inherits').getAttribute('fill-opacity')).toBeNull();
		// Its own solid colour must not take the group's opacity.
		expect(at('solid').getAttribute('fill')).toBe('rgb(0, 0, 255)');
		expect(at('solid').getAttribute('fill-opacity')).toBe('1');
		expect(at('faint').getAttribute('stroke')).toBe('rgb(0, 128, 0)');
		expect(at('faint').getAttribute('stroke-opacity')).toBe('0.125');
	});

	it('paints the theme background and frame text', () => {
		const light = parse(build()).querySelector('rect')!;
		const dark = parse(build({ theme: 'dark' })).querySelector('rect')!;
		expect(light.getAttribute('fill')).toBe('#ffffff');
		expect(dark.getAttribute('fill')).toBe('#0d1117');
	});

	it('accepts legend markup and a gradient spec, and scales to a given width', () => {
		const markup = legendSvg({
			title: 'Share of passages',
			gradient: [
				{ offset: 0, color: '#f7fbff' },
				{ offset: 1, color: '#08306b' }
			],
			ticks: [
				{ offset: 0, label: '0%' },
				{ offset: 1, label: '40%' }
			]
		});
		const doc = parse(build({ legend: markup, width: 1200 }));
		expect(doc.documentElement.getAttribute('width')).toBe('1200');
		expect(doc.documentElement.textContent).toContain('Share of passages');
		expect(doc.querySelector('linearGradient')).not.toBeNull();
		const chartSvg = [...doc.documentElement.children].find(
			(c) => c.localName === 'svg' && c.querySelector('circle')
		)!;
		expect(chartSvg.getAttribute('width')).toBe('1152');
		expect(chartSvg.getAttribute('height')).toBe(String(Math.round((1152 * 120) / 300)));
	});

	it('wraps a long caption onto several lines', () => {
		const caption = Array.from({ length: 40 }, (_, i) => `Project${i}`).join(', ');
		const doc = parse(build({ caption }));
		const captionText = [...doc.querySelectorAll('text')].find((t) =>
			t.textContent?.includes('Project0')
		)!;
		expect(captionText.querySelectorAll('tspan').length).toBeGreaterThan(1);
	});
});

describe('canvasToSvg', () => {
	it('frames a canvas chart as an embedded PNG, with no external reference', () => {
		const canvas = document.createElement('canvas');
		canvas.width = 200;
		canvas.height = 100;
		vi.spyOn(canvas, 'toDataURL').mockReturnValue('data:image/png;base64,iVBORw0KGgo=');
		const svg = buildExportSvg({
			chartSvg: canvasToSvg(canvas),
			title: 'Network',
			caption: 'All events',
			source: 'Source: test',
			theme: 'light'
		});
		const doc = parse(svg);
		const image = doc.querySelector('image')!;
		expect(image.getAttribute('href')).toMatch(/^data:image\/png;base64,/);
		expect(image.getAttribute('width')).toBe('200');
	});
});
