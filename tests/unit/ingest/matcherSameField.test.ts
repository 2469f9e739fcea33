/**
 * A sentence-initial ambiguous name ("Longhorn a présenté…") is the tool when a firm project of
 * its own field stands in the passage (Ceph for storage), whatever the language of the words
 * around it; a firm project of another field alone leaves it a word.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/lib/ingest/matcher';
import { projectTaxonomy as taxonomy } from './projectTaxonomy';

const matcher = compileMatcher(taxonomy.projects);
const ids = (text: string) => matcher.match(text).map((m) => m.projectId);

describe('a firm project of the same field vouches for a sentence-initial name', () => {
	it('in a French recap without English context words', () => {
		expect(
			ids('OpenEBS et Ceph restent les plus cités. Longhorn a présenté sa nouvelle version.')
		).toEqual(['openebs', 'ceph', 'longhorn']);
	});

	it('in a German recap', () => {
		expect(ids('Wir betreiben Ceph seit Jahren. Longhorn kam neu dazu, ganz ohne Ärger.')).toEqual([
			'ceph',
			'longhorn'
		]);
	});

	it('a project of another field is not enough', () => {
		expect(ids('On a beaucoup parlé de Kubernetes. Longhorn était le nom du restaurant.')).toEqual([
			'kubernetes'
		]);
	});
});
