/**
 * A forum post in BBCode (phpBB, vBulletin, Discourse's legacy markup), copied from the editor:
 * read as the Markdown it maps to. `[b]`/`[i]` become emphasis, `[url=…]text[/url]` a link,
 * `[quote]` a block quote, `[list]`/`[*]` a list, `[code]` a code block, a line in `[size=…]`
 * larger than the text a heading; pictures and videos are dropped, and tags that only style
 * (`[color]`, `[font]`, `[u]`, `[center]`…) leave their text.
 */

/** Closing tags only BBCode writes. */
const CLOSING = /\[\/(?:b|i|u|s|url|quote|list|img|size|color|font|code|center|youtube)\]/gi;

/** A body in BBCode: three closing tags at least (a Markdown link's text "[/b]" is not one). */
export function isBbcodeBody(body: string): boolean {
	if (!body.includes('[/')) return false;
	CLOSING.lastIndex = 0;
	let n = 0;
	while (CLOSING.exec(body) !== null) if (++n >= 3) return true;
	return false;
}

const QUOTE = /\[quote(?:=[^\]\n]*)?\]((?:(?!\[quote)[\s\S])*?)\[\/quote\]/gi;

export function bbcodeToMarkdown(body: string): string {
	// A post opening with its subject in bold: the title.
	let md = body
		.replace(/^\s*\[b\]([^[\n]{1,150})\[\/b\][ \t]*\n/i, '# $1\n')
		.replace(/\[(img|youtube|video|media|attachment)(?:=[^\]]*)?\][\s\S]*?\[\/\1\]/gi, '')
		.replace(/\[code(?:=[^\]]*)?\]([\s\S]*?)\[\/code\]/gi, '\n```\n$1\n```\n')
		// "[size=150]Day 1[/size]" alone on its line: a heading.
		.replace(
			/^[ \t]*\[size=["']?(\d+)(?:px|pt)?["']?\]([^[\n]{1,100})\[\/size\][ \t]*$/gim,
			(_, size: string, text: string) => {
				// phpBB's sizes are percentages, vBulletin's 1–7 with 3 the text's own.
				const n = Number(size);
				return n > 100 || (n >= 4 && n <= 7) ? `## ${text.trim()}` : text;
			}
		)
		.replace(/\[url=["']?([^\]"'\s]+)["']?\]([\s\S]*?)\[\/url\]/gi, '[$2]($1)')
		.replace(/\[url\]([\s\S]*?)\[\/url\]/gi, '$1')
		.replace(/\[b\]([\s\S]*?)\[\/b\]/gi, (_, t: string) => (t.trim() ? `**${t.trim()}**` : ''))
		.replace(/\[i\]([\s\S]*?)\[\/i\]/gi, (_, t: string) => (t.trim() ? `*${t.trim()}*` : ''))
		.replace(/\[list(?:=[^\]]*)?\]|\[\/list\]/gi, '\n')
		.replace(/^[ \t]*\[\*\][ \t]*/gm, '- ')
		.replace(/\[\*\][ \t]*/g, '\n- ')
		.replace(
			/\[\/?(?:u|s|color|size|font|center|left|right|justify|highlight|sup|sub)(?:=[^\]]*)?\]/gi,
			''
		);
	// Quotes from the innermost out, each line of one prefixed with "> ".
	for (let depth = 0; depth < 5 && /\[quote/i.test(md); depth++) {
		md = md.replace(
			QUOTE,
			(_, text: string) =>
				'\n\n' +
				text
					.trim()
					.split('\n')
					.map((l) => `> ${l}`)
					.join('\n') +
				'\n\n'
		);
	}
	return md;
}
