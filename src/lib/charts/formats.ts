/**
 * Number, percent and date formatters shared by the charts, their tooltips and aria-labels.
 * Dates in the atlas are calendar dates (`YYYY-MM-DD`), so everything is read and written in UTC:
 * a visitor west of Greenwich must not see a conference move to the previous day.
 */
// Written out rather than d3-format (the same strings: tests compare the two): the page then needs
// none of its locale and specifier code, which the build leaves out (see vite.config.ts).
const MINUS = '\u2212';
const sign = (n: number, digits: string) => (n < 0 ? MINUS : '') + digits;

/** 12345 → "12,345". */
export const formatNumber = (n: number): string => {
	const r = Math.round(n);
	return sign(r, String(Math.abs(r)).replace(/\B(?=(\d{3})+$)/g, ','));
};

const PREFIXES = ['', 'k', 'M', 'G', 'T', 'P', 'E'];

/** 12345 → "12k", 1500 → "1.5k" (two significant digits, SI prefix); small numbers stay exact. */
export function formatCompact(n: number): string {
	if (Math.abs(n) < 1000) return String(n);
	const [mantissa, e] = Math.abs(n).toExponential(1).split('e') as [string, string];
	const k = Math.min(PREFIXES.length - 1, Math.floor(+e / 3));
	const digits = mantissa.replace('.', '');
	const whole = +e - 3 * k + 1;
	const text =
		whole >= digits.length
			? digits.padEnd(whole, '0')
			: `${digits.slice(0, whole)}.${digits.slice(whole)}`.replace(/\.?0+$/, '');
	return sign(n, text + PREFIXES[k]);
}

/** 0.123 → "12%"; shares under 10% keep one decimal so that small differences stay visible. */
export function formatPercent(x: number): string {
	if (!Number.isFinite(x)) return '–';
	return sign(x, `${Math.abs(x * 100).toFixed(x > 0 && x < 0.1 ? 1 : 0)}%`);
}

/** "42 passages", "1 passage". */
export function plural(n: number, one: string, many = `${one}s`): string {
	return `${formatNumber(n)} ${n === 1 ? one : many}`;
}

/** Parses `YYYY-MM-DD` (or `YYYY-MM`) as a UTC date; null when it is not such a date. */
export function parseDay(iso: string | null | undefined): Date | null {
	const m = iso ? /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso) : null;
	if (!m) return null;
	const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, m[3] ? +m[3] : 1));
	return Number.isNaN(d.getTime()) ? null : d;
}

// Written out rather than d3's utcFormat: the page then needs none of d3-time-format's locale code.
const MONTHS = 'Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec'.split(' ');

/** "Nov 18, 2019". */
export const formatDay = (d: Date): string =>
	`${MONTHS[d.getUTCMonth()]} ${d.getUTCDate()}, ${d.getUTCFullYear()}`;

/** "Nov 2019". */
export const formatMonth = (d: Date): string => `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;

/**
 * An event's dates as the atlas stores them: "Nov 18, 2019 – Nov 21, 2019", "Nov 18, 2019", or
 * "Mar 2016" for a date known to the month only (`YYYY-MM`); '' when there is none.
 */
export function formatDates(start: string | null | undefined, end?: string | null): string {
	const a = parseDay(start);
	if (!a) return '';
	if (start!.length === 7) return formatMonth(a);
	const b = parseDay(end);
	return b && b.getTime() > a.getTime() ? `${formatDay(a)} – ${formatDay(b)}` : formatDay(a);
}

/** "2016–2018", or "2016" for a single year. */
export const formatYearRange = (from: number, to: number): string =>
	from === to ? String(from) : `${from}–${to}`;

const REGION: Record<string, string> = {
	'north-america': 'NA',
	europe: 'EU',
	china: 'China',
	japan: 'Japan',
	india: 'India',
	online: 'Online',
	us: ''
};

/** Short event name for labels: "KubeCon NA 2019", "DockerCon EU 2017"; else the full name. */
export function eventLabel(e: {
	name: string;
	series: string;
	region: string | null;
	year: number;
}): string {
	if (e.series !== 'kubecon' && e.series !== 'dockercon') return e.name;
	const brand = e.series === 'kubecon' ? 'KubeCon' : 'DockerCon';
	const region = e.region ? (REGION[e.region] ?? e.region) : '';
	return [brand, region, String(e.year)].filter(Boolean).join(' ');
}
