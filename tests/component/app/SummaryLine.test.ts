import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import SummaryLine from '$lib/app/dashboard/SummaryLine.svelte';

describe('SummaryLine', () => {
	it('shows the exact counts, singular where there is one', () => {
		render(SummaryLine, {
			props: { summary: { events: 1, passages: 12345, sources: 3, projects: 1, mentions: 2 } }
		});
		expect(screen.getByTestId('summary')).toHaveTextContent(
			'1 event 12,345 passages 3 sources 1 project 2 mentions'
		);
	});

	it('holds its place with dashes until the counts arrive', () => {
		render(SummaryLine, { props: { summary: null } });
		expect(screen.getByRole('status')).toHaveTextContent(
			'– events – passages – sources – projects – mentions'
		);
	});
});
