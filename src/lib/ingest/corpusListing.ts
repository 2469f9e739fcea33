/**
 * A corpus folder's own listing (an INDEX.md or README.md whose table or list describes the
 * documents beside it) is not a recap: read as one it adds every event and project it names.
 * The name alone does not tell: Hugo keeps a post as `my-post/index.md` (its folder's only text)
 * and notes repositories keep a recap per folder as its README. A listing names the folder's
 * other documents: at least two of them, and the lines that name them carry most of its text.
 */
import { decodeBytes } from './decode';
import type { SourceInput } from './types';

/** README, INDEX, Hugo's _index, GitBook's SUMMARY, a table of contents; any text extension. */
const LISTING_NAME =
	/(?:^|\/)(?:readme|index|_index|contents|toc|summary|table[-_ ]of[-_ ]contents)(?:\.[a-z0-9]{1,9})?$/i;

/** A document's name as a listing writes it: "day-1.md", "envoycon2019/README.md". */
const FILE_TOKEN =
	/[\w@+~%.-][\w@+~%./-]*\.(?:md|markdown|mdown|mkd|mdx|txt|text|rst|adoc|asciidoc|asc|org|html?|wiki|textile)\b/gi;
/** A link's target: "](day-1)", "](./day-1/)", "](<day 1.md>)". */
const LINK_TARGET = /\]\(\s*<?([^)\s>]+)/g;
/** A line without words: a table's separator row, a rule, a blank line. */
const NO_WORDS = /^[\s|:=*_+-]*$/;

function directory(path: string): string {
	return path.slice(0, path.lastIndexOf('/') + 1);
}

function withoutExtension(path: string): string {
	const slash = path.lastIndexOf('/');
	const dot = path.lastIndexOf('.');
	return dot > slash + 1 ? path.slice(0, dot) : path;
}

/** "./a/b.md#top" → "a/b.md"; "day-1/" → "day-1". */
function normalise(ref: string): string {
	let r = ref;
	const hash = r.search(/[#?]/);
	if (hash >= 0) r = r.slice(0, hash);
	while (r.startsWith('./')) r = r.slice(2);
	if (r.endsWith('/')) r = r.slice(0, -1);
	if (r.includes('%')) {
		try {
			r = decodeURIComponent(r);
		} catch {
			// Not percent-encoding after all: the reference as written.
		}
	}
	return r;
}

/** The documents a line names, as paths relative to the listing's folder. */
function namedOn(line: string, names: Map<string, string>, into: Set<string>): boolean {
	let found = false;
	const see = (ref: string) => {
		const hit = names.get(normalise(ref).toLowerCase());
		if (hit !== undefined) {
			into.add(hit);
			found = true;
		}
	};
	if (line.includes('.')) for (const m of line.matchAll(FILE_TOKEN)) see(m[0]);
	if (line.includes('](')) for (const m of line.matchAll(LINK_TARGET)) see(m[1]!);
	return found;
}

export interface Listing {
	path: string;
	/** The documents it names, for the message. */
	names: string[];
}

/**
 * Why `listing` is the folder's list of its documents, or null when it is a document. `others`
 * are the other inputs' paths.
 */
export function readListing(listing: SourceInput, others: readonly string[]): Listing | null {
	const dir = directory(listing.path);
	// The documents in its folder (and below), by the names a listing may write: the relative
	// path, with or without its extension.
	const names = new Map<string, string>();
	let documents = 0;
	for (const p of others) {
		if (p === listing.path || !p.startsWith(dir)) continue;
		documents++;
		const rel = p.slice(dir.length);
		names.set(rel.toLowerCase(), rel);
		const stem = withoutExtension(rel).toLowerCase();
		if (!names.has(stem)) names.set(stem, rel);
		// "day-3/" for "day-3/index.md": a folder's page by the folder's name.
		const slash = rel.lastIndexOf('/');
		if (slash > 0 && LISTING_NAME.test(rel)) {
			const folder = rel.slice(0, slash).toLowerCase();
			if (!names.has(folder)) names.set(folder, rel);
		}
	}
	if (documents < 2) return null;
	const text = decodeBytes(listing.path, listing.bytes).text;
	if (!text) return null;
	const named = new Set<string>();
	let namingLines = 0;
	let namingChars = 0;
	let otherLines = 0;
	let otherChars = 0;
	for (const raw of text.split('\n')) {
		const line = raw.trim();
		if (NO_WORDS.test(line)) continue;
		if (namedOn(line, names, named)) {
			namingLines++;
			namingChars += line.length;
		} else {
			otherLines++;
			otherChars += line.length;
		}
	}
	if (named.size < 2 || namingLines < otherLines || namingChars < otherChars) return null;
	return { path: listing.path, names: [...named] };
}

/** The inputs that are listings of their folder, by path. */
export function corpusListings(inputs: readonly SourceInput[]): Map<string, Listing> {
	const found = new Map<string, Listing>();
	if (inputs.length < 3) return found;
	let paths: string[] | null = null;
	for (const input of inputs) {
		if (!LISTING_NAME.test(input.path)) continue;
		paths ??= inputs.map((i) => i.path);
		const listing = readListing(input, paths);
		if (listing) found.set(input.path, listing);
	}
	return found;
}

/** "lists the folder's documents (a.md, b.md and 10 more), it is not a recap; skipped". */
export function listingMessage(listing: Listing): string {
	const shown = listing.names.slice(0, 2).join(', ');
	const more = listing.names.length - 2;
	return (
		`is the folder's list of its documents (it names ${listing.names.length} of them: ${shown}` +
		`${more > 0 ? ` and ${more} more` : ''}), not a recap; skipped`
	);
}
