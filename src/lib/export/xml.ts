/** XML text helpers shared by the GEXF and SVG writers. */

/** Characters XML 1.0 forbids even when escaped (control characters from pasted text). */
// eslint-disable-next-line no-control-regex
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function escapeXml(value: string | number): string {
	return String(value)
		.replace(INVALID_XML, '')
		.replaceAll('&', '&amp;')
		.replaceAll('<', '&lt;')
		.replaceAll('>', '&gt;')
		.replaceAll('"', '&quot;')
		.replaceAll("'", '&apos;');
}
