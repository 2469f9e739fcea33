/**
 * Keyed SVG marks written straight into a group: one element per item, created, updated (only
 * the attributes whose value changed) and removed by key, kept in the items' order (or their
 * keys', see `keyOrder`) with as few moves as can be.
 *
 * The layers with many marks (heatmap cells, network nodes and edges, timeline events) draw with
 * this instead of a keyed `{#each}`. A filter change gives every item a new value, and Svelte's
 * bookkeeping per item (its value source, template effect, derived values and attribute cache)
 * cost more than the DOM writes themselves (in a CPU profile of the sample's redraws, the keyed
 * blocks and their template effects were over a third of the task that applies the answers).
 * Here a redraw costs one comparison per attribute and the writes that change something.
 *
 * Events are listened to once, on the group, and `at` finds the mark they happened on. Events that
 * do not bubble (focus, blur, pointerenter, pointerleave) are caught in the capture phase, so a
 * layer handles them as if they were listened to on each mark.
 */
const SVG_NS = 'http://www.w3.org/2000/svg';

/** An attribute's value: null or undefined for none; booleans are written out (aria-pressed). */
export type AttrValue = string | number | boolean | null | undefined;
export type Attrs = Record<string, AttrValue>;

export interface Mark<T> {
	readonly el: SVGElement;
	datum: T;
	index: number;
	/** The attributes as last written (null: absent). */
	attrs: Map<string, string | null>;
}

const text = (v: AttrValue): string | null => (v === null || v === undefined ? null : String(v));

/** Marks a chart's layer makes per task in its first drawing (see `firstBatch`). */
export const FIRST_BATCH = 120;

/** How many marks taken off the page a layer keeps to put back (see `Marks.draw`). */
const SPARE = 4096;

export class Marks<T> {
	#byKey = new Map<string, Mark<T>>();
	#byElement = new WeakMap<Element, Mark<T>>();
	/** The marks in the items' order (keyboard order), and as they stand on the page. */
	#order: Mark<T>[] = [];
	#page: Mark<T>[] = [];
	/** Marks taken off the page, by key, oldest first. */
	#spare = new Map<string, Mark<T>>();
	/** The next batch of a first drawing (see `firstBatch`). */
	#rest: ReturnType<typeof setTimeout> | undefined;

	/**
	 * `keyOrder`: the marks stand on the page in the order of their keys, not the items' (which
	 * stays their keyboard order, `element(i)`). For marks whose painting order does not matter
	 * (edges of one colour): a filter change reorders the items, but marks that stay need not move.
	 *
	 * `firstBatch`: a first drawing (nothing on the page yet) makes at most this many marks per
	 * task, the rest in the tasks after it, with `aria-busy` on the group meanwhile. A chart's
	 * first drawing of hundreds of marks runs code that has never run (not yet compiled by the
	 * engine's faster tiers): the heatmap's 465 cells on the 5,000-document corpus took one task
	 * of 50–100 ms after the page loaded, which holds up whatever the person does next.
	 */
	constructor(
		readonly group: SVGGElement,
		readonly tag: 'circle' | 'line' | 'rect',
		readonly key: (d: T) => string,
		readonly options: { keyOrder?: boolean; firstBatch?: number } = {}
	) {}

	/**
	 * Makes the group's marks those of `items`, in their order, with `attrs` of each. Marks no
	 * longer wanted are taken off the page but kept (up to `SPARE`): filters are often turned off
	 * again, and the view before comes back with its elements and attributes as they were, put
	 * back rather than made and written anew (the heatmap's 465 cells on the 5,000-document
	 * corpus after a theme is unticked).
	 */
	draw(items: readonly T[], attrs: (d: T, i: number) => Attrs): void {
		this.#draw(items, attrs, 0);
	}

	/** Stops a first drawing's next batches (the layer is going away). */
	cancel(): void {
		clearTimeout(this.#rest);
		this.#rest = undefined;
	}

	/** `done`: the first items are drawn already, as they are (the batches of a first drawing). */
	#draw(all: readonly T[], attrs: (d: T, i: number) => Attrs, done: number): void {
		this.cancel();
		const batch = this.options.firstBatch;
		const first = done > 0 || this.#page.length === 0;
		const count = batch && first ? Math.min(all.length, done + batch) : all.length;
		if (count < all.length) {
			this.group.setAttribute('aria-busy', 'true');
			this.#rest = setTimeout(() => this.#draw(all, attrs, count), 0);
		} else if (this.group.hasAttribute('aria-busy')) {
			this.group.removeAttribute('aria-busy');
		}
		const items = count < all.length ? all.slice(0, count) : all;
		const keys = items.map(this.key);
		const wanted = new Set(keys);
		for (const [key, mark] of this.#byKey)
			if (!wanted.has(key)) {
				mark.el.remove();
				this.#byKey.delete(key);
				this.#spare.set(key, mark);
			}
		for (const key of this.#spare.keys()) {
			if (this.#spare.size <= SPARE) break;
			this.#spare.delete(key);
		}
		// Where each mark still on the page stands among them (the group holds the marks alone, as
		// the last draw left them, less those just taken off).
		const slot = new Map<Mark<T>, number>();
		for (const mark of this.#page) if (mark.el.parentNode === this.group) slot.set(mark, slot.size);
		const order: Mark<T>[] = new Array(items.length);
		for (let i = 0; i < items.length; i++) {
			const d = items[i]!;
			let mark = this.#byKey.get(keys[i]!);
			if (!mark && (mark = this.#spare.get(keys[i]!))) {
				this.#spare.delete(keys[i]!);
				this.#byKey.set(keys[i]!, mark);
			}
			if (!mark) {
				const el = this.group.ownerDocument.createElementNS(SVG_NS, this.tag) as SVGElement;
				mark = { el, datum: d, index: i, attrs: new Map() };
				this.#byKey.set(keys[i]!, mark);
				this.#byElement.set(el, mark);
			}
			mark.datum = d;
			mark.index = i;
			if (i >= done) write(mark, attrs(d, i));
			order[i] = mark;
		}
		let page = order;
		if (this.options.keyOrder) {
			const byKey = Array.from(order.keys()).sort((a, b) =>
				keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0
			);
			page = byKey.map((i) => order[i]!);
		}
		const from = Int32Array.from(page, (mark) => slot.get(mark) ?? -1);
		// The marks already in the right order among themselves stay where they are, the others
		// are moved in (and new ones put in) around them: a move takes the element off the page
		// and puts it back, which costs its style and layout again, and after a filter change
		// most marks keep their order (a new one at the front would otherwise move all the rest).
		const stays = increasingRun(from);
		let next: ChildNode | null = null;
		for (let i = page.length - 1; i >= 0; i--) {
			const { el } = page[i]!;
			if (!stays[i]) this.group.insertBefore(el, next);
			next = el;
		}
		this.#order = order;
		this.#page = page;
	}

	/** The mark `target` is (or is in), if any. */
	at(target: EventTarget | null): Mark<T> | undefined {
		for (let el = target instanceof Element ? target : null; el && el !== this.group;) {
			const mark = this.#byElement.get(el);
			if (mark) return mark;
			el = el.parentElement;
		}
		return undefined;
	}

	/** The `index`th mark's element. */
	element(index: number): SVGElement | undefined {
		return this.#order[index]?.el;
	}
}

/**
 * A longest strictly increasing subsequence of `values`, ignoring the negative ones: `true` at
 * the positions in it. O(n log n) (patience sorting with back links).
 */
export function increasingRun(values: Int32Array): Uint8Array {
	const n = values.length;
	const tails = new Int32Array(n); // position of the smallest tail of a run of each length
	const back = new Int32Array(n);
	let length = 0;
	for (let i = 0; i < n; i++) {
		const v = values[i]!;
		if (v < 0) continue;
		let lo = 0;
		let hi = length;
		while (lo < hi) {
			const mid = (lo + hi) >> 1;
			if (values[tails[mid]!]! < v) lo = mid + 1;
			else hi = mid;
		}
		back[i] = lo > 0 ? tails[lo - 1]! : -1;
		tails[lo] = i;
		if (lo === length) length++;
	}
	const run = new Uint8Array(n);
	for (let i = length > 0 ? tails[length - 1]! : -1; i >= 0; i = back[i]!) run[i] = 1;
	return run;
}

function write(mark: Mark<unknown>, attrs: Attrs): void {
	const { el, attrs: last } = mark;
	for (const name in attrs) {
		const value = text(attrs[name]);
		if (last.get(name) === value) continue;
		last.set(name, value);
		if (value === null) el.removeAttribute(name);
		else el.setAttribute(name, value);
	}
}

type Handler<T> = (mark: Mark<T>, ev: Event) => void;
export type MarkHandlers<T> = Partial<
	Record<
		| 'click'
		| 'keydown'
		| 'pointerdown'
		| 'pointermove'
		| 'pointerup'
		| 'pointercancel'
		| 'pointerenter'
		| 'pointerleave'
		| 'focus'
		| 'blur',
		Handler<T>
	>
>;

const NOT_BUBBLING = new Set(['pointerenter', 'pointerleave', 'focus', 'blur']);

/**
 * Listens on the group for events on its marks: `handlers[type](mark, event)`. Returns the
 * layer's cleanup: stops listening, and drawing the batches of a first drawing still to come.
 */
export function listen<T>(marks: Marks<T>, handlers: MarkHandlers<T>): () => void {
	const off: (() => void)[] = [];
	for (const [type, handler] of Object.entries(handlers) as [string, Handler<T>][]) {
		const capture = NOT_BUBBLING.has(type);
		const listener = (ev: Event) => {
			const mark = marks.at(ev.target);
			if (mark) handler(mark, ev);
		};
		marks.group.addEventListener(type, listener, { capture });
		off.push(() => marks.group.removeEventListener(type, listener, { capture }));
	}
	return () => {
		off.forEach((f) => f());
		marks.cancel();
	};
}
