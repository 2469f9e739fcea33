/**
 * Web hosts and repository paths in running text. A host names a site, not a project: "see
 * linkerd.io", "docs at helm.sh", "docs.linkerd.io" are addresses, as a URL is (matcher.ts drops
 * names inside URLs and bare addresses with a path); the name written as a word, or as a link's
 * text, still counts.
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

/** Whether a host goes on after a name ending at `end` ("linkerd" in "linkerd.io", a "." at `end`). */
export function hostAfter(text: string, end: number): boolean {
	HOST_REST.lastIndex = end;
	return HOST_REST.test(text);
}

/**
 * Whether an alias is a host that is not the project's own name: "helm.sh" (Helm), "gcr.io"
 * (Google Container Registry); not "Logz.io" or "Troubleshoot.sh", which are the names. (The
 * matcher still counts a registry's host: there it is the service.)
 */
export function hostAlias(alias: string, name: string): boolean {
	return (
		alias.includes('.') && HOST_ALIAS.test(alias) && alias.toLowerCase() !== name.toLowerCase()
	);
}

/**
 * Whether a hit of a host alias is written as a host, all in lower case ("see helm.sh"), not as
 * a brand's name ("Honeycomb.io", "Garden.io").
 */
export function writtenAsHost(text: string, start: number, end: number): boolean {
	for (let i = start; i < end; i++) {
		const c = text.charCodeAt(i);
		if (c >= 65 && c <= 90) return false;
	}
	return true;
}
