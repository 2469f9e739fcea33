import initSqlJs from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadEventPage, loadProjectPage } from '$lib/app/pages';
import { buildDatabase } from '$lib/db/build';
import { createAtlasClient } from '$lib/db/queries';
import type { AtlasClient } from '$lib/db/types';
import { handmadeResult } from '../../fixtures/db/handmade';

let client: AtlasClient;
const themes = new Map([
	['observability', { name: 'Observability' }],
	['security', { name: 'Security' }],
	['service-mesh', { name: 'Service mesh' }]
]);
const projects = new Map([['kubernetes', { name: 'Kubernetes' }]]);

beforeAll(async () => {
	const SQL = await initSqlJs();
	const bytes = buildDatabase(SQL, handmadeResult(), { builtAt: '2024-01-01T00:00:00Z' });
	client = createAtlasClient(new SQL.Database(bytes));
});

describe('project page', () => {
	it('lists where the project is mentioned, with whom, on which themes, and its passages', async () => {
		const page = await loadProjectPage(client, 'prometheus', { themes, projects });
		expect(page.events.map((e) => e.id)).toEqual([
			'meetup-2015',
			'kubecon-eu-2018',
			'kubecon-na-2019'
		]);
		expect(page.mentions.map((p) => [p.eventId, p.value])).toEqual([
			['meetup-2015', 1],
			['kubecon-eu-2018', 1],
			['kubecon-na-2019', 1]
		]);
		// Kubernetes shares passages 1 and 8 with Prometheus: 2 per shared passage.
		expect(page.coMentions[0]).toMatchObject({
			id: 'kubernetes',
			label: 'Kubernetes',
			value: 4,
			passages: 2
		});
		expect(page.themes[0]).toEqual({ id: 'observability', label: 'Observability', value: 3 });
		expect(page.passages.total).toBe(3);
		expect(page.passages.rows.map((r) => r.id).sort()).toEqual([1, 4, 8]);
	});
});

describe('event page', () => {
	it('gathers the event’s themes, projects, sources and passages', async () => {
		const page = await loadEventPage(client, 'kubecon-na-2019', { themes });
		expect(page.summary).toMatchObject({ id: 'kubecon-na-2019', passages: 3 });
		expect(page.themes.map((t) => t.id).sort()).toEqual([
			'observability',
			'security',
			'service-mesh'
		]);
		expect(page.themes.find((t) => t.id === 'security')).toMatchObject({ value: 2, share: 2 / 3 });
		expect(page.projects[0]).toMatchObject({ id: 'kubernetes', mentions: 2 });
		expect(page.projects.map((p) => p.id).sort()).toEqual([
			'envoy',
			'istio',
			'kubernetes',
			'prometheus'
		]);
		expect(page.sources.map((s) => s.path)).toEqual(['a.md']);
		expect(page.passages.total).toBe(3);
	});

	it('lists the talks recaps name for the event', async () => {
		const page = await loadEventPage(client, 'dockercon-eu-2014', { themes });
		expect(page.talks).toEqual([
			expect.objectContaining({
				title: 'Keynote',
				speakers: ['Solomon Hykes'],
				organizations: ['Docker']
			})
		]);
	});
});
