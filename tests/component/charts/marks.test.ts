/** The keyed join the charts' hot layers draw with (charts/layers/marks.ts), in jsdom. */
import { describe, expect, it, vi } from 'vitest';
import { listen, Marks } from '$lib/charts/layers/marks';

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
