/**
 * What a document's editions say beyond its passages. A list whose items name different editions
 * ("- DockerCon 2018 in San Francisco was about …", "- KubeCon Europe 2018 in Copenhagen was all
 * about …") is as many passages as items: a passage has one event, and the whole list went to the
 * edition its first item names. A gathering named after a project ("EnvoyCon") vouches for it.
 */
import type { IngestResult, IngestWarning, ParsedDocument, ParsedPassage } from './types';
import type { Lexicon } from './lexicon';
import type { EventIndex } from './eventRefs';
import { ANCHOR_GATE } from './eventSeriesRefs';
import { tagRefs } from './eventTags';

export function splitEditionLists(doc: ParsedDocument, index: EventIndex): ParsedDocument {
	let changed = false;
	const sections = doc.sections.map((section) => {
		let out: ParsedPassage[] | null = null;
		section.passages.forEach((p, i) => {
			const items =
				p.kind === 'list' && p.text.includes('\n') && ANCHOR_GATE.test(p.text)
					? editionItems(p, index)
					: null;
			if (items) (out ??= section.passages.slice(0, i)).push(...items);
			else if (out) out.push(p);
		});
		if (!out) return section;
		changed = true;
		return { ...section, passages: out };
	});
	return changed ? { ...doc, sections } : doc;
}

/** The items of a list, each a passage, when two of them name two different editions. */
function editionItems(p: ParsedPassage, index: EventIndex): ParsedPassage[] | null {
	const lines = p.text.split('\n');
	const named = new Set<string>();
	for (const line of lines) {
		const ref = index.findRefs(line).find((r) => !r.generic && r.candidates.length === 1);
		if (ref) named.add(ref.candidates[0]!);
	}
	if (named.size < 2) return null;
	return lines.map((text) => {
		const links = p.links?.filter((l) => text.includes(l));
		if (!links || links.length === 0) return { text, kind: 'list' };
		const sessions = p.sessions?.filter((l) => text.includes(l));
		return sessions?.length
			? { text, kind: 'list', links, sessions }
			: { text, kind: 'list', links };
	});
}

/**
 * The projects the gatherings of passages [from, to) are named after ("EnvoyCon" → Envoy): a
 * recap of EnvoyCon vouches for "Envoy" as the proxy wherever it names it capitalised.
 */
export function gatheringProjects(
	out: IngestResult,
	from: number,
	to: number,
	lexicon: Lexicon
): string[] {
	const ids = new Set<string>();
	for (let i = from; i < to; i++) {
		const id = out.passages[i]!.event_id;
		if (id && !id.startsWith('kubecon') && !id.startsWith('dockercon')) ids.add(id);
	}
	const projects: string[] = [];
	for (const id of ids) {
		const name = out.events.find((e) => e.id === id)?.name;
		const project = name ? lexicon.gatheringProject(name) : null;
		if (project) projects.push(project);
	}
	return projects;
}

/** Front-matter tags that look like a conference edition the catalog does not know. */
export function frontMatterWarnings(doc: ParsedDocument, index: EventIndex): IngestWarning[] {
	const warnings: IngestWarning[] = [];
	for (const tag of doc.frontMatter.tags) {
		const text = tag.replace(/[-_]+/g, ' ');
		const refs = tagRefs(tag, index);
		// "kubecon-mars-2030": a series and a year, but no edition the catalog knows.
		const editionLike =
			/\b(?:19|20)\d\d\b|\d\d$/.test(text) && refs.some((r) => r.series !== 'other');
		if (editionLike && !refs.some((r) => r.candidates.length > 0)) {
			warnings.push({
				file: doc.path,
				severity: 'warning',
				message: `front matter tag "${tag}" names an event that is not in the catalog`
			});
		}
	}
	return warnings;
}
