/**
 * Event attribution for one document. The document gets a default edition (front-matter
 * `event:`, the sources manifest, or scored evidence); a heading that names an edition switches
 * its section (and sub-sections); inside a section, a passage that names ANOTHER edition as
 * what it is about ("the DockerCon Europe 2014 keynote, by …", "at the March-2015 DevOps-Chicago
 * meetup") switches from there on, and so does a reference to a speaker of a talk already tied
 * to an edition ("Bridget’s talk…"). Passing references (future plans, comparisons) never
 * switch. A heading resets to its parent's edition or the document default.
 * The rules live beside this walk over sections and passages: references to ids
 * (eventContext.ts), a passage's switches (eventPassages.ts), editions named by city and year
 * (eventCityYear.ts), gatherings held beside an edition (eventCoLocated.ts), documents that list
 * several editions alike and so have no default (eventSeveral.ts).
 */
import type { EventRow, IngestWarning, ParsedDocument } from './types';
import type { EventIndex, EventRef } from './eventRefs';
import { refRole, type RefRole } from './eventCues';
import { continuesTalk, taggedItem, type TaggedItem } from './eventTalkFollow';
import { closingAnnouncements } from './eventScheduled';
import { chooseDefault, collectEvidence } from './eventDefault';
import { PAGE_FURNITURE } from './eventFurniture';
import { isQuotesHeading } from './talkQuoteSections';
import { datedRowEvent } from './eventDated';
import { editionOfYear, explicitDefault, idOf, resolveRef, yearOf, type Ctx } from './eventContext';
import { namedEditionYear } from './eventCoLocated';
import { addCityYearRefs, namedSeries } from './eventCityYear';
import { leadTimeEvents } from './eventLeadTime';
import {
	addCityHeadingRefs,
	cityHeadingEvent,
	dateHeadingEvent,
	monthHeadingEvent
} from './eventHeadings';
import { dateOwnGathering, labelledYear, monthMeetupEvent } from './eventMeetups';
import { markAnnouncedLists } from './eventUpcoming';
import { passageEvent, rememberSpeaker, talkEvent } from './eventPassages';
import { headingsOverRecordings, talkFromHeading } from './talkHeadings';
import { talksInPassage, type TalkCandidate } from './talks';
import { titledByKind } from './talkLabelTitle';
import { isPersonName } from './speakers';
import { indexAsOf } from './eventPlannedLater';
import { seriesHeadingEvent } from './eventHeadingSeries';

export interface AttributedTalk {
	sectionIndex: number;
	title: string;
	speakers: string[];
	organizations: string[];
	eventId: string | null;
}

export interface AttributedDocument {
	sectionEvents: (string | null)[];
	passageEvents: { eventId: string | null; reason: string | null }[][];
	talks: AttributedTalk[];
	/** Editions outside the catalog that hold at least one passage. */
	createdEvents: EventRow[];
	warnings: IngestWarning[];
}

export interface AttributeOptions {
	/** Event ids the sources manifest lists for this document, main one first. */
	manifestEvents?: string[];
	/** Events created for earlier documents, so ids stay shared. */
	known?: Map<string, EventRow>;
}

/** Headings of a digest's sections about anything else than the edition it covers. */
const OTHER_NEWS =
	/^(?:(?:in\s+)?other\s+(?:news|stories|links|reading|things)|elsewhere(?:\s+in\s+[\w\s-]{1,30})?|more\s+(?:news|links|reading)|also\s+(?:this|last)\s+(?:week|month)|around\s+the\s+(?:web|community|ecosystem)|miscellaneous|misc)\W*$/i;

const TIME_OF_DAY = /(?:^|[^\d])(?:[01]?\d|2[0-3])[:.h][0-5]\d(?!\d)/;

const NO_PASSAGE_REFS: { ref: EventRef; role: RefRole }[] = [];

export function attributeEvents(
	doc: ParsedDocument,
	catalogIndex: EventIndex,
	options: AttributeOptions = {}
): AttributedDocument {
	// ("KubeCon Amsterdam" in a post of 2023 is not 2020's edition, planned there, held online.)
	const index = indexAsOf(catalogIndex, doc.published);
	const warnings: IngestWarning[] = [];
	const passageRefs = doc.sections.map((section) =>
		section.passages.map((p) => {
			const refs = index.findRefs(p.text);
			// Shared when empty (most passages): the lists are only read.
			if (refs.length === 0) return NO_PASSAGE_REFS;
			return refs.map((ref) => ({ ref, role: refRole(p.text, ref.start, ref.end) }));
		})
	);
	// "DockerCon EU takes place in Barcelona in December.": the next edition, at the close.
	closingAnnouncements(doc, passageRefs);
	markAnnouncedLists(doc, index, passageRefs);
	const headingRefs = doc.sections.map((s) => (s.heading ? index.findRefs(s.heading) : []));
	// Editions named by city and year ("Barcelona 2019") are read in documents that name a series
	// but whose title names no edition ("My three KubeCons"): where nothing else tells them apart.
	const titleRefs = doc.title ? index.findRefs(doc.title) : [];
	const publishedYear = doc.published ? Number(doc.published.slice(0, 4)) : null;
	const series = namedSeries(titleRefs, headingRefs, passageRefs);
	if (series.size > 0 && !titleRefs.some((r) => !r.generic)) {
		addCityYearRefs(doc, index, series, passageRefs);
		addCityHeadingRefs(doc, index, series, headingRefs, passageRefs, publishedYear);
	}
	// "Last year in Copenhagen, …": a passage opening on the time and city of another edition.
	const leads =
		series.size > 0 ? leadTimeEvents(doc, index, series, passageRefs, publishedYear) : null;
	const evidence = collectEvidence(doc, index, headingRefs, passageRefs);
	const rows = new Map<string, EventRow>();
	const ctx: Ctx = { doc, index, evidence, defaultId: null, defaultYear: null, rows };
	// The writer, when a person: the speaker of the talks the text calls its own.
	const author = doc.author && isPersonName(doc.author.trim()) ? doc.author.trim() : null;

	let defaultReason: string | null = null;
	ctx.defaultYear = publishedYear;
	const explicit = explicitDefault(ctx, options, warnings);
	if (explicit) {
		ctx.defaultId = explicit;
	} else {
		const choice = chooseDefault(evidence);
		defaultReason = choice.reason;
		if (choice.winner) {
			// "ServiceMeshCon and KubeCon NA 2019": an undated gathering is in the year of the
			// edition the document names beside it.
			// ("When: Thursday, 12 September 2019" heads a meetup's page: its year.)
			ctx.defaultYear =
				choice.winner.ref.external?.year ??
				publishedYear ??
				labelledYear(doc) ??
				namedEditionYear(ctx);
			ctx.defaultId = idOf(ctx, choice.winner.ref, choice.winner.key);
			// A gathering named without a year, none in the document to give it one.
			const gathering = choice.winner.ref.external;
			if (!ctx.defaultId && gathering)
				defaultReason = `the document names a gathering (${gathering.name}) but not its year`;
		}
	}
	if (ctx.defaultId) ctx.defaultYear = yearOf(ctx, ctx.defaultId) ?? publishedYear;
	else ctx.defaultYear = publishedYear;
	dateOwnGathering(ctx);

	const out: AttributedDocument = {
		sectionEvents: [],
		passageEvents: [],
		talks: [],
		createdEvents: [],
		warnings
	};
	const stack: { level: number; eventId: string | null }[] = [];
	const speakerEvents = new Map<string, string>();
	/** Editions the document has named outright so far, by series (a bare name may mean them). */
	const named = new Map<string, Set<string>>();
	const recordedList = headingsOverRecordings(doc.sections);

	doc.sections.forEach((section, si) => {
		while (stack.length > 0 && stack[stack.length - 1]!.level >= section.level) stack.pop();
		const inherited = stack.length > 0 ? stack[stack.length - 1]!.eventId : ctx.defaultId;
		const furniture = section.heading !== null && PAGE_FURNITURE.test(section.heading.trim());
		const headingId =
			section.heading && !furniture
				? (headingEvent(ctx, section.heading, headingRefs[si]!, inherited) ??
					(headingRefs[si]!.length === 0
						? monthMeetupEvent(ctx, section.heading, section.passages)
						: null))
				: null;
		if (headingId && section.level > 0) stack.push({ level: section.level, eventId: headingId });
		// "Other news", "Elsewhere": a digest's section about everything but its edition.
		const elsewhere =
			furniture ||
			(!headingId && section.heading !== null && OTHER_NEWS.test(section.heading.trim()));
		if (elsewhere && section.level > 0) stack.push({ level: section.level, eventId: null });
		let current = headingId ?? (elsewhere ? null : inherited);
		const sectionReason = furniture
			? 'a web page’s related posts or comments, not the recap'
			: elsewhere
				? 'a digest section about other news names no event'
				: null;
		const home = current;
		const quotes = isQuotesHeading(section.heading);
		const assigned: { eventId: string | null; reason: string | null }[] = [];
		let firstSwitch = -1;
		let quietLead = 0;
		let tagged: TaggedItem | null = null;
		/** The talks of the passages before the first switch that took their passage's event. */
		const leadTalks: AttributedTalk[] = [];

		section.passages.forEach((passage, pi) => {
			const text = passage.text;
			const refs = passageRefs[si]![pi]!;
			// '"Containers are processes" – Solomon Hykes' under "## Quotes": said, not a talk.
			const talks = quotes
				? []
				: talksInPassage(text, passage.kind, passage.links, passage.sessions);
			// Related posts and comments name other editions: none of them is the recap's.
			const next = furniture
				? null
				: passageEvent(ctx, current, refs, talks, text, speakerEvents, home, named);
			for (const r of refs) {
				if (r.ref.generic || r.ref.external || r.role === 'passing') continue;
				const id = resolveRef(ctx, r.ref, null);
				if (!id) continue;
				const set = named.get(r.ref.series);
				if (set) set.add(id);
				else named.set(r.ref.series, new Set([id]));
			}
			// '- "Life of a Packet" by Michael Rubin (Google) (KubeCon EU 2017)': a talk item that
			// names its own edition is at it, and only it: the next item names its own.
			const item =
				passage.kind === 'talk' && !furniture ? itemEdition(ctx, talks, refs, text) : null;
			// The paragraph after such an item that goes on about its talk is at the same edition.
			const follows =
				tagged &&
				refs.length === 0 &&
				talks.length === 0 &&
				(passage.kind === 'paragraph' || passage.kind === 'quote') &&
				continuesTalk(tagged, text)
					? tagged.eventId
					: null;
			tagged = item ? taggedItem(item, talks) : follows ? tagged : null;
			// The run of passages naming no edition that opens the section.
			if (refs.length === 0 && firstSwitch < 0 && quietLead === pi) quietLead = pi + 1;
			// Like the item, the paragraph on its talk (or a look back) does not move the section.
			const own = item ?? follows ?? leads?.[si]![pi] ?? null;
			if (!own && next !== current && firstSwitch < 0 && pi > 0) firstSwitch = pi;
			if (!own) current = next;
			// "Date: 2019-11-19 | Time: 10:30 | Title: …": a schedule's row (a talk or a time in it)
			// placed nowhere else is at the edition held on its day (that row alone: the next may be
			// of another day).
			const here =
				own ??
				current ??
				(!furniture &&
				refs.length === 0 &&
				passage.kind === 'table' &&
				(talks.length > 0 || TIME_OF_DAY.test(text))
					? datedRowEvent(index.catalog, text)
					: null);
			assigned.push({
				eventId: here,
				reason: here ? null : (sectionReason ?? defaultReason ?? 'no event')
			});
			for (const t of talks) {
				const own = talkEvent(ctx, t, refs);
				const eventId = own ?? here;
				const talk = { sectionIndex: si, ...pick(t, author), eventId };
				out.talks.push(talk);
				if (!own && firstSwitch < 0) leadTalks.push(talk);
				if (eventId) for (const s of t.speakers) rememberSpeaker(speakerEvents, s, eventId);
			}
		});
		// A section that opens with a few unmarked passages and then turns to another edition is
		// about that edition from its start ("Whale riding Docker…" then "the DockerCon … keynote").
		// (Not in a digest's other news: each item there is its own; nor, in a document about
		// several editions alike, in a section that is at none: its opening is about none.)
		if (
			!headingId &&
			!elsewhere &&
			!(home === null && ctx.evidence.several) &&
			firstSwitch > 0 &&
			firstSwitch <= 2 &&
			quietLead >= firstSwitch
		) {
			const target = assigned[firstSwitch]!;
			for (let i = 0; i < firstSwitch; i++) assigned[i] = { ...target };
			// Their talks go with them ('"Whale riding Docker" by …' then the keynote's edition).
			for (const t of leadTalks) t.eventId = target.eventId;
		}
		// A heading that names an edition ("DevOpsDays Berlin 2019") heads its notes, not a talk,
		// unless it names a speaker too ("Contributor summit: the hard parts – Jane Doe, Acme").
		const namesEdition = headingRefs[si]!.some((r) => !r.generic);
		const heading = section.heading
			? talkFromHeading(section.heading, section.kind === 'talk', section.passages, recordedList)
			: null;
		const fromHeading = heading && (!namesEdition || heading.speakers.length > 0) ? heading : null;
		const sectionId =
			headingId ??
			majority(assigned.map((a) => a.eventId)) ??
			current ??
			(elsewhere ? null : inherited);
		if (fromHeading) {
			out.talks.push({ sectionIndex: si, ...fromHeading, eventId: sectionId });
			for (const s of fromHeading.speakers)
				if (sectionId) rememberSpeaker(speakerEvents, s, sectionId);
		}
		out.sectionEvents.push(sectionId);
		out.passageEvents.push(assigned);
	});

	const used = new Set<string | null>();
	for (const section of out.passageEvents) for (const p of section) used.add(p.eventId);
	out.createdEvents = [...rows.values()].filter((r) => used.has(r.id));
	out.talks = dedupeTalks(titledByKind(out.talks));
	for (const t of out.talks)
		if (t.eventId && rows.has(t.eventId) && !used.has(t.eventId)) t.eventId = null;
	return out;
}

/** The one edition the talks of a talk item name inside their own spans, if any. */
function itemEdition(
	ctx: Ctx,
	talks: TalkCandidate[],
	refs: { ref: EventRef; role: RefRole }[],
	text: string
): string | null {
	if (talks.length === 0 || refs.length === 0) return null;
	let id: string | null = null;
	for (const t of talks) {
		const own = talkEvent(ctx, t, refs) ?? labelEvent(ctx, t, refs, text);
		if (!own || (id && own !== id)) return null;
		id = own;
	}
	return id;
}

/** What may stand between an edition's label and the talk it heads: a colon or a dash. */
const LABEL_GAP = /^\s*(?::|[-–—|])?\s*$/;

/**
 * '- KubeCon EU 2018: "Envoy at Lyft" by Matt Klein (Lyft)': the edition a talk item opens with,
 * as its label, when the quoted talk's span leaves it out.
 */
function labelEvent(
	ctx: Ctx,
	talk: TalkCandidate,
	refs: { ref: EventRef; role: RefRole }[],
	text: string
): string | null {
	const label = refs[0]!;
	const { ref } = label;
	if (ref.start > 4 || ref.end > talk.start || label.role === 'passing') return null;
	if (!LABEL_GAP.test(text.slice(ref.end, talk.start))) return null;
	return resolveRef(ctx, ref, null);
}

/** A talk's row; the writer's own talk ('my talk, "…"') is given by the document's author. */
function pick(t: TalkCandidate, author: string | null = null) {
	const speakers = t.byAuthor && author ? [...t.speakers, author] : t.speakers;
	return { title: t.title, speakers, organizations: t.organizations };
}

function headingEvent(
	ctx: Ctx,
	heading: string,
	refs: EventRef[],
	inherited: string | null
): string | null {
	for (const ref of refs) {
		if (refRole(heading, ref.start, ref.end) === 'passing') continue;
		// "DockerCon SF (April 29 – May 2)" in a look back on 2019: the one edition of that year.
		const id = ref.generic
			? seriesHeadingEvent(ctx, heading, ref, inherited)
			: (resolveRef(ctx, ref, null) ?? editionOfYear(ctx, ref));
		if (id) return id;
	}
	return refs.length === 0
		? (cityHeadingEvent(ctx, heading) ??
				monthHeadingEvent(ctx, heading) ??
				dateHeadingEvent(ctx, heading))
		: null;
}

function majority(ids: (string | null)[]): string | null {
	const counts = new Map<string, number>();
	for (const id of ids) if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
	let best: string | null = null;
	for (const [id, n] of counts) if (best === null || n > counts.get(best)!) best = id;
	return best;
}

function dedupeTalks(talks: AttributedTalk[]): AttributedTalk[] {
	const seen = new Set<string>();
	const bySpeaker = new Set(
		talks.filter((t) => !/^\w+ by /.test(t.title)).flatMap((t) => t.speakers)
	);
	return talks.filter((t) => {
		const key = `${t.title.toLowerCase()}|${t.eventId}`;
		if (seen.has(key)) return false;
		seen.add(key);
		// "Keynote by X" adds nothing when X's titled talk is known.
		return !(/^\w+ by /.test(t.title) && t.speakers.every((s) => bySpeaker.has(s)));
	});
}
