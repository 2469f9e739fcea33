import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import LoadProgress from '$lib/components/LoadProgress.svelte';

describe('LoadProgress', () => {
	it('shows bytes received of total on a labelled progress bar', () => {
		render(LoadProgress, { props: { loaded: 1_200_000, total: 3_400_000 } });
		const bar = screen.getByRole('progressbar', { name: 'Loading the atlas database' });
		expect(bar).toHaveAttribute('value', '1200000');
		expect(bar).toHaveAttribute('max', '3400000');
		expect(bar).toHaveAttribute('aria-valuetext', '1.2 MB of 3.4 MB');
		expect(screen.getByText('1.2 MB of 3.4 MB')).toBeInTheDocument();
	});

	it('is indeterminate while the size is unknown', () => {
		render(LoadProgress, { props: { loaded: 52_000, total: null, label: 'Loading sql.js' } });
		const bar = screen.getByRole('progressbar', { name: 'Loading sql.js' });
		expect(bar).not.toHaveAttribute('value');
		expect(screen.getByText('52.0 KB received')).toBeInTheDocument();
	});
});
