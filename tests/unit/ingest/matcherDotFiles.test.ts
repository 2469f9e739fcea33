/**
 * A dot-file's name in a path ("~/.kube/config", "~/.helm") names a directory, not the tool, as
 * a name inside a URL does; a name after a sentence's full stop or an ellipsis still counts.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/lib/ingest/matcher';
import { projectTaxonomy as taxonomy } from './projectTaxonomy';

const matcher = compileMatcher(taxonomy.projects);
const ids = (text: string) => matcher.match(text).map((m) => m.projectId);

describe('dot-files in paths', () => {
	it.each([
		['Copy the admin config to ~/.kube/config first.', []],
		['The file lives in `.kube/config` on the CI runner.', []],
		['Helm 2 kept its state in ~/.helm and Tiller.', ['helm', 'tiller']]
	])('%s', (text, expected) => {
		expect(ids(text)).toEqual(expected);
	});

	it('a name after a full stop or an ellipsis is no dot-file', () => {
		expect(ids('It was over.Kubernetes won... kube-proxy too.')).toEqual([
			'kubernetes',
			'kube-proxy'
		]);
	});
});
