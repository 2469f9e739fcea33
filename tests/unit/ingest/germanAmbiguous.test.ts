/**
 * Ambiguous project names in German recaps: German capitalises every noun, so a capital after
 * an article ("Der Chef des Teams", "Ein Operator im Rechenzentrum") is no evidence, while
 * German compounds and verbs still name the tool ("Helm-Charts", "Flux synchronisiert"), with
 * the committed taxonomy.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/lib/ingest/matcher';
import { projectTaxonomy as taxonomy } from './projectTaxonomy';

const matcher = compileMatcher(taxonomy.projects);
const found = (text: string) => matcher.match(text).map((m) => m.surface);

describe('ambiguous names in German', () => {
	it.each([
		['Der Chef des Teams hat Kubernetes eingeführt.', ['Kubernetes']],
		['Ein Operator im Rechenzentrum überwacht Prometheus.', ['Prometheus']],
		['Der Garden ist schön, und wir nutzen Kubernetes.', ['Kubernetes']],
		['Im Vault liegen die Akten, sagt der Kubernetes-Experte.', ['Kubernetes']],
		['Unser Chef meinte, wir sollten mehr auf Kubernetes setzen.', ['Kubernetes']],
		['Ihr Chef meinte, sie sollten mehr auf Kubernetes setzen.', ['Kubernetes']],
		['Mein Chef arbeitet seit Jahren mit Kubernetes.', ['Kubernetes']],
		['Am Helm stand der Kapitän, und Kubernetes lief.', ['Kubernetes']]
	])('a noun after an article is no name: %s', (text, names) => {
		expect(found(text)).toEqual(names);
	});

	it.each([
		['Wir deployen mit Helm-Charts auf Kubernetes.', ['Helm', 'Kubernetes']],
		['Flux v2 synchronisiert den Cluster.', ['Flux']],
		['Flux synchronisiert den Cluster mit Git.', ['Flux']],
		['Vault verwaltet die Secrets.', ['Vault']],
		['Helm wird von vielen Teams eingesetzt.', ['Helm']],
		['Die Flux-Controller laufen im Cluster.', ['Flux']],
		['Die Compose-Datei startet alle Container.', ['Compose']],
		['Der Helm-Chart für Kubernetes ist fertig.', ['Helm', 'Kubernetes']],
		['Wir verwenden Vault für Secrets in Kubernetes.', ['Vault', 'Kubernetes']]
	])('the tool in German words: %s', (text, names) => {
		expect(found(text)).toEqual(names);
	});
});
