/**
 * Ambiguous project names in Korean recaps: Korean glues its particles onto a Latin name
 * ("Helm을", "Harbor가") and names the tool with its own nouns after it (사용 use, 설정
 * configuration, 인큐베이션 incubation, 차트 chart), with the committed taxonomy.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/lib/ingest/matcher';
import { projectTaxonomy as taxonomy } from './projectTaxonomy';

const matcher = compileMatcher(taxonomy.projects);
const found = (text: string) => matcher.match(text).map((m) => [m.projectId, m.surface]);

describe('ambiguous names in Korean', () => {
	it.each([
		['Harbor가 인큐베이션 프로젝트가 되었다.', 'harbor', 'Harbor'],
		['Envoy 설정을 바꿨다.', 'envoy', 'Envoy'],
		['Helm을 사용해서 배포했다.', 'helm', 'Helm'],
		['이번에는 Flux 차트를 올렸다.', 'flux', 'Flux'],
		['Vault를 도입한 사례', 'vault', 'Vault']
	])('%s names %s', (text, id, surface) => {
		expect(found(text)).toEqual([[id, surface]]);
	});

	it.each(['Helm이라는 단어는 키를 뜻한다.', 'Vault 안에서 무슨 일이?', 'Chef가 요리를 했다.'])(
		'a particle alone is no evidence: %s',
		(text) => {
			expect(found(text)).toEqual([]);
		}
	);
});
