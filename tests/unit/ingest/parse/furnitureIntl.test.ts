/**
 * A blog's page furniture in other languages (share buttons, comment prompts and counts, the
 * platform's counters, a reading time, related posts, tags) is not text of the recap.
 */
import { describe, expect, it } from 'vitest';
import { PAGE_FURNITURE } from '../../../../src/lib/ingest/eventFurniture';
import { parseString, passages } from './helpers';

const texts = (md: string) => passages(parseString(md, 'a.md')).map((p) => p.text);

describe('page furniture of non-English blogs', () => {
	it.each([
		[
			'Portuguese',
			'# Minha KubeCon em Seattle\n\nTempo de leitura: 7 min\n\nO Helm foi o assunto do primeiro dia.\n\nCompartilhe: Facebook | Twitter | WhatsApp\n\nTags: helm, kubernetes\n\n## Comentários\n\nDeixe seu comentário\n\nArtigos relacionados\n\n- Envoy na prática\n- Istio em produção\n'
		],
		[
			'Russian',
			'# Заметки с KubeCon\n\nПросмотров: 1 024\n\nHelm стал главной темой первого дня.\n\nМетки: helm, kubernetes\n\nПоделиться: VK, Telegram\n\nКомментарии (7)\n'
		],
		[
			'Chinese (WeChat)',
			'# KubeCon 见闻\n\n阅读 2048\n\n第一天的主题是 Helm。\n\n点赞 31 在看 8\n\n往期推荐\n\n- Istio 实战\n- Envoy 原理\n\n长按二维码关注我们\n'
		],
		[
			'Japanese (Qiita)',
			'# KubeCon 参加記\n\nこの記事は Cloud Native Advent Calendar 2018 の 3日目の記事です。\n\n初日は Helm の話題が中心でした。\n\nいいね 12\n\n関連記事\n\n- Istio 入門\n'
		],
		[
			'Korean',
			'# KubeCon 후기\n\n조회수 532\n\n첫날은 Helm 이야기가 중심이었습니다.\n\n공감 4 댓글 1\n\n### 관련 글\n\n- Istio 시작하기\n'
		],
		[
			'Vietnamese',
			'# Ghi chép KubeCon\n\nThời gian đọc: 4 phút\n\nNgày đầu tiên nói nhiều về Helm.\n\nChia sẻ: Facebook, Twitter\n\nBài viết liên quan\n\n- Istio cơ bản\n\nĐể lại bình luận\n'
		],
		[
			'Turkish',
			'# KubeCon notlarım\n\nOkuma süresi: 3 dk\n\nİlk günün konusu Helm idi.\n\nEtiketler: helm, kubernetes\n\nPaylaş: Twitter, LinkedIn\n\nYorumlar (2)\n\nBir yanıt yazın\n'
		]
	])('drops it in %s, keeping the recap', (_, md) => {
		const kept = texts(md);
		expect(kept).toHaveLength(1);
		expect(kept[0]).toMatch(/Helm/);
	});

	it('keeps sentences that open with the same words', () => {
		const kept = texts(
			'# KubeCon\n\nCompartilhe suas experiências com o Helm nos comentários!\n\nКомментарии участников о Helm были восторженными.\n\nTag 3: Abschluss mit Helm und Istio\n'
		);
		expect(kept).toHaveLength(3);
	});

	it('reads a related-posts or comments heading as furniture', () => {
		for (const h of ['Posts relacionados', 'Комментарии (4)', '관련 글', 'Articoli correlati'])
			expect(PAGE_FURNITURE.test(h)).toBe(true);
		expect(PAGE_FURNITURE.test('Comentários finais sobre o Helm')).toBe(false);
	});
});
