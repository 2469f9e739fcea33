/**
 * Calendar dates as recaps write them: "May 1-4, 2018", "2-4 May 2018", "March-2015",
 * "Mon Jun 20 2016", "2018-05-02", "November 17th-20th", "2018年11月", "2019년 11월 18일", and in the other European
 * languages recaps are written in, "14. März 2019", "3 de junio de 2019". Only what the text says
 * is kept: a missing day or year stays missing.
 */

import { isoDayTo, joinSpans, slashedFrom } from './dateSpans';

export interface TextDate {
	start: number;
	end: number;
	year: number | null;
	month: number | null;
	day: number | null;
	/** Last day of a range ("1-4" → 4). */
	dayTo: number | null;
	/** The month of the last day when the range ends in the next one ("30 April – 2 May" → 5). */
	monthTo?: number | null;
}

const MONTHS: Record<string, number> = {
	jan: 1,
	feb: 2,
	mar: 3,
	apr: 4,
	may: 5,
	jun: 6,
	jul: 7,
	aug: 8,
	sep: 9,
	oct: 10,
	nov: 11,
	dec: 12
};

const MONTH =
	'(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const RANGE = `(?:\\s*(?:-|–|—|to|through|thru|until|till|&|and)\\s*${DAY})?`;
const YEAR = '((?:19|20)\\d\\d)';
/**
 * The last day of a range in Chinese, Japanese and Korean, after the first day ("24日〜26日",
 * "26日至28日", "24-26日", "18일~20일", "20日(月)〜23日", "20日から23日", "18일부터 21일"); a day of
 * another month ("至7月2日") is no range of days.
 */
const CJK_RANGE =
	'(?:\\s*[日일号號]?\\s*(?:[(（][^()（）\\d]{1,3}[)）]\\s*)?(?:至|到|~|～|〜|-|–|—|から|부터)\\s*(\\d{1,2})(?!\\d|\\s*[月월]))?';

// Alternatives, most specific first; each names its groups by position in `parts` below.
const DATE_RE = new RegExp(
	[
		`\\b${YEAR}-(\\d\\d)-(\\d\\d)\\b`, // ISO
		`\\b${MONTH}\\s+${DAY}${RANGE}(?:,?\\s+${YEAR})?\\b`, // May 1-4, 2018
		`\\b${DAY}${RANGE}\\s+(?:of\\s+)?${MONTH},?\\s+${YEAR}\\b`, // 2-4 May 2018
		`\\b${DAY}${RANGE}\\s+(?:of\\s+)?${MONTH}\\b`, // 2-4 May
		`\\b${MONTH}(?:\\s+|-|\\s*,\\s*)${YEAR}\\b`, // March-2015
		`${YEAR}\\s*[年년]\\s*(\\d{1,2})\\s*[月월](?:\\s*(\\d{1,2})${CJK_RANGE}\\s*[日일号號])?`, // 2018年11月12日, 2018년 11월 12일, 11月12号
		`(\\d{1,2})\\s*[月월]\\s*(\\d{1,2})${CJK_RANGE}\\s*[日일号號]` // 11月12日, 11월 12일, 9月26日至28日
	].join('|'),
	'g'
);

function month(name: string | undefined): number | null {
	if (!name) return null;
	return MONTHS[name.toLowerCase().slice(0, 3)] ?? null;
}

function num(s: string | undefined): number | null {
	return s === undefined ? null : Number(s);
}

const GATE =
	/\d(?:[\s\S]{0,12})(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|-\d\d-|年|月|년|월)|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[\s\S]{0,12}\d|月|월/;

/**
 * Month names in German, French, Spanish, Italian, Portuguese, Dutch, Russian, Polish, Turkish and
 * Indonesian, accents
 * optional. Read only before a year ("14. März 2019", "marzo de 2019", "23 мая 2019"), where none
 * is an English word.
 */
const OTHER_MONTHS = new Map(
	[
		'januar jänner janvier enero gennaio janeiro januari января январь stycznia styczeń ocak',
		'februar février fevrier febrero febbraio fevereiro februari февраля февраль lutego luty şubat subat',
		'märz maerz mars marzo março maart марта март marca marzec maret mart',
		'april avril abril aprile апреля апрель kwietnia kwiecień nisan',
		'mai mayo maggio maio mei мая май maja maj mayıs mayis',
		'juni juin junio giugno junho июня июнь czerwca czerwiec haziran',
		'juli juillet julio luglio julho июля июль lipca lipiec temmuz',
		'august août aout agosto augustus августа август sierpnia sierpień agustus ağustos',
		'september septembre septiembre setiembre settembre setembro сентября сентябрь września wrzesień eylül eylul',
		'oktober octobre octubre ottobre outubro октября октябрь października październik ekim',
		'november novembre noviembre novembro ноября ноябрь listopada listopad kasım kasim',
		'dezember décembre decembre diciembre dicembre dezembro december декабря декабрь grudnia grudzień desember aralık aralik'
	].flatMap((names, i) => names.split(' ').map((name): [string, number] => [name, i + 1]))
);
const MONTH_WORD = new RegExp(`^${MONTH}$`, 'i');

/** The month a word names (1–12), in English or another language ("Nov", "mayo"); else null. */
export function monthNumber(word: string): number | null {
	return MONTH_WORD.test(word) ? month(word) : (OTHER_MONTHS.get(word.toLowerCase()) ?? null);
}

/** Whether a word is a month's name, in English or another language ("June", "mayo", "März"). */
export function isMonthName(word: string): boolean {
	return MONTH_WORD.test(word) || OTHER_MONTHS.has(word.toLowerCase());
}

const OTHER_MONTH = [...OTHER_MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');
/**
 * The first day of a range before the last one, as the languages join them: "18.–21.", "du 18 au
 * 21", "vom 18. bis 21.", "del 2 al 4", "de 2 a 4", "dal 2 al 4", "van 2 tot 4", "od 2 do 4",
 * "с 2 по 4", "les 18 et 19".
 */
const OTHER_RANGE =
	'(?:(\\d{1,2})(?:\\.|er|º)?\\s*(?:[-–—]|(?:au|bis|al|a|à|y|et|und|e|i|tot|t/m|do|по|до)(?=\\s))\\s*)?';
// "14. März 2019", "3 de junio de 2019", "1er juin 2019", "März 2019".
const OTHER_DATE_RE = new RegExp(
	`(?<![\\p{L}\\d])(?:(\\d{1,2})(?:\\.|er|º)?\\s+(?:de\\s+)?)?(${OTHER_MONTH})\\.?,?\\s+(?:de\\s+)?${YEAR}(?!\\d)`,
	'giu'
);
/**
 * A day, or a range of days, with its month and no year: "18 avril", "du 18 au 21 avril",
 * "vom 18. bis 21. April", "del 2 al 4 de mayo". A month's name without a day and a year is
 * not read ("mars" is a word as well).
 */
// Opened by a look-ahead for the digit: the engine then skips the text to the next digit.
const OTHER_DAY_RE = new RegExp(
	`(?=\\d)(?<![\\p{L}\\d])${OTHER_RANGE}(\\d{1,2})(?:\\.|er|º)?\\s+(?:de\\s+)?(${OTHER_MONTH})(?:\\.?,?\\s+(?:de\\s+)?${YEAR}(?!\\d)|(?![\\p{L}\\p{N}]))`,
	'giu'
);
const HAS_YEAR = /(?:19|20)\d\d/;

/**
 * Dates in digits: "11.12.2018" (day first, as the dotted form is written in Europe),
 * "2018/12/11", Korean "2018. 12. 11." and "2018.12.11" (year first, month and day of two digits), and "12/20/2018" or "20/12/2018": a slash date is read the way a
 * day above 12 shows, in it or in another slash date of the same text; "12/11/2018" alone is
 * either and is not read. Not a version ("v1.12.2018") or a longer run of numbers.
 */
const NUMERIC_GATE = /[./]\d{1,2}[./](?:19|20)\d\d|(?:19|20)\d\d(?:\/|\.\s|\.\d\d\.\d)\d/;
const NUMERIC_RE =
	/(?<![\d./v])(?:(\d{1,2})([./])(\d{1,2})\2((?:19|20)\d\d)|((?:19|20)\d\d)(?:\/(\d{1,2})\/|\.\s(\d{1,2})\.\s|\.(\d\d)\.(?=\d\d))(\d{1,2}))(?!\d|[./]\d)/g;

/** The last day after a date written year first: "-15" in "2018/11/14-15". */
const YEAR_FIRST_TO = /^\s*[-–—~～〜至到]\s*(\d{1,2})(?![\d./:年月日])/;

/**
 * The first day (and month) of a dotted range before its last date: "20.-", "20.05. bis ", and
 * "20-" against it (not a time or a version, "10:30-", "1.20-"; nor "Teil 3 - ").
 */
const DOTTED_FROM = /(?<![\d.:])(\d{1,2})(?:\.(?:(\d{1,2})\.)?\s*(?:[-–—]|bis)\s*|[-–—])$/;

/** `d` made a range from `day` of `month` (the same month or the one before) to its day. */
function dottedRange(d: Omit<TextDate, 'start' | 'end'>, day: number, month: number): boolean {
	const last = d.day!;
	if (month === d.month && day < last) {
		d.dayTo = last;
	} else if (month === d.month! - 1 && day > last && day <= 31) {
		d.dayTo = last;
		d.monthTo = d.month;
		d.month = month;
	} else return false;
	d.day = day;
	return true;
}

function numericDates(text: string, out: TextDate[]): void {
	const slashed: {
		start: number;
		end: number;
		a: number;
		b: number;
		year: number;
		/** The first day of a range before it ("18-19/05/2019", day first), and its start. */
		from: [number, number] | null;
	}[] = [];
	for (const m of text.matchAll(NUMERIC_RE)) {
		const start = m.index;
		const end = start + m[0].length;
		let d: Omit<TextDate, 'start' | 'end'>;
		if (m[5]) {
			d = { year: num(m[5]), month: num(m[6] ?? m[7] ?? m[8]), day: num(m[9]), dayTo: null };
			// "2018/11/14-15", "2019.06.24～26": the last day of a range after the first.
			const to = YEAR_FIRST_TO.exec(text.slice(end, end + 6));
			if (to && Number(to[1]) > d.day!) {
				d.dayTo = Number(to[1]);
				if (validDate(d)) out.push({ start, end: end + to[0].length, ...d });
				continue;
			}
		} else if (m[2] === '.') {
			d = { year: num(m[4]), month: num(m[3]), day: num(m[1]), dayTo: null };
			// "20.-23.05.2019", "20.05. bis 23.05.2019": the first day before a dash or "bis".
			const from = start > 3 ? DOTTED_FROM.exec(text.slice(Math.max(0, start - 12), start)) : null;
			if (from && dottedRange(d, Number(from[1]), from[2] ? Number(from[2]) : d.month!)) {
				out.push({ start: start - from[0].length, end, ...d });
				continue;
			}
		} else {
			const a = Number(m[1]);
			const from = slashedFrom(text, start, a);
			const x = { start, end, a, b: Number(m[3]), year: Number(m[4]), from };
			slashed.push(x);
			continue;
		}
		if (validDate(d)) out.push({ start, end, ...d });
	}
	if (slashed.length === 0) return;
	// Day first when some first number is above 12, month first when some second one is.
	const dayFirst = slashed.some((x) => (x.a > 12 || x.from !== null) && x.b <= 12);
	const monthFirst = slashed.some((x) => x.b > 12 && x.a <= 12);
	for (const x of slashed) {
		if (x.from !== null && x.b <= 12) {
			const d = { year: x.year, month: x.b, day: x.from[0], dayTo: x.a };
			if (validDate(d)) out.push({ start: x.from[1], end: x.end, ...d });
			continue;
		}
		let first: 'day' | 'month' | null = x.a === x.b ? 'day' : null;
		if (x.a > 12 || (dayFirst && !monthFirst)) first = 'day';
		if (x.b > 12 || (monthFirst && !dayFirst)) first = first === 'day' && x.a > 12 ? null : 'month';
		if (first === null) continue;
		const [day, month] = first === 'day' ? [x.a, x.b] : [x.b, x.a];
		const d = { year: x.year, month, day, dayTo: null };
		if (validDate(d)) out.push({ start: x.start, end: x.end, ...d });
	}
}

export function findDates(text: string): TextDate[] {
	const out: TextDate[] = [];
	const hasYear = HAS_YEAR.test(text);
	otherLanguageDates(text, out, hasYear);
	if (hasYear && NUMERIC_GATE.test(text)) numericDates(text, out);
	// Most text holds no date: a cheap look for a month name or ISO dash near a digit first.
	if (!GATE.test(text)) return ordered(text, out);
	for (const m of text.matchAll(DATE_RE)) {
		const g = m.slice(1);
		let d: Omit<TextDate, 'start' | 'end'>;
		if (g[0]) d = { year: num(g[0]), month: num(g[1]), day: num(g[2]), dayTo: null };
		else if (g[3]) d = { month: month(g[3]), day: num(g[4]), dayTo: num(g[5]), year: num(g[6]) };
		else if (g[9]) d = { day: num(g[7]), dayTo: num(g[8]), month: month(g[9]), year: num(g[10]) };
		else if (g[13]) d = { day: num(g[11]), dayTo: num(g[12]), month: month(g[13]), year: null };
		else if (g[14]) d = { month: month(g[14]), year: num(g[15]), day: null, dayTo: null };
		else if (g[16]) d = { year: num(g[16]), month: num(g[17]), day: num(g[18]), dayTo: num(g[19]) };
		else d = { year: null, month: num(g[20]), day: num(g[21]), dayTo: num(g[22]) };
		if (d.dayTo !== null && d.day !== null && d.dayTo <= d.day) d.dayTo = null;
		if (!validDate(d)) continue;
		const start = m.index;
		let end = start + m[0].length;
		// "2019-05-14/15": the last day after an ISO date.
		const to = g[0] ? isoDayTo(text, end, d.day!) : null;
		if (to) [d.dayTo, end] = [to[0], end + to[1]];
		// Already read in another language ("14. April 2019" holds the English "April 2019").
		if (out.some((o) => o.start < end && start < o.end)) continue;
		out.push({ start, end, ...d });
	}
	return ordered(text, out);
}

/** The dates in text order, the two that write one range as one ("30 April – 2 May 2019"). */
function ordered(text: string, out: TextDate[]): TextDate[] {
	if (out.length < 2) return out;
	out.sort((a, b) => a.start - b.start);
	joinSpans(text, out);
	return out;
}

function otherLanguageDates(text: string, out: TextDate[], hasYear: boolean): void {
	// A day first ("du 18 au 21 avril 2019", "14. März"), then a month and year alone ("März 2019").
	for (const m of text.matchAll(OTHER_DAY_RE)) {
		const day = num(m[2]);
		const from = num(m[1]);
		// Without a year, only a range, a day marked as one ("14. März", "3 de junio", "1er juin")
		// or a month written in lower case ("18 avril"): "3 Mars" is the planet.
		if (!m[4] && from === null && m[3] !== m[3]!.toLowerCase()) {
			const marked = m[0].slice(0, m[0].length - m[3]!.length);
			if (!/[.rº]|\sde\s/.test(marked)) continue;
		}
		const d = {
			day: from ?? day,
			dayTo: from !== null && day !== null && day > from ? day : null,
			month: OTHER_MONTHS.get(m[3]!.toLowerCase()) ?? null,
			year: num(m[4])
		};
		if (validDate(d)) out.push({ start: m.index, end: m.index + m[0].length, ...d });
	}
	if (!hasYear) return;
	const days = out.length;
	for (const m of text.matchAll(OTHER_DATE_RE)) {
		const start = m.index;
		const end = start + m[0].length;
		if (out.some((o, i) => i < days && o.start < end && start < o.end)) continue;
		const d = {
			day: num(m[1]),
			dayTo: null,
			month: OTHER_MONTHS.get(m[2]!.toLowerCase()) ?? null,
			year: num(m[3])
		};
		if (validDate(d)) out.push({ start, end, ...d });
	}
}

function validDate(d: Omit<TextDate, 'start' | 'end'>): boolean {
	if (d.month === null || d.month < 1 || d.month > 12) return false;
	if (d.day !== null && (d.day < 1 || d.day > 31)) return false;
	if (d.dayTo !== null && (d.dayTo < 1 || d.dayTo > 31)) return false;
	return true;
}

/** `YYYY-MM-DD` → days since the epoch (UTC), for distance arithmetic. */
export function dayNumber(iso: string): number | null {
	const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso);
	if (!m) return null;
	return epochDay(Number(m[1]), Number(m[2]), Number(m[3] ?? 1));
}

/** Days since 1970-01-01 of a calendar date (month 1–12; a day past the month's end runs on). */
export function epochDay(year: number, month: number, day: number): number {
	return Math.floor(Date.UTC(year, month - 1, day) / 86400000);
}

/**
 * Days a text date lies outside the day range [start, end] (0 when inside). A date without a
 * day counts as its whole month.
 */
export function distanceToDays(date: TextDate, year: number, start: number, end: number): number {
	if (date.month === null) return Infinity;
	const from = epochDay(year, date.month, date.day ?? 1);
	let to: number;
	if (date.day === null) to = epochDay(year, date.month + 1, 1) - 1;
	else if (date.monthTo && date.dayTo !== null) to = epochDay(year, date.monthTo, date.dayTo);
	else to = date.dayTo !== null && date.dayTo >= date.day ? from + (date.dayTo - date.day) : from;
	return to < start ? start - to : from > end ? from - end : 0;
}

const MONTH_YEAR = /^(\p{L}{3,9})\.?,?\s+(\d{4})$/u;
const ISO_MONTH_OR_YEAR = /^(\d{4})(?:-(\d{1,2}))?$/;

/**
 * A month and year ("April 2023", "2023-04") as "2023-04", a year alone (2019) as "2019", in
 * 2000–2030; else null.
 */
export function partialDate(value: unknown): string | null {
	if (value instanceof Date) return null;
	const s =
		typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
	let year: number;
	let month: number | null = null;
	const named = /\d{4}$/.test(s) && s.length > 4 ? MONTH_YEAR.exec(s) : null;
	if (named) {
		year = Number(named[2]);
		month = monthNumber(named[1]!);
		if (month === null) return null;
	} else {
		const iso = ISO_MONTH_OR_YEAR.exec(s);
		if (!iso) return null;
		year = Number(iso[1]);
		month = iso[2] ? Number(iso[2]) : null;
	}
	if (year < 2000 || year > 2030 || (month !== null && (month < 1 || month > 12))) return null;
	return month === null ? String(year) : `${year}-${String(month).padStart(2, '0')}`;
}

/**
 * The day number of a document's publication date, only when it is a whole date: a month or a
 * year alone ("2019-05", "2019", docs/schema.md) dates no day to measure from.
 */
export function publishedDay(published: string | null | undefined): number | null {
	return published && published.length === 10 ? dayNumber(published) : null;
}

/** A real calendar date written YYYY-MM-DD (2014-02-30 is refused). */
export function isIsoDate(v: unknown): v is string {
	if (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
	const d = new Date(`${v}T00:00:00Z`);
	return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === v;
}
