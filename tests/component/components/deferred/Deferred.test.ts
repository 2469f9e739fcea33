import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { flushSync, hydrate, unmount } from 'svelte';
import DeferredHarness from './DeferredHarness.svelte';

/**
 * What the server writes for DeferredHarness, where `Deferred` is `Now` (the part inside the
 * wrapper): Svelte's server output of that component, hydration markers included.
 */
const PRERENDERED =
	'<!--[--><p>Before</p> <div class="deferred"><input aria-label="Later part" value="0"/><!----></div><!---->' +
	' <div class="deferred"><button type="button">Clicked 0</button><!----></div><!----> <p>After 0</p><!--]-->';

const task = () => new Promise((resolve) => setTimeout(resolve));

describe('Deferred', () => {
	it('leaves the prerendered parts alone while the page hydrates, then mounts them live, one per task, first things first', async () => {
		const target = document.createElement('div');
		target.innerHTML = PRERENDERED;
		document.body.append(target);
		const [input, button] = [target.querySelector('input')!, target.querySelector('button')!];
		const app = hydrate(DeferredHarness, { target });
		flushSync();
		// Hydrated: the rest of the page is live, the parts are still the prerendered elements.
		expect(target.querySelector('button')).toBe(button);
		expect(target.querySelector('input')).toBe(input);
		// One task later the part with the lower priority is live, the other not yet.
		await task();
		const live = target.querySelector('button')!;
		expect(live).not.toBe(button);
		expect(target.querySelectorAll('button')).toHaveLength(1);
		expect(target.querySelector('input')).toBe(input);
		await fireEvent.click(live);
		expect(live).toHaveTextContent('Clicked 1');
		expect(target.querySelector('p:last-child')).toHaveTextContent('After 1');
		await task();
		expect(target.querySelector('input')).not.toBe(input);
		expect(target.querySelector('input')).toHaveValue('1');
		await unmount(app);
		expect(target.querySelector('button, input')).toBeNull();
		target.remove();
	});

	it('draws the parts at once when the page is rendered in the browser', async () => {
		render(DeferredHarness);
		const button = screen.getByRole('button', { name: 'Clicked 0' });
		await fireEvent.click(button);
		expect(button).toHaveTextContent('Clicked 1');
		expect(screen.getByRole('textbox', { name: 'Later part' })).toHaveValue('1');
	});
});
