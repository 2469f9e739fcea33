import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import ThemeToggle from '$lib/components/ThemeToggle.svelte';
import { THEME_STORAGE_KEY } from '$lib/components/theme.svelte';

describe('ThemeToggle', () => {
	it('switches theme, sets data-theme on <html> and remembers the choice', async () => {
		localStorage.setItem(THEME_STORAGE_KEY, 'dark');
		render(ThemeToggle);
		expect(screen.getByRole('radio', { name: 'Dark' })).toBeChecked();
		expect(document.documentElement.dataset.theme).toBe('dark');
		await fireEvent.click(screen.getByRole('radio', { name: 'Light' }));
		expect(document.documentElement.dataset.theme).toBe('light');
		expect(localStorage.getItem(THEME_STORAGE_KEY)).toBe('light');
		// jsdom has no matchMedia: "System" resolves to light and forgets the stored choice.
		await fireEvent.click(screen.getByRole('radio', { name: 'System' }));
		expect(localStorage.getItem(THEME_STORAGE_KEY)).toBeNull();
		expect(document.documentElement.dataset.theme).toBe('light');
		expect(screen.getByRole('group', { name: 'Theme' })).toBeInTheDocument();
	});
});
