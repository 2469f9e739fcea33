/**
 * One naming of a project written twice in one place counts once: a GitHub "org/repo" path
 * ("kubernetes/kubernetes#123", "istio/istio", "envoyproxy/envoy"), and a name with its other
 * name in brackets right after it ("Open Policy Agent (OPA)", "Kubernetes (k8s)", "OTel
 * (OpenTelemetry)").
 */

const SLASH = 47;
const SPACE = 32;
const OPEN = 40;
const CLOSE = 41;

interface Hit {
	start: number;
	end: number;
	entry: { projectIds: string[] };
}

/** The hits minus such repeats. Hits are in text order and do not overlap; most come back as they are. */
export function withoutRepeats<T extends Hit>(text: string, hits: readonly T[]): readonly T[] {
	let kept: T[] | null = null;
	for (let i = 0; i < hits.length; i++) {
		const c = hits[i]!;
		const prev = i > 0 ? hits[i - 1]! : null;
		const repeat =
			prev !== null &&
			prev.entry.projectIds[0] === c.entry.projectIds[0] &&
			(repoPath(text, prev, c) || bracketed(text, prev, c));
		if (repeat) kept ??= hits.slice(0, i);
		else if (kept) kept.push(c);
	}
	return kept ?? hits;
}

/**
 * "kubernetes/kubernetes", "envoyproxy/envoy": joined by a slash, the shorter name beginning the
 * longer. Two names of one project stay ("ytt/kapp", two of Carvel's tools).
 */
function repoPath(text: string, a: Hit, b: Hit): boolean {
	if (a.end + 1 !== b.start || text.charCodeAt(a.end) !== SLASH) return false;
	const n = Math.min(a.end - a.start, b.end - b.start);
	for (let k = 0; k < n; k++) {
		const x = text.charCodeAt(a.start + k);
		const y = text.charCodeAt(b.start + k);
		if (x !== y && (x | 32) !== (y | 32)) return false;
	}
	return true;
}

/** "Open Policy Agent (OPA)": the second name alone in brackets right after the first. */
function bracketed(text: string, a: Hit, b: Hit): boolean {
	let i = a.end;
	if (text.charCodeAt(i) === SPACE) i++;
	return i + 1 === b.start && text.charCodeAt(i) === OPEN && text.charCodeAt(b.end) === CLOSE;
}
