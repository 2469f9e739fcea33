/**
 * Talks listed in one sentence, separated by semicolons: "My favourites: Kubectl Plugins in Five
 * Minutes by Ahmet Alp Balkan (Google); Chaos Engineering for Beginners by Sylvain Hellegouarch
 * (ChaosIQ); and Tiny Images with Distroless by Matthew Moore (Google)." Each part is read as a
 * list item's line; all must read so. The part that opens a sentence without a colon holds words
 * before its title and is left.
 */
import type { TalkCandidate } from './talks';
import { talkFromLine } from './talkLines';

/** Between two parts: a semicolon, then "and" or "or" before the last one. */
const PART_BREAK = /;\s+(?:and\s+|or\s+)?/g;
/** A sentence's end after the last part. */
const TRAILING_STOP = /[.!]\s*$/;

/**
 * Talks of the lines of `text` that list two or more separated by semicolons, added to `out`;
 * `introduced`: only lines whose list a colon after a talk word introduces.
 */
export function semicolonTalks(text: string, out: TalkCandidate[], introduced = false): void {
	let from = 0;
	for (const line of text.split('\n')) {
		if (line.includes('; ')) lineTalks(line, from, out, introduced);
		from += line.length + 1;
	}
}

/**
 * "Talks included: ", "My favourite sessions: ": a colon after words that say talks follow.
 * Without "by" or a dash, "Title (Speaker)" parts need it ("Tools: Argo CD (GitOps Tool); …").
 */
const TALKS_INTRO =
	/\b(?:talks?|keynotes?|sessions?|presentations?|workshops?|tutorials?|panels?|speakers?|lightning|favou?rites?|picks|highlights|agenda|schedule|programme|program)\b[^:;]*$/i;

function lineTalks(line: string, offset: number, out: TalkCandidate[], introduced: boolean): void {
	// "Lightning talks: A by X (G); B by …": what the colon introduces is the list. Without a
	// colon the first part holds the sentence's opening words ("My favourites were A by …"): the
	// parts after it only are read.
	const first = line.indexOf('; ');
	const colon = line.lastIndexOf(': ', first);
	if (introduced && (colon < 0 || !TALKS_INTRO.test(line.slice(0, colon)))) return;
	const start = colon === -1 ? 0 : colon + 2;
	const parts = splitParts(line.slice(start));
	const found: TalkCandidate[] = [];
	for (let k = colon === -1 ? 1 : 0; k < parts.length; k++) {
		const part = parts[k]!;
		const talk = talkFromLine(part.text.replace(TRAILING_STOP, ''), offset + start + part.at, true);
		// Every part must be a talk, or the sentence is prose with semicolons.
		if (!talk) return;
		found.push(talk);
	}
	if (found.length < 2) return;
	// "Talks: A (Jane Doe); B (John Roe, Acme)" read as one item, "Talks: A (Jane Doe); B" its
	// title: a talk read before over the parts gives way to them.
	const from = found[0]!.start;
	const to = found[found.length - 1]!.end;
	for (let k = out.length - 1; k >= 0; k--) {
		const t = out[k]!;
		if (t.start <= from && t.end >= to && t.title.includes('; ')) out.splice(k, 1);
	}
	out.push(...found);
}

function splitParts(s: string): { text: string; at: number }[] {
	const parts: { text: string; at: number }[] = [];
	let last = 0;
	for (const m of s.matchAll(PART_BREAK)) {
		parts.push({ text: s.slice(last, m.index), at: last });
		last = m.index + m[0].length;
	}
	parts.push({ text: s.slice(last), at: last });
	return parts;
}
