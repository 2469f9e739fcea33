/**
 * Bylines of recaps in Indonesian, Dutch, Polish, Russian, Turkish, Korean, Vietnamese, WeChat
 * and Qiita: the author and the publication date, not a passage.
 */
import { describe, expect, it } from 'vitest';
import { parseString, passages } from './helpers';

const BODY = 'Helm 3 dominated the first day of the conference in Seattle.';

describe('bylines in other languages', () => {
	it.each([
		['Diposting pada 14 Agustus 2019 oleh Dewi Lestari', 'Dewi Lestari', '2019-08-14'],
		['Ditulis oleh Agus Pratama', 'Agus Pratama', null],
		['Geplaatst op 3 juni 2019 door Pieter van Dijk', 'Pieter van Dijk', '2019-06-03'],
		['opublikowano 12 czerwca 2019, autor: Anna Kowalczyk', 'Anna Kowalczyk', '2019-06-12'],
		['Opublikowane przez Marek Zieliński', 'Marek Zieliński', null],
		['Опубликовано 14.06.2019 | Автор: Ирина Морозова', 'Ирина Морозова', '2019-06-14'],
		['Автор: Сергей Волков', 'Сергей Волков', null],
		['Yazar: Zeynep Demir | 5 Haziran 2019', 'Zeynep Demir', '2019-06-05'],
		['Đăng bởi Nguyễn Văn An', 'Nguyễn Văn An', null],
		['作者: 王芳', '王芳', null],
		['原创 张伟 2019-07-02', '张伟', '2019-07-02'],
		['작성자: 이지은\n작성일: 2019.07.15', '이지은', '2019-07-15'],
		['作者：刘洋 发布于 2019-07-20', '刘洋', '2019-07-20'],
		['Автор: Ольга Белова\nДата публикации: 17.06.2019', 'Ольга Белова', '2019-06-17'],
		['Yazar: Can Öztürk\nYayınlanma tarihi: 5 Haziran 2019', 'Can Öztürk', '2019-06-05'],
		['@sato_y 2018年12月5日に投稿', 'sato_y', '2018-12-05'],
		['@sato_y(佐藤 陽) 2018/12/05に更新', 'sato_y', '2018-12-05']
	])('reads "%s"', (line, author, published) => {
		const doc = parseString(`# KubeCon recap\n\n${line}\n\n${BODY}\n`, 'a.md');
		expect(doc.author).toBe(author);
		expect(doc.published).toBe(published);
		expect(passages(doc).map((p) => p.text)).toEqual([BODY]);
	});

	it('keeps a sentence that mentions a handle and a date', () => {
		const doc = parseString(
			`# KubeCon recap\n\n@sato_y さんが 2018年12月5日に投稿した記事も参考になります。\n\n${BODY}\n`,
			'a.md'
		);
		expect(doc.author).toBeNull();
		expect(passages(doc)).toHaveLength(2);
	});
});
