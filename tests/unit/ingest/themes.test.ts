import { describe, expect, it } from 'vitest';
import { compileThemeScorer } from '../../../src/lib/ingest/themes';
import { compileMatcher } from '../../../src/lib/ingest/matcher';
import { compileLexicon } from '../../../src/lib/ingest/lexicon';
import { PROJECTS, THEMES } from './extractionFixtures';

const scorer = compileThemeScorer(THEMES, PROJECTS);
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

	it('drops scores below the threshold', () => {
		// "dashboard" alone weighs 0.2 → 0.181, above the default 0.15; a stricter scorer drops it.
		expect(scores('A dashboard.').observability).toBeCloseTo(0.181, 3);
		const strict = compileThemeScorer(THEMES, PROJECTS, { threshold: 0.3 });
		expect(strict.score('A dashboard.', [])).toEqual([]);
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
