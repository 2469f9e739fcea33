/**
 * Ambiguous names listed with a firm project in Chinese, Japanese or Korean ("Helm 和 Istio",
 * "Helm 과 Istio"), and the Open Container Project (the OCI's name of June 2015).
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/lib/ingest/matcher';
import { projectTaxonomy as taxonomy } from './projectTaxonomy';

describe('ambiguous names listed in Chinese, Japanese or Korean', () => {
	const matcher = compileMatcher(taxonomy.projects);
	const found = (text: string) => matcher.match(text).map((m) => [m.projectId, m.surface]);

	it.each([
		['Helm 과 Istio 세션은 자리가 없었습니다.', 'helm'],
		['Envoy 와 Linkerd 도 많이 언급되었습니다.', 'envoy'],
		['Helm 和 Istio 是最热门的话题。', 'helm'],
		['Envoy、Linkerd が話題でした。', 'envoy']
	])('%s', (text, id) => {
		expect(found(text)[0]).toEqual([id, id === 'helm' ? 'Helm' : 'Envoy']);
	});
});

describe('the Open Container Project', () => {
	it('is the OCI under its name of June 2015', () => {
		const matcher = compileMatcher(taxonomy.projects);
		expect(
			matcher.match('Solomon Hykes announced the Open Container Project.').map((m) => m.projectId)
		).toEqual(['oci']);
	});
});
