/**
 * A seeded generator of synthetic recap documents, built from the taxonomy (event names,
 * cities and dates, project names and aliases, theme lexicons) so that the ingest finds events,
 * talks, mentions and themes in them. For benchmarks and the large-corpus UI tests: the same
 * taxonomy, seed and index always give the same document, whatever the corpus size.
 */
import type { CatalogEvent, Taxonomy, TaxonomyProject, TaxonomyTheme } from '../ingest/types';
import { MONTH_NAMES } from '../ingest/eventRows';
import { themeCounts } from '../ingest/themes';
import { renderDocument, type SynthDoc, type SynthFormat, type SynthSection } from './render';
import * as V from './vocabulary';

export interface SynthFile {
	path: string;
	text: string;
}

type Rng = () => number;

/** mulberry32: small, fast, good enough for test data. */
export function seededRandom(seed: number): Rng {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const pick = <T>(rnd: Rng, xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;

function weightedPicker<T>(items: readonly T[], weights: readonly number[]): (rnd: Rng) => T {
	const cumulative: number[] = [];
	let sum = 0;
	for (const w of weights) cumulative.push((sum += w));
	return (rnd) => {
		const x = rnd() * sum;
		let lo = 0;
		let hi = cumulative.length - 1;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (cumulative[mid]! > x) hi = mid;
			else lo = mid + 1;
		}
		return items[lo]!;
	};
}

/** The projects recaps name most; the rest follow a long tail. */
const POPULAR: Record<string, number> = {
	kubernetes: 40,
	docker: 18,
	prometheus: 12,
	helm: 7,
	istio: 7,
	envoy: 6,
	grafana: 5,
	etcd: 4,
	containerd: 4,
	fluentd: 3,
	jaeger: 3,
	linkerd: 3,
	opentelemetry: 3,
	argo: 3,
	terraform: 3,
	jenkins: 2,
	spinnaker: 2,
	knative: 2,
	falco: 2,
	'open-policy-agent': 2,
	vitess: 2,
	rook: 2
};

interface Model {
	taxonomy: Taxonomy;
	event: (rnd: Rng) => CatalogEvent;
	project: (rnd: Rng) => TaxonomyProject;
	projectsByTheme: Map<string, TaxonomyProject[]>;
}

function buildModel(taxonomy: Taxonomy): Model {
	const events = taxonomy.events.filter((e) => e.city !== null || e.format !== 'in-person');
	const eventWeights = events.map(
		(e) => (e.series === 'kubecon' ? 3 : 1.5) * (1 + (Number(e.start_date.slice(0, 4)) - 2014) / 3)
	);
	const projectWeights = taxonomy.projects.map((p, i) => POPULAR[p.id] ?? 0.25 / (1 + (i % 60)));
	const projectsByTheme = new Map<string, TaxonomyProject[]>();
	for (const theme of taxonomy.themes) {
		projectsByTheme.set(theme.id, taxonomy.projects.filter(themeCounts(theme)));
	}
	return {
		taxonomy,
		event: weightedPicker(events, eventWeights),
		project: weightedPicker(taxonomy.projects, projectWeights),
		projectsByTheme
	};
}

function month(iso: string): string {
	return `${MONTH_NAMES[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
}

interface Slots {
	event: CatalogEvent;
	theme: TaxonomyTheme;
}

/** Korean and Japanese spellings of names (쿠버네티스, クバネティス). */
const HANGUL_OR_KATAKANA = /[\p{Script=Hangul}\p{Script=Katakana}]/u;

function fill(model: Model, rnd: Rng, template: string, slots: Slots): string {
	const terms = Object.keys(slots.theme.lexicon);
	return template.replace(/\{([ptTecmso])\}/g, (_, slot: string) => {
		switch (slot) {
			case 'p': {
				const related = model.projectsByTheme.get(slots.theme.id) ?? [];
				const project =
					related.length > 0 && rnd() < 0.15 ? pick(rnd, related) : model.project(rnd);
				// The recaps are in English: not the Hangul or Katakana spellings.
				const aliases = project.aliases.filter((a) => !HANGUL_OR_KATAKANA.test(a));
				return aliases.length > 0 && rnd() < 0.25 ? pick(rnd, aliases) : project.name;
			}
			case 't':
				return terms.length > 0 ? pick(rnd, terms) : slots.theme.name.toLowerCase();
			case 'T': {
				const term = terms.length > 0 ? pick(rnd, terms) : slots.theme.name;
				return term.charAt(0).toUpperCase() + term.slice(1);
			}
			case 'e':
				return slots.event.aliases && slots.event.aliases.length > 0 && rnd() < 0.4
					? pick(rnd, slots.event.aliases)
					: slots.event.name;
			case 'c':
				return slots.event.city ?? 'the virtual venue';
			case 'm':
				return month(slots.event.start_date);
			case 's':
				return `${pick(rnd, V.FIRST_NAMES)} ${pick(rnd, V.LAST_NAMES)}`;
			default:
				return pick(rnd, V.ORGANIZATIONS);
		}
	});
}

function paragraph(model: Model, rnd: Rng, slots: Slots): string {
	const n = 2 + Math.floor(rnd() * 4);
	return Array.from({ length: n }, () => fill(model, rnd, pick(rnd, V.SENTENCES), slots)).join(' ');
}

function section(model: Model, rnd: Rng, slots: Slots): SynthSection {
	const talk = rnd() < 0.3;
	const heading = talk
		? `${fill(model, rnd, pick(rnd, V.TALK_TITLES), slots)} – ${fill(model, rnd, '{s}, {o}', slots)}`
		: rnd() < 0.15
			? `Day ${1 + Math.floor(rnd() * 3)}`
			: slots.theme.name;
	const blocks: SynthSection['blocks'] = [];
	const count = 1 + Math.floor(rnd() * 4);
	for (let i = 0; i < count; i++) {
		if (rnd() < 0.2) {
			blocks.push({
				type: 'list',
				items: Array.from({ length: 2 + Math.floor(rnd() * 3) }, () =>
					fill(model, rnd, pick(rnd, V.SENTENCES), slots)
				)
			});
		} else {
			blocks.push({ type: 'p', text: paragraph(model, rnd, slots) });
		}
	}
	return { heading, blocks };
}

const FORMATS: [SynthFormat, number][] = [
	['md-yaml', 35],
	['md-toml', 10],
	['rst', 15],
	['adoc', 10],
	['text', 30]
];
const pickFormat = weightedPicker(
	FORMATS.map((f) => f[0]),
	FORMATS.map((f) => f[1])
);

function addDays(iso: string, days: number): string {
	const d = new Date(`${iso}T00:00:00Z`);
	d.setUTCDate(d.getUTCDate() + days);
	return d.toISOString().slice(0, 10);
}

/** Document number `index` of the corpus for `seed`. */
function generateDocument(model: Model, seed: number, index: number): SynthDoc {
	const rnd = seededRandom(Math.imul(seed, 1000003) + index);
	const event = model.event(rnd);
	const themes = Array.from({ length: 2 + Math.floor(rnd() * 3) }, () =>
		pick(rnd, model.taxonomy.themes)
	);
	const slots = (theme: TaxonomyTheme, e = event): Slots => ({ event: e, theme });
	const sections: SynthSection[] = [
		{
			heading: null,
			blocks: [{ type: 'p', text: fill(model, rnd, pick(rnd, V.INTROS), slots(themes[0]!)) }]
		}
	];
	const count = 3 + Math.floor(rnd() * 6);
	for (let i = 0; i < count; i++) sections.push(section(model, rnd, slots(pick(rnd, themes))));
	if (rnd() < 0.12) {
		// A look back at another edition: its own section, which the ingest must attribute to it.
		const other = model.event(rnd);
		sections.push({
			heading: `Looking back: ${other.name}`,
			blocks: [
				{
					type: 'p',
					text: fill(
						model,
						rnd,
						`Back at {e} in {c} ({m}), ${pick(rnd, V.SENTENCES)}`,
						slots(pick(rnd, themes), other)
					)
				}
			]
		});
	}
	sections.push({ heading: null, blocks: [{ type: 'p', text: pick(rnd, V.CLOSINGS) }] });
	const format = pickFormat(rnd);
	const title = fill(
		model,
		rnd,
		pick(rnd, [
			'My takeaways from {e}',
			'{e} recap',
			'Notes from {e} in {c}',
			'What I learned at {e}'
		]),
		slots(themes[0]!)
	);
	return {
		format,
		title,
		author: `${pick(rnd, V.FIRST_NAMES)} ${pick(rnd, V.LAST_NAMES)}`,
		publisher: pick(rnd, V.PUBLISHERS),
		date: addDays(event.end_date, 2 + Math.floor(rnd() * 20)),
		tags: [event.series, ...new Set(themes.map((t) => t.id))],
		event: format.startsWith('md') && rnd() < 0.05 ? event.id : null,
		sections,
		rstInTxt: format === 'rst' && rnd() < 0.3
	};
}

function slug(text: string): string {
	return text
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 40);
}

const EXTENSIONS: Record<SynthFormat, string> = {
	'md-yaml': 'md',
	'md-toml': 'md',
	rst: 'rst',
	adoc: 'adoc',
	text: 'txt'
};

/** `count` documents for `seed`, under year folders (so a corpus reader must recurse). */
export function generateCorpus(taxonomy: Taxonomy, count: number, seed = 1): SynthFile[] {
	const model = buildModel(taxonomy);
	return Array.from({ length: count }, (_, i) => {
		const doc = generateDocument(model, seed, i);
		const ext = doc.rstInTxt ? 'txt' : EXTENSIONS[doc.format];
		return {
			path: `${doc.date.slice(0, 4)}/${String(i).padStart(5, '0')}-${slug(doc.title)}.${ext}`,
			text: renderDocument(doc)
		};
	});
}
