/**
 * Names that are German words: "flink" (quick) is an adverb in a German recap, Apache Flink
 * the stream processor when a tool's words or neighbours say so ("Flink-Job", "Flink und Kafka").
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/lib/ingest/matcher';
import { projectTaxonomy as taxonomy } from './projectTaxonomy';

const matcher = compileMatcher(taxonomy.projects);
const ids = (text: string) => matcher.match(text).map((m) => m.projectId);

describe('Flink and the German word flink', () => {
	it('the adverb is no mention', () => {
		expect(ids('Der Umzug auf Kubernetes ging erstaunlich flink und ohne Ausfall.')).toEqual([
			'kubernetes'
		]);
	});

	it('the stream processor is', () => {
		expect(ids('Den Flink-Job haben wir auf Kubernetes migriert.')).toEqual([
			'flink',
			'kubernetes'
		]);
		expect(ids('Flink und Kafka liefen beide auf Kubernetes.')).toEqual([
			'flink',
			'kafka',
			'kubernetes'
		]);
		expect(ids('Most streaming teams run Flink jobs on Kubernetes now.')).toEqual([
			'flink',
			'kubernetes'
		]);
	});
});
