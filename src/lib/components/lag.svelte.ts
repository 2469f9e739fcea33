/**
 * A busy flag as people should see it: on only once `source()` has stayed true for `ms`, off at
 * once. Most answers arrive within a frame or two; dimming a chart or spinning a spinner for
 * those is flicker, and every animated frame is repainted while the charts are being redrawn.
 * Call during component initialisation (it owns an effect).
 */
export function lagged(source: () => boolean, ms: number): { readonly value: boolean } {
	let value = $state(false);
	$effect(() => {
		if (!source()) {
			value = false;
			return;
		}
		const timer = setTimeout(() => (value = true), ms);
		return () => clearTimeout(timer);
	});
	return {
		get value() {
			return value;
		}
	};
}

/** How long an answer may take before its chart shows that it is working on one. */
export const BUSY_LAG_MS = 300;
