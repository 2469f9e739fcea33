/**
 * Inline Markdown → plain text: links, images, code spans, escapes, emphasis and HTML removed.
 */
import { finishText, stripEmphasis, stripHtml, stripTemplates } from './inline';

/** An MDX comment: an opening brace, a slash-star comment, a closing brace. */
const MDX_COMMENT = /\{\/\*[^\n]{0,2000}?\*\/\}/g;
const IMAGE = /!\[[^\]\n]{0,500}\](?:\([^)\n]{0,2000}\)|\[[^\]\n]{0,200}\])/g;
const LINK =
	/\[([^[\]\n]{0,1000})\]\((?:[^()\s]|\([^()\s]{0,500}\)){0,2000}(?:\s+(?:"[^"\n]{0,300}"|'[^'\n]{0,300}'))?\s*\)/g;
/**
 * A programme's page for one session: Sched's ("….sched.com/event/ZejT", "sched.co/6BYC") or a
 * site's "/sessions/<slug>", "/talks/<slug>". The link's text is that session's title.
 */
const SESSION_URL =
	/\]\((?:https?:)?\/\/(?:[\w-]+\.sched\.(?:com|org)\/event\/|sched\.co\/|[^()\s]*\/(?:sessions?|talks?)\/[\w-]{6})/i;
const REF_LINK = /\[([^[\]\n]{1,1000})\]\[[^[\]\n]{0,200}\]/g;
const AUTOLINK = /<(?:https?:\/\/|mailto:)[^<>\s]{1,2000}>/gi;
const CODE_SPAN = /(`{1,10})([^`\n]{1,2000}?)\1/g;
const FOOTNOTE_REF = /\[\^[^\]\s]{1,50}\]/g;
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!|>~])/g;

// Code spans and escapes are literal: their markers hide as private-use characters past emphasis.
const PROTECTED = '*_~[]<>';
const PRIVATE = '\ue000\ue001\ue002\ue003\ue004\ue005\ue006';

function protect(s: string): string {
	let out = '';
	for (const ch of s) {
		const k = PROTECTED.indexOf(ch);
		out += k === -1 ? ch : PRIVATE[k];
	}
	return out;
}

function restore(s: string): string {
	return s.replace(/[\ue000-\ue006]/g, (ch) => PROTECTED[PRIVATE.indexOf(ch)]!);
}

/** An autolink's URL (without `mailto:`) after words of its line; nothing at a line's start. */
function keepAutolinkInText(m: string, at: number, s: string): string {
	const line = s.lastIndexOf('\n', at - 1) + 1;
	if (!/[\p{L}\p{N}]/u.test(s.slice(line, at))) return '';
	return protect(m.slice(1, -1).replace(/^mailto:/i, ''));
}

/**
 * Inline Markdown → plain text: link text kept, URLs and images dropped, HTML stripped. With
 * `links`, the plain text of each link is added to it (a linked title names a talk: talkLinks.ts);
 * with `sessions`, the text of each link to a programme's session page (talkSessions.ts).
 */
export function markdownInline(raw: string, links?: string[], sessions?: string[]): string {
	let s = raw.includes('{/*') ? raw.replace(MDX_COMMENT, ' ') : raw;
	s = stripTemplates(s);
	if (s.includes('`')) s = s.replace(CODE_SPAN, (_m, _ticks, code: string) => protect(code));
	if (s.includes('\\')) s = s.replace(ESCAPE, (_m, ch: string) => protect(ch));
	// An autolink is its URL written out: inside a sentence it stays, literal ("see
	// <https://thanos.io> for more"); leading a line it is a link to a video or the slides, as
	// a linked title's URL is, and goes.
	if (s.includes('<')) s = s.replace(AUTOLINK, keepAutolinkInText);
	if (s.includes('[')) {
		s = s.replace(IMAGE, '').replace(FOOTNOTE_REF, '');
		if (links)
			for (const m of s.matchAll(LINK)) {
				const text = markdownInline(m[1]!);
				links.push(text);
				if (sessions && text && SESSION_URL.test(m[0])) sessions.push(text);
			}
		// Twice: a link whose text held an image or a link (`[![x](a)](b)`) is a link again after one pass.
		s = s.replace(LINK, '$1').replace(LINK, '$1').replace(REF_LINK, '$1');
	}
	s = stripHtml(s);
	if (s.includes('--')) s = s.replace(/(\S)---(?=\S)/g, '$1—').replace(/ -- /g, ' – ');
	s = stripEmphasis(s, '*_~');
	if (s.includes('~~')) s = s.replace(/~~/g, '');
	return finishText(s.length && /[\ue000-\ue006]/.test(s) ? restore(s) : s);
}
