/**
 * The page furniture of CSDN and of Korean blog platforms (Tistory, Naver) around a recap: the
 * header gives the author, the date and the post's url; labels, notices, buttons and the
 * category's other posts are no passages.
 */
import { describe, expect, it } from 'vitest';
import { parseString, passages } from './helpers';

const BODY = 'Harbor 和 Dragonfly 的议题最受关注。';

describe('CSDN', () => {
	const doc = parseString(
		[
			'# KubeCon 参会记录',
			'原创 k8s_dev 2019-06-28 10:05:11 发布 阅读量 1,024 收藏 3 点赞数 2',
			'分类专栏： 云原生 文章标签： kubernetes',
			'版权声明：本文为博主原创文章，遵循 CC 4.0 BY-SA 版权协议，转载请附上原文出处链接和本声明。',
			'本文链接：https://blog.csdn.net/k8s_dev/article/details/94012345',
			BODY,
			'文章知识点与官方知识档案匹配，可进一步学习相关知识',
			'云原生入门技能树 首页 概览 8000 人正在系统学习中'
		].join('\n\n'),
		'a.md'
	);

	it('reads the header as the byline and the link as the url', () => {
		expect(doc.author).toBe('k8s_dev');
		expect(doc.published).toBe('2019-06-28');
		expect(doc.url).toBe('https://blog.csdn.net/k8s_dev/article/details/94012345');
	});

	it('keeps only the recap', () => {
		expect(passages(doc).map((p) => p.text)).toEqual([BODY]);
	});
});

describe('Tistory and Naver', () => {
	const text = 'Helm 3 정식 출시 소식이 있었습니다.';
	const doc = parseString(
		[
			'# KubeCon 후기',
			'2019. 6. 28. 10:05',
			'이웃추가',
			text,
			'공유하기',
			'게시글 관리',
			'구독하기 클라우드 일기',
			"'컨퍼런스' 카테고리의 다른 글",
			'- DockerCon 2019 후기\n- KubeCon EU 2018 후기'
		].join('\n\n'),
		'a.md'
	);

	it('reads the dateline with its time', () => {
		expect(doc.published).toBe('2019-06-28');
	});

	it('keeps only the recap', () => {
		expect(passages(doc).map((p) => p.text)).toEqual([text]);
	});
});
