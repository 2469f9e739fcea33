/**
 * The event a document is about by default, scored from evidence of decreasing strength: the
 * title, front-matter tags, the file name, the first headings and passages (names, cities,
 * dates such as "May 1-4, 2018"), and the publication date (a recap appears within weeks
 * after the edition of the series it names; a preview shortly before).
 */
import type { ParsedDocument } from './types';
import type { EventIndex, EventRef } from './eventRefs';
import { blankPassing, refRole, type RefRole } from './eventCues';
import { eventYear, withDayOf } from './eventRows';
import { PAGE_FURNITURE } from './eventFurniture';
import { namedOverContext, titleNames } from './eventOutright';
import { contextEvidence, type Subject } from './eventContextScores';
import { slugWords, tagRefs as refsOfTag } from './eventTags';
import { headingEditions, onlyContextAmongSeveral, underEditionHeading } from './eventHeadings';
import {
	chooseAmongSeveral,
	EditionLists,
	itemRuns,
	namesEdition,
	type ItemRun
} from './eventSeveral';

export interface Scored {
	/** Catalog id, or `external:<name>` key for an edition outside the catalog. */
	key: string;
	score: number;
	ref: EventRef;
	/** The part of `score` that cities, dates and the publication date gave (contextEvidence). */
	context?: number;
}

export interface DocEvidence {
	scores: Map<string, Scored>;
	/** Series named anywhere (even generically) in the document. */
	series: Set<string>;
	/** The document's headings name several editions, one section each; how many. */
	perEdition?: boolean;
	editionHeadings?: number;
	/**
	 * The editions the document opens by listing alike ("KubeCon EU 2019, KubeCon China 2019 and
	 * KubeCon NA 2019", eventSeveral.ts); with the credit lists gave each key, and what the title,
	 * front matter and opening headings gave it outside lists.
	 */
	several?: string[];
	/** The gatherings outside the catalog (keys) and the series the title names. */
	titled?: { keys: Set<string>; series: Set<string> };
	listed?: Map<string, number>;
	structural?: Map<string, number>;
}

const LEAD_PASSAGES = 5;

export function externalKey(ref: EventRef): string {
	return `external:${ref.external!.name.toLowerCase()}`;
}

/** References found in one passage, with how the passage uses them. */
export type PassageRefs = { ref: EventRef; role: RefRole }[];

/**
 * `headingRefs[i]`: the references in section i's heading (none when it has no heading), and
 * `passageRefs[i][j]` those of its passage j, found once by the caller for every use.
 */
export function collectEvidence(
	doc: ParsedDocument,
	index: EventIndex,
	headingRefs: EventRef[][],
	passageRefs: PassageRefs[][]
): DocEvidence {
	const scores = new Map<string, Scored>();
	const series = new Set<string>();
	// What the document names as its subject, not only in passing ("back from KubeCon
	// Barcelona earlier that year"): only these let cities and dates pick an edition.
	const subject: Subject = { series: new Set(), ids: new Set() };
	// Credit from lists of several editions, and from the title, front matter, opening headings.
	const lists = new EditionLists();
	const credit = (
		ref: EventRef,
		weight: number,
		passing = false,
		into: Map<string, number> | null = null
	) => {
		// "KubeCon China" limits the dates to China's editions; only a series named without
		// region or edition ("KubeCon", "KubeCon Europe 2023") opens all of its editions to them.
		if (!passing && ref.series !== 'other' && ref.candidates.length === 0)
			subject.series.add(ref.series);
		if (!passing) for (const id of ref.candidates) subject.ids.add(id);
		if (ref.generic) {
			series.add(ref.series);
			return;
		}
		if (ref.series !== 'other') series.add(ref.series);
		if (ref.external) {
			const key = externalKey(ref);
			const s = scores.get(key) ?? { key, score: 0, ref };
			s.score += weight;
			s.ref = withDayOf(s.ref, ref);
			scores.set(key, s);
			lists.add(into, key, weight);
			return;
		}
		const n = ref.candidates.length;
		ref.candidates.forEach((id, i) => {
			const share = n === 1 ? 1 : ref.preferred ? (i === 0 ? 0.6 : 0.4 / (n - 1)) : 1 / n;
			const s = scores.get(id) ?? { key: id, score: 0, ref };
			s.score += weight * share;
			scores.set(id, s);
			lists.add(into, id, weight * share);
		});
	};
	/**
	 * Credits `refs`, the references of `text`; whether one of them named an edition. `own`: a
	 * statement of the document (its title, an opening heading), which may list several editions.
	 */
	const creditText = (text: string, refs: EventRef[], weight: number, own: boolean) => {
		const inList = own ? lists.inText(text, refs) : [];
		let edition = false;
		for (const ref of refs) {
			credit(ref, weight, false, inList.includes(ref) ? lists.listed : lists.structural);
			edition ||= !ref.generic;
		}
		return edition;
	};
	const scan = (text: string | null | undefined, weight: number, own: boolean) =>
		text ? creditText(text, index.findRefs(text), weight, own) : false;

	scan(doc.title ?? doc.frontMatter.title, 5, true);
	const titled = titleNames(index, doc.title ?? doc.frontMatter.title);
	if (doc.frontMatter.title && doc.frontMatter.title !== doc.title)
		scan(doc.frontMatter.title, 5, true);
	const tags = doc.frontMatter.tags;
	const tagRefs = tags.map((tag) => refsOfTag(tag, index));
	// "tags: [KubeCon EU 2019, KubeCon China 2019, KubeCon NA 2019]": three editions alike.
	const tagFirsts = tags.length >= 3 ? tagRefs.flatMap((r) => r.find(namesEdition) ?? []) : [];
	const tagList = tagFirsts.length >= 3 && lists.takeRun(tagFirsts);
	let tagEdition = false;
	for (const refs of tagRefs) {
		for (const ref of refs) {
			credit(ref, 3, false, tagList && tagFirsts.includes(ref) ? lists.listed : lists.structural);
			tagEdition ||= !ref.generic;
		}
	}
	// "tags: [kubecon, eu, 2019]", "[kubecon, barcelona]": an edition named across the tags.
	if (!tagEdition && tags.length > 1 && tags.length <= 12)
		scan(slugWords(tags.join(' ')), 3, false);
	// The file name and its folders ("kubecon-eu-2019/day-1.md", "dockercon17/README.md").
	scan(slugWords(doc.path.replace(/\.[a-z]+$/i, '')), 1, false);

	const lead: string[] = [];
	let seen = 0;
	// A document organised by one heading per edition has no single event of its own.
	const editionHeadings = headingEditions(headingRefs);
	const perEditionHeadings = editionHeadings > 1;
	// There, a passage under an edition's heading speaks for that edition only ("The Contributor
	// Summit was packed" under "KubeCon NA 2019"): not for the document's introduction.
	const headed = perEditionHeadings ? underEditionHeading(doc, headingRefs) : null;
	doc.sections.forEach((section, si) => {
		if (headed?.[si] || (section.heading && PAGE_FURNITURE.test(section.heading.trim()))) return;
		// Later headings set their own sections' events; only the opening ones speak for the whole.
		if (section.heading && si <= 1 && !perEditionHeadings) {
			// "Next year: KubeCon EU 2020 in Amsterdam": the coming edition, named in passing.
			let heading = section.heading;
			const said: EventRef[] = [];
			for (const ref of headingRefs[si]!) {
				if (refRole(heading, ref.start, ref.end) !== 'passing') {
					said.push(ref);
					continue;
				}
				credit(ref, 0.3, true);
				heading = blankPassing(heading, ref);
			}
			creditText(heading, said, 3, true);
			lead.push(heading);
		}
		// "- KubeCon EU 2019 in Barcelona: …" over items on two other editions, in the lead.
		const runs =
			seen < LEAD_PASSAGES && section.passages.length >= 3
				? itemRuns(section.passages, passageRefs[si] ?? [])
				: [];
		let run: ItemRun | null = null;
		section.passages.forEach((p, pi) => {
			const early = seen++ < LEAD_PASSAGES;
			const weight = early ? 2 : 0.5;
			let text = p.text;
			const refs = passageRefs[si]?.[pi] ?? [];
			const opens = early ? runs.find((r) => r.start === pi) : undefined;
			if (opens) run = lists.takeRun(opens.refs) ? opens : null;
			const item = run?.refs[pi - run.start];
			// The references not said in passing, in the lead: a list of several editions?
			const said =
				item || !early || refs.length === 0
					? null
					: refs.flatMap((r) => (r.role === 'passing' ? [] : [r.ref]));
			const inList = item ? [item] : said ? lists.inText(text, said) : [];
			for (let k = 0; k < refs.length; k++) {
				const { ref, role } = refs[k]!;
				const into = inList.includes(ref) ? lists.listed : null;
				credit(ref, role === 'passing' ? weight * 0.1 : weight, role === 'passing', into);
				// "Last year at KubeCon Europe 2018 in Copenhagen", "DockerCon EU takes place in
				// Barcelona next year": the city and dates of an edition named in passing, from its
				// name to the end of its clause, say nothing about the document's own.
				if (early && role === 'passing') text = blankPassing(text, ref, refs[k + 1]?.ref.start);
			}
			if (early) lead.push(text);
		});
	});

	// Cities and dates only tip a balance: skip them when the names alone already decided.
	if (!clearWinner(scores))
		contextEvidence(doc, index, [doc.title ?? '', ...lead], scores, subject);
	const evidence: DocEvidence = { scores, series, perEdition: perEditionHeadings, titled };
	if (perEditionHeadings) evidence.editionHeadings = editionHeadings;
	// "DockerCon SF" in the list of a post of 2018 is DockerCon 2018 (for the reason given).
	const year = doc.published ? Number(doc.published.slice(0, 4)) : null;
	const several = lists.keys((ref) => {
		const inYear = ref.candidates.filter((id) => eventYear(index.byId.get(id)!) === year);
		return inYear.length === 1 ? inYear[0]! : null;
	});
	if (several)
		Object.assign(evidence, { several, listed: lists.listed, structural: lists.structural });
	return evidence;
}

/** Names alone decided: the best score is high and three times the next one at least. */
function clearWinner(scores: Map<string, Scored>): boolean {
	let best = 0;
	let second = 0;
	for (const { score } of scores.values()) {
		if (score > best) [best, second] = [score, best];
		else if (score > second) second = score;
	}
	return best >= 5 && second * 3 <= best;
}

export interface DefaultChoice {
	winner: Scored | null;
	/** Why there is no winner. */
	reason: string | null;
}

export function chooseDefault(evidence: DocEvidence): DefaultChoice {
	const ranked = [...evidence.scores.values()].sort(
		(a, b) => b.score - a.score || (a.key < b.key ? -1 : 1)
	);
	const [best, second] = ranked;
	if (!best || best.score < 1 || onlyContextAmongSeveral(best, evidence)) {
		return {
			winner: null,
			reason: evidence.perEdition
				? 'the document covers several editions, one per heading, and this passage is under none'
				: evidence.series.size > 0
					? 'the document names a conference series but no edition (year, city or region)'
					: 'the document names no conference edition'
		};
	}
	if (evidence.several) return chooseAmongSeveral(evidence, ranked);
	const outright = evidence.titled ? namedOverContext(best, ranked, evidence.titled) : null;
	if (outright) return { winner: outright, reason: null };
	if (second && best.score < second.score * 1.25 && !decidedByContext(best, ranked)) {
		return {
			winner: null,
			reason: `ambiguous: the document fits several editions (${ranked
				.slice(0, 3)
				.map((r) => r.key.replace(/^external:/, ''))
				.join(', ')})`
		};
	}
	return { winner: best, reason: null };
}

/**
 * A name that fits several editions alike ("KubeCon China", 2018 and 2019), said again in the
 * title, the headings and the text, adds the same to each of them and so outweighs what tells
 * them apart: the edition that the dates and the publication date point to ("In November 2018
 * I flew to Shanghai…", published a week later) wins when the names favour none of its rivals
 * and the context gives it at least 2 more than each (a city both were held in counts for both).
 */
function decidedByContext(best: Scored, ranked: Scored[]): boolean {
	const context = best.context ?? 0;
	if (context < 2) return false;
	const named = best.score - context;
	for (const r of ranked) {
		if (r === best || r.score * 1.25 <= best.score) continue;
		const own = r.context ?? 0;
		if (context - own < 2 || r.score - own > named * 1.1) return false;
	}
	return true;
}
