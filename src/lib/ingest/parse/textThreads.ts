/**
 * A thread (Mastodon, Bluesky, X) pasted as text: posts numbered "1/8", "2/8"… at their start or
 * their end, each made a paragraph of its own (text.ts).
 */

/** A paragraph of a plain-text document: its lines. */
export interface Group {
	lines: string[];
	/** A post of a thread pasted as text ("2/8 Day one keynotes…"), its counter removed. */
	post?: boolean;
}

/**
 * A thread's counter opening a post: "2/8 ", "(2/8) ", "[2/8] ", "2/8: ", "2/8 - ", "2/ ", "2/n ",
 * "🧵 1/8 ".
 */
const COUNTER = /^\s*(?:🧵\s*)?[([]?(\d{1,2})\/(\d{1,2}|n)?[)\]]?(?:\s*[:\-–—])?\s+(?=\S)/u;
/** Or closing it: "… bare metal 🤘 2/8". */
const COUNTER_END = /\s+[([]?(\d{1,2})\/(\d{1,2}|n)?[)\]]?\s*(?:🧵\s*)?$/u;
/** Cheap gate: a line opening or ending with "1/" at all. */
export const FIRST_COUNTER =
	/(?:^|\n)\s*(?:🧵\s*)?[([]?1\/|\s[([]?1\/(?:\d{1,2}|n)?[)\]]?\s*(?:🧵\s*)?(?:\n|$)/u;

/** How many posts numbered from 1 the counters found by `counter` make, and their total. */
function countPosts(gs: Group[], counter: RegExp): { posts: number; total: string | undefined } {
	let expected = 1;
	let total: string | undefined;
	for (const g of gs)
		for (const line of g.lines) {
			const m = counter.exec(line);
			if (!m || Number(m[1]) !== expected) continue;
			if (expected === 1) total = m[2];
			else if (m[2] !== total) continue;
			expected++;
		}
	const posts = expected - 1;
	return { posts: posts < 3 || (total !== undefined && Number(total) < posts) ? 0 : posts, total };
}

/**
 * A thread pasted as text: lines opening with "1/8", "2/8", "3/8"… (or "1/", "2/"…), counted
 * from 1 without a gap, three posts at least, the same total on each. Each post is a paragraph
 * of its own (a post and the lines under it up to the next counter), without its counter; a
 * short post is never a heading. Other groups are left as they are.
 */
export function threadPosts(gs: Group[]): Group[] {
	const { posts, total } = countPosts(gs, COUNTER);
	if (posts === 0) return trailingPosts(gs);
	const expected = posts + 1;
	const out: Group[] = [];
	let next = 1;
	let open: Group | null = null;
	for (const g of gs) {
		let cur: Group | null = null;
		for (const line of g.lines) {
			const m = next < expected ? COUNTER.exec(line) : null;
			if (m && Number(m[1]) === next && m[2] === total) {
				next++;
				cur = { lines: [line.slice(m[0].length)], post: true };
				out.push(cur);
				open = cur;
			} else if (cur) cur.lines.push(line);
			else if (open && next < expected) {
				// A post's second paragraph: still the post, up to the next counter.
				open.lines.push(line);
			} else {
				cur = { lines: [line] };
				out.push(cur);
				open = null;
			}
		}
		// The last post ends with its own paragraph.
		if (next >= expected) open = null;
	}
	return out;
}

/**
 * The same with the counter closing each post ("Just landed in San Diego 🎉 1/8"): a post runs
 * from the start of the group holding "1/8", or from the end of the post before, to its counter.
 */
function trailingPosts(gs: Group[]): Group[] {
	const { posts, total } = countPosts(gs, COUNTER_END);
	if (posts === 0) return gs;
	const out: Group[] = [];
	let next = 1;
	let lines: string[] = [];
	for (const g of gs) {
		if (next === 1 && !g.lines.some((l) => COUNTER_END.test(l))) {
			out.push(g);
			continue;
		}
		let rest: string[] | null = null;
		for (const line of g.lines) {
			if (rest) {
				rest.push(line);
				continue;
			}
			const m = next <= posts ? COUNTER_END.exec(line) : null;
			if (m && Number(m[1]) === next && m[2] === total) {
				lines.push(line.slice(0, m.index));
				out.push({ lines, post: true });
				lines = [];
				next++;
			} else if (next <= posts) lines.push(line);
			else rest = [line];
		}
		if (rest) out.push({ lines: rest });
		if (next > posts && lines.length) {
			out.push({ lines });
			lines = [];
		}
	}
	if (lines.length) out.push({ lines });
	return out;
}
