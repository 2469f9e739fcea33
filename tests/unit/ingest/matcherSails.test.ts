/**
 * "Spinnaker" is a sail too: beside a boat's words it is no CD platform, even in a recap that
 * names Kubernetes; elsewhere it is the tool, alone in its passage too.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/lib/ingest/matcher';
import { projectTaxonomy as taxonomy } from './projectTaxonomy';

const matcher = compileMatcher(taxonomy.projects);
const ids = (text: string) => matcher.match(text).map((m) => m.projectId);

describe('Spinnaker, the CD platform, and the sail', () => {
	it('a sail in lower case is no mention', () => {
		expect(ids('We hoisted the spinnaker off the point and it collapsed twice.')).toEqual([]);
		expect(
			ids('Back from the Kubernetes sessions, I trimmed the spinnaker while Ana steered.')
		).toEqual(['kubernetes']);
	});

	it('the platform among its neighbours is', () => {
		expect(ids('Most teams compared Spinnaker with Jenkins X for their pipelines.')).toEqual([
			'spinnaker',
			'jenkins-x'
		]);
		expect(ids('At Netflix, Spinnaker drove their continuous delivery.')).toEqual(['spinnaker']);
		expect(ids('Spinnaker, born at Netflix, drove their continuous delivery.')).toEqual([
			'spinnaker'
		]);
		expect(ids('We are now evaluating Spinnaker after seeing the demo.')).toEqual(['spinnaker']);
	});
});
