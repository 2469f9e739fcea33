import initSqlJs from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDatabase } from '../../../src/lib/db/build';
import { createAtlasClient, createQueries, type AtlasQueries } from '../../../src/lib/db/queries';
import { EMPTY_FILTERS, type Filters } from '../../../src/lib/db/types';
import { handmadeResult } from '../../fixtures/db/handmade';

let q: AtlasQueries;
let raw: AtlasQueries;
beforeAll(async () => {
	const SQL = await initSqlJs();
	const db = new SQL.Database(
		buildDatabase(SQL, handmadeResult(), { builtAt: '2024-01-01T00:00:00Z' })
	);
	q = createQueries(db);
	raw = createQueries(db, 'raw');
});

const f = (over: Partial<Filters>): Filters => ({ ...EMPTY_FILTERS, ...over });
const volumes = (filters: Filters) => q.events(filters).map((e) => [e.id, e.passages, e.mentions]);

describe('meta, themes, projects, talks, sources', () => {
	it('reads the meta table', () => {
		expect(q.meta()).toMatchObject({
			schemaVersion: 1,
			builtAt: '2024-01-01T00:00:00Z',
			counts: { documents: 2, passages: 9 }
		});
	});
	it('lists themes in taxonomy order and projects by name', () => {
		expect(q.themes().map((t) => t.id)).toEqual(['observability', 'security', 'service-mesh']);
		expect(q.projects().map((p) => p.id)).toEqual([
			'docker',
			'envoy',
			'istio',
			'kubernetes',
			'prometheus'
		]);
		expect(q.projects()[3]).toMatchObject({ cncfStatus: 'graduated', graduated: '2018-03-06' });
	});
	it('lists an event’s talks with speakers as arrays, and nothing for an unknown event', () => {
		expect(q.talks('dockercon-eu-2014')).toEqual([
			{
				id: 1,
				title: 'Keynote',
				speakers: ['Solomon Hykes'],
				organizations: ['Docker'],
				sourceId: 2
			}
		]);
		expect(q.talks('nope')).toEqual([]);
	});
	it('lists sources with the events they cover, in date order', () => {
		expect(q.sources().map((s) => [s.path, s.events])).toEqual([
			['a.md', ['kubecon-eu-2018', 'kubecon-na-2019']],
			['sub/b.txt', ['dockercon-eu-2014', 'meetup-2015']]
		]);
	});
});

describe('events', () => {
	it('lists every event in date order when unfiltered, including one without passages', () => {
		expect(volumes(EMPTY_FILTERS)).toEqual([
			['dockercon-eu-2014', 2, 3],
			['meetup-2015', 1, 2],
			['kubecon-eu-2018', 2, 2],
			['kubecon-na-2019', 3, 5],
			['kubecon-cn-2021', 0, 0]
		]);
		expect(q.events(EMPTY_FILTERS)[1]).toMatchObject({
			inCatalog: false,
			city: 'San Francisco',
			talks: 1,
			sources: 1
		});
	});
	it('keeps the year range inclusive and the chosen events', () => {
		expect(volumes(f({ from: 2015, to: 2018 })).map((r) => r[0])).toEqual([
			'meetup-2015',
			'kubecon-eu-2018'
		]);
		expect(volumes(f({ events: ['kubecon-na-2019', 'nope'] })).map((r) => r[0])).toEqual([
			'kubecon-na-2019'
		]);
	});
	it('counts passages on a chosen theme; several themes add up their counts', () => {
		expect(volumes(f({ themes: ['service-mesh'] }))).toEqual([
			['kubecon-eu-2018', 1, 1],
			['kubecon-na-2019', 1, 2]
		]);
		// Passage 5 scores on both themes: it counts once for each.
		expect(volumes(f({ themes: ['observability', 'service-mesh'] }))).toEqual([
			['meetup-2015', 1, 2],
			['kubecon-eu-2018', 3, 3],
			['kubecon-na-2019', 2, 4]
		]);
	});
	it('counts passages naming a chosen project, and only its mentions; several add up', () => {
		expect(volumes(f({ projects: ['kubernetes'] }))).toEqual([
			['dockercon-eu-2014', 1, 1],
			['meetup-2015', 1, 1],
			['kubecon-na-2019', 2, 2]
		]);
		expect(volumes(f({ projects: ['kubernetes', 'prometheus'] }))).toEqual([
			['dockercon-eu-2014', 1, 1],
			['meetup-2015', 2, 2],
			['kubecon-eu-2018', 1, 1],
			['kubecon-na-2019', 3, 3]
		]);
		expect(volumes(f({ projects: ['prometheus'], themes: ['observability'] }))).toEqual([
			['meetup-2015', 1, 1],
			['kubecon-eu-2018', 1, 1],
			['kubecon-na-2019', 1, 1]
		]);
	});
	it('narrows by full-text search', () => {
		expect(volumes(f({ q: 'docker' }))).toEqual([['dockercon-eu-2014', 2, 3]]);
	});
	it('returns nothing, without error, for unknown ids', () => {
		expect(q.events(f({ themes: ['nope'] }))).toEqual([]);
		expect(q.events(f({ projects: ['nope'] }))).toEqual([]);
		expect(q.events(f({ events: ['nope'] }))).toEqual([]);
	});
});

describe('full-text search input', () => {
	const hits = (text: string) => q.passages({ filters: f({ q: text }) }).rows.map((r) => r.id);
	it('matches words, phrases and prefixes', () => {
		expect(hits('kubernetes')).toEqual([1, 3, 7, 8]);
		expect(hits('"scrape configs"')).toEqual([4]);
		expect(hits('prom*')).toEqual([1, 4, 8]);
		expect(hits('Kubernetes prometheus')).toEqual([1, 8]);
	});
	it('keeps OR and NOT / -word as operators', () => {
		expect(hits('istio OR docker')).toEqual([2, 6, 7]);
		expect(hits('kubernetes -prometheus')).toEqual([3, 7]);
		expect(hits('kubernetes NOT prometheus')).toEqual([3, 7]);
	});
	it('never fails on quotes, operators or punctuation', () => {
		for (const text of [
			'"',
			'"unclosed phrase',
			'AND',
			'OR OR',
			'-',
			'NOT',
			'(admission',
			'a:b',
			'*',
			'NEAR/2',
			"'; DROP TABLE passages; --",
			'envoy-based',
			'^x$',
			'""'
		]) {
			expect(() => q.passages({ filters: f({ q: text }) }), text).not.toThrow();
			expect(() => q.heatmap(f({ q: text }), 'event'), text).not.toThrow();
			expect(() => q.network(f({ q: text })), text).not.toThrow();
		}
		expect(hits('envoy-based')).toEqual([2]);
		expect(hits('Security AND policy')).toEqual([3]);
	});
	it('treats input without any word as no search', () => {
		expect(q.passages({ filters: f({ q: '"' }) }).total).toBe(8);
	});
});

describe('timeline series', () => {
	it('gives the top projects by mentions, one point per event where mentioned', () => {
		const points = q.timelineSeries(EMPTY_FILTERS, 1);
		expect(points.map((p) => [p.key, p.eventId, p.value, p.date])).toEqual([
			['kubernetes', 'dockercon-eu-2014', 1, '2014-12-04'],
			['kubernetes', 'meetup-2015', 1, '2015-03-10'],
			['kubernetes', 'kubecon-na-2019', 2, '2019-11-18']
		]);
		expect(points[0]).toMatchObject({ kind: 'project', label: 'Kubernetes' });
	});
	it('gives exactly the chosen projects, under the theme filter', () => {
		const points = q.timelineSeries(f({ projects: ['envoy'], themes: ['observability'] }));
		expect(points.map((p) => [p.key, p.eventId, p.value])).toEqual([
			['envoy', 'kubecon-eu-2018', 1]
		]);
	});
});

describe('heatmap', () => {
	it('gives the share of each event’s passages on each theme', () => {
		const cells = q.heatmap(EMPTY_FILTERS, 'event');
		expect(cells).toHaveLength(3 * 4);
		expect(cells.find((c) => c.themeId === 'security' && c.column === 'kubecon-na-2019')).toEqual({
			themeId: 'security',
			column: 'kubecon-na-2019',
			passages: 2,
			score: 0.8999999999999999,
			share: 2 / 3,
			total: 3
		});
	});
	it('groups by year, shows only the chosen themes, and keeps their denominators', () => {
		const cells = q.heatmap(f({ themes: ['observability'] }), 'year');
		expect(cells.map((c) => [c.column, c.passages, c.total])).toEqual([
			['2014', 0, 2],
			['2015', 1, 1],
			['2018', 2, 2],
			['2019', 1, 3]
		]);
	});
	it('counts only passages naming the chosen projects', () => {
		const cells = q.heatmap(
			f({ projects: ['envoy', 'prometheus'], themes: ['observability'] }),
			'event'
		);
		expect(cells.map((c) => [c.column, c.passages, c.total])).toEqual([
			['meetup-2015', 1, 1],
			['kubecon-eu-2018', 2, 2],
			['kubecon-na-2019', 1, 2]
		]);
	});
});

describe('network', () => {
	const edges = (filters: Filters, minWeight = 1) =>
		q
			.network(filters, minWeight)
			.edges.map((e) => `${e.source}-${e.target}:${e.weight}/${e.passages}`);
	it('sums co-mention weights over the events in scope', () => {
		expect(edges(EMPTY_FILTERS)).toEqual([
			'kubernetes-prometheus:4/2',
			'docker-kubernetes:2/1',
			'envoy-istio:2/1',
			'envoy-prometheus:2/0',
			'envoy-kubernetes:1/0',
			'istio-kubernetes:1/0',
			'istio-prometheus:1/0'
		]);
		expect(edges(EMPTY_FILTERS, 2)).toHaveLength(4);
		expect(q.network(EMPTY_FILTERS).nodes[0]).toEqual({
			id: 'kubernetes',
			name: 'Kubernetes',
			category: 'Orchestration & Management',
			mentions: 4
		});
	});
	it('counts only passages on the chosen theme, apart-in-a-section included', () => {
		expect(edges(f({ themes: ['observability'] }))).toEqual([
			'kubernetes-prometheus:4/2',
			'envoy-prometheus:1/0'
		]);
		expect(edges(f({ themes: ['security'] }))).toEqual([
			'docker-kubernetes:2/1',
			'envoy-istio:2/1',
			'envoy-kubernetes:1/0',
			'istio-kubernetes:1/0'
		]);
	});
	it('shows the chosen projects and their neighbours', () => {
		const net = q.network(f({ projects: ['docker'] }));
		expect(net.nodes.map((n) => n.id)).toEqual(['kubernetes', 'docker']);
		expect(net.edges.map((e) => [e.source, e.target])).toEqual([['docker', 'kubernetes']]);
		expect(q.network(f({ projects: ['nope'] }))).toEqual({ nodes: [], edges: [] });
	});
	it('caps the number of nodes, keeping the most mentioned', () => {
		const net = q.network(EMPTY_FILTERS, 1, 2);
		expect(net.nodes.map((n) => n.id)).toEqual(['kubernetes', 'prometheus']);
		expect(net.edges.map((e) => [e.source, e.target])).toEqual([['kubernetes', 'prometheus']]);
	});
});

describe('passages', () => {
	it('pages through the attributed passages in corpus order, with mention spans and provenance', () => {
		const page = q.passages({ filters: EMPTY_FILTERS, limit: 2, offset: 0 });
		expect(page.total).toBe(8);
		expect(page.rows[0]).toEqual({
			id: 1,
			text: 'Kubernetes and Prometheus were everywhere at the "observability" track.',
			eventId: 'kubecon-na-2019',
			eventName: 'KubeCon + CloudNativeCon North America 2019',
			sourceId: 1,
			sourceTitle: 'KubeCon notes',
			sourceAuthor: 'Ada',
			sourceUrl: 'https://example.org/a',
			sectionHeading: 'San Diego',
			mentions: [
				{ start: 0, end: 10, projectId: 'kubernetes' },
				{ start: 15, end: 25, projectId: 'prometheus' }
			]
		});
		expect(
			q.passages({ filters: EMPTY_FILTERS, limit: 2, offset: 7 }).rows.map((r) => r.id)
		).toEqual([8]);
	});
	it('narrows to a clicked edge, cell or year', () => {
		const ids = (query: Parameters<AtlasQueries['passages']>[0]) =>
			q.passages(query).rows.map((r) => r.id);
		expect(ids({ filters: EMPTY_FILTERS, withProjects: ['kubernetes', 'prometheus'] })).toEqual([
			1, 8
		]);
		expect(
			ids({ filters: EMPTY_FILTERS, themeId: 'observability', eventId: 'kubecon-eu-2018' })
		).toEqual([4, 5]);
		expect(ids({ filters: f({ projects: ['docker'] }), year: 2014 })).toEqual([6, 7]);
		expect(ids({ filters: f({ from: 2019 }) })).toEqual([1, 2, 3]);
		expect(
			q.passages({ filters: f({ themes: ['observability'] }), eventId: 'kubecon-eu-2018' }).total
		).toBe(2);
		expect(q.passages({ filters: f({ events: ['meetup-2015'] }), year: 2019 }).total).toBe(0);
	});
});

describe('summary', () => {
	const both = (filters: Filters) => {
		const answer = q.summary(filters);
		expect(raw.summary(filters)).toEqual(answer);
		return answer;
	};
	it('counts events with passages, their passages, sources, projects and mentions', () => {
		// Passage 9 has no event; the event without passages is not counted.
		expect(both(EMPTY_FILTERS)).toEqual({
			events: 4,
			passages: 8,
			sources: 2,
			projects: 5,
			mentions: 12
		});
		expect(both(f({ from: 2016 }))).toEqual({
			events: 2,
			passages: 5,
			sources: 1,
			projects: 4,
			mentions: 7
		});
	});
	it('counts a passage on two chosen themes once (the charts count it once per theme)', () => {
		// Passages 1, 2, 4, 5 and 8; the event volumes add up to 6 (passage 5 twice).
		expect(both(f({ themes: ['observability', 'service-mesh'] }))).toEqual({
			events: 3,
			passages: 5,
			sources: 2,
			projects: 4,
			mentions: 8
		});
		expect(
			q.events(f({ themes: ['observability', 'service-mesh'] })).reduce((n, e) => n + e.passages, 0)
		).toBe(6);
	});
	it('counts passages naming any chosen project, and every project they name', () => {
		// Passages 1, 3, 4, 7 and 8: Docker comes with Kubernetes in passage 7.
		expect(both(f({ projects: ['kubernetes', 'prometheus'] }))).toEqual({
			events: 4,
			passages: 5,
			sources: 2,
			projects: 3,
			mentions: 8
		});
	});
	it('follows the full-text search, and gives zeros for unknown ids', () => {
		expect(both(f({ q: 'docker' }))).toEqual({
			events: 1,
			passages: 2,
			sources: 1,
			projects: 2,
			mentions: 3
		});
		expect(both(f({ themes: ['nope'] }))).toEqual({
			events: 0,
			passages: 0,
			sources: 0,
			projects: 0,
			mentions: 0
		});
	});
});

describe('createAtlasClient', () => {
	it('answers the same, asynchronously', async () => {
		const SQL = await initSqlJs();
		const client = createAtlasClient(
			new SQL.Database(buildDatabase(SQL, handmadeResult(), { builtAt: 'x' }))
		);
		expect(await client.events(EMPTY_FILTERS)).toEqual(raw.events(EMPTY_FILTERS));
	});
});
