import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { flushSync, hydrate, unmount } from 'svelte';
import DeferredHarness from './DeferredHarness.svelte';

/**
 * What the server writes for DeferredHarness, where `Deferred` is `Now` (the part inside the
 * wrapper): Svelte's server output of that component, hydration markers included.
 */
const PRERENDERED =
	'<!--[--><p>Before</p> <div class="deferred"><button type="button">Clicked 0</button><!----></div><!----> <p>After 0</p><!--]-->';

describe('Deferred', () => {
	it('leaves the prerendered part alone while the page hydrates, then mounts it live a task later', async () => {
		const target = document.createElement('div');
		target.innerHTML = PRERENDERED;
		document.body.append(target);
		const prerendered = target.querySelector('button')!;
		const app = hydrate(DeferredHarness, { target });
		flushSync();
		// Hydrated: the rest of the page is live, the part is still the prerendered element.
		expect(target.querySelector('button')).toBe(prerendered);
		expect(target.querySelectorAll('button')).toHaveLength(1);
		await new Promise((resolve) => setTimeout(resolve));
		const live = target.querySelector('button')!;
		expect(live).not.toBe(prerendered);
		expect(target.querySelectorAll('button')).toHaveLength(1);
		await fireEvent.click(live);
		expect(live).toHaveTextContent('Clicked 1');
		expect(target.querySelector('p:last-child')).toHaveTextContent('After 1');
		await unmount(app);
		expect(target.querySelector('button')).toBeNull();
		target.remove();
	});

	it('draws the part at once when the page is rendered in the browser', async () => {
		render(DeferredHarness);
		const button = screen.getByRole('button', { name: 'Clicked 0' });
		await fireEvent.click(button);
		expect(button).toHaveTextContent('Clicked 1');
	});
});
