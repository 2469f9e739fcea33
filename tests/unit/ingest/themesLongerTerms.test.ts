/**
 * A theme's term inside a longer term of another theme counts only for the longer term's
 * themes: a data pipeline, a telemetry pipeline or an ML pipeline is no delivery pipeline.
 */
import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../../src/lib/ingest/lexicon';
import { projectTaxonomy } from './projectTaxonomy';

const lexicon = compileLexicon(projectTaxonomy.projects, projectTaxonomy.themes);
const ids = (text: string) =>
	lexicon
		.analyse(text)
		.themes.map((t) => t.themeId)
		.sort();

describe('a term inside a longer term of another theme', () => {
	it.each([
		['Their data pipelines load two terabytes a night into the warehouse.', ['storage-data']],
		['The collector sits at the centre of the telemetry pipeline.', ['observability']],
		['Their ML pipeline retrains the ranking model every night.', ['ml-ai']]
	])('%s', (text, expected) => {
		expect(ids(text)).toEqual(expected);
	});

	it('a pipeline alone or of its own theme still counts for delivery', () => {
		expect(ids('Every merge runs the CI/CD pipeline in under ten minutes.')).toEqual(['gitops-cd']);
		expect(ids('Each team owns its pipelines, from commit to the canary rollout.')).toEqual([
			'gitops-cd'
		]);
	});
});
