/**
 * A list of editions introduced as what is coming ("Upcoming events:", "Save the dates:",
 * "Prochains événements :", "## Coming up"): a press release's or newsletter's footer announcing
 * the next editions, not passages about them. Its items name them in passing.
 */
import type { ParsedDocument } from './types';
import type { EventIndex, EventRef } from './eventRefs';
import type { RefRole } from './eventCues';

/** Words that say what follows is to come, in the languages recaps are written in. */
const UPCOMING =
	/(?<![\p{L}\p{N}])(?:upcoming|coming up|coming soon|next|future|save the dates?|mark your calendars?|nächste|kommende|termine|próxim[oa]s|proxim[oa]s|prochaine?s|à venir|prossim[io]|следующ\p{L}*|предстоящ\p{L}*|ближайш\p{L}*)(?![\p{L}\p{N}])|即将|近期|今後|今后|다음|예정/iu;

/** What is announced: events, dates, editions ("Upcoming events", "Prochains événements"). */
const EVENTS_WORD =
	/(?<![\p{L}])(?:events?|conferences?|editions?|dates|meetups?|gatherings?|veranstaltungen|termine|konferenzen|événements|évènements|conférences|eventos|conferencias|conferências|eventi|conferenze|мероприяти\p{L}*|конференци\p{L}*|событи\p{L}*)(?![\p{L}])|活动|会议|大会|イベント|カンファレンス|행사|컨퍼런스|일정/iu;

/**
 * A lead-in ending in a colon, or a heading, that says what follows is to come: "Upcoming events:",
 * "Save the dates", "## Coming up". ("## The future of service mesh" is not.)
 */
function announces(text: string, colon: boolean): boolean {
	if (text.length > 60) return false;
	if (colon && !/[:：]\s*$/.test(text)) return false;
	const label = text.replace(/[\s:：!.#*_-]+$/u, '').replace(/^[\s#*_-]+/u, '');
	if (!UPCOMING.test(label)) return false;
	return EVENTS_WORD.test(label) || label.replace(UPCOMING, '').trim() === '';
}

type Refs = { ref: EventRef; role: RefRole }[];

/**
 * Makes the references of list items passing under a lead-in or heading that announces what is
 * coming ("Upcoming events:" over "- KubeCon + CloudNativeCon Europe 2020, Amsterdam, …") when
 * the editions they name begin after every edition the rest of the document is about: a press
 * release's footer. (A digest that covers no edition of its own lists the coming ones as news.)
 */
export function markAnnouncedLists(
	doc: ParsedDocument,
	index: EventIndex,
	passageRefs: Refs[][]
): void {
	const announced: [number, number][] = [];
	doc.sections.forEach((section, si) => {
		const heading = section.heading;
		const headingSays = heading !== null && announces(heading, false);
		let upcoming = headingSays;
		section.passages.forEach((p, pi) => {
			if (p.kind !== 'list') {
				// A heading's announcement holds for its lists; a lead-in for the list right after it.
				upcoming = headingSays || announces(p.text, true);
				return;
			}
			// The lead-in may be the list's first line ("Upcoming events:\n- KubeCon …").
			const nl = p.text.indexOf('\n');
			if (announces(nl < 0 ? p.text : p.text.slice(0, nl), true)) upcoming = true;
			if (upcoming && passageRefs[si]![pi]!.length > 0) announced.push([si, pi]);
		});
	});
	if (announced.length === 0) return;
	const isAnnounced = new Set(announced.map(([si, pi]) => `${si}:${pi}`));
	let covered = '';
	const cover = (r: EventRef) => {
		const start = r.candidates.length === 1 ? index.byId.get(r.candidates[0]!)?.start_date : null;
		if (!r.generic && start && start > covered) covered = start;
	};
	if (doc.title) index.findRefs(doc.title).forEach(cover);
	passageRefs.forEach((section, si) =>
		section.forEach((refs, pi) => {
			if (isAnnounced.has(`${si}:${pi}`)) return;
			for (const r of refs) if (r.role !== 'passing') cover(r.ref);
		})
	);
	if (covered === '') return;
	for (const [si, pi] of announced) {
		const refs = passageRefs[si]![pi]!;
		const later = refs.every((r) =>
			r.ref.candidates.every((id) => (index.byId.get(id)?.start_date ?? '') > covered)
		);
		if (later) passageRefs[si]![pi] = refs.map((r) => ({ ...r, role: 'passing' }));
	}
}
