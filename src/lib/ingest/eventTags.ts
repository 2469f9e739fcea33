/**
 * Front-matter tags and file names read for events: a catalog id ("kubecon-cn-2019") maps to
 * its edition; a slug ("kubecon-china-2019", "kubecon_eu_2019", "kccnceu19") is read as words by
 * the same reference finder as the text.
 */
import type { EventIndex, EventRef } from './eventRefs';
import { ANCHOR_GATE } from './eventSeriesRefs';

// Compiled once: tsx lowers in-function literals with \p{…} to a new RegExp per call.
const LOWER_WORD = /(?<![\p{L}\p{N}])\p{Ll}[\p{L}\p{N}]*/gu;
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/** Region words as a slug writes them, as the text would ("cn" is China's). */
const REGION_SLUGS = new Map([
	['eu', 'EU'],
	['na', 'NA'],
	['us', 'US'],
	['cn', 'China']
]);

const capitalised = (w: string) => REGION_SLUGS.get(w) ?? w[0]!.toUpperCase() + w.slice(1);

/**
 * "kubecon-eu-2019/day-1" → "Kubecon EU 2019 Day 1": hyphens, underscores and slashes become
 * spaces; next to a series name the words are capitalised as a title would have them (a city or
 * a region word is found only so: "kubecon-barcelona-2019", "kubecon-china-2019").
 */
export function slugWords(slug: string): string {
	const words = slug.replace(/[-_/\\]+/g, ' ');
	if (!ANCHOR_GATE.test(words)) return words.replace(/\b(?:eu|na|cn)\b/g, (m) => m.toUpperCase());
	return PRINTABLE_ASCII.test(words)
		? capitaliseAscii(words)
		: words.replace(LOWER_WORD, capitalised);
}

const isAlnum = (c: number) =>
	(c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * What the LOWER_WORD replacement does, for the common slug (every file name is one): one pass
 * over the characters, no regular expression and no call per word.
 */
function capitaliseAscii(s: string): string {
	let out = '';
	for (let i = 0; i < s.length;) {
		if (!isAlnum(s.charCodeAt(i))) {
			out += s[i++];
			continue;
		}
		let end = i + 1;
		while (end < s.length && isAlnum(s.charCodeAt(end))) end++;
		const word = s.slice(i, end);
		const c = s.charCodeAt(i);
		out += c >= 97 && c <= 122 ? capitalised(word) : word;
		i = end;
	}
	return out;
}

/** The references of a tag: its edition when it is a catalog id, else those of its words. */
export function tagRefs(tag: string, index: EventIndex): EventRef[] {
	const id = tag.trim().toLowerCase();
	if (index.byId.has(id)) {
		const e = index.byId.get(id)!;
		const ref = { start: 0, end: tag.length, surface: tag, series: e.series, candidates: [id] };
		return [{ ...ref, preferred: false, generic: false, external: null }];
	}
	return index.findRefs(slugWords(tag));
}
