import { fireEvent, render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import ErrorPanel from '$lib/components/ErrorPanel.svelte';

describe('ErrorPanel', () => {
	it('is an alert that says what happened, and Retry calls onretry', async () => {
		const onretry = vi.fn();
		render(ErrorPanel, {
			props: {
				title: 'The atlas database could not be loaded',
				detail: 'atlas.sqlite is not a SQLite database (corrupt or truncated download).',
				onretry
			}
		});
		const alert = screen.getByRole('alert');
		expect(alert).toHaveTextContent('The atlas database could not be loaded');
		expect(alert).toHaveTextContent('corrupt or truncated');
		await fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
		expect(onretry).toHaveBeenCalledOnce();
	});

	it('offers a secondary action as a link or a button', async () => {
		const onclick = vi.fn();
		const { unmount } = render(ErrorPanel, {
			props: { title: 'Unknown schema', secondary: { label: 'About', href: '/about/' } }
		});
		expect(screen.getByRole('link', { name: 'About' })).toHaveAttribute('href', '/about/');
		expect(screen.queryByRole('button', { name: 'Retry' })).toBeNull();
		unmount();
		render(ErrorPanel, { props: { title: 'x', secondary: { label: 'Reload page', onclick } } });
		await fireEvent.click(screen.getByRole('button', { name: 'Reload page' }));
		expect(onclick).toHaveBeenCalledOnce();
	});
});
