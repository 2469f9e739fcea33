/**
 * A name that is no common word may still be another's: "Kafka" the writer, "Jaeger" the
 * liqueur's nickname. Words of that other thing (projects.yaml top-level `others`) beside the
 * bare name turn it down; a longer name ("Apache Kafka") and the tool's own use still count.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/lib/ingest/matcher';
import { parseTaxonomy } from '../../../src/lib/ingest/taxonomy';
import { projectTaxonomy as taxonomy } from './projectTaxonomy';

const matcher = compileMatcher(taxonomy.projects);
const ids = (text: string) => matcher.match(text).map((m) => m.projectId);

describe('another thing of a firm name', () => {
	it.each([
		['The keynote opened with a Franz Kafka line about cages and birds.', []],
		['On the train home I read Kafka, the Metamorphosis, not the Strimzi docs.', ['strimzi']],
		['After the party we ordered Jaeger shots for the whole table.', []]
	])('%s', (text, expected) => {
		expect(ids(text)).toEqual(expected);
	});

	it.each([
		['Ein Kollege las Kafka (die Verwandlung), der andere Apache Kafka-Doku.', ['kafka']],
		['We moved from Kafka to Pulsar for the event streams.', ['kafka', 'pulsar']],
		['Jaeger traces showed the slow span; screenshots in the slides.', ['jaeger']]
	])('%s', (text, expected) => {
		expect(ids(text)).toEqual(expected);
	});

	it('a word cut at the edge of the window is none ("snapshots" is no "shots")', () => {
		const text =
			'We are now evaluating etcd for snapshots after seeing the demo.\n' +
			'Honestly, half of the room was there to hear about Jaeger.';
		expect(ids(text)).toEqual(['etcd', 'jaeger']);
	});

	it('reads top-level `others` from projects.yaml, for the bare name only', () => {
		const project = `- id: kafka\n  name: Kafka\n  aliases: [Apache Kafka]\n  category: C\n  subcategory: S\n  cncf_status: null\n  others: [Franz]\n`;
		const { taxonomy: t, warnings } = parseTaxonomy({ events: '', projects: project, themes: '' });
		expect(warnings.filter((w) => /others/.test(w.message))).toEqual([]);
		expect(t.projects[0]?.others).toEqual(['franz']);
		const m = compileMatcher(t.projects);
		expect(m.match('Franz Kafka and Apache Kafka').map((x) => x.surface)).toEqual(['Apache Kafka']);
	});
});
