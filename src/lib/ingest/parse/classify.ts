/**
 * What a heading (or a bold-only line) is: a day marker ("Tuesday", "Day 2", "Mon Jun 20 2016"),
 * a talk title ("Title – Speaker, Org"), or an ordinary heading. Structure only: the speakers
 * themselves are extracted later by the talk stage.
 */
import type { SectionKind } from '../types';

const WEEKDAY =
	/^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?$|^(?:tues|wednes|thurs|satur)day$/i;
const MONTH =
	/^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)(?:uary|ruary|ch|il|e|y|ust|tember|ober|ember)?$/i;
const FILLER =
	/^(?:day|the|of|and|on|one|two|three|four|five|first|second|third|fourth|fifth|\d{1,4}(?:st|nd|rd|th)?|\d{4}-\d\d-\d\d|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)$/i;

/** "Tuesday", "Day 2", "Mon Jun 20 2016", "Wednesday, May 2nd": nothing but a day. */
export function isDayText(text: string): boolean {
	const words = text
		.replace(/[,.:;()[\]–—-]+/g, ' ')
		.trim()
		.split(/\s+/);
	if (words.length === 0 || words.length > 7) return false;
	let day = false;
	let month = false;
	let number = false;
	for (const w of words) {
		if (WEEKDAY.test(w)) day = true;
		else if (MONTH.test(w)) month = true;
		else if (FILLER.test(w)) {
			if (/^day$/i.test(w)) day = true;
			if (/\d/.test(w)) number = true;
		} else return false;
	}
	return day || (month && number);
}

// A person's name: two to five capitalised words (particles such as "van" allowed).
const NAME =
	/\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|van|von|de|der|den|da|del|di|du|le|la|bin|ibn)){1,4}/uy;
const AFTER_NAME = /\s*(?:,|\(|&|\+|\/|\band\b|@)/y;
// One scan that rules out most text before the separator-by-separator checks.
const MAYBE_TALK = / [–—-]-? | by |^[“"]/i;
const SEPARATORS = [' – ', ' — ', ' - ', ' -- '];

function nameAt(text: string, at: number, allowEnd: boolean): boolean {
	NAME.lastIndex = at;
	if (!NAME.test(text)) return false;
	const end = NAME.lastIndex;
	if (end >= text.trimEnd().length) return allowEnd;
	AFTER_NAME.lastIndex = end;
	return AFTER_NAME.test(text);
}

function titleOk(title: string): boolean {
	const t = title.trim();
	return t.length >= 6 && t.length <= 220 && /\s/.test(t) && !/[:;,]$/.test(t);
}

/**
 * "Title – Speaker, Org", "Title - Speaker (Company)", "“Title” by Speaker", "Title by First Last".
 * Dashes other than the ASCII hyphen may end with a bare name ("Title – Jane Doe").
 */
export function looksLikeTalk(text: string): boolean {
	if (text.length > 400 || !MAYBE_TALK.test(text)) return false;
	for (const sep of SEPARATORS) {
		let at = text.indexOf(sep);
		while (at !== -1) {
			if (titleOk(text.slice(0, at)) && nameAt(text, at + sep.length, sep !== ' - ')) return true;
			at = text.indexOf(sep, at + 1);
		}
	}
	const by = text.lastIndexOf(' by ');
	if (by > 0 && titleOk(text.slice(0, by)) && nameAt(text, by + 4, true)) return true;
	// "“Title” by Speaker", "“Title” – Speaker", "“Title” Speaker, Org"
	if (!/^[“"]/.test(text)) return false;
	const close = text.slice(1, 300).search(/[”"]/) + 1;
	if (close < 4 || !/\s/.test(text.slice(1, close))) return false;
	const rest = /^[”"]\s*(?:[bB]y\s+|[–—-]\s+)?/.exec(text.slice(close))!;
	return nameAt(text, close + rest[0].length, true);
}

export function headingKind(text: string): SectionKind {
	if (isDayText(text)) return 'day';
	if (looksLikeTalk(text)) return 'talk';
	return 'heading';
}
