import { describe, expect, it } from 'vitest';
import { compileThemeScorer, themeCounts } from '../../../src/lib/ingest/themes';
import type { TaxonomyProject, TaxonomyTheme } from '../../../src/lib/ingest/types';
import { compileMatcher } from '../../../src/lib/ingest/matcher';
import { compileLexicon } from '../../../src/lib/ingest/lexicon';
import { PROJECTS, THEMES } from './extractionFixtures';

const scorer = compileThemeScorer(THEMES, PROJECTS);
const project = (
	id: string,
	name: string,
	aliases: string[],
	category: string
): TaxonomyProject => ({
	...PROJECTS[0]!,
	id,
	name,
	aliases,
	category,
	subcategory: category
});
const scores = (text: string, projects: string[] = []) =>
	Object.fromEntries(scorer.score(text, projects).map((s) => [s.themeId, s.score]));

describe('theme scores', () => {
	it('scores lexicon terms and phrases, case-insensitively', () => {
		const s = scores('A Service Mesh adds a sidecar to every pod.');
		expect(s['service-mesh']).toBeCloseTo(1 - Math.exp(-1.6), 3);
		expect(s.observability).toBeUndefined();
	});

	it('counts plurals and respects word boundaries', () => {
		expect(scores('Two service meshes.')['service-mesh']).toBeCloseTo(1 - Math.exp(-1), 3);
		expect(scores('Multitracingx and metricsy are not words.')).toEqual({});
	});

	it('saturates: a long passage stays below 1 and repeats count less', () => {
		const once = scores('distributed tracing').observability!;
		const many = scores('tracing '.repeat(200)).observability!;
		expect(many).toBeLessThanOrEqual(1);
		expect(many).toBeGreaterThan(once);
		// 0.8 · (1 + 0.5 + 0.25 + …) < 1.6 however many repeats.
		expect(many).toBeLessThanOrEqual(Math.round((1 - Math.exp(-1.6)) * 1000) / 1000);
	});

	it('adds the landscape categories of the projects mentioned', () => {
		expect(scores('We tried it.', ['istio'])['service-mesh']).toBeCloseTo(1 - Math.exp(-0.6), 3);
		expect(scores('We tried it.', ['jaeger', 'prometheus']).observability).toBeCloseTo(
			1 - Math.exp(-1.2),
			3
		);
		// The same project twice counts once.
		expect(scores('x', ['istio', 'istio'])['service-mesh']).toBeCloseTo(1 - Math.exp(-0.6), 3);
	});

	it('drops scores below the threshold: a helper word alone makes no row', () => {
		// "dashboard" alone weighs 0.2 → 0.181, below the default 0.35; a laxer scorer keeps it.
		expect(scores('A dashboard.').observability).toBeUndefined();
		const lax = compileThemeScorer(THEMES, PROJECTS, { threshold: 0.1 });
		expect(lax.score('A dashboard.', [])).toEqual([{ themeId: 'observability', score: 0.181 }]);
		// The heaviest helper (0.4) stays below the default threshold; a term of 0.45 passes it.
		const theme = (w: number): TaxonomyTheme[] => [
			{ id: 'networking', name: 'N', description: '', lexicon: { network: w } }
		];
		expect(compileThemeScorer(theme(0.4), []).score('The network was slow.', [])).toEqual([]);
		expect(compileThemeScorer(theme(0.45), []).score('The network was slow.', [])).toHaveLength(1);
	});

	it('counts a helper word once however often it is repeated', () => {
		const lax = compileThemeScorer(THEMES, PROJECTS, { threshold: 0.1 });
		// Docker "grew to a platform … create a platform": the word twice says no more than once.
		expect(lax.score('A dashboard, a dashboard and a dashboard.', [])).toEqual([
			{ themeId: 'observability', score: 0.181 }
		]);
		// A term above helper weight still adds its repeats, decaying.
		expect(scores('metrics and more metrics').observability).toBeCloseTo(1 - Math.exp(-0.9), 3);
	});

	it('counts a term listed with its plural once', () => {
		const sre: TaxonomyTheme[] = [
			{
				id: 'reliability-sre',
				name: 'SRE',
				description: '',
				lexicon: { incident: 0.9, incidents: 0.9, dashboard: 0.4, dashboards: 0.6 }
			}
		];
		const s = compileThemeScorer(sre, []);
		const one = 1 - Math.exp(-0.9);
		expect(s.score('Two incidents hit the payments cluster last week.', [])[0]?.score).toBeCloseTo(
			one,
			3
		);
		// Singular then plural: one term, repeats decay together (0.9 + 0.45).
		expect(s.score('One incident, then more incidents.', [])[0]?.score).toBeCloseTo(
			1 - Math.exp(-1.35),
			3
		);
		// Each form keeps the weight it is listed with.
		expect(s.score('Grafana dashboards everywhere.', [])[0]?.score).toBeCloseTo(
			1 - Math.exp(-0.6),
			3
		);
	});

	it('does not read the name of a project as the plural of a term', () => {
		const net: TaxonomyTheme[] = [
			{ id: 'networking', name: 'N', description: '', lexicon: { nat: 0.5, dockerfile: 0.8 } }
		];
		const projects = [
			project('nats', 'NATS', [], 'Streaming & Messaging'),
			project('docker', 'Docker', ['Dockerfile', 'Dockerfiles'], 'Container Runtime')
		];
		const s = compileThemeScorer(net, projects);
		expect(s.score('NATS for messaging.', [])).toEqual([]);
		expect(s.score('Pods behind a NAT.', [])).toHaveLength(1);
		// A term that is itself a name keeps its plural.
		expect(s.score('Better tools for managing Dockerfiles.', [])).toHaveLength(1);
	});

	it('counts the projects a theme lists whatever their category', () => {
		const iac: TaxonomyTheme[] = [
			{ id: 'config-iac', name: 'IaC', description: '', lexicon: { yaml: 0.6 }, projects: ['helm'] }
		];
		const helm = project('helm', 'Helm', [], 'Application Definition & Image Build');
		expect(compileThemeScorer(iac, [helm]).score('Congrats to the team!', ['helm'])).toEqual([
			{ themeId: 'config-iac', score: 0.451 }
		]);
		expect(themeCounts(iac[0]!)(helm)).toBe(true);
		expect(themeCounts({ ...iac[0]!, projects: [] })(helm)).toBe(false);
	});

	it('returns themes in catalog order with three-decimal scores', () => {
		const s = scorer.score('Community tracing in the service mesh.', []);
		expect(s.map((x) => x.themeId)).toEqual(['service-mesh', 'observability', 'community']);
		for (const x of s) expect(x.score).toBe(Math.round(x.score * 1000) / 1000);
	});
});

describe('the single-pass lexicon', () => {
	it('gives the same mentions and scores as the matcher and scorer apart', () => {
		const lexicon = compileLexicon(PROJECTS, THEMES);
		const matcher = compileMatcher(PROJECTS);
		for (const text of [
			'Istio and Linkerd: a service mesh with a sidecar, tracing in Jaeger.',
			'Helm charts, the helm of a ship, and Prometheus metrics on a dashboard.',
			'Nothing to see here.'
		]) {
			const mentions = matcher.match(text);
			expect(lexicon.analyse(text)).toEqual({
				mentions,
				themes: scorer.score(
					text,
					mentions.map((m) => m.projectId)
				)
			});
		}
	});
});
