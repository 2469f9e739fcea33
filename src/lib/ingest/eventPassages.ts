/**
 * Which edition a passage is about, given the one its section is at: a reference that names
 * another edition as what the passage is about switches ("the DockerCon Europe 2014 keynote, by
 * …"), a passing one does not; so does a reference back to a speaker whose talk belongs to
 * another edition ("Bridget’s talk…"), or to the city of the section's own edition.
 */
import type { EventRef } from './eventRefs';
import { inEventCell, isLabel, type RefRole } from './eventCues';
import type { TalkCandidate } from './talks';
import { editionOfYear, resolveRef, seriesOf, type Ctx } from './eventContext';
import { speakerMentions } from './speakerRefs';
import { LIST_JOINER, listedRefs, namesEdition } from './eventSeveral';

/** The edition a passage is about, from `current` (the one the section is at so far). */
export function passageEvent(
	ctx: Ctx,
	current: string | null,
	refs: { ref: EventRef; role: RefRole }[],
	talks: TalkCandidate[],
	text: string,
	speakerEvents: Map<string, string>,
	home: string | null,
	named?: Map<string, Set<string>>
): string | null {
	// Most passages name no event: only a reference back to a speaker's talk, or to the city of
	// the section's own edition after a turn to another one, can move them.
	if (refs.length === 0) {
		if (current === null) return null;
		if (home && current !== home && namesCityOf(ctx, home, text)) return home;
		return speakerSwitch(speakerEvents, current, text) ?? current;
	}
	// "… | Event: KubeCon NA 2019 | …": a table row's event column says outright where it was.
	const cell = refs.find((r) => inEventCell(text, r.ref.start));
	const cellId = cell ? resolveRef(ctx, cell.ref, current) : null;
	if (cellId) return cellId;
	const currentSeries = current ? seriesOf(ctx, current) : null;
	const topic =
		named && current !== null && currentSeries
			? topicEdition(refs, named, currentSeries, text)
			: null;
	if (topic) return topic;
	const resolved = refs.map((r) => ({
		...r,
		// A label without a year ("DockerCon (San Francisco, April):") in a review of one year, or
		// the place a passage opens at ("At DockerCon SF, …"): the edition of the document's year.
		// ("KubeCon China is smaller, they say" is the series' Chinese edition, not one year's.)
		id:
			resolveRef(ctx, r.ref, current) ??
			(isLabel(text, r.ref.start, r.ref.end) ||
			(r.ref.start <= 16 && AT_LEAD.test(text.slice(0, r.ref.start)))
				? editionOfYear(ctx, r.ref)
				: null)
	}));
	const mentionsCurrent = resolved.some(
		(r) =>
			r.role !== 'passing' &&
			(r.id === current || (r.ref.generic && r.ref.series === currentSeries))
	);
	const inTalk = (r: { ref: EventRef }) =>
		talks.some((t) => r.ref.start >= t.start && r.ref.end <= t.end);
	// "“KubeCon Barcelona Recap” by Jane Doe" at a meetup: the edition is the talk's subject.
	const recapSubject = (r: { ref: EventRef }) =>
		talks.some(
			(t) => r.ref.start >= t.start && r.ref.end <= t.end && recapOf(t.title, r.ref.surface)
		);
	const usable = resolved.filter(
		(r) => r.id !== null && r.role !== 'passing' && !(talks.length > 0 && recapSubject(r))
	);
	// Figures of an edition ("… drew 12,000 attendees") place a passage that has none yet, but,
	// not being narrative, do not take it from the edition being covered. A list of three editions
	// or more ("KubeCon EU 2019, KubeCon China 2019 and KubeCon NA 2019") is about none of them:
	// only an edition named outside it places the passage.
	// (A name that fits editions of several years, "DockerCon SF", is an item of such a list too.)
	if (current === null) {
		const said = refs.filter((r) => r.role !== 'passing');
		const listed = usable.length > 0 && said.length >= 3 ? listedRefs(text, said.map(refOf)) : [];
		return usable.find((r) => !listed.includes(r.ref))?.id ?? null;
	}
	// A gathering named without any date ("our Ambassador Fest", "the Spinnaker Summit") is
	// likely part of the edition being covered: it does not take passages away from it.
	const dated = usable.filter((r) => !r.ref.external || r.ref.external.year !== null);
	const narrative = dated.filter((r) => r.id !== current && r.role === 'narrative');
	// The editions named as what the passage is about, settled or not ("DockerCon SF").
	const listable = resolved.filter(
		(r) =>
			r.id !== current &&
			r.role === 'narrative' &&
			namesEdition(r.ref) &&
			(!r.ref.external || r.ref.external.year !== null)
	);
	// "I also went to KubeCon EU 2019, KubeCon China 2019 and KubeCon NA 2019": a passage listing
	// several editions is about none of them more than the others; it stays where it is.
	const strong =
		narrative.find((r) => inTalk(r)) ??
		(mentionsCurrent || enumerates(text, listable) ? undefined : narrative[0]);
	if (strong) return strong.id;
	// Back to the document's own edition when a passage names it again.
	if (ctx.defaultId && current !== ctx.defaultId && usable.some((r) => r.id === ctx.defaultId)) {
		return ctx.defaultId;
	}
	return (mentionsCurrent ? null : speakerSwitch(speakerEvents, current, text)) ?? current;
}

const refOf = (r: { ref: EventRef }) => r.ref;

/** Two or more different editions named one after another, as a list ("A, B and C"). */
function enumerates(text: string, refs: { ref: EventRef; id: string | null }[]): boolean {
	if (refs.length < 2) return false;
	const key = (r: { ref: EventRef; id: string | null }) => r.id ?? r.ref.candidates.join('|');
	const first = key(refs[0]!);
	if (refs.every((r) => key(r) === first)) return false;
	for (let k = 1; k < refs.length; k++) {
		const a = refs[k - 1]!;
		const b = refs[k]!;
		if (key(a) !== key(b) && LIST_JOINER.test(text.slice(a.ref.end, b.ref.start))) return true;
	}
	return false;
}

/** What may stand before the edition a passage opens at: "At ", "During the ", "Over at ". */
const AT_LEAD = /^[\s*_]*(?:at|during|over at)\s+(?:the\s+)?$/i;

/** What may stand before a passage's topic: "At ", "During the ", "Over at ". */
const TOPIC_LEAD = /^[\s*_]*(?:(?:at|during|in|over at|on)\s+)?(?:the\s+)?$/i;

/**
 * "At DockerCon, Docker Desktop was the big story." in a post on DockerCon 2018 and KubeCon NA
 * 2018, at the KubeCon: a passage opening on the bare name of another series is about the one
 * edition of it the document has named.
 */
function topicEdition(
	refs: { ref: EventRef; role: RefRole }[],
	named: Map<string, Set<string>>,
	currentSeries: string,
	text: string
): string | null {
	const first = refs[0]!;
	const ref = first.ref;
	if (!ref.generic || ref.series === currentSeries || first.role === 'passing') return null;
	if (ref.start > 20 || !TOPIC_LEAD.test(text.slice(0, ref.start))) return null;
	// The passage names its own series too ("Unlike KubeCon, DockerCon …"): a comparison.
	if (refs.some((r) => r.ref.series === currentSeries)) return null;
	const editions = named.get(ref.series);
	return editions && editions.size === 1 ? editions.values().next().value! : null;
}

/**
 * "The Barcelona keynotes were excellent", after a passage on last year's Copenhagen edition:
 * the text names the city where the section's own edition was held.
 */
function namesCityOf(ctx: Ctx, id: string, text: string): boolean {
	const city = ctx.index.byId.get(id)?.city ?? ctx.rows.get(id)?.city;
	if (!city) return false;
	const name = city.toLowerCase();
	return ctx.index.places
		.find(text)
		.some((p) => p.kind === 'city' && p.name.toLowerCase() === name);
}

/** Another edition when the text refers back to a speaker whose talk belongs to it. */
function speakerSwitch(
	speakerEvents: Map<string, string>,
	current: string,
	text: string
): string | null {
	if (!registryElsewhere(speakerEvents, current)) return null;
	for (const name of speakerMentions(text)) {
		const id = speakerEvents.get(name);
		if (id && id !== current) return id;
	}
	return null;
}

/** The edition a talk names inside its own span ("… at KubeCon EU 2019"), if any. */
export function talkEvent(
	ctx: Ctx,
	talk: TalkCandidate,
	refs: { ref: EventRef; role: RefRole }[]
): string | null {
	const own = refs.find(
		(r) =>
			r.ref.start >= talk.start &&
			r.ref.end <= talk.end &&
			r.role !== 'passing' &&
			!recapOf(talk.title, r.ref.surface) &&
			// "Speaker: Stephen Day, Docker": a speaker's name that reads as a gathering ("… Day").
			!talk.speakers.some((s) => s.includes(r.ref.surface))
	);
	return own ? resolveRef(ctx, own.ref, null) : null;
}

/** Words of a talk that looks back on a conference ("KubeCon Barcelona Recap", "KubeCon振り返り"). */
const RECAP_TITLE =
	/recap|review|report|highlights|takeaways|lessons|look(?:ing)? back|rückblick|retour|resumen|振り返り|レポート|報告|まとめ|回顾|总结|후기|리뷰/i;

/**
 * A talk whose title names an edition it looks back on (a meetup's "KubeCon Barcelona recap")
 * was given elsewhere: that edition is its subject, not where it was held.
 */
function recapOf(title: string, surface: string): boolean {
	return title.includes(surface) && RECAP_TITLE.test(title);
}

/** True when some known speaker's talk belongs to another edition than `current`. */
function registryElsewhere(map: Map<string, string>, current: string | null): boolean {
	for (const id of map.values()) if (id !== current) return true;
	return false;
}

/** Ties a speaker's talk to its edition, by full name, first name and last name. */
export function rememberSpeaker(map: Map<string, string>, speaker: string, eventId: string) {
	const parts = speaker.split(/\s+/);
	for (const key of [speaker, parts[0]!, parts[parts.length - 1]!])
		map.set(key.toLowerCase(), eventId);
}
