/**
 * A theme term inside a project's name counts only for the project's own themes: "Chaos Mesh"
 * is chaos engineering, not a service mesh; "Open Service Mesh", "Dockerfiles" and "Helm charts"
 * still count for theirs.
 */
import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../../src/lib/ingest/lexicon';
import { projectTaxonomy } from './projectTaxonomy';

const lexicon = compileLexicon(projectTaxonomy.projects, projectTaxonomy.themes);
const themesOf = (text: string) =>
	Object.fromEntries(lexicon.analyse(text).themes.map((t) => [t.themeId, t.score]));

describe("a theme's word inside a project's name", () => {
	it('counts not for another theme ("Chaos Mesh" is no service mesh)', () => {
		const chaos = themesOf(
			'We injected network faults with Chaos Mesh during the game day and watched the SLOs.'
		);
		expect(chaos).toHaveProperty('reliability-sre');
		expect(chaos).not.toHaveProperty('service-mesh');
		expect(themesOf('Ein Vortrag über Chaos Mesh und Litmus im Betrieb.')).not.toHaveProperty(
			'service-mesh'
		);
	});

	it("counts for the project's own theme", () => {
		const osm = themesOf('Open Service Mesh was donated by Microsoft.');
		const alone = themesOf('Kuma was donated by Kong.');
		expect(osm['service-mesh']).toBeGreaterThan(alone['service-mesh'] ?? 0);
		expect(osm['service-mesh']).toBeGreaterThan(0.6);
	});

	it('the same word outside the name still counts', () => {
		expect(
			themesOf('Chaos Mesh ran in the service mesh cluster, with mesh-wide mTLS.')
		).toHaveProperty('service-mesh');
	});
});
