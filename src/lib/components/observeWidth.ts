/**
 * An attachment (`{@attach observeWidth(fn)}`) that reports an element's content width whenever
 * it changes, from a ResizeObserver: measured after layout, so it never forces one (unlike
 * `bind:clientWidth`, which reads the width at once when the element mounts). Where there is no
 * ResizeObserver (jsdom in tests), nothing is reported.
 */
import type { Attachment } from 'svelte/attachments';

export function observeWidth(report: (width: number) => void): Attachment<HTMLElement> {
	return (element) => {
		if (typeof ResizeObserver === 'undefined') return;
		const observer = new ResizeObserver(([entry]) => {
			if (entry) report(Math.round(entry.contentRect.width));
		});
		observer.observe(element);
		return () => observer.disconnect();
	};
}
