/**
 * A blog's page furniture in the languages recaps are written in besides English (index.ts drops
 * the English newsletter lines): share buttons ("Compartilhe: Facebook | Twitter", "Поделиться:
 * ВКонтакте, Telegram"), comment prompts and counts ("Deixe um comentário", "Komentarze (2)"),
 * the platform's counters ("阅读 1234", "点赞 56 在看 12", "いいね 45", "조회수 1,532",
 * "Просмотров: 2 410"), a reading time ("Tempo di lettura: 6 minuti", "Leestijd: 5 minuten"),
 * WeChat's "扫码关注我们", Qiita's "この記事は Kubernetes Advent Calendar 2019 の 12日目です。",
 * and a related-posts label ("Articoli correlati", "推荐阅读", "관련 글") with the list under it.
 * None of it is text of the recap: as passages they would carry the edition's attribution and
 * the projects their titles name ("Como migramos para o Helm 3").
 *
 * Each rule matches a whole short paragraph, so a sentence that opens with the same word
 * ("Compartilhe suas experiências nos comentários!") stays text.
 */
import type { Block } from './blocks';

/** Furniture is short: a longer paragraph is never looked at. */
const MAX_CHARS = 120;

/** Where a share line sends the post: nothing but these may follow its label. */
const PLATFORMS =
	'(?:facebook|twitter|linkedin|whatsapp|telegram|вконтакте|vk|reddit|e-?mail|weibo|微博|微信|wechat|pinterest|hacker\\s*news|xing|line|kakao(?:talk)?|pocket|x)';
const SHARE = new RegExp(
	`^(?:compartilhe(?:\\s+(?:isso|este\\s+(?:post|artigo)))?|compartilhar|condividi(?:\\s+questo\\s+(?:articolo|post))?|udostępnij(?:\\s+wpis)?|поделиться|paylaş|bagikan(?:\\s+(?:ini|artikel\\s+ini))?|deel\\s+dit(?:\\s+(?:bericht|artikel))?|delen|teilen|diesen\\s+beitrag\\s+teilen|partager(?:\\s+cet\\s+article)?|compartir(?:\\s+esto)?|分享到?|공유하기|chia\\s+sẻ)\\s*[:：]?(?:[\\s,|·/•]*${PLATFORMS})*[\\s,|·/•]*$`,
	'iu'
);
/** Comment prompts, and a comment heading or count standing as a paragraph. */
const COMMENTS =
	/^(?:deixe\s+(?:um|seu)\s+comentário|lascia\s+un\s+commento|laat\s+een\s+reactie\s+achter|tinggalkan\s+(?:balasan|komentar)|zostaw\s+komentarz|dodaj\s+komentarz|оставьте\s+комментарий|оставить\s+комментарий|yorum\s+(?:yap|bırak)|bir\s+yanıt\s+yazın|kommentar\s+(?:schreiben|hinterlassen)|laisser\s+un\s+commentaire|deja\s+(?:un|tu)\s+comentario|댓글\s*(?:쓰기|달기)|để\s+lại\s+(?:một\s+)?bình\s+luận|viết\s+bình\s+luận|发表评论|写评论|コメントを書く)[.!]?$/iu;
/**
 * Counters and the words of the platform's buttons, one or several on a line: "阅读 1234",
 * "点赞 56 在看 12", "いいね 45", "ストック", "공감 12 댓글 3", "조회수 1,532", "Просмотров: 2 410",
 * "Komentarze (2)", "Reacties".
 */
const COUNTERS =
	/^(?:(?:阅读(?:量)?|点赞|在看|赞|收藏|转发|评论|留言|いいね|ストック|조회수?|공감|댓글|추천|просмотр(?:ов|ы)|комментари(?:и|ев)|komentarze|komentarzy|yorumlar|yorum|comentários|commenti|reacties|reactie|komentar|kommentare|commentaires|comentarios|visualizações|visualizzazioni|wyświetle(?:ń|nia)|bình\s+luận|lượt\s+xem)\s*[:：]?\s*\(?\s*\d[\d\s,.]*\)?\s*|(?:阅读|点赞|在看|いいね|ストック|조회수|공감|댓글|reacties|comentários|commenti|yorumlar|komentarze|комментарии|bình\s+luận)\s*)+$/iu;
/** "Tempo di lettura: 6 minuti", "Leestijd: 5 minuten", "Okuma süresi: 4 dk", "阅读时间 5 分钟". */
const READ_TIME =
	/^(?:tempo\s+(?:de|di)\s+(?:leitura|lettura)|leestijd|okuma\s+süresi|czas\s+czytania|время\s+чтения|waktu\s+baca|lesezeit|temps\s+de\s+lecture|tiempo\s+de\s+lectura|阅读(?:时间|时长)|読了時間|읽는\s*시간|thời\s+gian\s+đọc)\s*[:：]?\s*(?:约|~|ok\.|około|circa)?\s*\d{1,3}\s*[\p{L}.]{0,10}$/iu;
/**
 * WeChat's and Zhihu's calls to follow the account, Qiita's advent-calendar opener, CSDN's labels,
 * copyright notice and footer ("分类专栏： …", "版权声明：本文为博主原创文章…", "…人正在系统学习中"),
 * the buttons of Naver and Tistory blogs ("이웃추가", "게시글 관리", "구독하기 <blog>").
 */
const ACCOUNT =
	/^(?:(?:分类专栏|文章标签|版权声明)[:：].*|文章知识点与官方知识档案匹配.*|.{0,40}人正在系统学习中|이웃\s*추가|게시글\s*관리|구독하기(?:\s+.{1,40})?|URL\s*복사|신고하기|본문\s*기타\s*기능|扫码关注(?:我们)?|(?:长按|扫描)(?:识别)?二维码.{0,20}|关注我们|阅读原文|この記事は.{1,80}(?:advent\s*calendar|アドベントカレンダー).{0,40}日目(?:の記事)?です[。.]?|this\s+(?:post|article)\s+is\s+(?:day\s+\d{1,2}|the\s+\d{1,2}(?:st|nd|rd|th)\s+day)\s+of\s+.{1,80}advent\s+calendar.{0,40}|.{1,80}advent\s+calendar.{0,40}\s+day\s+\d{1,2}(?:\s+article)?[.!]?)$/iu;
/**
 * A related-posts label: the list under it names other posts, not what happened at the edition.
 */
export const RELATED_INTL =
	/^(?:posts?\s+relacionados|artigos\s+relacionados|leia\s+também|articoli\s+correlati|potrebbe\s+interessarti|podobne\s+wpisy|powiązane\s+wpisy|zobacz\s+też|похожие\s+(?:статьи|записи|посты)|читайте\s+также|gerelateerde\s+(?:berichten|artikelen)|lees\s+ook|ilgili\s+yazılar|benzer\s+yazılar|artikel\s+terkait|baca\s+juga|관련\s*(?:글|포스트|게시물)|推荐阅读|相关阅读|相关文章|往期推荐|往期回顾|関連記事|この記事は以下の記事からリンクされています|ähnliche\s+beiträge|verwandte\s+artikel|das\s+könnte\s+dich\s+auch\s+interessieren|articles\s+similaires|à\s+lire\s+aussi|entradas\s+relacionadas|artículos\s+relacionados|bài\s+viết\s+liên\s+quan|['‘][^'’]{1,30}['’]\s*카테고리의\s+다른\s+글|có\s+thể\s+bạn\s+quan\s+tâm)\s*[:：]?$/iu;
/** Comment headings: what follows is the readers', not the recap. */
export const COMMENTS_INTL =
	/^(?:comentários|commenti|komentarze|комментарии|yorumlar|reacties|komentar|kommentare|commentaires|comentarios|댓글|评论|留言|コメント|bình\s+luận)(?:\s*\(\d+\))?\s*[:：]?$/iu;

function isFurniture(text: string): boolean {
	return (
		text.length <= MAX_CHARS &&
		(SHARE.test(text) ||
			COMMENTS.test(text) ||
			COUNTERS.test(text) ||
			READ_TIME.test(text) ||
			ACCOUNT.test(text))
	);
}

const isLabel = (b: Block | undefined) =>
	b !== undefined &&
	b.type !== 'list' &&
	b.type !== 'table' &&
	b.text.length <= 60 &&
	RELATED_INTL.test(b.text.trim());

/** The blocks without the furniture above; the same array when there is none. */
export function withoutPageFurnitureIntl(blocks: Block[]): Block[] {
	let out: Block[] | null = null;
	for (let i = 0; i < blocks.length; i++) {
		const b = blocks[i]!;
		let drop = b.type === 'paragraph' && isFurniture(b.text.trim());
		// The label and the list of posts under it.
		if (!drop && b.type === 'list' && isLabel(blocks[i - 1])) drop = true;
		if (!drop && isLabel(b) && (i === blocks.length - 1 || blocks[i + 1]!.type === 'list'))
			drop = true;
		if (drop) out ??= blocks.slice(0, i);
		else out?.push(b);
	}
	return out ?? blocks;
}
