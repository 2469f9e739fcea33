/**
 * A heading that names a conference series alone ("KubeCon", "DockerCon"): the edition it is
 * about, from the edition the heading sits under or from the days the heading gives.
 */
import type { Ctx } from './eventContext';
import type { EventRef } from './eventRefs';
import { dayNumber, distanceToDays, findDates } from './dates';
import { eventYear } from './eventRows';
import { seriesOf } from './eventContext';

/** The edition a heading naming `ref`'s series alone is about, or null. */
export function seriesHeadingEvent(
	ctx: Ctx,
	heading: string,
	ref: EventRef,
	inherited: string | null
): string | null {
	return (
		(inherited || seriesAlone(heading, ref) ? underOther(ctx, ref, inherited) : null) ??
		ofHeadingDays(ctx, heading, ref)
	);
}

/**
 * Whether the heading is the series' name and two words at most ("KubeCon", "KubeCon itself",
 * "And then KubeCon"), not a title that names it among others ("2019: our year of KubeCons").
 */
function seriesAlone(heading: string, ref: EventRef): boolean {
	if (/\p{L}/u.test(heading.charAt(ref.end))) return false;
	const rest = heading.slice(0, ref.start) + ' ' + heading.slice(ref.end);
	return (rest.match(/[\p{L}\d]+/gu)?.length ?? 0) <= 2;
}

/**
 * A heading that names only a series ("KubeCon") under an edition of something else (a
 * contributor summit, a co-located day): the edition of that series the document names most.
 * In a document with no default edition ("ServiceMeshCon and KubeCon NA 2019"), only an edition
 * it names clearly most: of several named alike, the heading does not choose.
 */
function underOther(ctx: Ctx, ref: EventRef, inherited: string | null): string | null {
	if (inherited ? seriesOf(ctx, inherited) === ref.series : ctx.defaultId !== null) return null;
	let best: { id: string; score: number } | null = null;
	let second = 0;
	for (const [id, s] of ctx.evidence.scores) {
		const e = ctx.index.byId.get(id);
		if (!e || e.series !== ref.series || s.score <= 0) continue;
		if (!best || s.score > best.score) {
			second = best?.score ?? 0;
			best = { id, score: s.score };
		} else second = Math.max(second, s.score);
	}
	// Without a default, only the one the document names clearly most (twice any other).
	if (!inherited && best && best.score < 2 * second) return null;
	return best?.id ?? null;
}

/**
 * "## DockerCon (April 29 – May 2)", "## 20.–23. Mai: KubeCon" in a look back on a year: the one
 * edition of the series held on those days, in the year the heading gives or the document's.
 */
function ofHeadingDays(ctx: Ctx, heading: string, ref: EventRef): string | null {
	if (ref.external || heading.length > 80 || !/\d/.test(heading)) return null;
	const date = findDates(heading).find((d) => d.day !== null);
	const year = date?.year ?? ctx.defaultYear;
	if (!date || year === null) return null;
	let only: string | null = null;
	for (const e of ctx.index.catalog) {
		if (e.series !== ref.series || eventYear(e) !== year) continue;
		if (distanceToDays(date, year, dayNumber(e.start_date)!, dayNumber(e.end_date)!) > 1) continue;
		if (only) return null;
		only = e.id;
	}
	return only;
}
