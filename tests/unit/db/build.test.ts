import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDatabase, countWords, reserveBuild } from '../../../src/lib/db/build';
import { decodePack } from '../../../src/lib/db/packs';
import { REQUIRED_TABLES, SCHEMA_VERSION } from '../../../src/lib/db/schema';
import { query } from '../../../src/lib/db/sql';
import { handmadeResult } from '../../fixtures/db/handmade';

let SQL: SqlJsStatic;
beforeAll(async () => {
	SQL = await initSqlJs();
});

function open(bytes = buildDatabase(SQL, handmadeResult(), { builtAt: '2024-01-01T00:00:00Z' })) {
	return new SQL.Database(bytes);
}

describe('buildDatabase', () => {
	it('writes every table of the schema, readable by sql.js', () => {
		const db = open();
		const tables = query<{ name: string }>(
			db,
			"SELECT name FROM sqlite_master WHERE type = 'table'"
		).map((r) => r.name);
		for (const table of REQUIRED_TABLES) expect(tables).toContain(table);
		const meta = Object.fromEntries(
			query<{ key: string; value: string }>(db, 'SELECT * FROM meta').map((r) => [r.key, r.value])
		);
		expect(meta).toMatchObject({
			schema_version: String(SCHEMA_VERSION),
			built_at: '2024-01-01T00:00:00Z',
			'counts.documents': '2',
			'counts.passages': '9',
			'counts.unattributed': '1',
			'counts.events': '5',
			'counts.talks': '2',
			'counts.mentions': '12',
			'counts.warnings': '1'
		});
		expect(meta.corpus_digest).toMatch(/^[0-9a-f]{64}$/);
		db.close();
	});

	it('indexes passage text for FTS4 search, accents folded', () => {
		const db = open();
		const hits = (q: string) =>
			query<{ docid: number }>(
				db,
				'SELECT docid FROM passages_fts WHERE passages_fts MATCH ? ORDER BY docid',
				[q]
			).map((r) => r.docid);
		expect(hits('kubernetes')).toEqual([1, 3, 7, 8]);
		expect(hits('"scrape configs"')).toEqual([4]);
		expect(hits('cafe')).toEqual([9]);
		expect(query(db, 'SELECT text FROM passages_fts WHERE docid = 4')).toEqual([
			{ text: 'Prometheus scrape configs in Copenhagen.' }
		]);
		db.close();
	});

	it('stores speakers and organisations as JSON arrays and mentions with their offsets', () => {
		const db = open();
		expect(query(db, 'SELECT speakers, organizations FROM talks WHERE id = 1')).toEqual([
			{ speakers: '["Solomon Hykes"]', organizations: '["Docker"]' }
		]);
		expect(
			query(db, 'SELECT start, "end", surface FROM mentions WHERE passage_id = 1 ORDER BY start')
		).toEqual([
			{ start: 0, end: 10, surface: 'Kubernetes' },
			{ start: 15, end: 25, surface: 'Prometheus' }
		]);
		expect(
			query(db, "SELECT alias FROM project_aliases WHERE project_id = 'kubernetes' ORDER BY alias")
		).toEqual([{ alias: 'Kubernetes' }, { alias: 'k8s' }]);
		db.close();
	});

	it('computes per-event stats, with zeros for an event without passages', () => {
		const db = open();
		expect(query(db, 'SELECT * FROM event_stats ORDER BY event_id')).toEqual([
			{ event_id: 'dockercon-eu-2014', passages: 2, words: 10, sources: 1, talks: 1, mentions: 3 },
			{ event_id: 'kubecon-cn-2021', passages: 0, words: 0, sources: 0, talks: 0, mentions: 0 },
			{ event_id: 'kubecon-eu-2018', passages: 2, words: 10, sources: 1, talks: 0, mentions: 2 },
			{ event_id: 'kubecon-na-2019', passages: 3, words: 23, sources: 1, talks: 0, mentions: 5 },
			{ event_id: 'meetup-2015', passages: 1, words: 6, sources: 1, talks: 1, mentions: 2 }
		]);
		db.close();
	});

	it('computes theme scores per event, raw and normalised by the event passages', () => {
		const db = open();
		const rows = query<{
			event_id: string;
			theme_id: string;
			passages: number;
			score: number;
			share: number;
			score_norm: number;
		}>(
			db,
			"SELECT * FROM event_themes WHERE event_id IN ('kubecon-na-2019', 'kubecon-eu-2018') ORDER BY event_id, theme_id"
		);
		expect(
			rows.map((r) => [r.event_id, r.theme_id, r.passages, r.score, r.share, r.score_norm])
		).toEqual([
			['kubecon-eu-2018', 'observability', 2, 0.8, 1, 0.4],
			['kubecon-eu-2018', 'service-mesh', 1, 0.4, 0.5, 0.2],
			['kubecon-na-2019', 'observability', 1, 0.8, 1 / 3, 0.8 / 3],
			['kubecon-na-2019', 'security', 2, 0.8999999999999999, 2 / 3, 0.8999999999999999 / 3],
			['kubecon-na-2019', 'service-mesh', 1, 0.9, 1 / 3, 0.3]
		]);
		db.close();
	});

	it('computes mentions per event and project', () => {
		const db = open();
		expect(
			query(
				db,
				"SELECT project_id, mentions, passages FROM event_projects WHERE event_id = 'kubecon-na-2019' ORDER BY project_id"
			)
		).toEqual([
			{ project_id: 'envoy', mentions: 1, passages: 1 },
			{ project_id: 'istio', mentions: 1, passages: 1 },
			{ project_id: 'kubernetes', mentions: 2, passages: 2 },
			{ project_id: 'prometheus', mentions: 1, passages: 1 }
		]);
		db.close();
	});

	it('weights co-mentions 2 per shared passage and 1 per section where they appear apart', () => {
		const db = open();
		const edges = query(
			db,
			'SELECT event_id, source, target, weight, passages FROM comentions ORDER BY event_id, source, target'
		);
		expect(edges).toEqual([
			{
				event_id: 'dockercon-eu-2014',
				source: 'docker',
				target: 'kubernetes',
				weight: 2,
				passages: 1
			},
			{
				event_id: 'kubecon-eu-2018',
				source: 'envoy',
				target: 'prometheus',
				weight: 1,
				passages: 0
			},
			{ event_id: 'kubecon-na-2019', source: 'envoy', target: 'istio', weight: 2, passages: 1 },
			{
				event_id: 'kubecon-na-2019',
				source: 'envoy',
				target: 'kubernetes',
				weight: 1,
				passages: 0
			},
			{
				event_id: 'kubecon-na-2019',
				source: 'envoy',
				target: 'prometheus',
				weight: 1,
				passages: 0
			},
			{
				event_id: 'kubecon-na-2019',
				source: 'istio',
				target: 'kubernetes',
				weight: 1,
				passages: 0
			},
			{
				event_id: 'kubecon-na-2019',
				source: 'istio',
				target: 'prometheus',
				weight: 1,
				passages: 0
			},
			{
				event_id: 'kubecon-na-2019',
				source: 'kubernetes',
				target: 'prometheus',
				weight: 2,
				passages: 1
			},
			{
				event_id: 'meetup-2015',
				source: 'kubernetes',
				target: 'prometheus',
				weight: 2,
				passages: 1
			}
		]);
		db.close();
	});

	it('splits project counts and co-mentions by theme, among the passages on that theme', () => {
		const db = open();
		// Passage 5 (Envoy) scores on observability and service mesh: it counts under both.
		expect(
			query(
				db,
				"SELECT theme_id, project_id, mentions FROM event_projects_by_theme WHERE event_id = 'kubecon-eu-2018' ORDER BY theme_id, project_id"
			)
		).toEqual([
			{ theme_id: 'observability', project_id: 'envoy', mentions: 1 },
			{ theme_id: 'observability', project_id: 'prometheus', mentions: 1 },
			{ theme_id: 'service-mesh', project_id: 'envoy', mentions: 1 }
		]);
		const packs = query<{ theme_id: string; event_id: string; pairs: number; data: Uint8Array }>(
			db,
			"SELECT * FROM comention_packs WHERE event_id = 'kubecon-na-2019' ORDER BY theme_id"
		);
		const ordinals = new Map(
			query<{ id: string; ordinal: number }>(db, 'SELECT id, ordinal FROM projects').map((r) => [
				r.ordinal,
				r.id
			])
		);
		const edges = (pack: (typeof packs)[number]) =>
			[...chunks(decodePack(pack.data))].map(
				([st, w, n]) => `${ordinals.get(st! & 0xffff)}-${ordinals.get(st! >>> 16)}:${w}/${n}`
			);
		expect(packs.map((p) => [p.theme_id, p.pairs])).toEqual([
			['', 6],
			['observability', 1],
			['security', 3],
			['service-mesh', 1]
		]);
		// Security: Envoy–Istio share passage 2; Kubernetes (passage 3) is in the same section.
		expect(edges(packs[2]!)).toEqual([
			'envoy-istio:2/1',
			'envoy-kubernetes:1/0',
			'istio-kubernetes:1/0'
		]);
		expect(edges(packs[0]!)).toHaveLength(6);
		db.close();
	});

	it('gives identical bytes for identical input', () => {
		const a = buildDatabase(SQL, handmadeResult(), { builtAt: 'x' });
		const b = buildDatabase(SQL, handmadeResult(), { builtAt: 'x' });
		expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
	});

	it('builds the same bytes in the memory reserved before the ingest, in its buffer', () => {
		const reserved = reserveBuild(SQL, 64 << 10);
		const a = buildDatabase(SQL, handmadeResult(), { builtAt: 'x', reserved });
		const b = buildDatabase(SQL, handmadeResult(), { builtAt: 'x' });
		expect(a.buffer === reserved.buffer).toBe(true);
		expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
	});

	it('refuses rows that point at missing parents, naming the table', () => {
		const result = handmadeResult();
		result.mentions.push({
			passage_id: 1,
			project_id: 'no-such-project',
			start: 0,
			end: 1,
			surface: 'K'
		});
		expect(() => buildDatabase(SQL, result, { builtAt: 'x' })).toThrow(
			/mentions row \d+ → missing projects/
		);
	});

	it('counts words as runs of non-space characters', () => {
		expect(countWords('  Envoy-based meshes:\tIstio\n ')).toBe(3);
		expect(countWords('')).toBe(0);
	});
});

function* chunks(values: Uint32Array): Generator<number[]> {
	for (let i = 0; i < values.length; i += 3) yield [...values.subarray(i, i + 3)];
}
