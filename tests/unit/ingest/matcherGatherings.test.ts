/**
 * An ambiguous name before its project's own gathering ("Spinnaker Summit", "Helm Summit")
 * names the project, on the passage's evidence as the name alone would; another capitalised
 * word after it ("Ambassador Fest", "Ambassador Labs") still makes another name.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/lib/ingest/matcher';
import { projectTaxonomy as taxonomy } from './projectTaxonomy';

const matcher = compileMatcher(taxonomy.projects);
const ids = (text: string) => matcher.match(text).map((m) => m.projectId);

describe("a project's own gathering after an ambiguous name", () => {
	it('names the project when the passage is about tools', () => {
		expect(ids('Many Kubernetes users went to the Helm Summit in Amsterdam.')).toEqual([
			'kubernetes',
			'helm'
		]);
		expect(ids('Two talks from Jenkins X users, then lunch at Spinnaker Summit proper.')).toEqual([
			'jenkins-x',
			'spinnaker'
		]);
	});

	it('not without evidence', () => {
		expect(ids('We spent a day at Helm Summit, a hill near the lake.')).toEqual([]);
	});

	it('another capitalised word still makes another name', () => {
		expect(ids('Alex did a great Ambassador Fest breakout on Kubernetes.')).toEqual(['kubernetes']);
	});
});
