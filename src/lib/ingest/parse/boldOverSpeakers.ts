/**
 * "**The Past, Present, and Future of API Gateways**" over "Daniel Bryant, Ambassador Labs" and a
 * line of links: a bold line names a session when the line under it names its speakers with an
 * organisation (speakerUnder.ts). The two read as one line, "Title – Jane Doe, Acme", and the
 * lines after them (links, notes) as a paragraph of their own: a Markdown paragraph would run
 * them all into one line ("Acme Slides · Video") and the bold line alone is only a marker.
 */
import { markdownInline } from './markdownInline';
import { speakersUnderMarker } from './speakerUnder';

/** The bold line `title` (its text) and the raw line `next` as one line, or null. */
export function boldOverSpeakers(title: string, next: string | undefined): string | null {
	// Cheap gates: a line that opens with a capital, short enough to be names.
	if (next === undefined || next.length > 120 || next.length < 6) return null;
	const c = next.trimStart().charCodeAt(0);
	if (!((c >= 65 && c <= 90) || c > 191)) return null;
	const names = markdownInline(next);
	return speakersUnderMarker(markdownInline(title), names) ? `**${title}** – ${next.trim()}` : null;
}
