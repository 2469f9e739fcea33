/**
 * Rich Text Format (what WordPad and macOS TextEdit save, and Word offers): read as the Markdown
 * it maps to. Paragraphs (`\par`) become paragraphs, bold runs `**bold**`, a paragraph with an
 * outline level (Word's headings) a heading, a list item's bullet (`{\listtext …}`) a "- ".
 * Characters come from `\'hh` (Windows-1252) and `\uN` escapes. Font, colour and style tables,
 * pictures, fields' instructions and the like are dropped; the document's `{\info …}` gives its
 * title, author and creation date, as front matter would.
 */
import { cp1252Char } from '../decode';

/** Where a document is RTF: it opens with `{\rtf`. */
export function isRtf(text: string): boolean {
	return text.startsWith('{\\rtf');
}

/** Groups whose text is not the document's (tables, pictures, a field's instruction…). */
const SKIP = new Set(
	(
		'fonttbl colortbl stylesheet listtable listoverridetable pict object header footer ' +
		'headerl headerr headerf footerl footerr footerf generator themedata colorschememapping ' +
		'datastore latentstyles rsidtbl xmlnstbl mmathPr fldinst filetbl revtbl pgdsctbl ' +
		'operator company category keywords comment doccomm hlinkbase nonshppict subject manager'
	).split(' ')
);
/** Control words that stand for a character. */
const CHARS: Record<string, string> = {
	tab: '\t',
	emdash: '—',
	endash: '–',
	lquote: '‘',
	rquote: '’',
	ldblquote: '“',
	rdblquote: '”',
	bullet: '•',
	emspace: ' ',
	enspace: ' ',
	line: '\n'
};
const CONTROL =
	/\\([a-zA-Z]{1,32})(-?\d{1,10})? ?|\\'([0-9a-fA-F]{2})|\\([^a-zA-Z])|([{}])|([^\\{}\r\n]+)|[\r\n]+/y;

/** A paragraph wholly in bold, short and not a sentence. */
const BOLD_HEADING = /^\*\*[^*]{1,120}(?<![.!?,;])\*\*$/;

interface State {
	skip: boolean;
	bold: boolean;
	/** The destination this group's text goes to: the body, or an `{\info}` field. */
	into: string | null;
	/** Characters to drop after a `\uN` (its fallback), per `\ucN`. */
	uc: number;
	/** Inside `{\creatim …}`: its `\yr`, `\mo`, `\dy` are the creation date. */
	created: boolean;
}

export interface RtfParse {
	markdown: string;
	meta: Record<string, unknown> | null;
}

/** The document as Markdown, and its `{\info}` fields. */
export function rtfToMarkdown(rtf: string): RtfParse {
	const out: string[] = [];
	const info: Record<string, string> = {};
	const created: number[] = [];
	let state: State = { skip: false, bold: false, into: null, uc: 1, created: false };
	const stack: State[] = [];
	let para = '';
	/** Whether `**` is open in `para`. */
	let boldOpen = false;
	let outline = -1;
	let listItem = false;
	let dropFallback = 0;
	/** The group just opened: its first control word may name a destination. */
	let groupStart = false;
	let ignorable = false;

	const emit = (s: string) => {
		if (state.into !== null) {
			info[state.into] = (info[state.into] ?? '') + s;
			return;
		}
		if (state.bold !== boldOpen && s.trim()) {
			// "**" hugs the bold text: spaces go outside it, or Markdown reads no emphasis.
			const lead = s.length - s.trimStart().length;
			para = boldOpen ? para.trimEnd() + '** ' : para + s.slice(0, lead) + '**';
			if (!boldOpen) s = s.slice(lead);
			boldOpen = state.bold;
		}
		para += s;
	};
	const endParagraph = () => {
		if (boldOpen) para = para.trimEnd() + '**';
		boldOpen = false;
		let text = para.replace(/[ \t]+/g, ' ').trim();
		// A short paragraph in bold, as TextEdit and WordPad users make a heading: a heading.
		const bold = BOLD_HEADING.exec(text);
		const level =
			outline >= 0 && outline < 6 ? outline + 1 : bold && !listItem ? (out.length ? 2 : 1) : 0;
		if (level) text = text.replaceAll('**', '');
		if (text) {
			const lead = level ? '#'.repeat(level) + ' ' : '';
			out.push(lead + (listItem && !lead ? `- ${text.replace(/^(?:[•·▪◦-]\s*|o\s+)/, '')}` : text));
		}
		para = '';
		listItem = false;
	};

	CONTROL.lastIndex = 0;
	let m: RegExpExecArray | null;
	while (CONTROL.lastIndex < rtf.length && (m = CONTROL.exec(rtf)) !== null) {
		const [, word, arg, hex, symbol, brace, text] = m;
		const opening: boolean = groupStart;
		groupStart = false;
		if (brace === '{') {
			stack.push(state);
			state = { ...state };
			groupStart = true;
			ignorable = false;
		} else if (brace === '}') {
			state = stack.pop() ?? state;
		} else if (text !== undefined) {
			const t = dropFallback > 0 ? text.slice(dropFallback) : text;
			dropFallback = Math.max(0, dropFallback - text.length);
			if (!state.skip) emit(t);
		} else if (hex !== undefined) {
			if (dropFallback > 0) dropFallback--;
			else if (!state.skip) emit(cp1252Char(parseInt(hex, 16)));
		} else if (symbol !== undefined) {
			if (symbol === '*') {
				ignorable = opening || ignorable;
				groupStart = opening;
			} else if (!state.skip) {
				if (symbol === '~') emit(' ');
				else if (symbol === '_') emit('-');
				else if (symbol === '\\' || symbol === '{' || symbol === '}') emit(symbol);
				else if (symbol === '\n' || symbol === '\r') endParagraph();
			}
		} else if (word !== undefined) {
			const n = arg === undefined ? null : Number(arg);
			if (opening && (SKIP.has(word) || ignorable)) {
				state.skip = true;
				continue;
			}
			if (opening && (word === 'title' || word === 'author')) {
				state.into = word;
				continue;
			}
			if (opening && word === 'creatim') {
				state.created = true;
				continue;
			}
			if (state.skip) continue;
			if (opening && (word === 'listtext' || word === 'pntext')) {
				listItem = true;
				state.skip = true;
			} else if (word === 'par' || word === 'sect' || word === 'page') endParagraph();
			else if (word === 'pard') outline = -1;
			else if (word === 'outlinelevel') outline = n ?? -1;
			else if (word === 'b') state.bold = n !== 0;
			else if (word === 'plain') state.bold = false;
			else if (word === 'uc') state.uc = n ?? 1;
			else if (word === 'u' && n !== null) {
				emit(String.fromCharCode(n < 0 ? n + 65536 : n));
				dropFallback = state.uc;
			} else if (state.created && (word === 'yr' || word === 'mo' || word === 'dy')) {
				created.push(n ?? 0);
			} else if (CHARS[word] !== undefined) emit(CHARS[word]!);
		}
	}
	endParagraph();
	const meta: Record<string, unknown> = {};
	for (const key of ['title', 'author'] as const) {
		const v = info[key]?.trim();
		if (v) meta[key] = v;
	}
	const [yr, mo, dy] = created;
	if (yr && mo && dy)
		meta.date = `${yr}-${String(mo).padStart(2, '0')}-${String(dy).padStart(2, '0')}`;
	return { markdown: out.join('\n\n') + '\n', meta: Object.keys(meta).length ? meta : null };
}
