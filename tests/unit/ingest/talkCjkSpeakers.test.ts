/**
 * Speakers named only in Chinese or Japanese script: after a speaker label ("講演者：山田太郎（ヤフー株式会社）",
 * "演讲者：张三（阿里巴巴）", "讲师：李四，腾讯云"), before an honorific ("山田太郎さん（ヤフー）による「…」") or
 * after "由" ("由张三（阿里巴巴）分享的《…》"); and the words that fill those slots without naming anyone.
 */
import { describe, expect, it } from 'vitest';
import { ingest } from '../../../src/lib/ingest/pipeline';
import { isCjkPersonName, parseCjkSpeakerList } from '../../../src/lib/ingest/speakersCjk';
import { talkFromHeading } from '../../../src/lib/ingest/talkHeadings';
import { talksInPassage } from '../../../src/lib/ingest/talks';
import { TAXONOMY, encode } from './extractionFixtures';

const talks = (text: string, kind?: 'list' | 'paragraph') =>
	talksInPassage(text, kind).map((t) => [t.title, t.speakers, t.organizations]);

describe('names in Chinese and Japanese script', () => {
	it.each([
		['张三', 'zh'],
		['欧阳娜娜', 'zh'],
		['陳美玲', 'zh'],
		['山田太郎', 'ja'],
		['長谷川健太', 'ja'],
		['山田 太郎', 'ja'],
		['佐藤 はなこ', 'ja'],
		['ケルシー・ハイタワー', 'ja'],
		['Kelsey Hightower', 'zh']
	] as const)('%s is a name (%s)', (name, lang) => {
		expect(isCjkPersonName(name, lang)).toBe(true);
	});

	it.each([
		['阿里巴巴', 'zh'],
		['腾讯云', 'zh'],
		['华为', 'zh'],
		['未定', 'ja'],
		['待定', 'zh'],
		['主持人', 'zh'],
		['事務局', 'ja'],
		['株式会社', 'ja'],
		['サービス', 'ja'],
		['云原生技术专家组', 'zh'],
		['山田太郎', 'zh']
	] as const)('%s is not (%s)', (name, lang) => {
		expect(isCjkPersonName(name, lang)).toBe(false);
	});

	it('a name after an honorific needs three Han characters ("楽天さん" is a company)', () => {
		expect(isCjkPersonName('楽天', 'ja', 3)).toBe(false);
		expect(isCjkPersonName('山田太郎', 'ja', 3)).toBe(true);
	});

	it('reads the names and organisations of a label', () => {
		expect(parseCjkSpeakerList('山田太郎（ヤフー株式会社）、鈴木一郎（サイボウズ）', 'ja')).toEqual(
			{
				speakers: ['山田太郎', '鈴木一郎'],
				organizations: ['ヤフー株式会社', 'サイボウズ']
			}
		);
		expect(parseCjkSpeakerList('李四，腾讯云', 'zh')).toEqual({
			speakers: ['李四'],
			organizations: ['腾讯云']
		});
		expect(parseCjkSpeakerList('张三 阿里巴巴 高级技术专家', 'zh')).toEqual({
			speakers: ['张三'],
			organizations: ['阿里巴巴']
		});
		expect(parseCjkSpeakerList('来自阿里巴巴的专家', 'zh')).toBeNull();
	});
});

describe('a talk, then a speaker label in Chinese or Japanese', () => {
	it.each([
		[
			'「Kubernetesの運用自動化」 講演者：山田太郎（ヤフー株式会社）',
			[['Kubernetesの運用自動化', ['山田太郎'], ['ヤフー株式会社']]]
		],
		[
			'大規模クラスタの監視 スピーカー: 鈴木一郎 (サイボウズ)',
			[['大規模クラスタの監視', ['鈴木一郎'], ['サイボウズ']]]
		],
		['服务网格落地经验 讲师：李四，腾讯云', [['服务网格落地经验', ['李四'], ['腾讯云']]]],
		[
			'eBPF 在生产环境的实践（分享嘉宾：王五（字节跳动））',
			[['eBPF 在生产环境的实践', ['王五'], ['字节跳动']]]
		]
	])('on the title’s line: %s', (text, expected) => {
		expect(talks(text)).toEqual(expected);
	});

	it('on the next line of a list', () => {
		expect(talks('《云原生可观测性实践》\n演讲者：张三（阿里巴巴）\n午餐', 'list')).toEqual([
			['云原生可观测性实践', ['张三'], ['阿里巴巴']]
		]);
	});

	it('under a heading that is the title', () => {
		const p = (text: string) => ({ text, kind: 'paragraph' as const });
		expect(
			talkFromHeading('大規模Kubernetesクラスタの運用', false, [
				p('講演者：山田太郎（ヤフー株式会社）'),
				p('ノード数千台の運用の話でした。')
			])
		).toEqual({
			title: '大規模Kubernetesクラスタの運用',
			speakers: ['山田太郎'],
			organizations: ['ヤフー株式会社']
		});
		// A heading in Chinese or Japanese over anything but a speaker label is no talk.
		expect(talkFromHeading('基调演讲', false, [p('Kelsey Hightower, Google')])).toBeNull();
		expect(talkFromHeading('まとめ', false, [p('講演者：山田太郎（ヤフー株式会社）')])).toBeNull();
	});

	it.each([
		'讲师：待定',
		'云原生的未来 讲师：阿里巴巴',
		'会場の様子 講演者：未定',
		'「大規模運用」 スピーカー：募集中',
		'会場は広かった\n講演者：山田太郎',
		'本次嘉宾：很多'
	])('not a talk: %s', (text) => {
		expect(talks(text, 'list')).toEqual([]);
	});
});

describe('a speaker named before the quoted title', () => {
	it.each([
		[
			'山田太郎さん（ヤフー）による「Kubernetesの運用自動化」は満席でした。',
			[['Kubernetesの運用自動化', ['山田太郎'], ['ヤフー']]]
		],
		[
			'午後はサイボウズの鈴木一郎氏による講演「サービスメッシュ入門」を聞きました。',
			[['サービスメッシュ入門', ['鈴木一郎'], ['サイボウズ']]]
		],
		[
			'山田太郎さんの「大規模クラスタの運用」というセッションが良かった。',
			[['大規模クラスタの運用', ['山田太郎'], []]]
		],
		[
			'鈴木一郎さんが「サービスメッシュ入門」について発表しました。',
			[['サービスメッシュ入門', ['鈴木一郎'], []]]
		],
		[
			'由张三（阿里巴巴）分享的《云原生可观测性实践》让人印象深刻。',
			[['云原生可观测性实践', ['张三'], ['阿里巴巴']]]
		],
		[
			'下午，来自腾讯的李四带来了《服务网格落地经验》的演讲。',
			[['服务网格落地经验', ['李四'], ['腾讯']]]
		],
		[
			'来自腾讯的Tim Hockin带来了《Kubernetes的未来》的演讲。',
			[['Kubernetes的未来', ['Tim Hockin'], ['腾讯']]]
		],
		// "の" and no talk word, but words of watching it after the quote ("必見", must-see).
		[
			'Kelsey Hightower氏（Google）の「Kubernetes the Hard Way」は必見。',
			[['Kubernetes the Hard Way', ['Kelsey Hightower'], ['Google']]]
		],
		['山田太郎さんの「大規模クラスタの運用」を見て', [['大規模クラスタの運用', ['山田太郎'], []]]]
	])('%s', (text, expected) => {
		expect(talks(text)).toEqual(expected);
	});

	it.each([
		'楽天さんによる「楽天の事例」が面白かった。',
		'山田太郎さんの「おすすめの本」を読んだ。',
		'今天张三分享了《云原生》。',
		'今日は「Kubernetes」の話を聞いた。',
		'阿里巴巴分享的《云原生白皮书》很有用。',
		'Kelsey Hightower氏の「No code is the best code」という言葉が印象的。',
		'Kelsey Hightower氏（Google）の「Kubernetes the Hard Way」を読んだ。'
	])('not a talk: %s', (text) => {
		expect(talks(text)).toEqual([]);
	});
});

describe('from a Japanese recap to talk rows', () => {
	it('records the speaker and the organisation of each session', () => {
		const recap = [
			'---',
			'title: KubeCon EU 2018 参加レポート',
			'date: 2018-05-08',
			'---',
			'',
			'KubeCon EU 2018（コペンハーゲン）に参加しました。',
			'',
			'## 大規模Kubernetesクラスタの運用',
			'',
			'講演者：山田太郎（ヤフー株式会社）',
			'',
			'数千台のノードをどう運用しているかという話でした。',
			'',
			'## その他のセッション',
			'',
			'- 「サービスメッシュ入門」 スピーカー: 鈴木一郎 (サイボウズ)',
			'- 会場はとても広かった',
			''
		].join('\n');
		const r = ingest([{ path: 'report.md', bytes: encode(recap) }], TAXONOMY);
		expect(r.talks.map((t) => [t.title, t.speakers, t.organizations, t.event_id])).toEqual([
			['大規模Kubernetesクラスタの運用', ['山田太郎'], ['ヤフー株式会社'], 'kubecon-eu-2018'],
			['サービスメッシュ入門', ['鈴木一郎'], ['サイボウズ'], 'kubecon-eu-2018']
		]);
	});
});

describe('a speaker in Latin letters after a Japanese or Korean talk word', () => {
	it.each([
		[
			'「Kubernetesの設計原則」というセッションでは、Saad Ali氏（Google）が発表しました。',
			[['Kubernetesの設計原則', ['Saad Ali'], ['Google']]]
		],
		[
			'「Prometheusの運用」というセッションでは、Jane Roe氏（ヤフー株式会社）が登壇しました。',
			[['Prometheusの運用', ['Jane Roe'], ['ヤフー株式会社']]]
		],
		[
			'"Kubernetes Design Principles" 세션은 Saad Ali(Google)가 발표했습니다.',
			[['Kubernetes Design Principles', ['Saad Ali'], ['Google']]]
		]
	])('with "では" and the organisation after the honorific: %s', (text, expected) => {
		expect(talks(text)).toEqual(expected);
	});
});

describe('a list item: a quoted title, then a name in Chinese or Japanese script', () => {
	it.each([
		['- 《云原生应用交付》 - 张三（阿里巴巴）', [['云原生应用交付', ['张三'], ['阿里巴巴']]]],
		[
			'- 《Kubernetes 多集群管理》——李四，腾讯云',
			[['Kubernetes 多集群管理', ['李四'], ['腾讯云']]]
		],
		[
			'- 「大規模クラスタの運用」 山田太郎（ヤフー株式会社）',
			[['大規模クラスタの運用', ['山田太郎'], ['ヤフー株式会社']]]
		]
	])('%s', (text, expected) => {
		expect(talks(text, 'list')).toEqual(expected);
	});

	it('not words after a quote, nor a quote inside a sentence', () => {
		expect(talks('- 《三体》是一本好书', 'list')).toEqual([]);
		expect(talks('- 「注意」 この機能は実験的です', 'list')).toEqual([]);
		expect(talks('他推荐了《云原生应用交付》 张三也同意', 'paragraph')).toEqual([]);
	});
});

describe('speakers named in Korean', () => {
	it.each([
		[
			'- "쿠버네티스 운영 경험" - 김철수 (카카오)',
			[['쿠버네티스 운영 경험', ['김철수'], ['카카오']]]
		],
		[
			'발표자: 김철수 (카카오)\n제목: 쿠버네티스 운영 경험',
			[['쿠버네티스 운영 경험', ['김철수'], ['카카오']]]
		],
		[
			'- "서비스 메시 도입기" - 남궁민수, 네이버',
			[['서비스 메시 도입기', ['남궁민수'], ['네이버']]]
		]
	])('%s', (text, expected) => {
		expect(talks(text, 'list')).toEqual(expected);
	});

	it('a heading over a Korean speaker label', () => {
		expect(
			talkFromHeading('쿠버네티스 운영 경험', false, [
				{ text: '발표자: 김철수 (카카오)', kind: 'paragraph' }
			])
		).toEqual({ title: '쿠버네티스 운영 경험', speakers: ['김철수'], organizations: ['카카오'] });
	});

	it('not a word with its particle, nor a sentence, nor a heading that says “review”', () => {
		expect(
			talkFromHeading('후기', false, [{ text: '발표자: 김철수 (카카오)', kind: 'paragraph' }])
		).toBeNull();
		expect(talks('- "쿠버네티스 운영" - 이번에 발표했습니다', 'list')).toEqual([]);
		expect(isCjkPersonName('김철수', 'any')).toBe(true);
		expect(isCjkPersonName('미정', 'any')).toBe(false);
		expect(isCjkPersonName('쿠버네티스', 'any')).toBe(false);
	});
});

describe('a name in Latin letters with a Japanese honorific, beside a quoted title', () => {
	it.each([
		['「TiKVの設計と運用」（Ed Huang氏）', [['TiKVの設計と運用', ['Ed Huang'], []]]],
		[
			'「TiKVの設計と運用」（Ed Huang氏、PingCAP）',
			[['TiKVの設計と運用', ['Ed Huang'], ['PingCAP']]]
		],
		[
			'「Dragonflyによる大規模イメージ配布」（Alibaba、Allen Sun氏）：P2P方式の解説でした。',
			[['Dragonflyによる大規模イメージ配布', ['Allen Sun'], ['Alibaba']]]
		],
		[
			'「Kubernetes the Hard Way」Kelsey Hightower氏',
			[['Kubernetes the Hard Way', ['Kelsey Hightower'], []]]
		],
		[
			'- 「TiKVの設計と運用」 - Ed Huang さん (PingCAP)',
			[['TiKVの設計と運用', ['Ed Huang'], ['PingCAP']]]
		]
	])('%s', (text, expected) => {
		expect(talks(text)).toEqual(expected);
	});
});

describe('an organisation written before the name and its honorific', () => {
	it.each([
		[
			'「TiDB: A Distributed SQL Database」（PingCAP Ed Huang氏）は面白かった。',
			[['TiDB: A Distributed SQL Database', ['Ed Huang'], ['PingCAP']]]
		],
		['- 「TiDB 入門」（NTT Data Taro Yamada氏）', [['TiDB 入門', ['Taro Yamada'], ['NTT Data']]]],
		[
			'- 「TiDB 入門」（IBM Ed Huang氏、GitHub John Roe氏）',
			[['TiDB 入門', ['Ed Huang', 'John Roe'], ['IBM', 'GitHub']]]
		],
		['PingCAP Ed Huang氏による「TiDB 入門」', [['TiDB 入門', ['Ed Huang'], ['PingCAP']]]],
		// A first name is no organisation: only an inner capital, a digit or an acronym makes one.
		['- 「TiDB 入門」（Mary Ann Smith氏）', [['TiDB 入門', ['Mary Ann Smith'], []]]]
	])('%s', (text, expected) => {
		expect(talks(text)).toEqual(expected);
	});
});
