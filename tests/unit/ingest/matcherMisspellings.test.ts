/**
 * Recaps are typed in a hurry: "Kuberentes", "Kubernets" still name Kubernetes for a reader,
 * and a mention spans the misspelt word.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/lib/ingest/matcher';
import { projectTaxonomy as taxonomy } from './projectTaxonomy';

const matcher = compileMatcher(taxonomy.projects);
const surfaces = (text: string) => matcher.match(text).map((m) => `${m.projectId}:${m.surface}`);

describe('misspelt Kubernetes', () => {
	it.each([
		['Kuberentes upgrades were the hallway topic.', 'Kuberentes'],
		['We run Kubernets 1.19 in production.', 'Kubernets'],
		['Three talks on Kubenetes networking.', 'Kubenetes'],
		['Securing kuberenetes clusters, by Jane Doe', 'kuberenetes']
	])('%s', (text, surface) => {
		expect(surfaces(text)).toEqual([`kubernetes:${surface}`]);
	});
});
