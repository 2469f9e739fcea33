/** The keyed join the charts' hot layers draw with (charts/layers/marks.ts), in jsdom. */
import { describe, expect, it, vi } from 'vitest';
import { increasingRun, listen, Marks } from '$lib/charts/layers/marks';

type Item = { id: string; x: number; label?: string | null };

function setup() {
	const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
	const group = document.createElementNS('http://www.w3.org/2000/svg', 'g');
	svg.append(group);
	document.body.append(svg);
	const marks = new Marks<Item>(group, 'circle', (d) => d.id);
	const draw = (items: Item[]) =>
		marks.draw(items, (d, i) => ({
			'data-id': d.id,
			cx: d.x,
			tabindex: i === 0 ? 0 : -1,
			'aria-label': d.label,
			'aria-pressed': d.id === 'b'
		}));
	const ids = () => [...group.children].map((c) => c.getAttribute('data-id'));
	return { group, marks, draw, ids };
}

describe('Marks', () => {
	it('makes a large first drawing a batch per task, busy until the last, each mark written once', async () => {
		vi.useFakeTimers();
		try {
			const group = document.createElementNS('http://www.w3.org/2000/svg', 'g');
			document.body.append(group);
			const marks = new Marks<Item>(group, 'rect', (d) => d.id, { firstBatch: 4 });
			const items = Array.from({ length: 10 }, (_, i) => ({ id: `m${i}`, x: i }));
			const written: string[] = [];
			const attrs = (d: Item) => (written.push(d.id), { x: d.x, 'data-id': d.id });
			marks.draw(items, attrs);
			const ids = () => [...group.children].map((c) => c.getAttribute('data-id'));
			expect(ids()).toEqual(['m0', 'm1', 'm2', 'm3']);
			expect(group.getAttribute('aria-busy')).toBe('true');
			await vi.runOnlyPendingTimersAsync();
			expect(ids()).toHaveLength(8);
			await vi.runOnlyPendingTimersAsync();
			expect(ids()).toEqual(items.map((d) => d.id));
			expect(group.hasAttribute('aria-busy')).toBe(false);
			expect(written).toEqual(items.map((d) => d.id));
			// Later drawings are made at once.
			marks.draw([...items, { id: 'new', x: 0 }].reverse(), attrs);
			expect(ids()).toEqual(['new', ...items.map((d) => d.id).reverse()]);

			// A new drawing during the batches takes over: everything at once, not busy.
			const other = new Marks<Item>(
				group.appendChild(document.createElementNS(group.namespaceURI, 'g')) as SVGGElement,
				'rect',
				(d) => d.id,
				{ firstBatch: 4 }
			);
			other.draw(items, attrs);
			other.draw(items.slice(2), attrs);
			expect(other.group.children).toHaveLength(8);
			expect(other.group.hasAttribute('aria-busy')).toBe(false);
			await vi.advanceTimersByTimeAsync(10);
			expect(other.group.children).toHaveLength(8);
		} finally {
			vi.useRealTimers();
		}
	});

	it('draws one element per item, in order, with its attributes', () => {
		const { group, draw, ids } = setup();
		draw([
			{ id: 'a', x: 1, label: 'A' },
			{ id: 'b', x: 2.5 }
		]);
		expect(ids()).toEqual(['a', 'b']);
		const [a, b] = [...group.children];
		expect(a!.tagName).toBe('circle');
		expect(a!.getAttribute('cx')).toBe('1');
		expect(a!.getAttribute('tabindex')).toBe('0');
		expect(a!.getAttribute('aria-label')).toBe('A');
		expect(b!.hasAttribute('aria-label')).toBe(false);
		expect(b!.getAttribute('aria-pressed')).toBe('true');
	});

	it('keeps elements by key across redraws: moved, added, removed, attributes updated', () => {
		const { group, draw, ids } = setup();
		draw([
			{ id: 'a', x: 1, label: 'A' },
			{ id: 'b', x: 2 },
			{ id: 'c', x: 3 }
		]);
		const [a, , c] = [...group.children];
		draw([
			{ id: 'c', x: 30 },
			{ id: 'd', x: 4 },
			{ id: 'a', x: 1, label: null }
		]);
		expect(ids()).toEqual(['c', 'd', 'a']);
		expect(group.children[0]).toBe(c);
		expect(group.children[2]).toBe(a);
		expect(c!.getAttribute('cx')).toBe('30');
		expect(c!.getAttribute('tabindex')).toBe('0');
		expect(a!.hasAttribute('aria-label')).toBe(false);
	});

	it('moves only the marks that left their order: one mark to the end is one move', () => {
		const { group, draw, ids } = setup();
		const items = (order: string) => [...order].map((id, x) => ({ id, x }));
		draw(items('abcdef'));
		const moves = vi.spyOn(group, 'insertBefore');
		draw(items('bcdefa'));
		expect(ids()).toEqual([...'bcdefa']);
		expect(moves.mock.calls.map(([el]) => (el as Element).getAttribute('data-id'))).toEqual(['a']);
		moves.mockClear();
		// A new mark at the front, one taken off: the new one is put in, nothing else moves.
		draw(items('zbcdea'));
		expect(ids()).toEqual([...'zbcdea']);
		expect(moves.mock.calls.map(([el]) => (el as Element).getAttribute('data-id'))).toEqual(['z']);
	});

	it('ends in the items’ order whatever came before (random redraws)', () => {
		const { draw, ids } = setup();
		let seed = 7;
		const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
		const pool = [...'abcdefghijklmnopqrstuvwxyz'];
		for (let round = 0; round < 200; round++) {
			const picked = pool.filter(() => random() < 0.6);
			for (let i = picked.length - 1; i > 0; i--) {
				if (random() < 0.3) continue; // partly shuffled, as filter changes are
				const j = Math.floor(random() * (i + 1));
				[picked[i], picked[j]] = [picked[j]!, picked[i]!];
			}
			draw(picked.map((id, x) => ({ id, x })));
			expect(ids()).toEqual(picked);
		}
	});

	it('with keyOrder, stands in key order on the page and keeps the items’ order for the keyboard', () => {
		const group = document.createElementNS('http://www.w3.org/2000/svg', 'g');
		document.body.append(group);
		const marks = new Marks<Item>(group, 'line', (d) => d.id, { keyOrder: true });
		const draw = (order: string) =>
			marks.draw(
				[...order].map((id, x) => ({ id, x })),
				(d) => ({ 'data-id': d.id })
			);
		const ids = () => [...group.children].map((c) => c.getAttribute('data-id')).join('');
		draw('dbca');
		expect(ids()).toBe('abcd');
		expect(marks.element(0)?.getAttribute('data-id')).toBe('d');
		const moves = vi.spyOn(group, 'insertBefore');
		draw('acbe');
		expect(ids()).toBe('abce');
		expect(marks.element(1)?.getAttribute('data-id')).toBe('c');
		expect(moves.mock.calls.map(([el]) => (el as Element).getAttribute('data-id'))).toEqual(['e']);
	});

	it('finds a longest increasing run, skipping negatives', () => {
		const run = (xs: number[]) =>
			[...increasingRun(Int32Array.from(xs))].flatMap((on, i) => (on ? [xs[i]] : []));
		expect(run([])).toEqual([]);
		expect(run([-1, -1])).toEqual([]);
		expect(run([0, 1, 2])).toEqual([0, 1, 2]);
		expect(run([2, 1, 0])).toHaveLength(1);
		expect(run([1, 2, 3, 4, 5, 0])).toEqual([1, 2, 3, 4, 5]);
		expect(run([3, -1, 0, 4, 1, -1, 2])).toEqual([0, 1, 2]);
	});

	it('writes only the attributes whose value changed', () => {
		const { group, draw } = setup();
		draw([{ id: 'a', x: 1, label: 'A' }]);
		const el = group.children[0]!;
		const set = vi.spyOn(el, 'setAttribute');
		draw([{ id: 'a', x: 1, label: 'A' }]);
		expect(set).not.toHaveBeenCalled();
		draw([{ id: 'a', x: 2, label: 'A' }]);
		expect(set.mock.calls).toEqual([['cx', '2']]);
	});

	it('puts a mark taken off back as it was, writing nothing that did not change', () => {
		const { group, draw, ids } = setup();
		draw([
			{ id: 'a', x: 1, label: 'A' },
			{ id: 'b', x: 2 }
		]);
		const b = group.children[1]!;
		draw([{ id: 'a', x: 1, label: 'A' }]);
		expect(ids()).toEqual(['a']);
		expect(b.isConnected).toBe(false);
		const set = vi.spyOn(b, 'setAttribute');
		draw([
			{ id: 'b', x: 2 },
			{ id: 'a', x: 1, label: 'A' }
		]);
		expect(ids()).toEqual(['b', 'a']);
		expect(group.children[0]).toBe(b);
		// Only its roving tabindex moved (it is first now).
		expect(set.mock.calls).toEqual([['tabindex', '0']]);
	});

	it('hands events on a mark to its handler, non-bubbling ones included', () => {
		const { group, marks, draw } = setup();
		draw([
			{ id: 'a', x: 1 },
			{ id: 'b', x: 2 }
		]);
		const seen: string[] = [];
		const stop = listen(marks, {
			click: ({ datum, index }) => seen.push(`click ${datum.id} ${index}`),
			focus: ({ datum }) => seen.push(`focus ${datum.id}`),
			pointerleave: ({ datum }) => seen.push(`leave ${datum.id}`)
		});
		const [a, b] = [...group.children] as SVGElement[];
		b!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
		a!.dispatchEvent(new FocusEvent('focus'));
		a!.dispatchEvent(new Event('pointerleave'));
		group.dispatchEvent(new MouseEvent('click', { bubbles: true }));
		expect(seen).toEqual(['click b 1', 'focus a', 'leave a']);
		expect(marks.at(a!)?.datum.id).toBe('a');
		expect(marks.element(1)).toBe(b);
		stop();
		b!.dispatchEvent(new MouseEvent('click', { bubbles: true }));
		expect(seen).toHaveLength(3);
	});
});
