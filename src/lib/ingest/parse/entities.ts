/**
 * HTML character references → characters. Recaps exported from WordPress and Hugo are full of
 * `&#8217;`, `&amp;`, `&nbsp;`. The table covers Latin-1 and the typographic entities such
 * exports use; an unknown name is left as written (it is text, not markup).
 */

// Latin-1 entities in code point order, starting at U+00A0.
const LATIN1 =
	'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml';

// name:codepoint pairs.
const OTHERS =
	'amp:38 lt:60 gt:62 quot:34 apos:39 OElig:338 oelig:339 Scaron:352 scaron:353 Yuml:376 ' +
	'fnof:402 circ:710 tilde:732 ensp:8194 emsp:8195 thinsp:8201 zwnj:8204 zwj:8205 lrm:8206 ' +
	'rlm:8207 ndash:8211 mdash:8212 lsquo:8216 rsquo:8217 sbquo:8218 ldquo:8220 rdquo:8221 ' +
	'bdquo:8222 dagger:8224 Dagger:8225 bull:8226 hellip:8230 permil:8240 prime:8242 ' +
	'Prime:8243 lsaquo:8249 rsaquo:8250 oline:8254 euro:8364 trade:8482 larr:8592 uarr:8593 ' +
	'rarr:8594 darr:8595 harr:8596 lArr:8656 rArr:8658 hArr:8660 minus:8722 le:8804 ge:8805 ' +
	'ne:8800 asymp:8776 infin:8734 check:10003 star:9734 hearts:9829 alpha:945 beta:946 ' +
	'gamma:947 delta:948 lambda:955 mu:956 pi:960 sigma:963 Delta:916 Omega:937 colon:58 ' +
	'comma:44 period:46 excl:33 quest:63 num:35 dollar:36 percnt:37 lpar:40 rpar:41 ast:42 ' +
	'plus:43 sol:47 semi:59 equals:61 lsqb:91 rsqb:93 lowbar:95 grave:96 lcub:123 rcub:125 ' +
	'verbar:124 vert:124 bsol:92 Hat:94 nbhy:8209 NewLine:10 Tab:9';

const NAMED = new Map<string, string>();
LATIN1.split(' ').forEach((name, i) => NAMED.set(name, String.fromCodePoint(0xa0 + i)));
for (const pair of OTHERS.split(' ')) {
	const [name, cp] = pair.split(':');
	NAMED.set(name!, String.fromCodePoint(Number(cp)));
}
for (const name of ['shy', 'zwnj', 'zwj']) NAMED.set(name, '');

// Numeric references 128–159 mean Windows-1252 in practice (`&#146;` is a right quote).
const CP1252_PAIRS =
	'128:8364 130:8218 131:402 132:8222 133:8230 134:8224 135:8225 136:710 137:8240 138:352 ' +
	'139:8249 140:338 142:381 145:8216 146:8217 147:8220 148:8221 149:8226 150:8211 151:8212 ' +
	'152:732 153:8482 154:353 155:8250 156:339 158:382 159:376';

const CP1252 = new Map<number, number>();
for (const pair of CP1252_PAIRS.split(' ')) {
	const [from, to] = pair.split(':');
	CP1252.set(Number(from), Number(to));
}

// What decode strips from raw text must not come back through a reference.
const INVISIBLE_CP = new Set([0xad, 0x200b, 0x200c, 0x200d, 0x2060, 0xfeff]);

function fromNumber(cp: number): string {
	const mapped = CP1252.get(cp);
	if (mapped !== undefined) return String.fromCodePoint(mapped);
	if (cp === 9 || cp === 10 || cp === 13) return ' ';
	if (INVISIBLE_CP.has(cp)) return '';
	if (cp < 32 || cp === 127 || (cp >= 0xd800 && cp <= 0xdfff) || cp > 0x10ffff) return '\uFFFD';
	return String.fromCodePoint(cp);
}

const ENTITY = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,31}));/g;

/** Decode character references once (`&amp;lt;` becomes the text `&lt;`, as a browser shows it). */
export function decodeEntities(text: string): string {
	if (text.indexOf('&') === -1) return text;
	return text.replace(ENTITY, (whole, dec?: string, hex?: string, name?: string) => {
		if (dec !== undefined) return fromNumber(parseInt(dec, 10));
		if (hex !== undefined) return fromNumber(parseInt(hex, 16));
		return NAMED.get(name!) ?? whole;
	});
}
