/**
 * Theme terms in Chinese, Japanese and Korean recaps, with the committed taxonomy: Chinese and
 * Japanese write no spaces, so a term in Chinese characters must count inside running text.
 */
import { describe, expect, it } from 'vitest';
import { compileLexicon } from '../../../src/lib/ingest/lexicon';
import { atWordBoundary } from '../../../src/lib/ingest/automaton';
import { projectTaxonomy } from './projectTaxonomy';

const lexicon = compileLexicon(projectTaxonomy.projects, projectTaxonomy.themes);
const ids = (text: string) =>
	lexicon
		.analyse(text)
		.themes.map((t) => t.themeId)
		.sort();

describe('theme terms in Chinese, Japanese and Korean', () => {
	it.each([
		['我们很高兴看到社区的成长。', ['community']],
		['大会上有很多关于贡献者的讨论。', ['community']],
		['本次分享介绍了可观测性的最佳实践。', ['observability']],
		['他讲解了服务网格在生产环境中的落地。', ['service-mesh']],
		['云原生安全与漏洞管理是今年的热点。', ['security']],
		['无服务器架构的冷启动问题仍然存在。', ['serverless']],
		['持久化存储方案对有状态应用很重要。', ['storage-data']],
		['机器学习平台的演讲很受欢迎。', ['ml-ai']],
		['多集群管理成为了企业的刚需。', ['multi-cluster']],
		['微服务拆分的经验分享。', ['microservices']],
		['可観測性の取り組みについて紹介しました。', ['observability']],
		['機械学習のワークロードをKubernetesで動かす話。', ['ml-ai']],
		['コミュニティの成長を感じました。', ['community']],
		['コミュニティーの成長とセキュリティーの話。', ['community', 'security']],
		['サービスメッシュの導入事例。', ['service-mesh']],
		['마이크로서비스 전환 사례를 들었다.', ['microservices']],
		['클라우드 보안을 다룬 세션이 많았다.', ['security']]
	])('%s', (text, themes) => {
		expect(ids(text)).toEqual(themes);
	});

	it('a Chinese term needs no boundary; a Latin one still does', () => {
		const text = '的可观测性方案';
		expect(atWordBoundary(text, 1, 5)).toBe(true);
		expect(atWordBoundary('observability', 0, 7)).toBe(false);
	});
});
