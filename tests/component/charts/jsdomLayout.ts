/**
 * jsdom has no layout: every element measures 0×0 and ResizeObserver does not exist, so LayerCake
 * (which binds its container's clientWidth/clientHeight) would draw into nothing. Charts given a
 * `width`/`height` set those as inline pixel sizes on their wrapper; this shim makes clientWidth
 * and clientHeight report the nearest inline pixel size up the tree, as a browser would for
 * those fixed-size boxes. Import it before rendering a chart.
 */
const proto = HTMLElement.prototype;

function inlinePx(el: Element | null, prop: 'width' | 'height'): number {
	for (let e = el; e; e = e.parentElement) {
		const v = (e as HTMLElement).style?.[prop];
		if (v && v.endsWith('px')) return parseFloat(v);
	}
	return 0;
}

Object.defineProperty(proto, 'clientWidth', {
	configurable: true,
	get(this: HTMLElement) {
		return inlinePx(this, 'width');
	}
});
Object.defineProperty(proto, 'clientHeight', {
	configurable: true,
	get(this: HTMLElement) {
		return inlinePx(this, 'height');
	}
});

if (!('ResizeObserver' in globalThis)) {
	globalThis.ResizeObserver = class {
		observe() {}
		unobserve() {}
		disconnect() {}
	} as unknown as typeof ResizeObserver;
}

export {};
