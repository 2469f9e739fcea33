/**
 * A document that opens by listing three editions or more alike ("Notes from KubeCon EU 2019,
 * KubeCon China 2019 and KubeCon NA 2019"; tags naming three; a list whose items open with one
 * edition each), in its title, its tags, an opening heading or its lead, before it names any
 * edition on its own, is about each of them: none is its default edition unless one dominates
 * what is left once the list is set aside (its title, front matter or an opening heading names it
 * alone, or the text names it clearly most). A passage that names an edition goes to it, a
 * section under a heading that names one too; the others are left without an event, with the
 * reason. ("Back from KubeCon NA 2019! I also went to …, … and …" is about the one it opens on.)
 */
import type { EventRef } from './eventRefs';
import type { DefaultChoice, DocEvidence, PassageRefs, Scored } from './eventDefault';
import type { ParsedPassage } from './types';

/** What stands between the editions of a list: a comma, "and", "&" (and the words of other languages). */
export const LIST_JOINER = /^\s*(?:,|;|&|、|，)?\s*(?:and|und|et|y|e|i|и|와|과)?\s*$/i;

/** Editions a list must name to make a document one about several. */
const LISTED = 3;

function editionKey(ref: EventRef): string {
	return ref.external ? `external:${ref.external.name.toLowerCase()}` : ref.candidates.join('|');
}

/** Whether a reference names an edition (a generic "KubeCon" names none). */
export function namesEdition(ref: EventRef): boolean {
	return !ref.generic && (ref.external !== null || ref.candidates.length > 0);
}

/**
 * The references of `refs` (in text order) that make up a list of three editions or more ("A, B
 * and C"); none when there is no such list.
 */
export function listedRefs(text: string, refs: readonly EventRef[]): EventRef[] {
	let run: EventRef[] = [];
	let out: EventRef[] = [];
	const close = () => {
		if (new Set(run.map(editionKey)).size >= LISTED) out = out.concat(run);
		run = [];
	};
	for (const ref of refs) {
		if (!namesEdition(ref)) continue;
		const last = run[run.length - 1];
		if (last && !(ref.start >= last.end && LIST_JOINER.test(text.slice(last.end, ref.start))))
			close();
		run.push(ref);
	}
	close();
	return out;
}

/** A run of list items, one a passage: the first, and the edition each opens with. */
export interface ItemRun {
	start: number;
	refs: EventRef[];
}

/**
 * Runs of three list items or more, one a passage (as eventLists.ts splits a list whose items
 * name different editions), each naming an edition (not in passing).
 */
export function itemRuns(
	passages: readonly ParsedPassage[],
	refs: readonly PassageRefs[]
): ItemRun[] {
	const runs: ItemRun[] = [];
	let run: ItemRun | null = null;
	const close = () => {
		if (run && run.refs.length >= LISTED) runs.push(run);
		run = null;
	};
	passages.forEach((p, i) => {
		const first =
			p.kind === 'list' && !p.text.includes('\n')
				? refs[i]!.find((r) => r.role !== 'passing' && namesEdition(r.ref))
				: undefined;
		if (!first) return close();
		run ??= { start: i, refs: [] };
		run.refs.push(first.ref);
	});
	close();
	return runs;
}

/**
 * What collectEvidence learns of lists while it credits references in document order: the
 * credit lists gave each key, the credit the title, front matter and opening headings gave it
 * outside lists, and the editions listed.
 */
export class EditionLists {
	readonly listed = new Map<string, number>();
	readonly structural = new Map<string, number>();
	private refs: EventRef[] = [];
	private named = false;

	/**
	 * The references of `text` that a list of several editions names, when the document has named
	 * no edition on its own before it; notes an edition named outside a list. `refs`: those that
	 * are not said in passing.
	 */
	inText(text: string, refs: readonly EventRef[]): EventRef[] {
		if (this.named) return [];
		const list = refs.length >= LISTED ? listedRefs(text, refs) : [];
		const alone = refs.filter((r) => namesEdition(r) && !list.includes(r));
		if (alone.length > 0) this.named = true;
		if (list.length === 0 || alone.some((r) => r.start < list[0]!.start)) return [];
		this.refs.push(...list);
		return list;
	}

	/**
	 * Whether `refs`, the first edition of each of a run of items (list items, tags), make a list
	 * of several editions: three different ones, before the document named one on its own.
	 */
	takeRun(refs: readonly EventRef[]): boolean {
		if (this.named || new Set(refs.map(editionKey)).size < LISTED) return false;
		this.refs.push(...refs);
		return true;
	}

	/** Adds `w` to `key` in `into`. */
	add(into: Map<string, number> | null, key: string, w: number) {
		if (into) into.set(key, (into.get(key) ?? 0) + w);
	}

	/**
	 * The keys of the editions listed, in order, once each (null when none was); `ofYear` gives
	 * the one edition of the document's year a name without one ("DockerCon SF") may mean.
	 */
	keys(ofYear: (ref: EventRef) => string | null): string[] | null {
		if (this.refs.length === 0) return null;
		return [
			...new Set(this.refs.map((r) => (r.candidates.length > 1 && ofYear(r)) || editionKey(r)))
		];
	}
}

/**
 * The default of a document that lists several editions: the edition that leads once the lists'
 * credit is set aside, if its title, front matter or an opening heading names it (3 or more of its
 * own, ahead of the others') and it leads by a quarter, or if the text names it clearly most (5 or
 * more, three times the next); else none.
 */
export function chooseAmongSeveral(evidence: DocEvidence, ranked: Scored[]): DefaultChoice {
	const listed = evidence.listed!;
	const structural = evidence.structural!;
	const rest = ranked
		.map((s) => ({ s, rest: s.score - (listed.get(s.key) ?? 0) }))
		.sort((a, b) => b.rest - a.rest || (a.s.key < b.s.key ? -1 : 1));
	const [best, next] = rest;
	if (best && best.rest >= 1) {
		const second = next?.rest ?? 0;
		const own = structural.get(best.s.key) ?? 0;
		let others = 0;
		for (const [key, w] of structural) if (key !== best.s.key && w > others) others = w;
		const named = own >= 3 && own > others && best.rest >= second * 1.25;
		const most = best.rest >= 5 && second * 3 <= best.rest;
		if (named || most) return { winner: best.s, reason: null };
	}
	return {
		winner: null,
		reason: `the document covers several editions alike (${evidence.several!.join(', ')}); nothing ties this passage to one of them`
	};
}
