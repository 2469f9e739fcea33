/**
 * The state of attributing one document (Ctx), and turning what it names into event ids: the
 * front-matter `event:` or the sources manifest, and references in the text, creating the rows
 * of editions outside the catalog as they are named.
 */
import type { EventRow, IngestWarning, ParsedDocument } from './types';
import type { EventDescription, EventIndex, EventRef } from './eventRefs';
import type { DocEvidence } from './eventDefault';
import type { AttributeOptions } from './events';
import { coLocatedHost } from './eventCoLocated';
import { completedRow, eventYear, externalRow, MONTH_NAMES } from './eventRows';
import { REGION_WORD } from './eventRegions';

export interface Ctx {
	doc: ParsedDocument;
	index: EventIndex;
	evidence: DocEvidence;
	defaultId: string | null;
	defaultYear: number | null;
	rows: Map<string, EventRow>;
	/** Gatherings a heading or passage says were co-located, by name (see saidCoLocated). */
	coLocated?: Map<string, boolean>;
}

/** The default named outright: the front-matter `event:`, else the sources manifest's event. */
export function explicitDefault(
	ctx: Ctx,
	options: AttributeOptions,
	warnings: IngestWarning[]
): string | null {
	const value = ctx.doc.frontMatter.event?.trim();
	if (value) {
		const ref = ctx.index.resolveName(value);
		// An id-like value must be a catalog id; a free-text name may describe another gathering.
		const slugLike = /^[a-z0-9]+(?:-[a-z0-9]+)+$/.test(value);
		if (ref && ref.candidates.length === 1) return ref.candidates[0]!;
		const described = slugLike ? null : (ref?.external ?? describeName(ctx, value));
		const year = described ? (described.year ?? ctx.defaultYear) : null;
		if (described && year !== null) {
			const row = externalRow({ ...described, year }, inCatalog(ctx));
			addRow(ctx, row);
			return row.id;
		}
		warnings.push({
			file: ctx.doc.path,
			severity: 'warning',
			message: `front matter event "${value}" matches no event in the catalog${
				described ? ' and names no year' : ''
			}; attributing events from the text instead`
		});
	}
	for (const id of options.manifestEvents ?? []) {
		if (ctx.index.byId.has(id)) return id;
		const known = options.known?.get(id);
		if (known) {
			ctx.rows.set(id, known);
			return id;
		}
		break;
	}
	return null;
}

/** A free-text `event:` value ("DevOpsDays Chicago 2019") read as an edition outside the catalog. */
function describeName(ctx: Ctx, value: string): EventDescription | null {
	if (!/\p{L}{3}/u.test(value)) return null;
	const year = /\b((?:19|20)\d\d)\b/.exec(value);
	const city = ctx.index.places.find(value).find((p) => p.kind === 'city');
	return {
		name: value.replace(/\s+/g, ' '),
		series: 'other',
		year: year ? Number(year[1]) : null,
		month: null,
		city: city?.name ?? null,
		country: city?.country ?? null,
		region: null
	};
}

/** Turns a reference into an event id (creating the row for an edition outside the catalog). */
export function idOf(ctx: Ctx, ref: EventRef, key?: string): string | null {
	if (ref.external) {
		const year = ref.external.year ?? ctx.defaultYear;
		if (year === null) return null;
		// "KubeCon Chicago" in a post of 2019: the catalog holds that year's editions, and none of
		// them was in Chicago; the name is no edition of the document's year.
		if (
			ref.external.year === null &&
			ref.external.series !== 'other' &&
			catalogYear(ctx, ref.external.series, year)
		)
			return null;
		const host = ref.external.city === null ? coLocatedHost(ctx, ref.external.name, year) : null;
		const place = host ? { city: host.city ?? null, country: host.country ?? null } : {};
		const row = externalRow({ ...ref.external, ...place, year }, inCatalog(ctx));
		// "The Contributor Summit was held on Tuesday, May 1" under "## Kubernetes Contributor
		// Summit": the undated gathering already named, on the day the text now gives.
		// (An edition of a catalog series has its one id whatever its spelling: none of this.)
		const had =
			ctx.rows.has(row.id) || row.series !== 'other' ? null : undatedNamed(ctx, ref.external, year);
		if (had) {
			if (row.start_date) {
				// "Kubernetes Munich meetup (2017)" becomes "… (March 2017)", as if named so first.
				const month = MONTH_NAMES[Number(row.start_date.slice(5, 7)) - 1];
				const name = month ? had.name.replace(/\((\d{4})\)$/, `(${month} $1)`) : had.name;
				ctx.rows.set(had.id, { ...had, name, start_date: row.start_date, end_date: row.end_date });
			}
			return had.id;
		}
		// "Cloud Native Berlin meetup recap" over a text that dates it ("met online on May 6"):
		// the gathering named without its month is the document's own, dated one.
		const own = ctx.defaultId;
		if (ref.external.month === null && own?.startsWith(row.id + '-') && /-\d\d$/.test(own))
			return own;
		addRow(ctx, row);
		return row.id;
	}
	if (key && ctx.index.byId.has(key)) return key;
	return ref.candidates[0] ?? null;
}

/** Whether the catalog holds editions of `series` in `year`. */
function catalogYear(ctx: Ctx, series: string, year: number): boolean {
	return ctx.index.catalog.some((e) => e.series === series && eventYear(e) === year);
}

/** Whether the catalog holds an id. */
const inCatalog = (ctx: Ctx) => (id: string) => ctx.index.byId.has(id);

/**
 * A gathering of `year` the document has created without a date, named `d.name` or a longer
 * name ending in it ("Kubernetes Contributor Summit" for "the Contributor Summit").
 */
function undatedNamed(ctx: Ctx, d: EventDescription, year: number): EventRow | null {
	if (d.year !== null && d.year !== year) return null;
	const name = bareName(d.name).toLowerCase();
	for (const row of ctx.rows.values()) {
		if (row.start_date !== null || row.year !== year || row.in_catalog !== 0) continue;
		const own = row.name
			.toLowerCase()
			.replace(/\s*\(\d{4}\)$/, '')
			.replace(/\s+\d{4}$/, '');
		if (own === name || own.endsWith(` ${name}`)) return row;
	}
	return null;
}

/**
 * A gathering's name without the year and region that qualify it ("Cloud Native Rejekts NA 2019"
 * → "Cloud Native Rejekts"): the same gathering once named bare in a heading.
 */
export function bareName(name: string): string {
	const words = name.split(/\s+/);
	let n = words.length;
	if (n > 1 && /^(?:19|20)\d\d$/.test(words[n - 1]!)) n--;
	if (n > 1 && REGION_WORD.test(words[n - 1]!)) n--;
	return n === words.length ? name : words.slice(0, n).join(' ');
}

/**
 * Keeps the first row made for an id, completed with the place or the day a later reference
 * gives ("All Things Open 2019" in the title, "… 2019 in Raleigh" in the text).
 */
export function addRow(ctx: Ctx, row: EventRow) {
	const had = ctx.rows.get(row.id);
	const completed = had ? completedRow(had, row) : row;
	if (completed) ctx.rows.set(row.id, completed);
}

export function yearOf(ctx: Ctx, id: string): number | null {
	const e = ctx.index.byId.get(id);
	if (e) return eventYear(e);
	return ctx.rows.get(id)?.year ?? null;
}

/** A specific reference → one event id, using the current edition and the document's evidence. */
export function resolveRef(ctx: Ctx, ref: EventRef, current: string | null): string | null {
	if (ref.generic) return null;
	if (ref.external) return idOf(ctx, ref);
	const c = ref.candidates;
	if (c.length === 1) return c[0]!;
	if (current && c.includes(current)) return current;
	if (ctx.defaultId && c.includes(ctx.defaultId)) return ctx.defaultId;
	const scored = c
		.map((id) => ({ id, score: ctx.evidence.scores.get(id)?.score ?? 0 }))
		.sort((a, b) => b.score - a.score);
	if (scored[0] && scored[0].score > 0 && scored[0].score > (scored[1]?.score ?? 0) * 1.25)
		return scored[0].id;
	return ref.preferred ? c[0]! : null;
}

/**
 * The one candidate of `ref` held in the document's year, if one is: "DockerCon (San Francisco,
 * April):" labelling a paragraph of a review of 2019 is DockerCon 2019.
 */
export function editionOfYear(ctx: Ctx, ref: EventRef): string | null {
	const year = ctx.defaultYear;
	if (year === null || ref.generic || ref.external) return null;
	let only: string | null = null;
	for (const id of ref.candidates) {
		if (yearOf(ctx, id) !== year) continue;
		if (only) return null;
		only = id;
	}
	return only;
}

export function seriesOf(ctx: Ctx, id: string): string | null {
	return ctx.index.byId.get(id)?.series ?? ctx.rows.get(id)?.series ?? null;
}
