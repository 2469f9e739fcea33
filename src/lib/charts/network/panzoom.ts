/**
 * Zoom and pan for the network, behaving like d3-zoom's defaults (wheel zooms about the pointer,
 * dragging the background pans, two fingers pinch, double click zooms in, Shift+double click out,
 * a drag is not a click) in a fraction of its size: d3-zoom brings d3-transition, d3-drag,
 * d3-interpolate and d3-selection along, and the network needs none of them otherwise.
 */

/** Screen = layout · k + (x, y), like d3's ZoomTransform. */
export interface View {
	readonly k: number;
	readonly x: number;
	readonly y: number;
}

export const IDENTITY: View = { k: 1, x: 0, y: 0 };

export const applyX = (v: View, x: number) => x * v.k + v.x;
export const applyY = (v: View, y: number) => y * v.k + v.y;
export const invertX = (v: View, x: number) => (x - v.x) / v.k;
export const invertY = (v: View, y: number) => (y - v.y) / v.k;

/** Scale by `factor` (clamped to `extent`) keeping the screen point (px, py) where it is. */
export function zoomAt(
	v: View,
	factor: number,
	px: number,
	py: number,
	extent: readonly [number, number]
): View {
	const k = Math.max(extent[0], Math.min(extent[1], v.k * factor));
	return { k, x: px - invertX(v, px) * k, y: py - invertY(v, py) * k };
}

/** d3-zoom's wheel step: a notch of a mouse wheel is ×2^(±0.2); pinch gestures (ctrl) are faster. */
export const wheelFactor = (ev: Pick<WheelEvent, 'deltaY' | 'deltaMode' | 'ctrlKey'>) =>
	2 **
	(-ev.deltaY * (ev.deltaMode === 1 ? 0.05 : ev.deltaMode ? 1 : 0.002) * (ev.ctrlKey ? 10 : 1));

interface Options {
	view: () => View;
	onview: (v: View) => void;
	extent: readonly [number, number];
	/** Presses that start something else (a node drag) rather than a pan. */
	ignore: (target: Element) => boolean;
}

/**
 * Wires wheel, pointer and double-click handlers to `el`; returns the cleanup. Give `el`
 * `touch-action: none` in CSS, or the browser scrolls the page instead of panning.
 */
export function panZoom(el: SVGSVGElement, { view, onview, extent, ignore }: Options): () => void {
	const pointers = new Map<number, { x: number; y: number }>();
	let moved = false;
	const local = (ev: MouseEvent) => {
		const r = el.getBoundingClientRect();
		return { x: ev.clientX - r.left, y: ev.clientY - r.top };
	};

	function wheel(ev: WheelEvent) {
		ev.preventDefault();
		const p = local(ev);
		const v = view();
		const z = zoomAt(v, wheelFactor(ev), p.x, p.y, extent);
		if (z.k !== v.k) onview(z);
	}
	function down(ev: PointerEvent) {
		if (ev.ctrlKey || ev.button || ignore(ev.target as Element)) return;
		pointers.set(ev.pointerId, local(ev));
		if (pointers.size === 1) moved = false;
		el.setPointerCapture?.(ev.pointerId);
	}
	function move(ev: PointerEvent) {
		const last = pointers.get(ev.pointerId);
		if (!last) return;
		const p = local(ev);
		const v = view();
		if (pointers.size === 1) {
			if (p.x === last.x && p.y === last.y) return;
			onview({ ...v, x: v.x + p.x - last.x, y: v.y + p.y - last.y });
		} else {
			// Pinch: the midpoint follows the fingers, the scale follows their spread.
			const [a, b] = [...pointers.values()] as [typeof p, typeof p];
			const other = a === last ? b : a;
			const d0 = Math.hypot(last.x - other.x, last.y - other.y);
			const d1 = Math.hypot(p.x - other.x, p.y - other.y);
			const m0 = { x: (last.x + other.x) / 2, y: (last.y + other.y) / 2 };
			const m1 = { x: (p.x + other.x) / 2, y: (p.y + other.y) / 2 };
			const z = zoomAt(v, d0 > 0 ? d1 / d0 : 1, m0.x, m0.y, extent);
			onview({ ...z, x: z.x + m1.x - m0.x, y: z.y + m1.y - m0.y });
		}
		moved = true;
		pointers.set(ev.pointerId, p);
	}
	function up(ev: PointerEvent) {
		if (!pointers.delete(ev.pointerId) || pointers.size > 0 || !moved) return;
		// The click, if any, follows in this task; one that never comes must not eat the next.
		setTimeout(() => (moved = false), 0);
	}
	/** After a pan, the release is not a click on whatever lies under the pointer. */
	function click(ev: MouseEvent) {
		if (!moved) return;
		moved = false;
		ev.stopPropagation();
		ev.preventDefault();
	}
	function dblclick(ev: MouseEvent) {
		if (ignore(ev.target as Element)) return;
		const p = local(ev);
		onview(zoomAt(view(), ev.shiftKey ? 0.5 : 2, p.x, p.y, extent));
	}

	const listeners: [string, EventListener, AddEventListenerOptions][] = [
		['wheel', wheel as EventListener, { passive: false }],
		['pointerdown', down as EventListener, {}],
		['pointermove', move as EventListener, {}],
		['pointerup', up as EventListener, {}],
		['pointercancel', up as EventListener, {}],
		['click', click as EventListener, { capture: true }],
		['dblclick', dblclick as EventListener, {}]
	];
	for (const [type, fn, opts] of listeners) el.addEventListener(type, fn, opts);
	return () => {
		for (const [type, fn, opts] of listeners) el.removeEventListener(type, fn, opts);
	};
}
