/**
 * Web hosts and repository paths in running text. A host names a site, not a project: "see
 * linkerd.io", "docs at helm.sh", "docs.linkerd.io" are addresses, as a URL is (matcher.ts drops
 * names inside URLs and bare addresses with a path); the name written as a word, or as a link's
 * text, still counts. A GitHub "org/repo" path names its project once: "kubernetes/kubernetes#123",
 * "istio/istio".
 */

/** Top-level domains of the hosts recaps write (the same as matcher.ts's bare addresses). */
export const TLDS =
	'com|org|net|io|dev|sh|co|cloud|app|ai|me|info|tech|blog|page|site|xyz|eu|de|fr|uk|nl|es|it|pl|ch|at|se|jp|cn|kr|in|ru|br|us|ca|au|edu|gov';

/**
 * The rest of a host after a name: ".io", ".slack.com", ".github.io" (sticky, tested at the
 * name's end). The top-level domain is in lower case ("ASP.NET" is no host) and ends the host:
 * no word or label after it ("Linkerd.io." ending a sentence is one).
 */
const HOST_REST = new RegExp(
	`(?:\\.[A-Za-z\\d](?:[A-Za-z\\d-]{0,61}[A-Za-z\\d])?){0,4}?\\.(?:${TLDS})(?![\\w-]|\\.[A-Za-z\\d])`,
	'y'
);
/** An alias that is itself a host: "helm.sh", "gcr.io", "vector.dev". */
const HOST_ALIAS = new RegExp(`^[\\w-]+(?:\\.[\\w-]+)*\\.(?:${TLDS})$`, 'i');

const SLASH = 47;

/** Whether a host goes on after a name ending at `end` ("linkerd" in "linkerd.io", a "." at `end`). */
export function hostAfter(text: string, end: number): boolean {
	HOST_REST.lastIndex = end;
	return HOST_REST.test(text);
}

/**
 * Whether an alias is a host that is not the project's own name: "helm.sh" (Helm), "gcr.io"
 * (Google Container Registry); not "Logz.io" or "Troubleshoot.sh", which are the names.
 */
export function hostAlias(alias: string, name: string): boolean {
	return (
		alias.includes('.') && HOST_ALIAS.test(alias) && alias.toLowerCase() !== name.toLowerCase()
	);
}

/**
 * Whether a hit of a host alias is written as a host, all in lower case ("see helm.sh",
 * "pushed to gcr.io"), not as a brand's name ("Quay.io", "Honeycomb.io", "Garden.io").
 */
export function writtenAsHost(text: string, start: number, end: number): boolean {
	for (let i = start; i < end; i++) {
		const c = text.charCodeAt(i);
		if (c >= 65 && c <= 90) return false;
	}
	return true;
}

/**
 * The hits minus a repeat of the same name joined to it by a slash: "kubernetes/kubernetes",
 * "istio/istio#4521", "envoyproxy/envoy" (a repository path names its project once: the
 * shorter name begins the longer). Two names of one project stay ("ytt/kapp", two of Carvel's
 * tools). Hits are in text order and do not overlap; most lists
 * come back as they are.
 */
export function withoutRepoRepeats<
	T extends { start: number; end: number; entry: { projectIds: string[] } }
>(text: string, hits: readonly T[]): readonly T[] {
	let kept: T[] | null = null;
	for (let i = 0; i < hits.length; i++) {
		const c = hits[i]!;
		const prev = i > 0 ? hits[i - 1]! : null;
		const repeat =
			prev !== null &&
			prev.end + 1 === c.start &&
			text.charCodeAt(prev.end) === SLASH &&
			prev.entry.projectIds[0] === c.entry.projectIds[0] &&
			sameStart(text, prev.start, c.start, Math.min(prev.end - prev.start, c.end - c.start));
		if (repeat) kept ??= hits.slice(0, i);
		else if (kept) kept.push(c);
	}
	return kept ?? hits;
}

/** Whether text[a, a + n) and text[b, b + n) are the same, whatever their case. */
function sameStart(text: string, a: number, b: number, n: number): boolean {
	for (let k = 0; k < n; k++) {
		const x = text.charCodeAt(a + k);
		const y = text.charCodeAt(b + k);
		if (x !== y && (x | 32) !== (y | 32)) return false;
	}
	return true;
}
