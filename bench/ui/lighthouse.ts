/**
 * Lighthouse (the npm package) on a served URL, in Debian's Chromium started by chrome-launcher
 * with the same headless flags as the browser tests. `mobile` is Lighthouse's default (a mid-range
 * phone: 4× CPU slowdown, slow 4G, simulated); `desktop` its desktop preset.
 */
import lighthouse, { desktopConfig } from 'lighthouse';
import { launch } from 'chrome-launcher';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../tests/e2e/harness';

export type FormFactor = 'mobile' | 'desktop';

export interface LighthouseResult {
	formFactor: FormFactor;
	performance: number | null;
	accessibility: number | null;
	metrics: Record<string, number | null>;
	/** Audits that cost points: id → score (performance opportunities, accessibility failures). */
	failing: { id: string; score: number | null; title: string; displayValue?: string }[];
}

const FLAGS = ['--headless=new', ...CHROMIUM_ARGS];

const METRICS = [
	'first-contentful-paint',
	'largest-contentful-paint',
	'total-blocking-time',
	'cumulative-layout-shift',
	'speed-index',
	'interactive'
];

export async function runLighthouse(
	url: string,
	formFactor: FormFactor
): Promise<LighthouseResult> {
	const chrome = await launch({
		chromePath: CHROMIUM_PATH,
		chromeFlags: FLAGS,
		logLevel: 'silent'
	});
	try {
		const result = await lighthouse(
			url,
			{ port: chrome.port, logLevel: 'error', onlyCategories: ['performance', 'accessibility'] },
			formFactor === 'desktop' ? desktopConfig : undefined
		);
		if (!result) throw new Error('Lighthouse returned no result');
		const { lhr } = result;
		const score = (id: string) => {
			const s = lhr.categories[id]?.score;
			return s === null || s === undefined ? null : Math.round(s * 100);
		};
		const failing = Object.values(lhr.categories)
			.flatMap((category) => category.auditRefs.filter((ref) => ref.weight > 0 || ref.group))
			.map((ref) => lhr.audits[ref.id])
			.filter(
				(a): a is NonNullable<typeof a> =>
					a !== undefined &&
					a.score !== null &&
					a.score < 0.9 &&
					a.scoreDisplayMode !== 'notApplicable' &&
					a.scoreDisplayMode !== 'informative' &&
					a.scoreDisplayMode !== 'manual'
			)
			.map((a) => ({ id: a.id, score: a.score, title: a.title, displayValue: a.displayValue }));
		return {
			formFactor,
			performance: score('performance'),
			accessibility: score('accessibility'),
			metrics: Object.fromEntries(METRICS.map((id) => [id, lhr.audits[id]?.numericValue ?? null])),
			failing
		};
	} finally {
		await chrome.kill();
	}
}
