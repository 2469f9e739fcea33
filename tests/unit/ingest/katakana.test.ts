/**
 * Project names written in Katakana, as Japanese recaps write them: the committed taxonomy's
 * aliases, and where a Katakana name starts and ends in Japanese text written without spaces.
 */
import { describe, expect, it } from 'vitest';
import { compileMatcher } from '../../../src/lib/ingest/matcher';
import { projectTaxonomy as taxonomy } from './projectTaxonomy';

const matcher = compileMatcher(taxonomy.projects);
const found = (text: string) => matcher.match(text).map((m) => [m.projectId, m.surface]);

describe('Katakana project names', () => {
	it.each([
		['クバネティス', 'kubernetes'],
		['クーバネティス', 'kubernetes'],
		['クバネテス', 'kubernetes'],
		['クーバネテス', 'kubernetes'],
		['クーベネティス', 'kubernetes'],
		['プロメテウス', 'prometheus'],
		['ドッカー', 'docker'],
		['エンボイ', 'envoy'],
		['イスティオ', 'istio'],
		['ヘルム', 'helm'],
		['テラフォーム', 'terraform'],
		['ジェンキンス', 'jenkins'],
		['グラファナ', 'grafana'],
		['アンシブル', 'ansible'],
		['エンジンエックス', 'nginx'],
		['ポスグレ', 'postgresql']
	])('%s is %s, between particles', (name, id) => {
		expect(found(`今回は${name}の話が多く、${name}を使った事例も紹介された。`)).toEqual([
			[id, name],
			[id, name]
		]);
	});

	it('reads a recap paragraph with Latin and Katakana names side by side', () => {
		expect(
			found(
				'本番環境ではクバネティス上でプロメテウスとグラファナを動かし、サービスメッシュにはIstio（イスティオ）を採用しています。'
			).map(([id]) => id)
		).toEqual(['kubernetes', 'prometheus', 'grafana', 'istio', 'istio']);
	});

	it('counts the Katakana spelling of a name that is also an English word (Helm, Envoy)', () => {
		expect(found('アプリはヘルムで配布し、エンボイがトラフィックを受けます。')).toEqual([
			['helm', 'ヘルム'],
			['envoy', 'エンボイ']
		]);
	});

	it('a name may start a compound written without a space, or after a Kanji', () => {
		expect(found('ヘルムチャートとドッカーイメージを大規模クバネティスクラスタに配備')).toEqual([
			['helm', 'ヘルム'],
			['docker', 'ドッカー'],
			['kubernetes', 'クバネティス']
		]);
		expect(found('ヘルム・チャート')).toEqual([['helm', 'ヘルム']]);
	});

	it.each([
		['ヘルムート・フォン・モルトケ', 'Helmut: the long-vowel mark goes on with the word'],
		['ヴィルヘルム2世', 'Wilhelm: the name does not start a word'],
		['グランドヘルムを装備した', 'a helmet in a game: the end of another word'],
		['ペニシリウム属のカビ', 'Penicillium, not Cilium'],
		['ドッカーンと爆発した', 'an onomatopoeia: ン goes on with the word'],
		['ヘファイスティオン', 'Hephaestion, not Istio']
	])('not a project: %s (%s)', (text) => {
		expect(found(text)).toEqual([]);
	});

	it('leaves out the Katakana words that are ordinary Japanese', () => {
		// ランチャー (launcher), コンサル (consulting), ノマド (nomad), レディス (ladies).
		expect(found('ランチャーからコンサルまで、ノマドな働き方、レディスデー')).toEqual([]);
	});
});
